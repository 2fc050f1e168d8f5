#include "core/geo/citylayerstore.h"
#include "core/geo/districtindex.h"
#include "core/geo/geocoder.h"
#include "core/geo/geojsonreader.h"
#include "map/projection/webmercator.h"
#include "map/render/citytilerenderer.h"
#include "support/requireall.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QDir>
#include <QFileInfo>

using namespace civicdesk;
using Layer = core::CityLayerStore::Layer;

namespace {
QString dataDir()
{
    return QDir(qEnvironmentVariable("CIVICDESK_REALDATA_DIR")).filePath(QStringLiteral("geo"));
}

core::GeoImportReport import(core::CityLayerStore &store, Layer layer, const QString &file)
{
    core::GeoJsonReader reader(file);
    const auto features = reader.readFile(file);
    switch (layer) {
    case Layer::Districts:
        return store.importDistricts(features, file);
    case Layer::Streets:
        return store.importStreets(features, file);
    case Layer::Areas:
        return store.importAreas(features, file);
    case Layer::Addresses:
        return store.importAddressFeatures(features, file);
    }
    return {};
}
} // namespace

class TestRealGeo : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testsupport::TempProfile> m_monaco;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo(dataDir()).isDir())
            CIVICDESK_SKIP_OR_FAIL(
                QStringLiteral("real data folder %1 is missing (set CIVICDESK_REALDATA_DIR)").arg(dataDir()));
        m_monaco = std::make_unique<testsupport::TempProfile>();
    }

    // One row per real file, with the counts a person checked against the files.
    void importMonaco_data()
    {
        QTest::addColumn<int>("layer");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("read");
        QTest::addColumn<int>("imported");
        QTest::newRow("streets") << int(Layer::Streets) << QStringLiteral("monaco/streets.geojson") << 1884
                                 << 1884;
        QTest::newRow("quarters") << int(Layer::Districts) << QStringLiteral("monaco/quarters.geojson") << 6
                                  << 6;
        // One multipolygon carries only a name and no tag saying what it is.
        QTest::newRow("areas") << int(Layer::Areas) << QStringLiteral("monaco/areas.geojson") << 131 << 130;
        // Four points have a house number or name but no addr:street.
        QTest::newRow("addresses") << int(Layer::Addresses) << QStringLiteral("monaco/addresses.geojson")
                                   << 118 << 114;
    }
    void importMonaco()
    {
        QFETCH(int, layer);
        QFETCH(QString, file);
        QFETCH(int, read);
        QFETCH(int, imported);
        core::CityLayerStore store(m_monaco->store().database());
        const auto report = import(store, Layer(layer), QDir(dataDir()).filePath(file));
        QCOMPARE(report.read, read);
        QCOMPARE(report.imported, imported);
        QCOMPARE(store.count(Layer(layer)), imported);
    }

    void monacoLookups_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QString>("quarter");
        QTest::newRow("Casino de Monte-Carlo") << 43.7396 << 7.4281 << QStringLiteral("Monte-Carlo");
        QTest::newRow("Stade Louis II") << 43.7277 << 7.4156 << QStringLiteral("Fontvieille");
        QTest::newRow("Prince's Palace") << 43.7314 << 7.4198 << QStringLiteral("Monaco-Ville");
        QTest::newRow("Port Hercule quay") << 43.7350 << 7.4210 << QStringLiteral("La Condamine");
        QTest::newRow("La Turbie, France") << 43.7450 << 7.4000 << QString();
    }
    void monacoLookups()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QString, quarter);
        const core::DistrictIndex index{core::CityLayerStore(m_monaco->store().database())};
        QCOMPARE(index.labelAt({lon, lat}), quarter);
    }

    void monacoGeocoding()
    {
        const core::Geocoder geocoder(m_monaco->store().database());
        const auto madone = geocoder.geocode(QStringLiteral("4 av. de la Madone"));
        QVERIFY(!madone.empty());
        QCOMPARE(madone.front().label, QStringLiteral("4 Avenue de la Madone"));
        QCOMPARE(madone.front().kind, core::GeocodeResult::Kind::Address);
        QVERIFY(madone.front().insideJurisdiction);
        QCOMPARE(geocoder.autocomplete(QStringLiteral("30 Boulevard Princesse Ch")).front().label,
                 QStringLiteral("30 Boulevard Princesse Charlotte"));
        const auto back = geocoder.reverse({7.427968, 43.7409119});
        QVERIFY(back);
        QCOMPARE(back->label, QStringLiteral("4 Avenue de la Madone"));
        QVERIFY(!geocoder.isInsideJurisdiction({7.30, 43.70})); // Nice
    }

    // A basemap tile over La Condamine shows the port's water, streets and the OSM attribution.
    void monacoBasemap()
    {
        map::CityTileRenderer renderer(m_monaco->store().database());
        QCOMPARE(renderer.attribution(), QStringLiteral("\u00a9 OpenStreetMap contributors"));
        const QPointF world = map::webmercator::toWorld(QGeoCoordinate(43.7350, 7.4240), 16);
        const QImage tile = renderer.tile(map::TileId{16, int(world.x() / 256), int(world.y() / 256)}, 1.0);
        QCOMPARE(tile.size(), QSize(256, 256));
        int water = 0, road = 0;
        for (int y = 0; y < 256; ++y)
            for (int x = 0; x < 256; ++x) {
                const QColor c = tile.pixelColor(x, y);
                water += c == QColor(0xaa, 0xd3, 0xdf);
                road += c == QColor(Qt::white) || c == QColor(0xfc, 0xd6, 0xa4);
            }
        QVERIFY2(water > 256 * 256 / 10, qPrintable(QString::number(water)));
        QVERIFY2(road > 500, qPrintable(QString::number(road)));
    }

    void losAngelesCouncilDistricts_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lon");
        QTest::addColumn<QString>("district");
        QTest::newRow("City Hall") << 34.0537 << -118.2427 << QStringLiteral("14");
        QTest::newRow("Hollywood & Vine") << 34.1016 << -118.3267 << QStringLiteral("13");
        QTest::newRow("Canoga Park") << 34.2011 << -118.5976 << QStringLiteral("3");
        QTest::newRow("San Pedro") << 33.7405 << -118.2775 << QStringLiteral("15");
        QTest::newRow("Santa Monica (its own city)") << 34.0195 << -118.4912 << QString();
    }
    void losAngelesCouncilDistricts()
    {
        QFETCH(double, lat);
        QFETCH(double, lon);
        QFETCH(QString, district);
        testsupport::TempProfile profile;
        core::CityLayerStore store(profile.store().database());
        const auto report =
            import(store, Layer::Districts,
                   QDir(dataDir()).filePath(QStringLiteral("la/la-city-council-districts-2012.geojson")));
        QCOMPARE(report.read, 15);
        QCOMPARE(report.imported, 15);
        const core::DistrictIndex index(store);
        QCOMPARE(index.labelAt({lon, lat}), district);
        if (!district.isEmpty())
            QCOMPARE(index.labelAt({lon, lat}, QStringLiteral("slug")),
                     district + QStringLiteral("-la-city-council-district-2012"));
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestRealGeo)
#include "test_realgeo.moc"
