#include "core/store/calllogrepository.h"
#include "core/store/draftrepository.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QJsonArray>

using namespace civicdesk::core;

class TestDraftRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveFindListRemove()
    {
        civicdesk::testsupport::TempProfile profile;
        const DraftRepository drafts(profile.store().database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime nowMs = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), QTimeZone::utc());
        drafts.save({QStringLiteral("call-1"), QStringLiteral("intake"),
                     QJsonObject{{QStringLiteral("phone"), QStringLiteral("+15552340198")},
                                 {QStringLiteral("answers"), QJsonArray{1, 2}}},
                     nowMs});
        drafts.save({QStringLiteral("note-1"), QStringLiteral("note"), QJsonObject{}, nowMs});
        auto found = drafts.find(QStringLiteral("call-1"));
        QVERIFY(found.has_value());
        QCOMPARE(found->payload.value(QStringLiteral("phone")).toString(), QStringLiteral("+15552340198"));
        QCOMPARE(found->updatedAt, nowMs);
        QCOMPARE(drafts.list(QStringLiteral("intake")).size(), 1);
        QCOMPARE(drafts.list().size(), 2);

        // Saving again replaces, it does not duplicate.
        drafts.save({QStringLiteral("call-1"), QStringLiteral("intake"), QJsonObject{{QStringLiteral("phone"), 1}}, nowMs});
        QCOMPARE(drafts.list(QStringLiteral("intake")).size(), 1);
        drafts.remove(QStringLiteral("call-1"));
        QVERIFY(!drafts.find(QStringLiteral("call-1")).has_value());
    }

    void callLog()
    {
        civicdesk::testsupport::TempProfile profile;
        const CallLogRepository calls(profile.store().database());
        const QDateTime start = QDateTime(QDate(2026, 11, 23), QTime(15, 0), QTimeZone::utc());
        CallRecord c;
        c.id = QUuid::createUuid();
        c.startedAt = start;
        c.agent = QStringLiteral("tester");
        c.callerPhone = QStringLiteral("+15552340198");
        calls.save(c);
        c.endedAt = start.addSecs(95);
        c.handleSeconds = 95;
        c.wrapUp = QStringLiteral("information_only");
        c.reason = QStringLiteral("Asked about bulk pickup");
        c.kbArticle = QStringLiteral("kb-svc-bulk-pickup");
        calls.save(c);
        const QList<CallRecord> forCaller = calls.forCaller(QStringLiteral("+15552340198"), 10);
        QCOMPARE(forCaller.size(), 1);
        QCOMPARE(forCaller.first(), c);
        QCOMPARE(calls.between(start.addSecs(-1), start.addSecs(1)).size(), 1);
        QCOMPARE(calls.between(start.addSecs(1), start.addSecs(100)).size(), 0);
    }
};

CIVICDESK_TEST_MAIN(TestDraftRepository)
#include "test_draftrepository.moc"
