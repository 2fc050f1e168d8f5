// Autosave writes the draft only when the call changed (issue #13, point 2): an idle call on
// screen for an hour costs no writes and no waits for the store's lock.
#include "core/domain/clock.h"
#include "core/intake/intakeservice.h"
#include "core/store/draftrepository.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

using namespace civicdesk;

class TestDraftSaving : public QObject
{
    Q_OBJECT

private:
    static QDateTime draftTime(testsupport::TempProfile &profile)
    {
        const QList<core::Draft> drafts = core::DraftRepository(profile.store().database())
                                              .list(QString::fromLatin1(core::IntakeService::kDraftKind));
        return drafts.size() == 1 ? drafts.first().updatedAt : QDateTime();
    }

private Q_SLOTS:
    void cleanup() { core::Clock::setCurrent(nullptr); }

    void writesOnlyWhenChanged()
    {
        core::FixedClock clock(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC));
        core::Clock::setCurrent(&clock);
        testsupport::TempProfile profile;
        core::IntakeService service(profile.store());
        core::CallSession s = service.startCall(QStringLiteral("+12125550143"));
        s.description = QStringLiteral("Pothole");

        QVERIFY(service.saveDraft(s));
        const QDateTime first = draftTime(profile);
        QVERIFY(first.isValid());
        for (int tick = 0; tick < 10; ++tick) {
            clock.advanceSecs(5);
            QVERIFY(!service.saveDraft(s)); // the autosave timer with nothing typed
        }
        QCOMPARE(draftTime(profile), first);

        s.description += QStringLiteral(" near the school");
        QVERIFY(service.saveDraft(s));
        QCOMPARE(draftTime(profile), clock.nowUtc());

        // A discarded call is gone; the same call saved again is written again.
        service.discardCall(s);
        QVERIFY(!draftTime(profile).isValid());
        QVERIFY(service.saveDraft(s));
        QVERIFY(draftTime(profile).isValid());
    }
};

CIVICDESK_TEST_MAIN(TestDraftSaving)
#include "test_draftsaving.moc"
