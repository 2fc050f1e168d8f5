#include "core/domain/error.h"
#include "core/open311/open311reader.h"
#include "support/testmain.h"

using namespace civicdesk;
using core::Open311Document;
namespace reader = core::open311reader;

class TestOpen311Reader : public QObject
{
    Q_OBJECT

private:
    static QString errorOf(const QByteArray &data, std::optional<Open311Document::Kind> expected = std::nullopt)
    {
        try {
            reader::read(data, QStringLiteral("t.xml"), expected);
        } catch (const core::Error &e) {
            return e.message();
        }
        return {};
    }

private Q_SLOTS:
    void leadingZerosAreReadAsStrings()
    {
        const QByteArray json = "[\n  {\n    \"service_code\":001,\n    \"service_name\":\"Cans\",\"type\":\"realtime\"},\n"
                                "  {\"service_code\":-02, \"service_name\":\"x 001\"}]";
        const auto r = reader::read(json, QStringLiteral("t.json"));
        QCOMPARE(r.document.kind, Open311Document::Kind::Services);
        QCOMPARE(r.document.services.size(), 2);
        QCOMPARE(r.document.services.at(0).code, QStringLiteral("001"));
        QCOMPARE(r.document.services.at(1).code, QStringLiteral("-02"));
        QCOMPARE(r.document.services.at(1).name, QStringLiteral("x 001")); // inside a string: untouched
        QCOMPARE(r.document.repairs.size(), 2);
        QVERIFY2(r.document.repairs.at(0).startsWith(QStringLiteral("line 3, column 20:")), qPrintable(r.document.repairs.at(0)));
        // Valid JSON is passed through byte for byte.
        const QByteArray valid = "[{\"a\":0,\"b\":0.5,\"c\":\"007\",\"d\":-0.1}]";
        QCOMPARE(reader::quoteLeadingZeroNumbers(valid), valid);
    }

    void syntaxErrorsNameLineAndColumnOfTheOriginalFile()
    {
        // The repair shifts the text; the position must still be the one in the user's file.
        const QString message = errorOf("[{\"service_code\":001,\n \"service_name\": oops}]");
        QVERIFY2(message.startsWith(QStringLiteral("t.xml:2:")), qPrintable(message));
    }

    void numericIdsBecomeStrings()
    {
        const auto r = reader::read("[{\"service_request_id\":638344,\"status\":\"open\",\"service_code\":6,\n"
"            \"requested_datetime\":\"2010-04-14T06:37:38-08:00\",\"address_id\":545483,\"zipcode\":94122,\"lat\":0.0,\"long\":0.0}]",
                                    QStringLiteral("t.json"));
        QCOMPARE(r.document.kind, Open311Document::Kind::Requests);
        const core::Ticket &t = r.document.requests.first();
        QCOMPARE(t.referenceNumber, QStringLiteral("638344"));
        QCOMPARE(t.serviceCode, QStringLiteral("6"));
        QCOMPARE(t.addressId, QStringLiteral("545483"));
        QCOMPARE(t.zipcode, QStringLiteral("94122"));
        QVERIFY(!t.latitude); // 0.0/0.0 is "no location"
        QCOMPARE(t.requestedAt, QDateTime(QDate(2010, 4, 14), QTime(14, 37, 38), QTimeZone::utc()));
    }

    void xmlLeniency()
    {
        // Namespaces, extra root attributes, any element order, empty elements, capitalised status.
        const QByteArray xml = "<?xml version=\"1.0\"?>\n"
"<service_requests xmlns=\"http://example.org/open311\" version=\"2\" xmlns:m=\"urn:x\">\n"
"  <request>\n"
"    <status_notes>Duplicate request.</status_notes>\n"
"    <status>Closed</status>\n"
"    <service_code>006</service_code>\n"
"    <requested_datetime>2010-04-14T06:37:38-08:00</requested_datetime>\n"
"    <service_request_id>1</service_request_id>\n"
"    <description/>\n"
"    <lat>37.76</lat><long>-122.46</long>\n"
"  </request>\n"
"  <request>\n"
"    <service_request_id>2</service_request_id><status>OPEN</status><status_notes>In progress</status_notes>\n"
"    <service_code>006</service_code><requested_datetime>2010-04-19T06:37:38Z</requested_datetime>\n"
"  </request>\n"
"</service_requests>";
        const auto r = reader::read(xml, QStringLiteral("t.xml"));
        QCOMPARE(r.document.requests.size(), 2);
        const core::Ticket &a = r.document.requests.at(0);
        QCOMPARE(a.status, core::TicketStatus::Duplicate);
        QCOMPARE(a.statusNotes, QStringLiteral("Duplicate request."));
        QCOMPARE(a.serviceCode, QStringLiteral("006"));
        QVERIFY(a.description.isEmpty());
        QCOMPARE(*a.latitude, 37.76);
        const core::Ticket &b = r.document.requests.at(1);
        QCOMPARE(b.status, core::TicketStatus::InProgress);
        QVERIFY(b.statusNotes.isEmpty()); // only a status name: consumed
    }

