#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/intake/callerhistorymodel.h"
#include "core/intake/intakeservice.h"
#include "core/intake/readback.h"
#include "core/store/calllogrepository.h"
#include "core/store/draftrepository.h"
#include "core/store/ticketrepository.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>

using namespace civicdesk;
using namespace civicdesk::core;

namespace {
CallSession potholeCall(IntakeService &service)
{
    CallSession s = service.startCall(QStringLiteral("(212) 555-0143"));
    s.firstName = QStringLiteral("Ana");
    s.lastName = QStringLiteral("Ruiz");
    s.email = QStringLiteral("ana@example.org");
    s.serviceQuery = QStringLiteral("pot hole");
    s.serviceCode = QStringLiteral("POTHOLE");
    s.attributes.insert(QStringLiteral("POTHOLE_SIZE"), {QStringLiteral("LARGE")});
    s.description = QStringLiteral("Deep hole in the bus lane");
    s.address = QStringLiteral("12 Elm St");
    s.latitudeText = QStringLiteral("40.7128");
    s.longitudeText = QStringLiteral("74.0060 W");
    return s;
}

qsizetype callCount(LocalStore &store)
{
    return CallLogRepository(store.database())
        .between(QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc()),
                 QDateTime(QDate(2100, 1, 1), QTime(0, 0), QTimeZone::utc()))
        .size();
}
} // namespace

