#include "core/domain/error.h"
#include "core/interop/requestimporter.h"
#include "core/open311/open311reader.h"
#include "core/open311/open311writer.h"
#include "core/store/noterepository.h"
#include "core/store/ticketrepository.h"
#include "core/tickets/ticketservice.h"
#include "support/jsonschema.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace civicdesk;
using core::Open311Writer;

namespace {

QList<core::Ticket> sampleTickets()
{
    QList<core::Ticket> list;
    for (int i = 0; i < 30; ++i)
        list.append(testsupport::generatedTicket(i, QStringLiteral("TST")));
    core::Ticket odd = testsupport::generatedTicket(99, QStringLiteral("TST"));
    odd.description = QStringLiteral("Quote \" backslash \\ tab\t newline\n bell \x07 ünïcödé 🚧");
    odd.latitude.reset();
    odd.longitude.reset();
    odd.address.clear();
    odd.updatedAt = {};
    odd.expectedAt = {};
    odd.requestedAt = odd.requestedAt.addMSecs(123);
    odd.status = core::TicketStatus::Resolved;
    odd.statusNotes = QStringLiteral("Filled with asphalt");
    odd.district = QStringLiteral("D4");
    odd.channel = core::Channel::Social;
    odd.mediaUrl = QStringLiteral("http://example.org/a.jpg");
    odd.notes.append({QUuid::createUuid(), odd.requestedAt.addSecs(60), QStringLiteral("ann"), QStringLiteral("public note"), false});
    odd.notes.append({QUuid::createUuid(), odd.requestedAt.addSecs(61), QStringLiteral("ann"), QStringLiteral("secret"), true});
    list.append(odd);
    return list;
}

QByteArray write(const QList<core::Ticket> &tickets, Open311Writer::Format format, bool extensions)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Open311Writer writer(buffer, format, extensions);
    writer.begin();
    for (const auto &t : tickets)
        writer.write(t);
    writer.finish();
    return buffer.data();
}

} // namespace