    void definitionWithoutAttributesWrapper()
    {
        const QByteArray xml = "<service_definition><service_code>DMV66</service_code>\n"
"  <attribute><variable>true</variable><code>B</code><datatype>SingleValueList</datatype><required>true</required>\n"
"    <order>2</order><values><value><key>123</key><name>Ford</name></value></values></attribute>\n"
"  <attribute><code>A</code><datatype>string</datatype><order>1</order></attribute>\n"
"</service_definition>";
        const auto r = reader::read(xml, QStringLiteral("t.xml"));
        QCOMPARE(r.document.kind, Open311Document::Kind::ServiceDefinition);
        const core::Service &s = r.document.services.first();
        QCOMPARE(s.code, QStringLiteral("DMV66"));
        QCOMPARE(s.attributes.size(), 2);
        QCOMPARE(s.attributes.at(0).code, QStringLiteral("A")); // sorted by order
        QCOMPARE(s.attributes.at(1).datatype, core::AttributeDatatype::SingleValueList);
        QCOMPARE(s.attributes.at(1).values.first().key, QStringLiteral("123"));
        // The same in JSON, with a numeric key.
        const auto j = reader::read("{\"service_code\":\"DMV66\",\"attributes\":[{\"code\":\"B\",\"datatype\":\"multivaluelist\",\n"
"            \"variable\":true,\"required\":false,\"values\":[{\"key\":124,\"name\":\"Chrysler\"}]}]}",
                                    QStringLiteral("t.json"));
        QCOMPARE(j.document.services.first().attributes.first().values.first().key, QStringLiteral("124"));
    }

