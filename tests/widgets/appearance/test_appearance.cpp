// View > Appearance: System, Light, Dark, High contrast, kept in the profile and applied at once
// and at start; colours that carry a meaning stay legible on each; the maps show the focus.
#include "core/appearance/themesetting.h"
#include "core/sla/slareading.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/appearance/appearance.h"
#include "widgets/appearance/themecolors.h"
#include "widgets/intake/descriptionedit.h"
#include "widgets/intake/emergencybanner.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/map/mapview.h"
#include "widgets/queue/sladelegate.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/training/trainingbanner.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolBar>

using namespace civicdesk;
using Theme = core::ThemeSetting::Theme;
using Role = widgets::ThemeColors::Role;

namespace {
// WCAG 2 contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

    std::unique_ptr<testsupport::TempProfile> m_profile;

private Q_SLOTS:
    void init() { m_profile = std::make_unique<testsupport::TempProfile>(); }
    void cleanup()
    {
        widgets::Appearance::apply(Theme::System);
        m_profile.reset();
    }

    void menuAppliesAtOnceAndKeepsTheChoice()
    {
        auto window = std::make_unique<widgets::MainWindow>(m_profile->store());
        auto *menu = window->findChild<QMenu *>(QStringLiteral("appearanceMenu"));
        QVERIFY(menu);
        // Under View, with the four choices, System ticked on a fresh profile.
        QVERIFY(menu->menuAction()->associatedObjects().size() >= 1);
        QStringList names;
        for (QAction *a : menu->actions())
            names.append(a->objectName());
        QCOMPARE(names, (QStringList{QStringLiteral("appearance_system"), QStringLiteral("appearance_light"),
                                     QStringLiteral("appearance_dark"),
                                     QStringLiteral("appearance_high_contrast")}));
        QVERIFY(menu->actions().at(0)->isChecked());

        menu->actions().at(2)->trigger(); // Dark
        QCOMPARE(widgets::Appearance::current(), Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(core::ThemeSetting::load(m_profile->store().profile()), Theme::Dark);
        window.reset();

        // At the next start the kept theme applies before the window is shown.
        widgets::Appearance::apply(Theme::Light);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        window = std::make_unique<widgets::MainWindow>(m_profile->store());
        QCOMPARE(widgets::Appearance::current(), Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY(window->findChild<QAction *>(QStringLiteral("appearance_dark"))->isChecked());

        // System goes back to the platform's own style and palette.
        window->findChild<QAction *>(QStringLiteral("appearance_system"))->trigger();
        QCOMPARE(QApplication::palette(), widgets::Appearance::palette(Theme::System));
    }

    void palettesAreLegible_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<double>("minimum");
        QTest::newRow("light") << int(Theme::Light) << 4.5;
        QTest::newRow("dark") << int(Theme::Dark) << 4.5;
        QTest::newRow("high contrast") << int(Theme::HighContrast) << 7.0; // WCAG AAA
    }

    void palettesAreLegible()
    {
        QFETCH(int, theme);
        QFETCH(double, minimum);
        const QPalette p = widgets::Appearance::palette(Theme(theme));
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            {QPalette::WindowText, QPalette::Window},       {QPalette::Text, QPalette::Base},
            {QPalette::ButtonText, QPalette::Button},       {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::ToolTipText, QPalette::ToolTipBase}, {QPalette::Text, QPalette::AlternateBase},
        };
        for (const auto &[fg, bg] : pairs) {
            const double ratio = contrast(p.color(fg), p.color(bg));
            QVERIFY2(ratio >= minimum,
                     qPrintable(QStringLiteral("roles %1 on %2: %3").arg(fg).arg(bg).arg(ratio)));
        }
        if (Theme(theme) == Theme::HighContrast)
            QCOMPARE(p.color(QPalette::Window), QColor(Qt::black));
    }

