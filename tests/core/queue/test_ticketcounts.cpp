// The kept ticket counts (migration 0020, TicketCounts) stay exact through everything that
// changes tickets: new tickets, the commands (status, merge, undo), direct deletes and status
// edits, deleted newest tickets whose rowids SQLite gives out again, a sync pull's upsert and a
// CSV import. After each step every status count, a few status sets and the whole queue are
// compared with COUNT(*) over the tickets themselves, before and after the counts take in the
// new tickets.
#include "core/commands/ticketcommands.h"
#include "core/csvimport/csvprofile.h"
#include "core/domain/clock.h"
#include "core/domain/ticketstatus.h"
#include "core/interop/requestimporter.h"
#include "core/queue/queuemodel.h"
#include "core/queue/queuestore.h"
#include "core/queue/ticketcounts.h"
#include "core/store/sqlitestatement.h"
#include "core/store/sqlquery.h"
#include "core/store/ticketrepository.h"
#include "core/store/transaction.h"
#include "core/sync/ticketdocuments.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRegularExpression>

using namespace civicdesk::core;
using civicdesk::testsupport::TempProfile;

namespace {
const QDateTime kNow(QDate(2025, 1, 3), QTime(12, 0), QTimeZone::utc());

void insertTickets(TempProfile &p, int from, int n, const QString &workstation)
{
    Transaction tx(p.store().database().connection());
    TicketRepository repo(p.store().database());
    for (int i = from; i < from + n; ++i)
        repo.insert(civicdesk::testsupport::generatedTicket(i * 7, workstation));
    tx.commit();
}

qint64 scalar(TempProfile &p, const QString &sql)
{
    SqlQuery q(p.store().database().connection(), sql);
    q.exec();
    return q.next() ? q.value(0).toLongLong() : -1;
}

qint64 counted(TempProfile &p, const QStringList &statuses)
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM tickets");
    if (!statuses.isEmpty())
        sql += QStringLiteral(" WHERE status IN ('%1')").arg(statuses.join(QStringLiteral("','")));
    return scalar(p, sql);
}

QList<QStringList> statusSets()
{
    QList<QStringList> sets{{}};
    QStringList open;
    for (TicketStatus s : ticketstatus::all()) {
        sets.append({ticketstatus::toKey(s)});
        if (ticketstatus::isOpen(s))
            open.append(ticketstatus::toKey(s));
    }
    sets.append(open);
    sets.append({QStringLiteral("new"), QStringLiteral("closed"), QStringLiteral("duplicate")});
    return sets;
}

// Every status set as the kept counts say and as the queue counts it, against the tickets.
void compareCounts(TempProfile &p)
{
    const TicketCounts counts(p.store().database());
    const QueueStore queue(p.store().database(), p.store().catalog());
    for (const QStringList &statuses : statusSets()) {
        const qint64 expected = counted(p, statuses);
        const std::optional<qint64> kept = counts.count(statuses);
        QVERIFY2(kept.has_value(), qPrintable(statuses.join(u',')));
        QCOMPARE(*kept, expected);
        QueueQuery view;
        view.statuses = statuses;
        QCOMPARE(queue.count(view, kNow), expected);
    }
}

// Both ways: with the newest tickets counted from the table, then taken into the counts.
void compareBeforeAndAfterFold(TempProfile &p)
{
    compareCounts(p);
    const TicketCounts counts(p.store().database());
    const qint64 uncounted = counts.uncounted();
    QCOMPARE(counts.fold(), uncounted);
    QCOMPARE(counts.uncounted(), 0);
    compareCounts(p);
}

QList<TicketTarget> targets(TempProfile &p, const QString &sql)
{
    SqlQuery q(p.store().database().connection(), sql);
    q.exec();
    QList<TicketTarget> out;
    while (q.next())
        out.append({q.value(0).toString(), 0});
    return out;
}
} // namespace

class TestTicketCounts : public QObject
{
    Q_OBJECT

    FixedClock m_clock{kNow};

private Q_SLOTS:
    void init() { Clock::setCurrent(&m_clock); }
    void cleanup() { Clock::setCurrent(nullptr); }

