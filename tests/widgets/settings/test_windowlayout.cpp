// The main window's layout across restarts, on the real window that the console's host builds:
// the first start is maximised; splitters, docks and geometry come back from civicdesk.ini; a
// damaged, foreign or off-screen value opens maximised again.
#include "core/accounts/localsignin.h"
#include "core/settings/windowlayout.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/settings/mainwindowhost.h"
#include "widgets/shell/mainwindow.h"

#include <QDockWidget>
#include <QFile>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QWidget>

using namespace civicdesk;

namespace {
std::unique_ptr<widgets::MainWindowHost> startConsole(testsupport::TempProfile &profile)
{
    auto host = std::make_unique<widgets::MainWindowHost>(profile.store(),
                                                          core::LocalSignIn::beforeSignIn(profile.store()));
    host->window()->show();
    return host;
}

QSplitter *showTicketsPage(widgets::MainWindow &window)
{
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(window.findChild<QWidget *>(QStringLiteral("ticketsPage")));
    return window.findChild<QSplitter *>(QStringLiteral("ticketsSplitter"));
}

void writeSetting(const QString &path, const QString &key, const QVariant &value)
{
    QSettings s(path, QSettings::IniFormat);
    s.setValue(key, value);
}
} // namespace

class TestWindowLayout : public QObject
{
    Q_OBJECT

    std::unique_ptr<testsupport::TempProfile> m_profile;

    QString iniPath() const { return core::Profile(m_profile->directory()).settingsPath(); }

private Q_SLOTS:
    void init() { m_profile = std::make_unique<testsupport::TempProfile>(); }
    void cleanup() { m_profile.reset(); }

    void firstStartIsMaximised()
    {
        auto host = startConsole(*m_profile);
        QVERIFY(QTest::qWaitForWindowExposed(host->window()));
        QVERIFY(host->window()->isMaximized());
    }

    void splittersAndDocksComeBackAfterARestart()
    {
        QList<int> sizes;
        QList<int> kbSizes;
        {
            auto host = startConsole(*m_profile);
            widgets::MainWindow &window = *host->window();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QSplitter *splitter = showTicketsPage(window);
            QVERIFY(splitter);
            QTRY_VERIFY(splitter->isVisible());
            const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
            splitter->setSizes({total / 4, total - total / 4});
            sizes = splitter->sizes();

            auto *kbDock = window.findChild<QDockWidget *>(QStringLiteral("kbDock"));
            QCOMPARE(window.dockWidgetArea(kbDock), Qt::RightDockWidgetArea);
            window.addDockWidget(Qt::LeftDockWidgetArea, kbDock);
            kbDock->show();
            auto *kbSplitter = window.findChild<QSplitter *>(QStringLiteral("kbSplitter"));
            QTRY_VERIFY(kbSplitter->isVisible());
            const int kbTotal = kbSplitter->sizes().value(0) + kbSplitter->sizes().value(1);
            kbSplitter->setSizes({kbTotal / 5, kbTotal - kbTotal / 5});
            kbSizes = kbSplitter->sizes();
            QVERIFY(window.close());
        }

        auto host = startConsole(*m_profile);
        widgets::MainWindow &window = *host->window();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isMaximized());
        auto *kbDock = window.findChild<QDockWidget *>(QStringLiteral("kbDock"));
        QCOMPARE(window.dockWidgetArea(kbDock), Qt::LeftDockWidgetArea);
        QVERIFY(kbDock->isVisible());
        auto *kbSplitter = window.findChild<QSplitter *>(QStringLiteral("kbSplitter"));
        QTRY_COMPARE(kbSplitter->sizes(), kbSizes);
        // The tickets page is built on first use in the new window too: its sizes come back then.
        QSplitter *splitter = showTicketsPage(window);
        QTRY_VERIFY(splitter->isVisible());
        QTRY_COMPARE(splitter->sizes(), sizes);
    }

    void aNormalGeometryComesBack()
    {
        QRect placed;
        {
            auto host = startConsole(*m_profile);
            QVERIFY(QTest::qWaitForWindowExposed(host->window()));
            // As narrow as the window goes (the offscreen screen is 800x600, narrower than that).
            placed =
                QRect(QPoint(40, 30), QSize(std::max(600, host->window()->minimumSizeHint().width()), 400));
            host->window()->showNormal();
            host->window()->setGeometry(placed);
            QTRY_COMPARE(host->window()->geometry(), placed);
            QVERIFY(host->window()->close());
        }
        auto host = startConsole(*m_profile);
        QVERIFY(QTest::qWaitForWindowExposed(host->window()));
        QVERIFY(!host->window()->isMaximized());
        QCOMPARE(host->window()->geometry(), placed);
    }

    void aDamagedOrForeignValueOpensMaximised_data()
    {
        QTest::addColumn<QVariant>("geometry");
        QTest::addColumn<QVariant>("dockState");
        QTest::newRow("text") << QVariant(QStringLiteral("hello")) << QVariant(QStringLiteral("1, 2"));
        QTest::newRow("random bytes") << QVariant(QByteArrayLiteral("\x01\xD9\xD0\xCB\x00\x03 garbage"))
                                      << QVariant(QByteArrayLiteral("\xff\xff\xff"));
        QTest::newRow("a number") << QVariant(42) << QVariant(7);
    }

    void aDamagedOrForeignValueOpensMaximised()
    {
        QFETCH(QVariant, geometry);
        QFETCH(QVariant, dockState);
        writeSetting(iniPath(), QStringLiteral("window/geometry"), geometry);
        writeSetting(iniPath(), QStringLiteral("window/dock_state"), dockState);
        writeSetting(iniPath(), QStringLiteral("window_splitters/ticketsSplitter"),
                     QByteArrayLiteral("\x00\x01"));
        auto host = startConsole(*m_profile);
        QVERIFY(QTest::qWaitForWindowExposed(host->window()));
        QVERIFY(host->window()->isMaximized());
        QVERIFY(showTicketsPage(*host->window()));
    }

    void aGeometryOffEveryScreenOpensMaximised()
    {
        // What Qt writes for a window on a screen far to the right that is not there now.
        QWidget elsewhere;
        elsewhere.setGeometry(QRect(20000, 200, 600, 400));
        const QByteArray offScreen = elsewhere.saveGeometry();
        // Qt's own bytes: read as a frame, which lies on no screen.
        const std::optional<QRect> frame = core::WindowLayout::savedFrame(offScreen);
        QVERIFY(frame);
        QCOMPARE(frame->left(), 20000);
        writeSetting(iniPath(), QStringLiteral("window/geometry"), offScreen);
        auto host = startConsole(*m_profile);
        QVERIFY(QTest::qWaitForWindowExposed(host->window()));
        QVERIFY(host->window()->isMaximized());
        QVERIFY(host->window()->geometry().left() < 20000);
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestWindowLayout)
#include "test_windowlayout.moc"
