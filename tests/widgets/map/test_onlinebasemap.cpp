#include "map/tiles/tileloader.h"
#include "map/tiles/tilesource.h"
#include "support/localtileserver.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/map/mapview.h"
#include "widgets/map/ticketmappanel.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QSettings>
#include <memory>

using namespace civicdesk;

// The ticket map's online basemap (map/xyz_url in the profile's settings), against a local tile
// server; the source itself is tested headless in tests/map/test_xyztilesource.
class TestOnlineBasemap : public QObject
{
    Q_OBJECT

    std::unique_ptr<testsupport::LocalTileServer> m_server;

private Q_SLOTS:
    // A new server for each test, so request counts start at zero.
    void init()
    {
        m_server = std::make_unique<testsupport::LocalTileServer>();
        QVERIFY(m_server->listen());
    }
    void cleanup() { m_server.reset(); }

    void ticketMapUsesTheServerNamedInSettings()
    {
        testsupport::TempProfile profile;
        {
            QSettings settings(profile.store().profile().settingsPath(), QSettings::IniFormat);
            settings.setValue(
                QStringLiteral("map/xyz_url"),
                QStringLiteral("http://127.0.0.1:%1/tiles/{z}/{x}/{y}.png").arg(m_server->port()));
            settings.setValue(QStringLiteral("map/xyz_attribution"), QStringLiteral("© Local test tiles"));
        }
        auto panel = std::make_unique<widgets::TicketMapPanel>(profile.store());
        panel->resize(600, 500);
        panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel.get()));
        QVERIFY(panel->mapView()->tileLoader()->source());
        QCOMPARE(panel->mapView()->tileLoader()->source()->attribution(),
                 QStringLiteral("© Local test tiles"));
        // The map asks the server for its tiles and shows them.
        auto *view = panel->mapView();
        const QPoint middle(view->width() / 2, view->height() / 2);
        QTRY_VERIFY_WITH_TIMEOUT(view->grab().toImage().pixelColor(middle).rgb() ==
                                     testsupport::LocalTileServer::colorFor(qRound(view->zoom())).rgb(),
                                 20000);
        QVERIFY(m_server->requests > 0);
        // Closing the map now must not wait for the fetches still queued at the server,
        // which cannot answer while this thread is blocked: the loader cancels them.
        QElapsedTimer closing;
        closing.start();
        QTRY_VERIFY(!panel->isBusy());
        panel.reset();
        QVERIFY2(closing.elapsed() < 5000, qPrintable(QString::number(closing.elapsed())));
    }

    void badSettingsLeaveTheMapOffline()
    {
        testsupport::TempProfile profile;
        {
            QSettings settings(profile.store().profile().settingsPath(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("map/xyz_url"), QStringLiteral("ftp://example.org/tiles"));
        }
        widgets::TicketMapPanel panel(profile.store());
        QVERIFY(!panel.mapView()->tileLoader()->source());
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("mapSummary"))
                    ->text()
                    .contains(QStringLiteral("ftp://")));
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestOnlineBasemap)
#include "test_onlinebasemap.moc"
