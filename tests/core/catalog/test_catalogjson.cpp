#include "core/catalog/catalogjson.h"
#include "core/domain/error.h"
#include "support/testmain.h"

#include <QSet>

using namespace civicdesk::core;

namespace {
QByteArray minimalCatalog(const QByteArray &services,
                          const QByteArray &agencies = "[{\"id\":\"DPW\",\"name\":\"Public Works\"}]")
{
    return "{\"format\":\"civicdesk-catalog\",\"format_version\":1,"
           "\"jurisdiction\":{\"id\":\"x\",\"name\":\"X\",\"timezone\":\"America/New_York\"},"
           "\"agencies\":" +
           agencies + ",\"services\":" + services + "}";
}
} // namespace

class TestCatalogJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInIsRich()
    {
        const Catalog c = catalogjson::builtIn();
        QVERIFY(c.services().size() >= 40);
        QSet<AttributeDatatype> datatypes;
        int withAttributes = 0;
        for (const Service &s : c.services()) {
            QVERIFY2(!s.name.isEmpty(), qPrintable(s.code));
            QVERIFY2(c.agency(s.agencyId), qPrintable(s.code));
            QVERIFY2(s.sla.hours > 0, qPrintable(s.code));
            withAttributes += s.metadata() ? 1 : 0;
            for (const auto &a : s.attributes)
                datatypes.insert(a.datatype);
        }
        QCOMPARE(withAttributes, c.services().size());
        QCOMPARE(datatypes.size(), 6);
        QCOMPARE(c.calendar.timeZone().id(), QByteArray("America/New_York"));
    }

    // The kinds of call a 311 line is documented to take.
    void coversDocumentedCallTypes_data()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"ILLEGAL_BURNING", "SUSPICIOUS_PERSON", "DEBRIS_ROADWAY", "MINOR_INJURY",
                                 "STREETLIGHT_OUT", "PARKING_METER", "NOISE", "GOV_INQUIRY", "POTHOLE",
                                 "MISSED_COLLECTION", "GRAFFITI", "ABANDONED_VEHICLE", "ILLEGAL_DUMPING",
                                 "TREE_DOWN", "WATER_LEAK", "RODENTS", "SIDEWALK_DAMAGE", "TRAFFIC_SIGNAL"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    void coversDocumentedCallTypes()
    {
        QFETCH(QString, code);
        static const Catalog c = catalogjson::builtIn();
        QVERIFY(c.service(code) != nullptr);
    }

    void serialiseRoundTrip()
    {
        const Catalog c = catalogjson::builtIn();
        const Catalog back = catalogjson::parse(catalogjson::serialise(c), QStringLiteral("round trip"));
        QCOMPARE(back.services(), c.services());
        QCOMPARE(back.agencies(), c.agencies());
        QCOMPARE(back.calendar.holidays(), c.calendar.holidays());
        QCOMPARE(back.calendar.workingDays(), c.calendar.workingDays());
    }

    // location_required: derived for field services (every agency but the 311 desk) unless
    // the catalogue says otherwise, and kept through a round trip.
    void locationRequiredIsDerivedForFieldServices()
    {
        const Catalog c = catalogjson::builtIn();
        QVERIFY(c.needsLocation(*c.service(QStringLiteral("POTHOLE"))));
        QVERIFY(c.needsLocation(*c.service(QStringLiteral("NOISE"))));
        QVERIFY(!c.needsLocation(*c.service(QStringLiteral("GOV_INQUIRY"))));
        QVERIFY(!c.needsLocation(*c.service(QStringLiteral("SERVICE_FEEDBACK"))));
        QVERIFY(!c.agency(QStringLiteral("CS311"))->field);

        const Catalog own = catalogjson::parse(
            minimalCatalog("[{\"service_code\":\"A\",\"service_name\":\"A\"},"
                           "{\"service_code\":\"B\",\"service_name\":\"B\",\"location_required\":false}]"),
            QStringLiteral("cat.json"));
        QVERIFY(own.needsLocation(*own.service(QStringLiteral("A"))));
        QVERIFY(!own.needsLocation(*own.service(QStringLiteral("B"))));
        const Catalog back = catalogjson::parse(catalogjson::serialise(own), QStringLiteral("round trip"));
        QCOMPARE(back.service(QStringLiteral("B"))->locationRequired, std::optional<bool>(false));
        QCOMPARE(back.service(QStringLiteral("A"))->locationRequired, std::optional<bool>());
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\n  \"format\": \"civicdesk-catalog\",\n  oops\n}")
                                << QStringLiteral("cat.json:3:");
        QTest::newRow("wrong format") << QByteArray("{\"format\":\"other\"}") << QStringLiteral("format");
        QTest::newRow("missing code") << minimalCatalog("[{\"service_name\":\"A\"}]")
                                      << QStringLiteral("services[0].service_code: is required");
        QTest::newRow("unknown agency")
            << minimalCatalog("[{\"service_code\":\"A\",\"service_name\":\"A\",\"agency\":\"NOPE\"}]")
            << QStringLiteral("services[0] (A).agency: unknown agency");
        QTest::newRow("bad datatype")
            << minimalCatalog(
                   "[{\"service_code\":\"A\",\"service_name\":\"A\",\"attributes\":[{\"code\":\"Q\","
                   "\"datatype\":\"colour\"}]}]")
            << QStringLiteral("services[0] (A).attributes[0].datatype: unknown datatype \"colour\"");
        QTest::newRow("list without values")
            << minimalCatalog(
                   "[{\"service_code\":\"A\",\"service_name\":\"A\",\"attributes\":[{\"code\":\"Q\","
                   "\"datatype\":\"singlevaluelist\"}]}]")
            << QStringLiteral("attributes[0].values");
        QTest::newRow("duplicate service")
            << minimalCatalog("[{\"service_code\":\"A\",\"service_name\":\"A\"},{\"service_code\":\"A\","
                              "\"service_name\":\"B\"}]")
            << QStringLiteral("services[1].service_code: duplicate service code");
        QTest::newRow("bad zone")
            << QByteArray("{\"format\":\"civicdesk-catalog\",\"format_version\":1,\"jurisdiction\":"
                          "{\"timezone\":\"Mars/Olympus\"},\"services\":[]}")
            << QStringLiteral("jurisdiction.timezone");
        QTest::newRow("location_required not a flag")
            << minimalCatalog(
                   "[{\"service_code\":\"A\",\"service_name\":\"A\",\"location_required\":\"yes\"}]")
            << QStringLiteral("services[0] (A).location_required: must be true or false");
        QTest::newRow("not utf8") << QByteArray("{\"format\":\"civicdesk-catalog\xff\"}")
                                  << QStringLiteral("not valid UTF-8");
    }
    void errorsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        try {
            catalogjson::parse(json, QStringLiteral("cat.json"));
            QFAIL("accepted a bad catalogue");
        } catch (const Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("cat.json")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }
};

CIVICDESK_TEST_MAIN(TestCatalogJson)
#include "test_catalogjson.moc"