    void strictWhereItMustBe_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown datatype")
            << QByteArray("<service_definition><service_code>X</service_code><attributes><attribute><code>A</code>"
                          "<datatype>colour</datatype></attribute></attributes></service_definition>")
            << QStringLiteral("t.xml: line 1: datatype: unknown datatype \"colour\"");
        QTest::newRow("service without code")
            << QByteArray("<services>\n<service><service_name>Cans</service_name></service></services>")
            << QStringLiteral("t.xml: line 2: service_code: is required");
        QTest::newRow("json service without code") << QByteArray("[{\"service_name\":\"Cans\",\"service_code\":null}]")
                                                   << QStringLiteral("t.xml: [0]: service_code: is required");
        QTest::newRow("definition without code") << QByteArray("<service_definition><attributes/></service_definition>")
                                                 << QStringLiteral("service_code: is required");
        QTest::newRow("bad boolean")
            << QByteArray("<services><service><service_code>1</service_code><metadata>maybe</metadata></service></services>")
            << QStringLiteral("metadata: \"maybe\" is not true or false");
        QTest::newRow("not open311") << QByteArray("<html><body/></html>") << QStringLiteral("the root is <html>");
        QTest::newRow("truncated xml") << QByteArray("<services>\n<service><service_code>1</service_")
                                       << QStringLiteral("t.xml:2:");
        QTest::newRow("truncated json") << QByteArray("[{\"service_code\":\"1\",\n\"service_name\":\"a")
                                        << QStringLiteral("t.xml:2:");
        QTest::newRow("empty") << QByteArray("   ") << QStringLiteral("neither JSON nor XML");
        QTest::newRow("deep nesting") << QByteArray("<services>") + QByteArray("<a>").repeated(200)
                                      << QStringLiteral("nested deeper than");
    }

    void strictWhereItMustBe()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const QString message = errorOf(data);
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void billionLaughsIsRefusedBeforeExpansion()
    {
        QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n";
        for (int i = 1; i < 10; ++i)
            xml += QStringLiteral(" <!ENTITY lol%1 \"%2\">\n")
                       .arg(i)
                       .arg(QStringLiteral("&lol%1;").arg(i == 1 ? QString() : QString::number(i - 1)).repeated(10))
                       .toUtf8();
        xml += "]>\n<services><service><service_code>&lol9;</service_code></service></services>";
        const QString message = errorOf(xml);
        QVERIFY2(message.contains(QStringLiteral("DTDs and entity declarations are refused")), qPrintable(message));
        // An undeclared entity without a DTD is an error too, never text.
        QVERIFY(!errorOf("<services><service><service_code>&x;</service_code></service></services>").isEmpty());
    }

    void badRequestsAreSkippedWithTheirLine()
    {
        const QByteArray xml = "<service_requests>\n<request><service_request_id>1</service_request_id><status>open</status>"
                               "<requested_datetime>2020-01-01T00:00:00Z</requested_datetime></request>\n"
                               "<request><service_request_id>2</service_request_id><status>weird</status>"
                               "<service_code>A</service_code><requested_datetime>2020-01-01T00:00:00Z</requested_datetime></request>\n"
                               "<request><service_request_id>3</service_request_id><status>open</status>"
                               "<service_code>A</service_code><requested_datetime>yesterday</requested_datetime></request>\n"
                               "</service_requests>";
        const auto r = reader::read(xml, QStringLiteral("t.xml"));
        QCOMPARE(r.document.requests.size(), 0);
        QCOMPARE(r.skipped.size(), 3);
        QCOMPARE(r.skipped.at(0).where, QStringLiteral("line 2"));
        QCOMPARE(r.skipped.at(0).reason, QStringLiteral("service_code: is required"));
        QCOMPARE(r.skipped.at(1).reason, QStringLiteral("status: \"weird\" is not open or closed"));
        QVERIFY(r.skipped.at(2).reason.startsWith(QStringLiteral("requested_datetime:")));
    }

    void errorsRepliesAndDiscovery()
    {
        const auto e = reader::read("HTTP/1.1 403 Forbidden\r\n\r\n[{\"code\":403,\"description\":\"Invalid api_key\"}]",
                                    QStringLiteral("e.json"));
        QCOMPARE(e.document.kind, Open311Document::Kind::Errors);
        QCOMPARE(e.document.httpStatus, 403);
        QCOMPARE(e.document.errors.first().code, QStringLiteral("403"));
        const QString refused = errorOf("<errors><error><code>404</code><description>not found</description></error></errors>",
                                        Open311Document::Kind::Requests);
        QVERIFY2(refused.contains(QStringLiteral("error reply")) && refused.contains(QStringLiteral("404 not found")),
                 qPrintable(refused));

        const auto token = reader::read("[{\"service_request_id\":638344,\"token\":12345}]", QStringLiteral("t.json"));
        QCOMPARE(token.document.kind, Open311Document::Kind::RequestReplies);
        QCOMPARE(token.document.replies.first().token, QStringLiteral("12345"));

        const auto d = reader::read("<discovery><changeset>c</changeset><endpoints><endpoint><url>http://a/v2</url>"
                                    "<formats><format>text/xml</format><format>application/json</format></formats>"
                                    "</endpoint></endpoints></discovery>",
                                    QStringLiteral("d.xml"));
        QCOMPARE(d.document.kind, Open311Document::Kind::Discovery);
        QCOMPARE(d.document.endpoints.size(), 1);
        QCOMPARE(d.document.endpoints.first().formats.size(), 2);
        const auto dj = reader::read("{\"contact\":\"x\",\"endpoints\":[{\"url\":\"u\",\"formats\":[\"text/xml\"]}]}", QStringLiteral("d.json"));
        QCOMPARE(dj.document.endpoints.first().formats, QStringList{QStringLiteral("text/xml")});
    }
};

CIVICDESK_TEST_MAIN(TestOpen311Reader)
#include "test_open311reader.moc"
