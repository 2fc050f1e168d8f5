#include "core/geo/citylayerstore.h"
#include "core/geo/districtindex.h"
#include "support/fixturecity.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QRandomGenerator>

using namespace civicdesk;

class TestDistrictIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lookups_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<QString>("name");
        QTest::newRow("north") << -93.005 << 45.003 << QStringLiteral("North");
        QTest::newRow("in the hole") << -93.003 << 45.007 << QString();
        QTest::newRow("south west part") << -93.005 << 44.995 << QStringLiteral("South");
        QTest::newRow("south east part") << -92.995 << 44.995 << QStringLiteral("South");
        QTest::newRow("between the parts") << -92.999 << 44.995 << QString();
        QTest::newRow("far away") << 2.35 << 48.85 << QString();
    }
    void lookups()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(QString, name);
        testsupport::TempProfile profile;
        testsupport::fixturecity::importAll(profile.store().database());
        const core::DistrictIndex index{core::CityLayerStore(profile.store().database())};
        QCOMPARE(index.labelAt({lon, lat}), name);
        if (!name.isEmpty())
            QCOMPARE(index.labelAt({lon, lat}, QStringLiteral("code")), name.left(1) + QStringLiteral("1"));
    }

    // The grid's shortcuts must agree with the plain point-in-polygon test everywhere.
    void agreesWithBruteForce()
    {
        testsupport::TempProfile profile;
        testsupport::fixturecity::importAll(profile.store().database());
        const core::CityLayerStore store(profile.store().database());
        const auto districts = store.districts();
        const core::DistrictIndex index(store);
        QRandomGenerator rng(7);
        for (int i = 0; i < 20000; ++i) {
            const core::GeoPoint p{-93.012 + rng.generateDouble() * 0.024, 44.988 + rng.generateDouble() * 0.024};
            QString expected;
            for (const auto &d : districts)
                if (core::geometry::contains(d.geometry, p))
                    expected = d.name;
            QCOMPARE(index.labelAt(p), expected);
        }
    }
};

CIVICDESK_TEST_MAIN(TestDistrictIndex)
#include "test_districtindex.moc"
