// Every action in a toolbar or menu that a user meets has an icon of CivicDesk's SVG theme: drawn
// from its SVG at the size and pixel ratio asked (sharp at 2x, not a scaled bitmap), in the
// colours of the theme in use.
#include "core/appearance/themesetting.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/appearance/appearance.h"
#include "widgets/icons/icontheme.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/training/democonsole.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QToolBar>
#include <QWidgetAction>

using namespace civicdesk;
using Theme = core::ThemeSetting::Theme;

namespace {
QString describe(const QAction *a)
{
    return QStringLiteral("\"%1\" (%2)").arg(a->text(), a->objectName());
}

// The icon is drawn from an SVG of the theme, and at 2x it is drawn again at 48 px rather than
// blown up from 24 px.
void checkSvgIcon(const QAction *action)
{
    const QIcon icon = action->icon();
    QVERIFY2(!icon.isNull(), qPrintable(describe(action) + QStringLiteral(" has no icon")));
    const QString source = icon.name();
    QVERIFY2(source.startsWith(QStringLiteral(":/icons/actions/")) && source.endsWith(QStringLiteral(".svg")),
             qPrintable(describe(action) + QStringLiteral(" is drawn from ") + source));
    QVERIFY2(QSvgRenderer(source).isValid(), qPrintable(source));
    const QPixmap x2 = icon.pixmap(QSize(24, 24), 2.0);
    QCOMPARE(x2.size(), QSize(48, 48));
    QCOMPARE(x2.devicePixelRatio(), 2.0);
    const QImage sharp = x2.toImage().convertToFormat(QImage::Format_ARGB32);
    const QImage blownUp = icon.pixmap(QSize(24, 24), 1.0)
                               .toImage()
                               .scaled(48, 48, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                               .convertToFormat(QImage::Format_ARGB32);
    int inked = 0, different = 0;
    for (int y = 0; y < 48; ++y) {
        for (int x = 0; x < 48; ++x) {
            const int a = qAlpha(sharp.pixel(x, y));
            inked += a > 0;
            different += std::abs(a - qAlpha(blownUp.pixel(x, y))) > 24;
        }
    }
    QVERIFY2(inked > 40, qPrintable(describe(action) + QStringLiteral(" draws nothing")));
    QVERIFY2(different > 20, qPrintable(describe(action) + QStringLiteral(" looks scaled up at 2x")));
}

void collectMenuActions(QMenu *menu, QList<QAction *> &out)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || qobject_cast<QWidgetAction *>(a))
            continue;
        if (a->menu()) {
            collectMenuActions(a->menu(), out);
            continue;
        }
        // Radio choices (View > Appearance) show their tick, not an icon.
        if (a->actionGroup() && a->actionGroup()->isExclusive())
            continue;
        out.append(a);
    }
}
} // namespace

class TestIconTheme : public QObject
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

    void everyToolbarAndMenuActionHasAnSvgIcon()
    {
        widgets::MainWindow window(m_profile->store());
        new widgets::DemoConsole(window, m_profile->store()); // the training menu too
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // The queue's toolbar is built when its tab first opens.
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("queuePage")));
        QTRY_VERIFY(window.findChild<QToolBar *>(QStringLiteral("queueActions")));
        QTRY_VERIFY(window.findChild<QToolBar *>(QStringLiteral("queueActions"))->isVisible());

        int toolbarActions = 0;
        for (QToolBar *bar : window.findChildren<QToolBar *>()) {
            for (QAction *a : bar->actions()) {
                if (a->isSeparator() || qobject_cast<QWidgetAction *>(a) || !a->isVisible())
                    continue;
                ++toolbarActions;
                checkSvgIcon(a);
                if (QTest::currentTestFailed())
                    return;
            }
            // With icons, the toolbars keep their words beside them.
            QVERIFY(bar->toolButtonStyle() != Qt::ToolButtonIconOnly);
        }
        QVERIFY2(toolbarActions >= 10, qPrintable(QString::number(toolbarActions)));

        QList<QAction *> menuActions;
        for (QAction *top : window.menuBar()->actions()) {
            if (top->menu())
                collectMenuActions(top->menu(), menuActions);
        }
        QVERIFY(menuActions.size() >= 25);
        for (QAction *a : std::as_const(menuActions)) {
            checkSvgIcon(a);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void everyIconFileIsUsedAndValid()
    {
        const QStringList files =
            QDir(QStringLiteral(":/icons/actions")).entryList({QStringLiteral("*.svg")});
        QVERIFY(files.size() >= 30);
        for (const QString &file : files) {
            const QSvgRenderer svg(QStringLiteral(":/icons/actions/") + file);
            QVERIFY2(svg.isValid(), qPrintable(file));
            QCOMPARE(svg.viewBox(), QRect(0, 0, 24, 24));
        }
    }

    void iconsTakeTheThemesInk_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Theme::Light);
        QTest::newRow("dark") << int(Theme::Dark);
        QTest::newRow("high contrast") << int(Theme::HighContrast);
    }

    void iconsTakeTheThemesInk()
    {
        QFETCH(int, theme);
        widgets::Appearance::apply(Theme(theme));
        const QIcon icon = widgets::IconTheme::icon(QStringLiteral("save"));
        QVERIFY(!icon.isNull());
        const QColor ink = QApplication::palette().color(QPalette::WindowText);
        const QImage image = icon.pixmap(QSize(24, 24), 2.0).toImage();
        // The fully drawn pixels are the palette's text colour, whatever the theme.
        int solid = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() == 255) {
                    ++solid;
                    QCOMPARE(c.rgb(), ink.rgb());
                }
            }
        }
        QVERIFY(solid > 50);
        // Disabled actions are drawn in the disabled text colour.
        const QImage disabled = icon.pixmap(QSize(24, 24), 1.0, QIcon::Disabled).toImage();
        const QColor disabledInk = QApplication::palette().color(QPalette::Disabled, QPalette::WindowText);
        bool found = false;
        for (int y = 0; y < disabled.height() && !found; ++y)
            for (int x = 0; x < disabled.width() && !found; ++x)
                found = disabled.pixelColor(x, y).alpha() == 255 &&
                        disabled.pixelColor(x, y).rgb() == disabledInk.rgb();
        QVERIFY(found);
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestIconTheme)
#include "test_icontheme.moc"
