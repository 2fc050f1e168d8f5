#include "core/catalog/catalog.h"
#include "core/queue/queuequery.h"
#include "core/queue/queuesql.h"
#include "core/store/sqlitestatement.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

using namespace civicdesk::core;
using civicdesk::testsupport::TempProfile;

Q_DECLARE_METATYPE(civicdesk::core::QueueQuery)

// Saved views show a live count each, ten at a time at a million tickets: the common views must
// count from one index alone (migration 0015), never by reading ticket rows. The plans are read
// from SQLite for the SQL the queue really builds.
class TestViewCountPlans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsReadOnlyAnIndex_data()
    {
        QTest::addColumn<QueueQuery>("view");
        QueueQuery overdue;
        overdue.overdue = true;
        QTest::newRow("overdue") << overdue;
        QueueQuery dueSoon;
        dueSoon.dueWithinHours = 12;
        QTest::newRow("due within 12 hours") << dueSoon;
        QueueQuery serviceNew;
        serviceNew.services = {QStringLiteral("pothole")};
        serviceNew.statuses = {QStringLiteral("new")};
        QTest::newRow("service and status") << serviceNew;
        QueueQuery unassignedNew;
        unassignedNew.assignees = {QueueQuery::kUnassigned};
        unassignedNew.statuses = {QStringLiteral("new")};
        QTest::newRow("unassigned new") << unassignedNew;
        QueueQuery crew;
        crew.assignees = {QStringLiteral("crew-01")};
        QTest::newRow("one assignee") << crew;
    }

    void countsReadOnlyAnIndex()
    {
        QFETCH(QueueQuery, view);
        TempProfile p;
        const QueueSql sql = QueueSql::build(view, p.store().catalog(), QDateTime::currentDateTimeUtc());
        SqliteStatement q(p.store().database().connection(),
                          QStringLiteral("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM tickets") + sql.countWhere);
        for (int i = 0; i < sql.values.size(); ++i) {
            if (sql.values.at(i).typeId() == QMetaType::QString)
                q.bindText(i + 1, sql.values.at(i).toString());
            else
                q.bindInt64(i + 1, sql.values.at(i).toLongLong());
        }
        QString plan;
        while (q.step())
            plan += q.text(3) + u'\n';
        QVERIFY2(plan.contains(QStringLiteral("USING COVERING INDEX")), qPrintable(plan));
        QVERIFY2(!plan.contains(QStringLiteral("SCAN tickets")), qPrintable(plan));
    }

    // A partial index's condition runs for every inserted ticket. Written as IN (five statuses)
    // SQLite built a temporary b-tree for it on each insert, three per ticket, a third of an
    // import's CPU time; the program of an insert must open none.
    void insertOpensNoTemporaryTable()
    {
        TempProfile p;
        SqliteStatement q(p.store().database().connection(),
                          QStringLiteral("EXPLAIN INSERT INTO tickets (id, reference, status, service_code, "
                                         "assignee, expected_at) VALUES (?, ?, ?, ?, ?, ?)"));
        QStringList opcodes;
        while (q.step())
            opcodes.append(q.text(1));
        QVERIFY(opcodes.contains(QStringLiteral("IdxInsert"))); // the indexes are in the program
        QVERIFY2(!opcodes.contains(QStringLiteral("OpenEphemeral")), qPrintable(opcodes.join(u' ')));
    }

    // The open-ticket term goes only where every ticket of the view is open: on a view that may
    // hold a closed ticket it would drop that ticket.
    void openTermOnlyOnOpenViews()
    {
        TempProfile p;
        const auto where = [&p](const QStringList &statuses, bool overdue) {
            QueueQuery q;
            q.statuses = statuses;
            q.overdue = overdue;
            return QueueSql::build(q, p.store().catalog(), QDateTime::currentDateTimeUtc()).countWhere;
        };
        const QString term = QueueSql::openStatusCondition();
        QVERIFY(where({QStringLiteral("new"), QStringLiteral("on_hold")}, false).contains(term));
        QVERIFY(where({}, true).contains(term));
        QVERIFY(!where({}, false).contains(term));
        QVERIFY(!where({QStringLiteral("closed")}, false).contains(term));
        QVERIFY(!where({QStringLiteral("new"), QStringLiteral("resolved")}, false).contains(term));
    }
};

CIVICDESK_TEST_MAIN(TestViewCountPlans)
#include "test_viewcountplans.moc"
