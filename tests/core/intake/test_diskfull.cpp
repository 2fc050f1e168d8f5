// A full disk during a save (issue #13, point 7): the message says the disk is full, and the
// call's draft is kept. SQLite's max_page_count makes the store full without filling a disk.
#include "core/intake/intakeservice.h"
#include "core/store/sqlquery.h"
#include "core/store/ticketrepository.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

using namespace civicdesk;

class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveOnAFullDiskKeepsTheDraft()
    {
        testsupport::TempProfile profile;
        core::IntakeService service(profile.store());
        core::CallSession call = service.startCall(QStringLiteral("(212) 555-0143"));
        call.serviceCode = QStringLiteral("POTHOLE");
        call.attributes.insert(QStringLiteral("POTHOLE_SIZE"), {QStringLiteral("LARGE")});
        // Long enough (6 KB in UTF-8) that the ticket's row needs a new page wherever it lands:
        // a short one could fit in the free space of pages the store already has.
        call.description = QStringLiteral("Deep hole in the bus lane. ") + QString(3000, QChar(0xe9));
        call.address = QStringLiteral("12 Elm St");
        call.latitudeText = QStringLiteral("40.7128");
        call.longitudeText = QStringLiteral("-74.0060");
        QVERIFY(service.saveDraft(call));

        // No page more: fill what is left, then every write that needs a page fails.
        const QSqlDatabase db = profile.store().database().connection();
        core::SqlQuery pages(db, QStringLiteral("PRAGMA page_count"));
        pages.exec();
        QVERIFY(pages.next());
        core::SqlQuery::execute(
            db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages.value(0).toLongLong()));
        try {
            for (int i = 0; i < 100000; ++i)
                core::SqlQuery(db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"))
                    .bind(0, QStringLiteral("filler-%1").arg(i))
                    .bind(1, QString(2000, u'x'))
                    .exec();
            QFAIL("the store never became full");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("full")), qPrintable(e.message()));
        }

        try {
            service.saveTicket(call);
            QFAIL("saved a ticket on a full disk");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("The disk is full")), qPrintable(e.message()));
        }
        QCOMPARE(core::TicketRepository(profile.store().database()).count(), 0);
        const QList<core::CallSession> drafts = service.unfinishedCalls();
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first().description, call.description);
    }
};

CIVICDESK_TEST_MAIN(TestDiskFull)
#include "test_diskfull.moc"