    void newTicketsAndCommands()
    {
        TempProfile p;
        insertTickets(p, 0, 300, QStringLiteral("TST"));
        QVERIFY(counted(p, {QStringLiteral("new")}) > 0);
        QVERIFY(counted(p, {QStringLiteral("closed")}) > 0);
        QCOMPARE(TicketCounts(p.store().database()).uncounted(), 300);
        compareBeforeAndAfterFold(p);

        TicketCommands commands(p.store(), Role::Supervisor);
        const QList<TicketTarget> some = targets(p, QStringLiteral("SELECT reference FROM tickets "
                                                                   "WHERE rowid % 7 = 2"));
        QVERIFY(some.size() > 20);
        const CommandResult closed = commands.setStatus(some, TicketStatus::Closed);
        QCOMPARE(closed.applied.size(), some.size());
        compareCounts(p);
        commands.setStatus(some.mid(0, 10), TicketStatus::OnHold);
        commands.merge(some.at(20).reference, some.mid(21, 5));
        compareCounts(p);
        commands.undo(closed);
        compareCounts(p);
        QCOMPARE(commands.assign(some.mid(0, 5), QStringLiteral("crew-x")).applied.size(), 5);

        // New tickets on top of counted ones, then changed before anything counted them.
        insertTickets(p, 300, 40, QStringLiteral("NEW"));
        SqlQuery::execute(p.store().database().connection(),
                          QStringLiteral("UPDATE tickets SET status = 'in_progress' WHERE rowid % 3 = 0"));
        compareBeforeAndAfterFold(p);
    }

    void deletesAndReusedRowids()
    {
        TempProfile p;
        insertTickets(p, 0, 200, QStringLiteral("TST"));
        const TicketCounts counts(p.store().database());
        counts.fold();
        const QSqlDatabase db = p.store().database().connection();
        SqlQuery::execute(db, QStringLiteral("DELETE FROM tickets WHERE rowid % 11 = 5"));
        compareCounts(p);

        // Counted newest tickets deleted: SQLite gives their rowids to the next new tickets,
        // which must count as new.
        SqlQuery::execute(db, QStringLiteral("DELETE FROM tickets WHERE rowid > 190"));
        insertTickets(p, 1000, 3, QStringLiteral("NEW"));
        QVERIFY(scalar(p, QStringLiteral("SELECT MAX(rowid) FROM tickets")) <= 193);
        compareBeforeAndAfterFold(p);

        // New tickets not counted yet, and the counted one below them, all deleted.
        insertTickets(p, 2000, 5, QStringLiteral("TPX"));
        const qint64 top = scalar(p, QStringLiteral("SELECT MAX(rowid) FROM tickets"));
        SqlQuery::execute(db, QStringLiteral("DELETE FROM tickets WHERE rowid > %1").arg(top - 6));
        insertTickets(p, 3000, 2, QStringLiteral("TPX"));
        compareBeforeAndAfterFold(p);

        SqlQuery::execute(db, QStringLiteral("DELETE FROM tickets"));
        compareCounts(p);
        insertTickets(p, 4000, 10, QStringLiteral("TST"));
        compareBeforeAndAfterFold(p);
    }

