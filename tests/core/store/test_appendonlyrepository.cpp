// Notes and audit events share one append-only base: a row, once in, stays as it was. A
// re-delivered id never overwrites it, and the store refuses updates (and deletes of audit
// events) whoever asks.
#include "core/domain/error.h"
#include "core/store/auditrepository.h"
#include "core/store/noterepository.h"
#include "core/store/sqlitestatement.h"
#include "core/store/sqlquery.h"
#include "core/tickets/ticketservice.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

using namespace civicdesk;
using core::AppendOnlyRepository;

namespace {
const QDateTime kAt = QDateTime(QDate(2026, 3, 4), QTime(9, 30), QTimeZone::utc());

void expectRefused(const core::Database &db, const QString &sql)
{
    try {
        core::SqlQuery::execute(db.connection(), sql);
        QFAIL(qPrintable(QStringLiteral("the store accepted: %1").arg(sql)));
    } catch (const core::Error &e) {
        QVERIFY2(e.message().contains(QStringLiteral("append-only")), qPrintable(e.message()));
    }
}
} // namespace

class TestAppendOnlyRepository : public QObject
{
    Q_OBJECT

    // Appends `first`, then the same id with other content: the second append reports nothing
    // new, and the ticket still reads the first.
    template <typename Repository, typename Row, typename Change>
    void redelivered(const Row &first, Change change)
    {
        testsupport::TempProfile profile;
        const core::Ticket ticket = core::TicketService(profile.store()).create(testsupport::potholeTicket());
        const Repository repository(profile.store().database());
        QVERIFY(repository.append(ticket.id, first));
        Row again = first;
        change(again);
        QVERIFY(!repository.append(ticket.id, again));
        const QList<Row> stored = repository.forTicket(ticket.id);
        QCOMPARE(stored.count(first), 1);
        QVERIFY(!stored.contains(again));
    }

private Q_SLOTS:
    void redeliveredRowKeepsTheFirst()
    {
        core::Note note{QUuid::createUuid(), kAt, QStringLiteral("ana"), QStringLiteral("first words"), true};
        redelivered<core::NoteRepository>(note, [](core::Note &n) { n.text = QStringLiteral("rewritten"); });
        core::AuditEvent event{QUuid::createUuid(),   kAt,
                               QStringLiteral("ana"), QStringLiteral("status"),
                               QStringLiteral("new"), QStringLiteral("closed")};
        redelivered<core::AuditRepository>(event,
                                           [](core::AuditEvent &e) { e.newValue = QStringLiteral("open"); });
    }

    void storeRefusesUpdatesAndAuditDeletes()
    {
        testsupport::TempProfile profile;
        const core::Database &db = profile.store().database();
        const core::Ticket ticket = core::TicketService(profile.store()).create(testsupport::potholeTicket());
        QVERIFY(core::NoteRepository(db).append(
            ticket.id, {QUuid::createUuid(), kAt, QStringLiteral("ana"), QStringLiteral("a note"), false}));
        QVERIFY(core::AuditRepository(db).append(
            ticket.id, {QUuid::createUuid(), kAt, QStringLiteral("ana"), QStringLiteral("priority"),
                        QStringLiteral("normal"), QStringLiteral("high")}));
        for (const AppendOnlyRepository::Table *table :
             {&core::NoteRepository::table(), &core::AuditRepository::table()})
            expectRefused(db, QStringLiteral("UPDATE %1 SET %2 = %2").arg(table->name, table->columns.at(2)));
        expectRefused(db, QStringLiteral("DELETE FROM audit_events"));
    }

    void pullInsertSkipsUnknownTicketsAndKnownIds()
    {
        testsupport::TempProfile profile;
        const core::Database &db = profile.store().database();
        const core::Ticket ticket = core::TicketService(profile.store()).create(testsupport::potholeTicket());
        core::SqliteStatement insert(
            db.connection(), AppendOnlyRepository::insertIfTicketKnownSql(core::NoteRepository::table()));
        const QString noteId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto bindNote = [&](const QString &id, const QUuid &ticketId, const QString &text) {
            insert.bindText(1, id);
            insert.bindText(2, ticketId.toString(QUuid::WithoutBraces));
            insert.bindInt64(3, 1000);
            insert.bindText(4, QStringLiteral("server"));
            insert.bindText(5, text);
            insert.bindInt64(6, 0);
        };
        bindNote(noteId, ticket.id, QStringLiteral("pulled"));
        QCOMPARE(insert.execute(), 1);
        bindNote(noteId, ticket.id, QStringLiteral("pulled again"));
        QCOMPARE(insert.execute(), 0);
        bindNote(QUuid::createUuid().toString(QUuid::WithoutBraces), QUuid::createUuid(),
                 QStringLiteral("orphan"));
        QCOMPARE(insert.execute(), 0);
        const QList<core::Note> notes = core::NoteRepository(db).forTicket(ticket.id);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().text, QStringLiteral("pulled"));
    }
};

CIVICDESK_TEST_MAIN(TestAppendOnlyRepository)
#include "test_appendonlyrepository.moc"