    void meaningfulColoursStayLegible_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Theme::Light);
        QTest::newRow("dark") << int(Theme::Dark);
        QTest::newRow("high contrast") << int(Theme::HighContrast);
    }

    // Errors, warnings and the SLA states were light-theme colours written into the widgets:
    // dark red text on a dark window, white text on a pale SLA row.
    void meaningfulColoursStayLegible()
    {
        QFETCH(int, theme);
        widgets::Appearance::apply(Theme(theme));
        const QPalette p = QApplication::palette();
        const double minimum = Theme(theme) == Theme::HighContrast ? 7.0 : 4.5;
        const auto check = [&](const QColor &fg, const QColor &bg, const char *what) {
            const double ratio = contrast(fg, bg);
            QVERIFY2(ratio >= minimum,
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what)).arg(ratio)));
        };
        check(widgets::ThemeColors::color(Role::ErrorText), p.color(QPalette::Window), "error text");
        check(widgets::ThemeColors::color(Role::SuccessText), p.color(QPalette::Window), "success text");
        check(widgets::ThemeColors::color(Role::ErrorText),
              widgets::ThemeColors::color(Role::ErrorBackground), "error box");
        check(p.color(QPalette::WindowText), widgets::ThemeColors::color(Role::WarningBackground),
              "warning box");
        check(p.color(QPalette::WindowText), widgets::ThemeColors::color(Role::InfoBackground), "info box");
        using State = core::SlaReading::State;
        for (State s : {State::Overdue, State::DueSoon, State::Paused, State::Met}) {
            check(widgets::ThemeColors::textOn(Role::SlaMissed), widgets::SlaDelegate::background(int(s)),
                  "SLA row");
        }
    }

    void bannersReachTheirContrast_data() { meaningfulColoursStayLegible_data(); }

    // The emergency and TRAINING banners, as drawn: the colour behind the text in a grab of the
    // banner, and the text colour its label is given. 7:1 in high contrast, 4.5:1 elsewhere.
    void bannersReachTheirContrast()
    {
        QFETCH(int, theme);
        widgets::Appearance::apply(Theme(theme));
        const double minimum = Theme(theme) == Theme::HighContrast ? 7.0 : 4.5;
        QCOMPARE(widgets::ThemeColors::textOn(Role::AlarmBackground), QColor(Qt::white));
        const double roleRatio = contrast(widgets::ThemeColors::textOn(Role::AlarmBackground),
                                          widgets::ThemeColors::color(Role::AlarmBackground));
        QVERIFY2(roleRatio >= minimum, qPrintable(QStringLiteral("alarm colours: %1").arg(roleRatio)));

        const auto check = [&](QWidget &banner, QLabel *label, const char *what) {
            QVERIFY(label);
            banner.ensurePolished();
            label->ensurePolished();
            const QImage drawn = banner.grab().toImage();
            const QColor behind = drawn.pixelColor(QPoint(label->mapTo(&banner, QPoint(2, 2))));
            const QColor text = label->palette().color(label->foregroundRole());
            QCOMPARE(behind, widgets::ThemeColors::color(Role::AlarmBackground));
            const double ratio = contrast(text, behind);
            QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1: %2 on %3, %4")
                                                      .arg(QLatin1String(what), text.name(), behind.name())
                                                      .arg(ratio)));
        };
        widgets::EmergencyBanner emergency;
        emergency.resize(700, 80);
        emergency.show();
        QVERIFY(QTest::qWaitForWindowExposed(&emergency));
        check(emergency, emergency.findChild<QLabel *>(QStringLiteral("emergencyText")), "emergency banner");

        QMainWindow window;
        window.resize(700, 300);
        widgets::TrainingBanner::mark(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *bar = window.findChild<QToolBar *>(QStringLiteral("trainingBannerBar"));
        QVERIFY(bar);
        check(*bar, bar->findChild<QLabel *>(QStringLiteral("trainingBanner")), "TRAINING banner");
    }

    void widgetStyleSheetsFollowTheTheme()
    {
        widgets::Appearance::apply(Theme::Light);
        widgets::IntakeWidget intake(m_profile->store());
        intake.show();
        QVERIFY(QTest::qWaitForWindowExposed(&intake));
        intake.newCallAction()->trigger();
        intake.descriptionEdit()->editor()->setPlainText(QString(4001, u'x'));
        QLabel *counter = intake.descriptionEdit()->counter();
        const QString lightError = widgets::ThemeColors::color(Role::ErrorText).name();
        QVERIFY2(counter->styleSheet().contains(lightError), qPrintable(counter->styleSheet()));
        // Switched while the call is open: the counter takes the dark theme's red at once.
        widgets::Appearance::apply(Theme::Dark);
        const QString darkError = widgets::ThemeColors::color(Role::ErrorText).name();
        QVERIFY(darkError != lightError);
        QVERIFY2(counter->styleSheet().contains(darkError), qPrintable(counter->styleSheet()));
        QCOMPARE(counter->palette().color(QPalette::WindowText), QColor(darkError));
    }

    void mapShowsTheKeyboardFocus_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Theme::Light);
        QTest::newRow("high contrast") << int(Theme::HighContrast);
    }

    void mapShowsTheKeyboardFocus()
    {
        QFETCH(int, theme);
        widgets::Appearance::apply(Theme(theme));
        QWidget host;
        auto *other = new QLineEdit(&host);
        auto *map = new widgets::MapView(&host);
        other->setGeometry(0, 0, 100, 40);
        map->setGeometry(0, 50, 300, 200);
        host.resize(320, 260);
        host.show();
        QVERIFY(QTest::qWaitForWindowActive(&host));
        other->setFocus();
        QTRY_VERIFY(other->hasFocus());
        const QColor highlight = map->palette().color(QPalette::Highlight);
        const QImage unfocused = map->grab().toImage();
        QVERIFY(unfocused.pixelColor(1, 100) != highlight);
        QTest::keyClick(other, Qt::Key_Tab);
        QTRY_VERIFY(map->hasFocus());
        const QImage focused = map->grab().toImage();
        // A frame in the highlight colour on all four sides.
        for (const QPoint &pt : {QPoint(1, 100), QPoint(298, 100), QPoint(150, 1), QPoint(150, 198)})
            QCOMPARE(focused.pixelColor(pt), highlight);
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestAppearance)
#include "test_appearance.moc"
