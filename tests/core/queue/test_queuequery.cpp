#include "core/domain/error.h"
#include "core/queue/queuequery.h"
#include "support/testmain.h"

using namespace civicdesk::core;

class TestQueueQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        QueueQuery q;
        q.statuses = {QStringLiteral("new"), QStringLiteral("in_progress")};
        q.services = {QStringLiteral("POTHOLE")};
        q.serviceGroups = {QStringLiteral("Streets & Sidewalks")};
        q.agencies = {QStringLiteral("DPW")};
        q.districts = {QStringLiteral("District 3")};
        q.queues = {QStringLiteral("dpw-north")};
        q.assignees = {QueueQuery::kUnassigned, QStringLiteral("Kim, Lee+Co=1&x")};
        q.priorities = {QStringLiteral("urgent")};
        q.channels = {QStringLiteral("phone")};
        q.createdFrom = QDate(2026, 1, 1);
        q.createdTo = QDate(2026, 1, 31);
        q.updatedFrom = QDate(2026, 2, 1);
        q.overdue = true;
        q.dueWithinHours = 4;
        q.duplicates = QueueQuery::Duplicates::OriginalsOnly;
        q.text = QStringLiteral("elm st 100% = \"x\"");
        q.sortColumn = QStringLiteral("due");
        q.sortDescending = false;
        q.columns = {QStringLiteral("reference"), QStringLiteral("sla")};
        const QString s = q.toString();
        QVERIFY(
            s.startsWith(QStringLiteral("civicdesk:queue?status=new&status=in_progress&service=POTHOLE")));
        QVERIFY2(!s.contains(u' '), qPrintable(s)); // copyable as one word
        QCOMPARE(QueueQuery::fromString(s), q);
        QCOMPARE(QueueQuery::fromString(QueueQuery().toString()), QueueQuery());
        QCOMPARE(QueueQuery().toString(), QStringLiteral("civicdesk:queue"));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("reversed range")
            << QStringLiteral("civicdesk:queue?created=2026-02-01..2026-01-01") << QStringLiteral("created");
        QTest::newRow("empty range") << QStringLiteral("civicdesk:queue?updated=..")
                                     << QStringLiteral("updated");
        QTest::newRow("not a date") << QStringLiteral("civicdesk:queue?created=yesterday..")
                                    << QStringLiteral("created");
        QTest::newRow("unknown status")
            << QStringLiteral("civicdesk:queue?status=done") << QStringLiteral("status");
        QTest::newRow("unknown parameter")
            << QStringLiteral("civicdesk:queue?colour=red") << QStringLiteral("colour");
        QTest::newRow("unknown sort")
            << QStringLiteral("civicdesk:queue?sort=-shoe") << QStringLiteral("sort");
        QTest::newRow("bad window") << QStringLiteral("civicdesk:queue?due_within=soon")
                                    << QStringLiteral("due_within");
        QTest::newRow("not a view") << QStringLiteral("https://example.org/?status=new")
                                    << QStringLiteral("view");
    }
    void badInput()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        try {
            QueueQuery::fromString(text);
            QFAIL("accepted");
        } catch (const Error &e) {
            QCOMPARE(e.fieldErrors().constFirst().field, field);
            QVERIFY(e.message().startsWith(field + u':'));
        }
    }
};

CIVICDESK_TEST_MAIN(TestQueueQuery)
#include "test_queuequery.moc"
