#include "core/appearance/themesetting.h"
#include "core/profile/profile.h"
#include "support/testmain.h"

#include <QSettings>
#include <QTemporaryDir>

using namespace civicdesk;
using Theme = core::ThemeSetting::Theme;

class TestThemeSetting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip()
    {
        QCOMPARE(core::ThemeSetting::all().size(), 4);
        for (Theme theme : core::ThemeSetting::all())
            QCOMPARE(core::ThemeSetting::fromKey(core::ThemeSetting::toKey(theme)), theme);
        QCOMPARE(core::ThemeSetting::toKey(Theme::HighContrast), QStringLiteral("high_contrast"));
        QCOMPARE(core::ThemeSetting::fromKey(QStringLiteral(" Dark ")), Theme::Dark);
        QVERIFY(!core::ThemeSetting::fromKey(QStringLiteral("purple")));
    }

    void keptInTheProfileSettings()
    {
        QTemporaryDir dir;
        const core::Profile profile(dir.path());
        QCOMPARE(core::ThemeSetting::load(profile), Theme::System); // nothing chosen yet
        core::ThemeSetting::save(profile, Theme::HighContrast);
        QCOMPARE(core::ThemeSetting::load(profile), Theme::HighContrast);
        // Beside the other settings, in the profile's ini file.
        const QSettings ini(profile.settingsPath(), QSettings::IniFormat);
        QCOMPARE(ini.value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("high_contrast"));
    }

    void unknownValueIsTheSystemThemeAndSaysWhere()
    {
        QTemporaryDir dir;
        const core::Profile profile(dir.path());
        {
            QSettings ini(profile.settingsPath(), QSettings::IniFormat);
            ini.setValue(QStringLiteral("appearance/theme"), QStringLiteral("neon"));
        }
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral(
                                 "civicdesk\\.ini: \\[appearance\\] theme: unknown theme \"neon\"")));
        QCOMPARE(core::ThemeSetting::load(profile), Theme::System);
    }
};

CIVICDESK_TEST_MAIN(TestThemeSetting)
#include "test_themesetting.moc"