class TestOpen311Writer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonIsValidJsonWithArrayContainers()
    {
        const QList<core::Ticket> tickets = sampleTickets();
        for (const bool ext : {false, true}) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(write(tickets, Open311Writer::Format::Json, ext), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QVERIFY(doc.isArray());
            QCOMPARE(doc.array().size(), tickets.size());
            const QJsonObject odd = doc.array().last().toObject();
            QCOMPARE(odd.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
            QCOMPARE(odd.value(QStringLiteral("status_notes")).toString(), QStringLiteral("Filled with asphalt"));
            QVERIFY(odd.value(QStringLiteral("lat")).isNull());
            QCOMPARE(odd.value(QStringLiteral("requested_datetime")).toString().right(5), QStringLiteral(".123Z"));
            QCOMPARE(odd.value(QStringLiteral("description")).toString(), tickets.last().description);
            if (ext) {
                const QJsonArray notes = odd.value(QStringLiteral("notes")).toArray();
                QCOMPARE(notes.size(), 1); // the internal note stays inside CivicDesk
                QCOMPARE(odd.value(QStringLiteral("extended_attributes")).toObject().value(QStringLiteral("channel")).toString(),
                         QStringLiteral("social"));
            } else {
                QVERIFY(!odd.contains(QStringLiteral("notes")));
            }
        }
        QCOMPARE(write({}, Open311Writer::Format::Json, false).trimmed(), QByteArray("[]"));
    }

    // The JSON writer encodes UTF-16 by hand: every control character is escaped, pairs become
    // one 4-byte sequence, and a lone half of a pair becomes U+FFFD rather than invalid UTF-8.
    void jsonStringsAreEscapedAndValidUtf8_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QString controls;
        for (char16_t c = 1; c < 0x20; ++c)
            controls.append(QChar(c));
        QTest::newRow("controls") << controls << controls;
        QTest::newRow("bmp") << QStringLiteral("café € ñ Ω 中") << QStringLiteral("café € ñ Ω 中");
        QTest::newRow("pair at end") << QStringLiteral("cone 🚧") << QStringLiteral("cone 🚧");
        QTest::newRow("lone high") << (QStringLiteral("a") + QChar(0xd83d) + QStringLiteral("b"))
                                   << (QStringLiteral("a") + QChar(QChar::ReplacementCharacter) + QStringLiteral("b"));
        QTest::newRow("lone low at end") << (QStringLiteral("a") + QChar(0xdea7))
                                         << (QStringLiteral("a") + QChar(QChar::ReplacementCharacter));
    }
    void jsonStringsAreEscapedAndValidUtf8()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        core::Ticket t = testsupport::generatedTicket(1, QStringLiteral("TST"));
        t.description = text;
        const QByteArray json = write({t}, Open311Writer::Format::Json, false);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.array().at(0).toObject().value(QStringLiteral("description")).toString(), expected);
        QVERIFY(QString::fromUtf8(json).toUtf8() == json); // valid UTF-8 survives a decode unchanged
    }

    void statusesMapOntoOpenClosedAndNotes()
    {
        core::Ticket t = testsupport::generatedTicket(1, QStringLiteral("TST"));
        t.status = core::TicketStatus::InProgress;
        t.statusNotes.clear();
        const QJsonObject o = QJsonDocument::fromJson(write({t}, Open311Writer::Format::Json, false)).array().first().toObject();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE(o.value(QStringLiteral("status_notes")).toString(), QStringLiteral("In progress"));
        t.status = core::TicketStatus::Duplicate;
        const QJsonObject d = QJsonDocument::fromJson(write({t}, Open311Writer::Format::Json, false)).array().first().toObject();
        QCOMPARE(d.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(d.value(QStringLiteral("status_notes")).toString(), QStringLiteral("Duplicate"));
        // And back: the reader understands what the writer said.
        const auto back = core::open311reader::read(write({t}, Open311Writer::Format::Json, false), QStringLiteral("x"));
        QCOMPARE(back.document.requests.first().status, core::TicketStatus::Duplicate);
    }

    void descriptionsAreClippedAt4000()
    {
        const QString longText = QString(3999, u'a') + QStringLiteral("🚧") + QStringLiteral("tail");
        const QString clipped = Open311Writer::clipDescription(longText);
        QCOMPARE(clipped.size(), 3999); // never half a surrogate pair
        QCOMPARE(Open311Writer::clipDescription(QStringLiteral("short")), QStringLiteral("short"));
    }

    void xmlReadsBackToTheSameTickets()
    {
        const QList<core::Ticket> tickets = sampleTickets();
        const QByteArray xml = write(tickets, Open311Writer::Format::Xml, true);
        const auto r = core::open311reader::read(xml, QStringLiteral("export.xml"));
        QCOMPARE(r.skipped.size(), 0);
        QCOMPARE(r.document.requests.size(), tickets.size());
        const core::Ticket &a = tickets.last();
        const core::Ticket &b = r.document.requests.last();
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.status, a.status);
        QCOMPARE(b.statusNotes, a.statusNotes);
        // XML 1.0 cannot carry the bell character; everything else survives.
        QCOMPARE(b.description, QString(a.description).remove(QChar(7)));
        QCOMPARE(b.requestedAt, a.requestedAt);
        QCOMPARE(b.notes.size(), 1);
        QCOMPARE(b.channel, core::Channel::Social);
    }

    void servicesAndDefinitionsReadBack()
    {
        core::Service s;
        s.code = QStringLiteral("001");
        s.name = QStringLiteral("Cans & bins <left out>");
        s.keywords = {QStringLiteral("cans"), QStringLiteral("bins")};
        core::ServiceAttribute a;
        a.code = QStringLiteral("SIZE");
        a.datatype = core::AttributeDatatype::SingleValueList;
        a.required = true;
        a.order = 1;
        a.values = {{QStringLiteral("S"), QStringLiteral("Small")}};
        s.attributes = {a};
        for (const auto format : {Open311Writer::Format::Json, Open311Writer::Format::Xml}) {
            const auto list = core::open311reader::read(Open311Writer::services({s}, format), QStringLiteral("s"));
            QCOMPARE(list.document.services.first().name, s.name);
            QCOMPARE(list.document.services.first().keywords, s.keywords);
            const auto def = core::open311reader::read(Open311Writer::serviceDefinition(s, format), QStringLiteral("d"));
            QCOMPARE(def.document.services.first().attributes, s.attributes);
        }
    }

    void schemaValidatorCatchesViolations()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("item.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"required\":[\"id\",\"when\"],\"properties\":{\"id\":{\"type\":\"string\"},\n"
"                   \"state\":{\"type\":\"string\",\"enum\":[\"open\",\"closed\"]},\n"
"                   \"when\":{\"type\":\"string\",\"format\":\"date-time\"},\n"
"                   \"text\":{\"anyOf\":[{\"type\":\"string\",\"maxLength\":5},{\"type\":\"null\"}]},\n"
"                   \"url\":{\"anyOf\":[{\"type\":\"string\",\"format\":\"uri\"},{\"type\":\"null\"}]},\n"
"                   \"n\":{\"type\":\"integer\"}}}");
        f.close();
        QFile list(dir.filePath(QStringLiteral("items.json")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("{\"type\":\"array\",\"items\":{\"$ref\":\"item.json\"}}");
        list.close();
        const auto schema = testsupport::JsonSchema::fromDirectory(dir.path());
        const auto valid = QJsonDocument::fromJson("[{\"id\":\"1\",\"when\":\"2020-01-01T00:00:00Z\",\"text\":null,\"n\":3}]").array();
        QCOMPARE(schema.validate(valid, QStringLiteral("items.json")), QStringList());
        const auto bad = QJsonDocument::fromJson(
                             "[{\"id\":1,\"state\":\"pending\",\"when\":\"2020-01-01 00:00\",\"text\":\"toolong\",\"url\":\"nope\",\"n\":1.5},{}]")
                             .array();
        const QStringList errors = schema.validate(bad, QStringLiteral("items.json"));
        QCOMPARE(errors.size(), 8);
        QVERIFY(errors.contains(QStringLiteral("$[1].id: is required")));
        QVERIFY(errors.contains(QStringLiteral("$[0].state: is not one of the allowed values")));
    }

    void roundTripThroughTheStore()
    {
        // Export with extensions, import into a fresh store: the same tickets come back.
        testsupport::TempProfile source;
        QList<core::Ticket> tickets;
        for (int i = 0; i < 40; ++i) {
            core::Ticket t = testsupport::generatedTicket(i, QStringLiteral("TST"));
            t.caller = {};
            t.serviceCode = QStringLiteral("POTHOLE");
            t.serviceName = QStringLiteral("Pothole");
            t.attributes = testsupport::potholeTicket().attributes;
            t.priority = static_cast<core::Priority>(i % 4);
            t.channel = static_cast<core::Channel>(i % 6);
            t.district = QStringLiteral("D%1").arg(i % 3);
            if (i % 7 == 0)
                t.notes.append({QUuid::createUuid(), t.requestedAt.addSecs(30), QStringLiteral("tester"),
                                QStringLiteral("Crew sent, note %1").arg(i), false});
            tickets.append(t);
        }
        core::TicketService(source.store()).addAll(tickets);

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        Open311Writer writer(buffer, Open311Writer::Format::Json, true);
        writer.begin();
        const core::NoteRepository notes(source.store().database());
        core::TicketRepository(source.store().database()).forEach({}, [&](const core::Ticket &t) {
            core::Ticket full = t;
            full.notes = notes.forTicket(t.id);
            writer.write(full);
            return true;
        });
        writer.finish();

        testsupport::TempProfile target;
        core::RequestImporter importer(target.store(), true);
        importer.readOpen311(buffer.data(), QStringLiteral("export.json"));
        const core::ImportSummary summary = importer.commit();
        QCOMPARE(summary.imported, 40);
        QCOMPARE(summary.skipped, 0);

        const core::TicketRepository a(source.store().database());
        const core::TicketRepository b(target.store().database());
        for (const core::Ticket &t : std::as_const(tickets)) {
            core::Ticket x = *a.findByReference(t.referenceNumber);
            core::Ticket y = *b.findByReference(t.referenceNumber);
            // Not exported: the caller (private), the assignee, the audit trail and the local
            // version counter. Everything else must come back as it was.
            for (core::Ticket *z : {&x, &y}) {
                z->audit.clear();
                z->version = 0;
                z->assignee.clear();
            }
            QCOMPARE(y, x);
        }
        // Importing the same export again adds nothing and says why.
        core::RequestImporter again(target.store(), false);
        again.readOpen311(buffer.data(), QStringLiteral("export.json"));
        const core::ImportSummary second = again.commit();
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.skipped, 40);
        QVERIFY(second.firstSkips.first().reason.contains(QStringLiteral("already in the store")));
    }
};

CIVICDESK_TEST_MAIN(TestOpen311Writer)
#include "test_open311writer.moc"