class TestIntakeService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionJsonRoundTrip()
    {
        testsupport::TempProfile profile;
        IntakeService service(profile.store());
        CallSession s = potholeCall(service);
        s.anonymous = true;
        s.preferredLanguage = QStringLiteral("es");
        s.channel = Channel::WalkIn;
        s.attributes.insert(QStringLiteral("OLD"), {QStringLiteral("a"), QStringLiteral("b")});
        s.reason = QStringLiteral("r");
        s.transferTo = QStringLiteral("911");
        s.duplicateReference = QStringLiteral("X");
        s.kbArticle = QStringLiteral("kb-12");
        s.emergencyTransfer = true;
        s.wrapUp = QStringLiteral("transferred");
        const CallSession back = CallSession::fromJson(s.toJson(), QStringLiteral("t"));
        QCOMPARE(back, s);
    }

    void unreadableDraftNamesField()
    {
        QJsonObject o = CallSession{QUuid::createUuid(), QDateTime::currentDateTimeUtc()}.toJson();
        o.insert(QStringLiteral("channel"), QStringLiteral("pigeon"));
        try {
            CallSession::fromJson(o, QStringLiteral("draft 1"));
            QFAIL("accepted an unknown channel");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("draft 1: channel")));
        }
    }

    void saveTicketIsOneUnit()
    {
        testsupport::TempProfile profile;
        IntakeService service(profile.store());
        const CallSession s = potholeCall(service);
        service.saveDraft(s);
        QCOMPARE(service.unfinishedCalls().size(), 1);
        const IntakeResult r = service.saveTicket(s);
        QVERIFY(!r.ticket.referenceNumber.isEmpty());
        const auto saved =
            TicketRepository(profile.store().database()).findByReference(r.ticket.referenceNumber);
        QVERIFY(saved);
        QCOMPARE(saved->caller.phone, QStringLiteral("+12125550143"));
        QCOMPARE(saved->attributes.value(QStringLiteral("POTHOLE_SIZE")),
                 QStringList{QStringLiteral("LARGE")});
        QCOMPARE(*saved->longitude, -74.006);
        QVERIFY(service.unfinishedCalls().isEmpty());
        const QList<CallRecord> calls =
            CallLogRepository(profile.store().database()).forCaller(QStringLiteral("+12125550143"), 5);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().wrapUp, QStringLiteral("ticket_created"));
        QCOMPARE(calls.first().ticketId, saved->id);
    }

    void failureInsideSaveKeepsDraftOnly()
    {
        testsupport::TempProfile profile;
        IntakeService service(profile.store());
        const CallSession s = potholeCall(service);
        service.saveDraft(s);
        service.setBeforeCommitHook([] { throw Error(QStringLiteral("disk unplugged")); });
        QVERIFY_THROWS_EXCEPTION(Error, service.saveTicket(s));
        QCOMPARE(TicketRepository(profile.store().database()).count(), 0);
        QCOMPARE(callCount(profile.store()), 0);
        QCOMPARE(service.unfinishedCalls().size(), 1);
        QCOMPARE(service.unfinishedCalls().first(), s);
    }

    // A field service cannot be saved without a place; the error names the field. A desk
    // service (a question for 311 itself) can.
    void fieldServiceNeedsAPlace()
    {
        testsupport::TempProfile profile;
        IntakeService service(profile.store());
        CallSession s = potholeCall(service);
        s.address.clear();
        s.latitudeText.clear();
        s.longitudeText.clear();
        try {
            service.saveTicket(s);
            QFAIL("a pothole without a place was saved");
        } catch (const Error &e) {
            QCOMPARE(e.fieldErrors().size(), 1);
            QCOMPARE(e.fieldErrors().first().field, QStringLiteral("address"));
            QVERIFY2(e.message().startsWith(QStringLiteral("address: Pothole needs a place")),
                     qPrintable(e.message()));
        }
        QCOMPARE(TicketRepository(profile.store().database()).count(), 0);
        // Coordinates alone (a pin) are a place.
        s.latitudeText = QStringLiteral("40.7128");
        s.longitudeText = QStringLiteral("-74.0060");
        QVERIFY(s.problems(profile.store().catalog()).isEmpty());

        CallSession question = service.startCall(QStringLiteral("(212) 555-0143"));
        question.serviceCode = QStringLiteral("GOV_INQUIRY");
        question.description = QStringLiteral("Who is my council member?");
        for (const FieldError &e : question.problems(profile.store().catalog()))
            QVERIFY2(e.field != QLatin1String("address"), qPrintable(e.message));
    }

    void missingRequiredSavesNothing()
    {
        testsupport::TempProfile profile;
        IntakeService service(profile.store());
        CallSession s = potholeCall(service);
        s.attributes.clear();
        s.phoneText = QStringLiteral("555-12");
        s.email = QStringLiteral("ana@");
        s.latitudeText = QStringLiteral("140");
        try {
            service.saveTicket(s);
            QFAIL("saved an incomplete call");
        } catch (const Error &e) {
            QStringList fields;
            for (const auto &f : e.fieldErrors())
                fields.append(f.field);
            QVERIFY2(fields.contains(QStringLiteral("attributes.POTHOLE_SIZE")),
                     qPrintable(fields.join(u',')));
            QVERIFY(fields.contains(QStringLiteral("caller.phone")));
            QVERIFY(fields.contains(QStringLiteral("caller.email")));
            QVERIFY(fields.contains(QStringLiteral("lat")));
        }
        s = potholeCall(service);
        s.serviceCode.clear();
        QCOMPARE(s.problems(profile.store().catalog()).value(0).field, QStringLiteral("service_code"));
        QCOMPARE(TicketRepository(profile.store().database()).count(), 0);
        QCOMPARE(callCount(profile.store()), 0);
    }

    void wrapUpRules()
    {
        testsupport::TempProfile profile;
        IntakeService service(profile.store());
        CallSession s = service.startCall(QStringLiteral("+15551234567"));
        service.saveDraft(s);
        QVERIFY_THROWS_EXCEPTION(Error, service.finishCall(s, WrapUpCode::Transferred));
        QVERIFY_THROWS_EXCEPTION(Error, service.finishCall(s, WrapUpCode::InformationOnly));
        s.duplicateReference = QStringLiteral("NOPE-123");
        QVERIFY_THROWS_EXCEPTION(Error, service.finishCall(s, WrapUpCode::DuplicateLinked));
        QCOMPARE(callCount(profile.store()), 0);

        // An article alone is not a reason: an empty reason needs the call taker's confirmation.
        s.kbArticle = QStringLiteral("kb-bulk-1");
        QVERIFY_THROWS_EXCEPTION(Error, service.finishCall(s, WrapUpCode::InformationOnly));
        s.reason = QStringLiteral("Asked about bulk pickup days");
        const CallRecord info = service.finishCall(s, WrapUpCode::InformationOnly);
        QCOMPARE(info.wrapUp, QStringLiteral("information_only"));
        QCOMPARE(info.kbArticle, QStringLiteral("kb-bulk-1"));
        QVERIFY(info.ticketId.isNull());
        QVERIFY(service.unfinishedCalls().isEmpty());
        // Confirmed, the empty reason is logged as it is.
        CallSession quiet = service.startCall(QStringLiteral("+15551234567"));
        QCOMPARE(service.finishCall(quiet, WrapUpCode::InformationOnly, true).reason, QString());
        QCOMPARE(TicketRepository(profile.store().database()).count(), 0);

        // A duplicate links the call to the existing ticket.
        const IntakeResult first = service.saveTicket(potholeCall(service));
        CallSession dup = service.startCall();
        dup.duplicateReference = first.ticket.referenceNumber.toLower();
        QCOMPARE(service.finishCall(dup, WrapUpCode::DuplicateLinked).ticketId, first.ticket.id);
    }

    void emergencyTransferLoggedAtOnce()
    {
        testsupport::TempProfile profile;
        IntakeService service(profile.store());
        CallSession s = service.startCall(QStringLiteral("+15551234567"));
        s.description = QStringLiteral("smoke pouring out of the house");
        service.logEmergencyTransfer(s);
        QList<CallRecord> calls =
            CallLogRepository(profile.store().database()).forCaller(QStringLiteral("+15551234567"), 5);
        QCOMPARE(calls.size(), 1);
        QVERIFY(calls.first().emergencyTransfer);
        QCOMPARE(calls.first().transferTo, QStringLiteral("911"));
        QVERIFY(!calls.first().endedAt.isValid());
        QVERIFY(service.unfinishedCalls().first().emergencyTransfer);
        service.finishCall(s, WrapUpCode::Transferred);
        calls = CallLogRepository(profile.store().database()).forCaller(QStringLiteral("+15551234567"), 5);
        QCOMPARE(calls.size(), 1);
        QVERIFY(calls.first().endedAt.isValid());
        QVERIFY(calls.first().emergencyTransfer);
    }

    void usageAndHistory()
    {
        testsupport::TempProfile profile;
        IntakeService service(profile.store());
        for (int i = 0; i < 3; ++i)
            service.saveTicket(potholeCall(service));
        CallSession info = service.startCall(QStringLiteral("(212) 555-0143"));
        info.reason = QStringLiteral("question");
        service.finishCall(info, WrapUpCode::ResolvedOnCall);
        const QHash<QString, int> uses = service.serviceUsage(QStringLiteral("tester"));
        QCOMPARE(uses.value(QStringLiteral("POTHOLE")), 3);
        QVERIFY(service.serviceUsage(QStringLiteral("someone else")).isEmpty());

        CallerHistoryModel model(profile.store().database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPhone(QStringLiteral("+12125550143"));
        QCOMPARE(model.ticketCount(), 3);
        QCOMPARE(model.callCount(), 4);
        QCOMPARE(model.rowCount(), 7);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.entry(row - 1).when >= model.entry(row).when);
        model.setPhone(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void expectedByReadBack()
    {
        const QDateTime expected(QDate(2026, 12, 1), QTime(15, 0), QTimeZone::utc());
        const QString text = readback::expectedBy(expected, QTimeZone("America/New_York"),
                                                  QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(text, QStringLiteral("expected by Tue 1 Dec"));
        // The day is the city's: 02:00 UTC on 2 Dec is still 1 Dec in New York.
        QCOMPARE(readback::expectedBy(QDateTime(QDate(2026, 12, 2), QTime(2, 0), QTimeZone::utc()),
                                      QTimeZone("America/New_York"),
                                      QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QStringLiteral("expected by Tue 1 Dec"));
        QVERIFY(readback::expectedBy(expected, QTimeZone("America/New_York"),
                                     QLocale(QLocale::French, QLocale::France))
                    .contains(QStringLiteral("déc")));
        QVERIFY(readback::expectedBy({}, QTimeZone::utc()).isEmpty());
    }
};

CIVICDESK_TEST_MAIN(TestIntakeService)
#include "test_intakeservice.moc"
