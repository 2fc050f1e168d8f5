// The typed settings of the profile's civicdesk.ini: what Preferences saves reads back the
// same, and a damaged or newer file keeps the defaults of the keys it gets wrong, naming them.
#include "core/domain/error.h"
#include "core/settings/workstationsettings.h"
#include "support/testmain.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

using namespace civicdesk;
using Settings = core::WorkstationSettings;

class TestWorkstationSettings : public QObject
{
    Q_OBJECT

    static void writeIni(const core::Profile &profile, const QByteArray &text)
    {
        QFile f(profile.settingsPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

private Q_SLOTS:
    void defaultsWithoutFile()
    {
        QTemporaryDir dir;
        QStringList warnings;
        const Settings s = Settings::load(core::Profile(dir.path()), &warnings);
        QVERIFY(warnings.isEmpty());
        QCOMPARE(s.language, QString());
        QCOMPARE(s.mapSource, Settings::MapSource::CityRenderer);
        QCOMPARE(s.xyzMaxZoom, 19);
        QVERIFY(s.shortcuts.isEmpty());
    }

    void savesAndReloads()
    {
        QTemporaryDir dir;
        const core::Profile profile(dir.path());
        Settings s;
        s.language = QStringLiteral("fr");
        s.mapSource = Settings::MapSource::OnlineXyz;
        s.xyzUrl = QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png");
        s.xyzAttribution = QStringLiteral("© Example");
        s.xyzMaxZoom = 17;
        s.shortcuts = {{QStringLiteral("actionSave"), QStringLiteral("Ctrl+Alt+S")},
                       {QStringLiteral("refreshAction"), QString()}};
        s.save(profile);
        // Keys it does not own stay as they were.
        {
            QSettings ini(profile.settingsPath(), QSettings::IniFormat);
            ini.setValue(QStringLiteral("sync/url"), QStringLiteral("postgresql://db/x"));
        }
        s.save(profile);
        QStringList warnings;
        const Settings back = Settings::load(profile, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        QCOMPARE(back.language, s.language);
        QCOMPARE(back.mapSource, s.mapSource);
        QCOMPARE(back.xyzUrl, s.xyzUrl);
        QCOMPARE(back.xyzAttribution, s.xyzAttribution);
        QCOMPARE(back.xyzMaxZoom, 17);
        QCOMPARE(back.shortcuts, s.shortcuts);
        QCOMPARE(QSettings(profile.settingsPath(), QSettings::IniFormat)
                     .value(QStringLiteral("sync/url"))
                     .toString(),
                 QStringLiteral("postgresql://db/x"));
    }

    void olderFileWithTileUrlMeansOnline()
    {
        QTemporaryDir dir;
        const core::Profile profile(dir.path());
        writeIni(profile, "[map]\nxyz_url=https://t.example.org/{z}/{x}/{y}.png\n");
        QCOMPARE(Settings::load(profile).mapSource, Settings::MapSource::OnlineXyz);
    }

    void badValuesKeepDefaultsAndNameTheKey_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("key");
        QTest::newRow("zoom not a number")
            << QByteArray("[map]\nxyz_max_zoom=high\n") << QStringLiteral("map/xyz_max_zoom");
        QTest::newRow("zoom out of range")
            << QByteArray("[map]\nxyz_max_zoom=40\n") << QStringLiteral("map/xyz_max_zoom");
        QTest::newRow("source unknown")
            << QByteArray("[map]\nsource=satellite\n") << QStringLiteral("map/source");
        QTest::newRow("language a list")
            << QByteArray("[console]\nlanguage=en, fr\n") << QStringLiteral("console/language");
        QTest::newRow("language unknown")
            << QByteArray("[console]\nlanguage=klingon\n") << QStringLiteral("console/language");
        QTest::newRow("shortcut a list") << QByteArray("[shortcuts]\nactionSave=Ctrl+S, Ctrl+T\n")
                                         << QStringLiteral("shortcuts/actionSave");
        QTest::newRow("version not a number")
            << QByteArray("[console]\nsettings_version=two\n") << QStringLiteral("console/settings_version");
    }
    void badValuesKeepDefaultsAndNameTheKey()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, key);
        QTemporaryDir dir;
        const core::Profile profile(dir.path());
        writeIni(profile, ini);
        QStringList warnings;
        const Settings s = Settings::load(profile, &warnings);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().startsWith(QStringLiteral("civicdesk.ini: %1: ").arg(key)),
                 qPrintable(warnings.first()));
        const Settings defaults;
        QCOMPARE(s.language, defaults.language);
        QCOMPARE(s.mapSource, defaults.mapSource);
        QCOMPARE(s.xyzMaxZoom, defaults.xyzMaxZoom);
        QVERIFY(s.shortcuts.isEmpty());
    }

    void newerFileIsReadAndSaysSo()
    {
        QTemporaryDir dir;
        const core::Profile profile(dir.path());
        writeIni(
            profile,
            "[console]\nsettings_version=7\nlanguage=es\nfuture_key=whatever\n[map]\nxyz_max_zoom=banana\n");
        QStringList warnings;
        const Settings s = Settings::load(profile, &warnings);
        QCOMPARE(warnings.size(), 2);
        QVERIFY2(warnings.at(0).contains(QStringLiteral("console/settings_version")) &&
                     warnings.at(0).contains(QStringLiteral("newer")),
                 qPrintable(warnings.at(0)));
        QVERIFY(warnings.at(1).contains(QStringLiteral("map/xyz_max_zoom")));
        QCOMPARE(s.language, QStringLiteral("es")); // what it understands is kept
        QCOMPARE(s.xyzMaxZoom, 19);
    }

    void conflictingShortcutsInFileKeepTheFirst()
    {
        QTemporaryDir dir;
        const core::Profile profile(dir.path());
        writeIni(profile, "[shortcuts]\nactionA=Ctrl+J\nactionB=Ctrl+J\n");
        QStringList warnings;
        const Settings s = Settings::load(profile, &warnings);
        QCOMPARE(s.shortcuts.size(), 1);
        QCOMPARE(s.shortcuts.value(QStringLiteral("actionA")), QStringLiteral("Ctrl+J"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QStringLiteral("shortcuts/actionB")));
        QVERIFY(warnings.first().contains(QStringLiteral("actionA")));
    }

    void validateRefusesAndNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("language") << QStringLiteral("language");
        QTest::newRow("mbtiles_file") << QStringLiteral("mbtiles_file");
        QTest::newRow("xyz_url") << QStringLiteral("xyz_url");
        QTest::newRow("xyz_attribution") << QStringLiteral("xyz_attribution");
        QTest::newRow("shortcut") << QStringLiteral("actionB");
    }
    void validateRefusesAndNamesTheField()
    {
        QFETCH(QString, field);
        Settings s;
        if (field == QLatin1String("language"))
            s.language = QStringLiteral("de");
        if (field == QLatin1String("mbtiles_file")) {
            s.mapSource = Settings::MapSource::MbTilesFile;
            s.mbtilesFile = QStringLiteral("/nonexistent/city.mbtiles");
        }
        if (field.startsWith(QLatin1String("xyz"))) {
            s.mapSource = Settings::MapSource::OnlineXyz;
            s.xyzUrl = field == QLatin1String("xyz_url")
                           ? QStringLiteral("ftp://tiles/{z}/{x}")
                           : QStringLiteral("https://t.example.org/{z}/{x}/{y}.png");
        }
        if (field == QLatin1String("actionB"))
            s.shortcuts = {{QStringLiteral("actionA"), QStringLiteral("Ctrl+J")},
                           {QStringLiteral("actionB"), QStringLiteral("ctrl+j")}};
        QTemporaryDir dir;
        const core::Profile profile(dir.path());
        try {
            s.save(profile);
            QFAIL("saved");
        } catch (const core::Error &e) {
            QCOMPARE(e.fieldErrors().value(0).field, field);
        }
        QVERIFY(!QFile::exists(profile.settingsPath())); // a refusal writes nothing
    }
};

CIVICDESK_TEST_MAIN(TestWorkstationSettings)
#include "test_workstationsettings.moc"
