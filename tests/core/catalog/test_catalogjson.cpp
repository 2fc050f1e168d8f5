#include "core/catalog/catalogjson.h"
#include "core/domain/error.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    // Translations sit beside the English: a file without them reads as before, and what
    // serialise writes, parse reads back to the same catalogue.
    void translationsRoundTrip()
    {
        const QByteArray json = minimalCatalog(
            "[{\"service_code\":\"A\",\"service_name\":\"Pothole\",\"keywords\":[\"pot hole\"],"
            "\"i18n\":{\"es\":{\"service_name\":\"Bache\",\"keywords\":[\"bache\",\"hoyo\"]},"
            "\"fr\":{\"group\":\"Rues\"},\"de\":{}},"
            "\"attributes\":[{\"code\":\"Q\",\"datatype\":\"singlevaluelist\",\"description\":\"Big?\","
            "\"datatype_description\":\"Pick one\",\"i18n\":{\"fr\":{\"description\":\"Gros?\"}},"
            "\"values\":[{\"key\":\"Y\",\"name\":\"Yes\",\"i18n\":{\"es\":{\"name\":\"Sí\"}}},"
            "{\"key\":\"N\",\"name\":\"No\"}]}]},"
            "{\"service_code\":\"B\",\"service_name\":\"Old\"}]");
        const Catalog c = catalogjson::parse(json, QStringLiteral("cat.json"));
        const Service &a = *c.service(QStringLiteral("A"));
        QCOMPARE(a.name, QStringLiteral("Pothole"));
        QCOMPARE(a.translations.value(QStringLiteral("es")).name, QStringLiteral("Bache"));
        QCOMPARE(a.translations.value(QStringLiteral("es")).keywords,
                 QStringList({QStringLiteral("bache"), QStringLiteral("hoyo")}));
        QCOMPARE(a.translations.value(QStringLiteral("fr")).group, QStringLiteral("Rues"));
        QVERIFY(a.translations.contains(QStringLiteral("de")));
        QCOMPARE(a.attributes.first().translations.value(QStringLiteral("fr")).description,
                 QStringLiteral("Gros?"));
        QCOMPARE(a.attributes.first().values.first().names.value(QStringLiteral("es")), QStringLiteral("Sí"));
        QVERIFY(a.attributes.first().values.last().names.isEmpty());
        QVERIFY(c.service(QStringLiteral("B"))->translations.isEmpty());

        const QByteArray written = catalogjson::serialise(c);
        const Catalog back = catalogjson::parse(written, QStringLiteral("round trip"));
        QCOMPARE(back.services(), c.services());
        // English stays the plain field; nothing is written for what has no translation.
        const QJsonObject b = QJsonDocument::fromJson(written)
                                  .object()
                                  .value(QStringLiteral("services"))
                                  .toArray()
                                  .at(1)
                                  .toObject();
        QCOMPARE(b.value(QStringLiteral("service_name")).toString(), QStringLiteral("Old"));
        QVERIFY(!b.contains(QStringLiteral("i18n")));
        QCOMPARE(QJsonDocument::fromJson(written).object().value(QStringLiteral("format_version")).toInt(),
                 1);
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
        // Translations ("i18n"): codes, types and field names are checked like the English text.
        const auto translated = [](const QByteArray &serviceI18n, const QByteArray &attributeI18n = "{}",
                                   const QByteArray &valueI18n = "{}") {
            return minimalCatalog("[{\"service_code\":\"A\",\"service_name\":\"A\",\"i18n\":" + serviceI18n +
                                  ",\"attributes\":[{\"code\":\"Q\",\"datatype\":\"singlevaluelist\","
                                  "\"description\":\"Q?\",\"i18n\":" +
                                  attributeI18n + ",\"values\":[{\"key\":\"Y\",\"name\":\"Yes\",\"i18n\":" +
                                  valueI18n + "}]}]}]");
        };
        QTest::newRow("i18n not an object")
            << translated("[\"es\"]")
            << QStringLiteral("services[0] (A).i18n: must be an object of languages");
        QTest::newRow("language of three letters")
            << translated("{\"spa\":{\"service_name\":\"B\"}}")
            << QStringLiteral("services[0] (A).i18n.spa: \"spa\" is not a two-letter language code");
        QTest::newRow("language with a country") << translated("{\"es_MX\":{\"service_name\":\"B\"}}")
                                                 << QStringLiteral("services[0] (A).i18n.es_MX:");
        QTest::newRow("language in capitals")
            << translated("{\"ES\":{\"service_name\":\"B\"}}") << QStringLiteral("services[0] (A).i18n.ES:");
        QTest::newRow("english as a translation")
            << translated("{\"en\":{\"service_name\":\"B\"}}")
            << QStringLiteral("services[0] (A).i18n.en: English is the plain field");
        QTest::newRow("language not an object")
            << translated("{\"es\":\"Bache\"}")
            << QStringLiteral("services[0] (A).i18n.es: must be an object");
        QTest::newRow("name not a string")
            << translated("{\"es\":{\"service_name\":7}}")
            << QStringLiteral("services[0] (A).i18n.es.service_name: must be a string");
        QTest::newRow("keywords not a list")
            << translated("{\"fr\":{\"keywords\":\"nid-de-poule\"}}")
            << QStringLiteral("services[0] (A).i18n.fr.keywords: must be an array of strings");
        QTest::newRow("keywords not strings")
            << translated("{\"fr\":{\"keywords\":[\"trou\",3]}}")
            << QStringLiteral("services[0] (A).i18n.fr.keywords: must be an array of strings");
        QTest::newRow("misspelt field")
            << translated("{\"es\":{\"name\":\"Bache\"}}")
            << QStringLiteral("services[0] (A).i18n.es.name: is not a translated field");
        QTest::newRow("attribute question not a string")
            << translated("{}", "{\"fr\":{\"description\":[\"Q?\"]}}")
            << QStringLiteral("services[0] (A).attributes[0].i18n.fr.description: must be a string");
        QTest::newRow("attribute hint not a string")
            << translated("{}", "{\"es\":{\"datatype_description\":false}}")
            << QStringLiteral("services[0] (A).attributes[0].i18n.es.datatype_description: must be a string");
        QTest::newRow("value name not a string")
            << translated("{}", "{}", "{\"es\":{\"name\":5}}")
            << QStringLiteral("services[0] (A).attributes[0].values[0].i18n.es.name: must be a string");
        QTest::newRow("value field misspelt")
            << translated("{}", "{}", "{\"es\":{\"label\":\"Sí\"}}")
            << QStringLiteral(
                   "services[0] (A).attributes[0].values[0].i18n.es.label: is not a translated field");
        QTest::newRow("value in a bad language")
            << translated("{}", "{}", "{\"e\":{\"name\":\"Sí\"}}")
            << QStringLiteral("services[0] (A).attributes[0].values[0].i18n.e:");
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
