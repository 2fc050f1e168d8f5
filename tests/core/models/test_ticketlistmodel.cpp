#include "core/models/audittrailmodel.h"
#include "core/models/ticketlistmodel.h"
#include "core/models/ticketnotesmodel.h"
#include "core/store/ticketrepository.h"
#include "core/store/transaction.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

#include <QAbstractItemModelTester>

using namespace civicdesk::core;

class TestTicketListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesNewestFirst()
    {
        civicdesk::testsupport::TempProfile profile;
        {
            Transaction tx(profile.store().database().connection());
            TicketRepository repo(profile.store().database());
            for (int i = 0; i < 1234; ++i)
                repo.insert(civicdesk::testsupport::generatedTicket(i, QStringLiteral("TST")));
            tx.commit();
        }
        TicketListModel model(profile.store().database());
        model.setPageSize(100);
        model.reload();
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(model.canFetchMore({}));
        // The tester itself fetches more pages while it checks the model.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1234);
        QSet<QString> refs;
        for (int row = 0; row < model.rowCount(); ++row) {
            refs.insert(model.index(row, TicketListModel::Reference).data().toString());
            if (row > 0)
                QVERIFY(model.summary(row - 1).requestedAt >= model.summary(row).requestedAt);
        }
        QCOMPARE(refs.size(), 1234); // keyset paging skipped and repeated nothing

        TicketFilter onlyNew;
        onlyNew.status = TicketStatus::New;
        model.setFilter(onlyNew);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 124); // generated statuses cycle through the 10 values
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(TicketListModel::StatusKeyRole).toString(),
                     QStringLiteral("new"));
        QCOMPARE(TicketRepository(profile.store().database()).count(onlyNew), 124);
    }

    void emptyStore()
    {
        civicdesk::testsupport::TempProfile profile;
        TicketListModel model(profile.store().database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.headerData(TicketListModel::Reference, Qt::Horizontal).toString(),
                 QStringLiteral("Reference"));
    }

    void notesAndAudit()
    {
        TicketNotesModel notes;
        AuditTrailModel audit;
        QAbstractItemModelTester notesTester(&notes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester auditTester(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        notes.setNotes(
            {{QUuid::createUuid(), now, QStringLiteral("ana"), QStringLiteral("Crew on site"), false},
             {QUuid::createUuid(), now, QStringLiteral("ben"), QStringLiteral("Caller rude"), true}});
        QCOMPARE(notes.rowCount(), 2);
        QCOMPARE(notes.index(1, TicketNotesModel::Visibility).data().toString(), QStringLiteral("Internal"));
        QCOMPARE(notes.index(0, TicketNotesModel::Text).data().toString(), QStringLiteral("Crew on site"));
        audit.setEvents({{QUuid::createUuid(), now, QStringLiteral("ana"), QStringLiteral("status"),
                          QStringLiteral("new"), QStringLiteral("closed")}});
        QCOMPARE(audit.rowCount(), 1);
        // People read labels and status names, not the stored keys.
        QCOMPARE(audit.index(0, AuditTrailModel::Field).data().toString(), QStringLiteral("Status"));
        QCOMPARE(audit.index(0, AuditTrailModel::OldValue).data().toString(), QStringLiteral("New"));
        QCOMPARE(audit.index(0, AuditTrailModel::NewValue).data().toString(), QStringLiteral("Closed"));
        audit.setEvents({{QUuid::createUuid(), now, QStringLiteral("ana"), QStringLiteral("note"), QString(),
                          QStringLiteral("Crew on site")},
                         {QUuid::createUuid(), now, QStringLiteral("ana"), QStringLiteral("status_notes"),
                          QString(), QStringLiteral("Filled")}});
        QCOMPARE(audit.index(0, AuditTrailModel::Field).data().toString(), QStringLiteral("Note added"));
        QCOMPARE(audit.index(1, AuditTrailModel::Field).data().toString(), QStringLiteral("Status notes"));
        notes.setNotes({});
        QCOMPARE(notes.rowCount(), 0);
    }
};

CIVICDESK_TEST_MAIN(TestTicketListModel)
#include "test_ticketlistmodel.moc"
