#include "core/pins/ticketclusters.h"
#include "core/store/ticketrepository.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"
#include "widgets/map/mapview.h"
#include "widgets/map/ticketlayer.h"
#include "widgets/map/ticketmappanel.h"

#include <QCheckBox>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLabel>
#include <QPainter>
#include <QSignalSpy>

using namespace civicdesk;
using widgets::TicketLayer;

namespace {

// Three tickets far apart (each a lone pin from zoom 6) and a tight bunch of 30 near
// the first, which stays a cluster until deep zooms.
std::shared_ptr<const core::TicketPinSet> samplePins()
{
    auto pins = std::make_shared<core::TicketPinSet>();
    pins->append(QUuid::fromString(QStringLiteral("{00000000-0000-0000-0000-000000000001}")), 43.73, 7.42,
                 core::TicketStatus::New, QStringLiteral("POTHOLE"), 1000);
    pins->append(QUuid::fromString(QStringLiteral("{00000000-0000-0000-0000-000000000002}")), 43.80, 7.60,
                 core::TicketStatus::Resolved, QStringLiteral("NOISE"), 2000);
    pins->append(QUuid::fromString(QStringLiteral("{00000000-0000-0000-0000-000000000003}")), 43.65, 7.25,
                 core::TicketStatus::InProgress, QStringLiteral("POTHOLE"), 3000);
    for (int i = 0; i < 30; ++i)
        pins->append(QUuid::createUuid(), 43.70 + (i % 6) * 0.0001, 7.50 + (i / 6) * 0.0001, core::TicketStatus::New,
                     QStringLiteral("GRAFFITI"), 4000 + i);
    return pins;
}

map::MapViewport viewAt(double lat, double lon, double zoom)
{
    return map::MapViewport(map::MapViewport::coordinateToUnits({lat, lon}), zoom, QSizeF(800, 600));
}

QImage render(TicketLayer &layer, const map::MapViewport &vp)
{
    QImage image(vp.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    layer.paint(p, vp);
    return image;
}

} // namespace

class TestTicketLayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pinsAreHitAndColouredByStatus()
    {
        TicketLayer layer;
        layer.setClusters(core::TicketClusters::build(samplePins(), {}));
        const auto vp = viewAt(43.73, 7.42, 12.0);
        const QPointF at = vp.coordinateToScreen({43.73, 7.42});
        const TicketLayer::Hit hit = layer.hitTest(at + QPointF(2, -1), vp);
        QCOMPARE(hit.kind, TicketLayer::Hit::Pin);
        QCOMPARE(hit.pin, qsizetype(0));
        QCOMPARE(layer.hitTest(at + QPointF(30, 30), vp).kind, TicketLayer::Hit::None);
        const QImage image = render(layer, vp);
        QCOMPARE(image.pixelColor(at.toPoint()), TicketLayer::statusColor(core::TicketStatus::New));
        QSignalSpy activated(&layer, &TicketLayer::ticketActivated);
        QVERIFY(layer.click(at, vp));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toUuid(), samplePins()->id(0));
        // A different status, a different colour.
        const auto vp2 = viewAt(43.80, 7.60, 12.0);
        const QPointF other = vp2.coordinateToScreen({43.80, 7.60});
        QCOMPARE(render(layer, vp2).pixelColor(other.toPoint()), TicketLayer::statusColor(core::TicketStatus::Resolved));
    }

    void clickingAClusterZoomsToWhereItSplits()
    {
        TicketLayer layer;
        auto clusters = core::TicketClusters::build(samplePins(), {});
        layer.setClusters(clusters);
        const auto vp = viewAt(43.7003, 7.5003, 12.0);
        // The map's zoom z shows the index's zoom z - 1 (supercluster counts in 512 px tiles).
        std::vector<core::ClusterIndex::Item> items;
        clusters->index().query(0, 0, 1, 1, 11, items);
        const auto bunch = std::find_if(items.begin(), items.end(), [](const auto &i) { return i.count == 30; });
        QVERIFY(bunch != items.end());
        const QPointF at = vp.unitsToScreen({bunch->x, bunch->y});
        const TicketLayer::Hit hit = layer.hitTest(at + QPointF(3, 3), vp);
        QCOMPARE(hit.kind, TicketLayer::Hit::Cluster);
        QCOMPARE(hit.count, 30u);
        QSignalSpy zoom(&layer, &TicketLayer::zoomRequested);
        QSignalSpy activated(&layer, &TicketLayer::ticketActivated);
        QVERIFY(layer.click(at, vp));
        QCOMPARE(zoom.count(), 1);
        QCOMPARE(activated.count(), 0);
        const double target = zoom.first().at(1).toDouble();
        QCOMPARE(target, double(clusters->index().expansionZoom(hit.clusterId) + 1));
        QVERIFY(target > 12.0);
        // One zoom above the target it is still one cluster; at the target it has split.
        std::vector<core::ClusterIndex::Item> above, at_;
        clusters->index().query(0, 0, 1, 1, target - 2, above);
        clusters->index().query(0, 0, 1, 1, target - 1, at_);
        QVERIFY(at_.size() > above.size());
    }

    void mapViewForwardsLayerClicks()
    {
        widgets::MapView view;
        view.resize(800, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *layer = new TicketLayer(&view);
        layer->setClusters(core::TicketClusters::build(samplePins(), {}));
        view.addLayer(layer);
        view.setCenter({43.7003, 7.5003});
        view.setZoom(12.0);
        QSignalSpy clicked(&view, &widgets::MapView::clicked);
        const QPointF at = view.viewport().coordinateToScreen({43.7003, 7.5003});
        QTest::mouseClick(&view, Qt::LeftButton, {}, at.toPoint());
        QVERIFY(view.zoom() > 12.0); // the cluster took the click and zoomed the map
        QCOMPARE(clicked.count(), 0);
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(20, 20));
        QCOMPARE(clicked.count(), 1); // empty map: the view's own click
    }

    void heatmapDrawsDensity()
    {
        TicketLayer layer;
        layer.setClusters(core::TicketClusters::build(samplePins(), {}));
        layer.setHeatmap(true);
        const auto vp = viewAt(43.7003, 7.5003, 12.0);
        const QImage image = render(layer, vp);
        const QPointF hot = vp.coordinateToScreen({43.7003, 7.5003});
        const QPointF lone = vp.coordinateToScreen({43.73, 7.42});
        // The bunch of 30 is hotter (redder) than a lone ticket; far away nothing is drawn.
        const QColor h = image.pixelColor(hot.toPoint());
        const QColor l = image.pixelColor(lone.toPoint());
        QVERIFY(h != Qt::white);
        QVERIFY(l != Qt::white);
        QVERIFY(h.red() - h.blue() > l.red() - l.blue());
        QCOMPARE(image.pixelColor(5, 5), QColor(Qt::white));
        QCOMPARE(layer.hitTest(hot, vp).kind, TicketLayer::Hit::None); // no pins to click
    }

    void panelLoadsFiltersAndOpensTickets()
    {
        testsupport::TempProfile profile;
        core::TicketRepository repo(profile.store().database());
        for (int i = 0; i < 100; ++i)
            repo.insert(testsupport::generatedTicket(i, QStringLiteral("TST")));
        widgets::TicketMapPanel panel(profile.store());
        QSignalSpy shown(&panel, &widgets::TicketMapPanel::pinsShown);
        panel.resize(900, 700);
        panel.show();
        QTRY_COMPARE(shown.count(), 1);
        QCOMPARE(panel.ticketLayer()->clusters()->size(), qsizetype(100));
        QVERIFY(panel.mapView()->zoom() > 10.0); // framed on the tickets

        auto *service = panel.findChild<QComboBox *>(QStringLiteral("mapServiceFilter"));
        QCOMPARE(service->count(), 6); // all + five services
        service->setCurrentIndex(service->findData(QStringLiteral("NOISE")));
        QTRY_COMPARE(shown.count(), 2);
        QCOMPARE(panel.ticketLayer()->clusters()->size(), qsizetype(20));
        auto *status = panel.findChild<QComboBox *>(QStringLiteral("mapStatusFilter"));
        status->setCurrentIndex(status->findData(QStringLiteral("in_progress")));
        QTRY_VERIFY(shown.count() >= 3 && !panel.isBusy());
        // NOISE is index % 5 == 3, in progress is index % 10 == 2: never both.
        QCOMPARE(panel.ticketLayer()->clusters()->size(), qsizetype(0));
        status->setCurrentIndex(0);
        service->setCurrentIndex(0);
        QTRY_VERIFY(!panel.isBusy() && panel.ticketLayer()->clusters()->size() == 100);

        // Zoom in on one ticket and click it: the panel names it by reference.
        const core::Ticket t = testsupport::generatedTicket(7, QStringLiteral("TST"));
        panel.mapView()->setCenter({*t.latitude, *t.longitude});
        panel.mapView()->setZoom(19.0);
        QSignalSpy activated(&panel, &widgets::TicketMapPanel::ticketActivated);
        const QPointF at = panel.mapView()->viewport().coordinateToScreen({*t.latitude, *t.longitude});
        QTest::mouseClick(panel.mapView(), Qt::LeftButton, {}, at.toPoint());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), t.referenceNumber);

        auto *heat = panel.findChild<QCheckBox *>(QStringLiteral("mapHeatmap"));
        heat->setChecked(true);
        QVERIFY(panel.ticketLayer()->heatmap());
    }

    void everyInputIsNamed()
    {
        testsupport::TempProfile profile;
        widgets::TicketMapPanel panel(profile.store());
        for (QWidget *input : panel.findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(input) || qobject_cast<QComboBox *>(input)
                || qobject_cast<QAbstractSpinBox *>(input) || qobject_cast<QAbstractItemView *>(input)
                || qobject_cast<QAbstractButton *>(input)) {
                // A combo box's own line edit, or the list in its popup: the combo carries the name.
                bool insideCombo = false;
                for (QObject *up = input->parent(); up && !insideCombo; up = up->parent())
                    insideCombo = qobject_cast<QComboBox *>(up) != nullptr;
                if (insideCombo)
                    continue;
                const QString what = QString::fromLatin1(input->metaObject()->className()) + u' ' + input->objectName();
                QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(what));
            }
        }
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestTicketLayer)
#include "test_ticketlayer.moc"
