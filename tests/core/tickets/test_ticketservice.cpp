#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/domain/referencenumber.h"
#include "core/store/ticketrepository.h"
#include "core/tickets/ticketservice.h"
#include "core/tickets/ticketvalidator.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

using namespace civicdesk::core;
using civicdesk::testsupport::potholeTicket;

class TestTicketService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // Monday 23 November 2026, 10:00 in New York.
        m_clock =
            std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 23), QTime(15, 0), QTimeZone::utc()));
        Clock::setCurrent(m_clock.get());
    }
    void cleanup() { Clock::setCurrent(nullptr); }

    void createFillsEverything()
    {
        civicdesk::testsupport::TempProfile profile;
        TicketService service(profile.store());
        const Ticket t = service.create(potholeTicket());
        QVERIFY(!t.id.isNull());
        QVERIFY(referencenumber::isValid(t.referenceNumber));
        QVERIFY(t.referenceNumber.startsWith(QStringLiteral("TST-")));
        QCOMPARE(t.serviceName, QStringLiteral("Pothole"));
        QVERIFY(!t.agencyResponsible.isEmpty());
        QCOMPARE(t.requestedAt, m_clock->nowUtc());
        // Pothole: 72 business hours of 9-hour days from Monday 10:00 New York, Thanksgiving
        // (26 Nov) skipped: 7 h on Monday, 63 h over the next 7 working days, 2 h on Friday
        // 4 December, so 10:00 New York (15:00 UTC).
        QCOMPARE(t.expectedAt, QDateTime(QDate(2026, 12, 4), QTime(15, 0), QTimeZone::utc()));
        QCOMPARE(t.status, TicketStatus::New);
        QCOMPARE(t.audit.size(), 1);
        QCOMPARE(t.audit.first().field, QStringLiteral("created"));
        QCOMPARE(t.audit.first().actor, QStringLiteral("tester"));

        const auto stored = service.find(t.referenceNumber);
        QVERIFY(stored.has_value());
        QCOMPARE(*stored, t);
        // Read back as dictated: lower case, no dashes.
        QVERIFY(service.find(QString(t.referenceNumber).remove(u'-').toLower()).has_value());
    }

    void referencesAreSequentialAndUnique()
    {
        civicdesk::testsupport::TempProfile profile;
        TicketService service(profile.store());
        QSet<QString> refs;
        for (int i = 0; i < 50; ++i)
            refs.insert(service.create(potholeTicket()).referenceNumber);
        QCOMPARE(refs.size(), 50);
    }

    // Each rejected ticket names its field and leaves the store untouched.
    void rejectsBadTickets_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown service") << 0 << QStringLiteral("service_code");
        QTest::newRow("missing required attribute") << 1 << QStringLiteral("attributes.POTHOLE_SIZE");
        QTest::newRow("description too long") << 2 << QStringLiteral("description");
        QTest::newRow("description with html") << 3 << QStringLiteral("description");
        QTest::newRow("bad phone") << 4 << QStringLiteral("caller.phone");
        QTest::newRow("bad email") << 5 << QStringLiteral("caller.email");
        QTest::newRow("latitude out of range") << 6 << QStringLiteral("lat");
        QTest::newRow("longitude out of range") << 7 << QStringLiteral("long");
        QTest::newRow("value not in list") << 8 << QStringLiteral("attributes.POTHOLE_SIZE");
        QTest::newRow("number not a number") << 9 << QStringLiteral("attributes.POTHOLE_COUNT");
        QTest::newRow("unknown attribute") << 10 << QStringLiteral("attributes.COLOUR");
        QTest::newRow("two values for a single list") << 11 << QStringLiteral("attributes.POTHOLE_SIZE");
    }
    void rejectsBadTickets()
    {
        QFETCH(int, kind);
        QFETCH(QString, field);
        Ticket t = potholeTicket();
        switch (kind) {
        case 0:
            t.serviceCode = QStringLiteral("UFO_SIGHTING");
            break;
        case 1:
            t.attributes.remove(QStringLiteral("POTHOLE_SIZE"));
            break;
        case 2:
            t.description = QString(4001, u'a');
            break;
        case 3:
            t.description = QStringLiteral("See <a href=\"x\">this</a>");
            break;
        case 4:
            t.caller.phone = QStringLiteral("12345");
            break;
        case 5:
            t.caller.email = QStringLiteral("dana@");
            break;
        case 6:
            t.latitude = 91.0;
            break;
        case 7:
            t.longitude = -181.0;
            break;
        case 8:
            t.attributes[QStringLiteral("POTHOLE_SIZE")] = {QStringLiteral("GIGANTIC")};
            break;
        case 9:
            t.attributes[QStringLiteral("POTHOLE_COUNT")] = {QStringLiteral("a few")};
            break;
        case 10:
            t.attributes[QStringLiteral("COLOUR")] = {QStringLiteral("red")};
            break;
        case 11:
            t.attributes[QStringLiteral("POTHOLE_SIZE")] = {QStringLiteral("SMALL"), QStringLiteral("LARGE")};
            break;
        }
        civicdesk::testsupport::TempProfile profile;
        TicketService service(profile.store());
        try {
            service.create(t);
            QFAIL("accepted an invalid ticket");
        } catch (const Error &e) {
            bool named = false;
            for (const auto &fe : e.fieldErrors())
                named = named || fe.field == field;
            QVERIFY2(named, qPrintable(e.message()));
            QVERIFY2(e.message().contains(field), qPrintable(e.message()));
        }
        QCOMPARE(TicketRepository(profile.store().database()).count(), 0);
    }

    void htmlDetection()
    {
        QVERIFY(!ticketvalidator::containsHtml(QStringLiteral("Temperature < 5 degrees and 3 > 2")));
        QVERIFY(!ticketvalidator::containsHtml(QStringLiteral("I <3 this city")));
        QVERIFY(ticketvalidator::containsHtml(QStringLiteral("<script>alert(1)</script>")));
        QVERIFY(ticketvalidator::containsHtml(QStringLiteral("Tom &amp; Jerry")));
        QVERIFY(ticketvalidator::containsHtml(QStringLiteral("<!-- hidden -->")));
    }

    void batchIsAllOrNothing()
    {
        civicdesk::testsupport::TempProfile profile;
        TicketService service(profile.store());
        Ticket bad = potholeTicket();
        bad.caller.email = QStringLiteral("not-an-email");
        QVERIFY_THROWS_EXCEPTION(Error, service.addAll({potholeTicket(), potholeTicket(), bad}));
        QCOMPARE(TicketRepository(profile.store().database()).count(), 0);

        // A duplicate id inside the batch fails at insert time: still nothing written.
        Ticket a = service.create(potholeTicket());
        Ticket copy = a;
        QVERIFY_THROWS_EXCEPTION(Error, service.addAll({potholeTicket(), copy}));
        QCOMPARE(TicketRepository(profile.store().database()).count(), 1);
    }

    void addKeepsIdentity()
    {
        civicdesk::testsupport::TempProfile source;
        const Ticket original = TicketService(source.store()).create(potholeTicket());
        civicdesk::testsupport::TempProfile target;
        TicketService service(target.store());
        const Ticket added = service.add(original);
        QCOMPARE(added, original);
        QCOMPARE(*service.find(original.referenceNumber), original);
        QVERIFY_THROWS_EXCEPTION(Error, service.add(original));
    }

    void statusAndNotes()
    {
        civicdesk::testsupport::TempProfile profile;
        TicketService service(profile.store());
        const Ticket t = service.create(potholeTicket());
        m_clock->advanceSecs(60);
        service.addNote(t.referenceNumber, QStringLiteral("Caller called back: now two holes"), true);
        m_clock->advanceSecs(60);
        const Ticket after =
            service.setStatus(t.referenceNumber, TicketStatus::InProgress, QStringLiteral("Crew dispatched"));
        QCOMPARE(after.status, TicketStatus::InProgress);
        QCOMPARE(after.statusNotes, QStringLiteral("Crew dispatched"));
        QCOMPARE(after.version, t.version + 1);
        QCOMPARE(after.notes.size(), 2);
        QVERIFY(after.notes.at(0).internal);
        QVERIFY(!after.notes.at(1).internal);
        // created, the internal note, status, status notes
        QCOMPARE(after.audit.size(), 4);
        QCOMPARE(after.audit.at(1).field, QStringLiteral("internal_note"));
        QCOMPARE(after.audit.at(1).newValue, QStringLiteral("Caller called back: now two holes"));
        QCOMPARE(after.audit.at(2).field, QStringLiteral("status"));
        QCOMPARE(after.audit.at(2).oldValue, QStringLiteral("new"));
        QCOMPARE(after.audit.at(2).newValue, QStringLiteral("in_progress"));
        QCOMPARE(after.updatedAt, m_clock->nowUtc());

        QVERIFY_THROWS_EXCEPTION(Error, service.addNote(t.referenceNumber, QStringLiteral("   "), false));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 service.addNote(QStringLiteral("NOPE-123"), QStringLiteral("x"), false));
    }

private:
    std::unique_ptr<FixedClock> m_clock;
};

CIVICDESK_TEST_MAIN(TestTicketService)
#include "test_ticketservice.moc"
