#include "core/domain/error.h"
#include "core/domain/ticket.h"
#include "core/geo/citylayerstore.h"
#include "core/geo/districtindex.h"
#include "core/geo/routingrules.h"
#include "support/fixturecity.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

using namespace civicdesk;

namespace {
const QByteArray kRules = testsupport::fixturecity::routingRules();
}

class TestRoutingRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mostSpecificRuleWins_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("district");
        QTest::addColumn<QString>("queue");
        QTest::newRow("service and district") << QStringLiteral("POTHOLE") << QStringLiteral("South") << QStringLiteral("Roads South");
        QTest::newRow("service anywhere") << QStringLiteral("POTHOLE") << QStringLiteral("North") << QStringLiteral("Roads");
        QTest::newRow("district any service") << QStringLiteral("GRAFFITI") << QStringLiteral("North") << QStringLiteral("North desk");
        QTest::newRow("catch-all") << QStringLiteral("GRAFFITI") << QString() << QStringLiteral("General");
    }
    void mostSpecificRuleWins()
    {
        QFETCH(QString, service);
        QFETCH(QString, district);
        QFETCH(QString, queue);
        testsupport::TempProfile profile;
        const core::RoutingRules rules(profile.store().database());
        QCOMPARE(rules.load(kRules, QStringLiteral("routing.json")), 4);
        QCOMPARE(rules.route(service, district)->queue, queue);
    }

    void badFilesAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no rules") << QByteArray(R"({"rule":[]})") << QStringLiteral("rules.json: rules:");
        QTest::newRow("no agency") << QByteArray(R"({"rules":[{"queue":"x"}]})") << QStringLiteral("rules[0].agency");
        QTest::newRow("duplicate") << QByteArray(R"({"rules":[{"agency":"a"},{"agency":"b"}]})") << QStringLiteral("rules[1]");
        QTest::newRow("syntax") << QByteArray(R"({"rules":[)") << QStringLiteral("rules.json:1:");
    }
    void badFilesAreRefusedAndChangeNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        testsupport::TempProfile profile;
        const core::RoutingRules rules(profile.store().database());
        rules.load(kRules, QStringLiteral("routing.json"));
        try {
            rules.load(json, QStringLiteral("rules.json"));
            QFAIL("no error");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
        QCOMPARE(rules.rules().size(), size_t(4));
    }

    void applyToSetsDistrictAndAgency()
    {
        testsupport::TempProfile profile;
        testsupport::fixturecity::importAll(profile.store().database());
        const core::RoutingRules rules(profile.store().database());
        rules.load(kRules, QStringLiteral("routing.json"));
        const core::DistrictIndex districts{core::CityLayerStore(profile.store().database())};
        core::Ticket t;
        t.serviceCode = QStringLiteral("POTHOLE");
        t.latitude = 44.995;
        t.longitude = -92.995;
        const auto rule = rules.applyTo(t, districts);
        QCOMPARE(t.district, QStringLiteral("South"));
        QCOMPARE(t.agencyResponsible, QStringLiteral("Public Works"));
        QCOMPARE(rule->queue, QStringLiteral("Roads South"));
        t.latitude.reset();
        rules.applyTo(t, districts);
        QCOMPARE(t.district, QString());
    }
};

CIVICDESK_TEST_MAIN(TestRoutingRules)
#include "test_routingrules.moc"
