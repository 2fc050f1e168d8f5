#include "core/domain/error.h"
#include "core/tickets/ticketjson.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

#include <QJsonDocument>

using namespace civicdesk::core;

class TestTicketJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        Ticket t = civicdesk::testsupport::generatedTicket(42, QStringLiteral("ABC"));
        t.caller = {QStringLiteral("Zoë"), QStringLiteral("O'Brien"), QStringLiteral("+15552340198"),
                    QStringLiteral("zoe@example.org"), false, QStringLiteral("fr")};
        t.channel = Channel::WalkIn;
        t.priority = Priority::Urgent;
        t.duplicateOf = QUuid::createUuid();
        t.attributes.insert(QStringLiteral("STREAMS"), {QStringLiteral("TRASH"), QStringLiteral("RECYCLING")});
        t.description = QStringLiteral("Robert'); DROP TABLE tickets;-- \"quoted\" ünïcödé 🚧");
        t.notes.append({QUuid::createUuid(), t.requestedAt.addSecs(60), QStringLiteral("ana"), QStringLiteral("n1"), true});
        t.audit.append({QUuid::createUuid(), t.requestedAt, QStringLiteral("ana"), QStringLiteral("created"), QString(),
                        t.referenceNumber});
        const QByteArray text = QJsonDocument(ticketjson::toJson(t)).toJson();
        const Ticket back = ticketjson::fromJson(QJsonDocument::fromJson(text).object(), QStringLiteral("t.json"));
        QCOMPARE(back, t);
    }

    void open311Keys()
    {
        const QJsonObject o = ticketjson::toJson(civicdesk::testsupport::generatedTicket(1, QStringLiteral("ABC")));
        for (const char *key : {"service_request_id", "status", "status_notes", "service_code", "service_name",
                                "description", "agency_responsible", "service_notice", "requested_datetime",
                                "updated_datetime", "expected_datetime", "address", "address_id", "zipcode", "lat",
                                "long", "media_url"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QStringLiteral("requested_datetime")).toString().endsWith(u'Z'));
    }

    void lenientInput()
    {
        const QJsonObject o = QJsonDocument::fromJson(
                                  R"({"service_code": 311, "lat": "40.5", "long": -73.9,
                                      "requested_datetime": "2026-11-23T10:00:00-05:00",
                                      "caller": {"phone": "(555) 234-0198"},
                                      "attributes": {"COUNT": 3, "SIZE": "LARGE"}})")
                                  .object();
        const Ticket t = ticketjson::fromJson(o, QStringLiteral("x"));
        QCOMPARE(t.serviceCode, QStringLiteral("311"));
        QCOMPARE(*t.latitude, 40.5);
        QCOMPARE(t.caller.phone, QStringLiteral("+15552340198"));
        QCOMPARE(t.requestedAt, QDateTime(QDate(2026, 11, 23), QTime(15, 0), QTimeZone::utc()));
        QCOMPARE(t.attributes.value(QStringLiteral("COUNT")), QStringList{QStringLiteral("3")});
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("status") << QByteArray(R"({"status":"finished"})") << QStringLiteral("status");
        QTest::newRow("phone") << QByteArray(R"({"caller":{"phone":"12"}})") << QStringLiteral("caller.phone");
        QTest::newRow("lat range") << QByteArray(R"({"lat":123,"long":1})") << QStringLiteral("lat");
        QTest::newRow("lat alone") << QByteArray(R"({"lat":12})") << QStringLiteral("long");
        QTest::newRow("date") << QByteArray(R"({"requested_datetime":"yesterday"})") << QStringLiteral("requested_datetime");
        QTest::newRow("date without zone") << QByteArray(R"({"requested_datetime":"2026-11-23T10:00:00"})")
                                           << QStringLiteral("requested_datetime");
        QTest::newRow("channel") << QByteArray(R"({"channel":"fax"})") << QStringLiteral("channel");
        QTest::newRow("uuid") << QByteArray(R"({"id":"not-a-uuid"})") << QStringLiteral("id");
        QTest::newRow("attributes") << QByteArray(R"({"attributes":[1,2]})") << QStringLiteral("attributes");
        QTest::newRow("description type") << QByteArray(R"({"description":{"a":1}})") << QStringLiteral("description");
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        try {
            ticketjson::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("in.json"));
            QFAIL("accepted bad JSON");
        } catch (const Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("in.json: ") + field), qPrintable(e.message()));
        }
    }
};

CIVICDESK_TEST_MAIN(TestTicketJson)
#include "test_ticketjson.moc"