    // A pull applies the server's tickets with TicketDocuments::upsertSql(): an upsert that
    // changes a counted ticket's status, and a ticket new to this workstation.
    void syncPullUpsert()
    {
        TempProfile p;
        insertTickets(p, 0, 100, QStringLiteral("TST"));
        TicketCounts(p.store().database()).fold();
        const QString upsert = TicketDocuments::upsertSql();
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("^INSERT INTO tickets \\(([^)]*)\\)")).match(upsert);
        QVERIFY(m.hasMatch());
        QStringList columns = m.captured(1).split(QStringLiteral(", "));
        QCOMPARE(columns.takeLast(), QStringLiteral("version"));
        const QString select = QStringLiteral("SELECT %1, version + 1 FROM tickets WHERE rowid = ?")
                                   .arg(columns.join(QStringLiteral(", ")));
        const auto pull = [&](qint64 rowid, const QString &status, const QString &newId) {
            SqlQuery row(p.store().database().connection(), select);
            row.bind(0, rowid).exec();
            QVERIFY(row.next());
            SqliteStatement apply(p.store().database().connection(), upsert);
            for (int i = 0; i <= columns.size(); ++i) {
                QVariant v = row.value(i);
                if (i < columns.size() && columns.at(i) == QLatin1String("status"))
                    v = status;
                if (!newId.isEmpty() && i < columns.size() && columns.at(i) == QLatin1String("id"))
                    v = newId;
                if (!newId.isEmpty() && i < columns.size() && columns.at(i) == QLatin1String("reference"))
                    v = QStringLiteral("PULLED-") + newId.left(8);
                if (v.isNull())
                    apply.bindNull(i + 1);
                else if (v.typeId() == QMetaType::QString)
                    apply.bindText(i + 1, v.toString());
                else if (v.typeId() == QMetaType::Double)
                    apply.bindDouble(i + 1, v.toDouble());
                else
                    apply.bindInt64(i + 1, v.toLongLong());
            }
            QCOMPARE(apply.execute(), 1);
        };
        const QString before = QStringLiteral("SELECT status FROM tickets WHERE rowid = 10");
        SqlQuery was(p.store().database().connection(), before);
        was.exec();
        QVERIFY(was.next());
        const QString other = was.value(0).toString() == QLatin1String("resolved")
                                  ? QStringLiteral("new")
                                  : QStringLiteral("resolved");
        pull(10, other, {});
        pull(20, QStringLiteral("on_hold"), {});
        pull(30, QStringLiteral("new"), QStringLiteral("0b7e4f52-8c2a-4d0e-9a51-3f6c2d9e1a70"));
        QCOMPARE(counted(p, {}), 101);
        compareBeforeAndAfterFold(p);
    }

    void csvImport()
    {
        TempProfile p;
        insertTickets(p, 0, 50, QStringLiteral("TST"));
        TicketCounts(p.store().database()).fold();
        const QString file = QStringLiteral(QT_TESTCASE_SOURCEDIR "/core/csvimport/fixtures/nyc_api.csv");
        for (int pass = 0; pass < 2; ++pass) {
            // The second pass meets the same requests again.
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            RequestImporter importer(p.store(), false);
            importer.readCsv(f, file, CsvProfile::load(QStringLiteral("nyc")));
            importer.commit();
            compareCounts(p);
        }
        QVERIFY(counted(p, {}) > 50);
        compareBeforeAndAfterFold(p);
    }

    // Too many tickets above the mark: the queue counts the tickets themselves, still exactly,
    // and the whole-queue model shows that count.
    void manyUncountedFallsBackToCount()
    {
        TempProfile p;
        insertTickets(p, 0, 120, QStringLiteral("TST"));
        SqlQuery::execute(p.store().database().connection(),
                          QStringLiteral("UPDATE ticket_counts_seen SET seen_rowid = %1")
                              .arg(-TicketCounts::kMaxUncounted));
        const TicketCounts counts(p.store().database());
        QVERIFY(!counts.count({}).has_value());
        QueueModel model(p.store().database(), p.store().catalog());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({});
        QCOMPARE(model.rowCount(), 120);
        SqlQuery::execute(p.store().database().connection(),
                          QStringLiteral("UPDATE ticket_counts_seen SET seen_rowid = 0"));
        QVERIFY(counts.count({}).has_value());
        SqlQuery::execute(p.store().database().connection(),
                          QStringLiteral("DELETE FROM tickets WHERE rowid % 4 = 1"));
        model.refresh();
        QCOMPARE(model.rowCount(), counted(p, {}));
        QueueQuery closed;
        closed.statuses = {QStringLiteral("closed")};
        model.setQuery(closed);
        QCOMPARE(model.rowCount(), counted(p, {QStringLiteral("closed")}));
    }
};

CIVICDESK_TEST_MAIN(TestTicketCounts)
#include "test_ticketcounts.moc"
