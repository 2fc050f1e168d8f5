#include "core/pins/ticketclusters.h"
#include "core/pins/ticketpinset.h"
#include "core/store/ticketrepository.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

using namespace civicdesk;

class TestTicketPinSet : public QObject
{
    Q_OBJECT

private:
    // 200 generated tickets (ten statuses, five services, one every 4 s from 2025-01-01) plus
    // one without a position, which the map must leave out.
    void fill(testsupport::TempProfile &profile)
    {
        core::TicketRepository repo(profile.store().database());
        for (int i = 0; i < 200; ++i)
            repo.insert(testsupport::generatedTicket(i, QStringLiteral("TST")));
        core::Ticket noPlace = testsupport::generatedTicket(200, QStringLiteral("TST"));
        noPlace.latitude.reset();
        noPlace.longitude.reset();
        repo.insert(noPlace);
    }

private Q_SLOTS:
    void loadsLocatedTicketsFromTheStore()
    {
        testsupport::TempProfile profile;
        fill(profile);
        const core::TicketPinSet pins = core::TicketPinSet::load(profile.store().database());
        QCOMPARE(pins.size(), qsizetype(200));
        QCOMPARE(pins.serviceCodes().size(), qsizetype(5));
        // Rows come back in storage order; match them by id against what was written.
        QHash<QUuid, qsizetype> byId;
        for (qsizetype i = 0; i < pins.size(); ++i)
            byId.insert(pins.id(i), i);
        for (int i = 0; i < 200; i += 17) {
            const core::Ticket t = testsupport::generatedTicket(i, QStringLiteral("TST"));
            const core::Ticket stored = *core::TicketRepository(profile.store().database())
                                             .findByReference(t.referenceNumber);
            const qsizetype k = byId.value(stored.id, -1);
            QVERIFY(k >= 0);
            QCOMPARE(pins.status(k), t.status);
            QCOMPARE(pins.serviceCode(k), t.serviceCode);
            QCOMPARE(pins.position(k).lat, *t.latitude);
            QCOMPARE(pins.position(k).lon, *t.longitude);
            QCOMPARE(pins.requestedMs(k), t.requestedAt.toMSecsSinceEpoch());
            QCOMPARE(core::TicketPinSet::referenceOf(profile.store().database(), stored.id), t.referenceNumber);
        }
        QVERIFY(core::TicketPinSet::referenceOf(profile.store().database(), QUuid::createUuid()).isEmpty());
    }

    void filters_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("statusMask");
        QTest::addColumn<qint64>("fromIndex"); // ticket index whose time starts the range, -1 none
        QTest::addColumn<qint64>("toIndex");
        QTest::addColumn<int>("expected");
        QTest::newRow("everything") << QString() << 0 << qint64(-1) << qint64(-1) << 200;
        QTest::newRow("one service") << QStringLiteral("NOISE") << 0 << qint64(-1) << qint64(-1) << 40;
        QTest::newRow("new only") << QString() << (1 << int(core::TicketStatus::New)) << qint64(-1) << qint64(-1)
                                  << 20;
        QTest::newRow("new or closed") << QString()
                                       << ((1 << int(core::TicketStatus::New)) | (1 << int(core::TicketStatus::Closed)))
                                       << qint64(-1) << qint64(-1) << 40;
        QTest::newRow("dates 50..149") << QString() << 0 << qint64(50) << qint64(149) << 100;
        // POTHOLE is index % 5 == 0 and New is index % 10 == 0: both hold on multiples of 10.
        QTest::newRow("all three") << QStringLiteral("POTHOLE") << (1 << int(core::TicketStatus::New)) << qint64(0)
                                   << qint64(99) << 10;
        QTest::newRow("unknown service") << QStringLiteral("NOPE") << 0 << qint64(-1) << qint64(-1) << 0;
    }
    void filters()
    {
        QFETCH(QString, service);
        QFETCH(int, statusMask);
        QFETCH(qint64, fromIndex);
        QFETCH(qint64, toIndex);
        QFETCH(int, expected);
        testsupport::TempProfile profile;
        fill(profile);
        auto pins = std::make_shared<const core::TicketPinSet>(core::TicketPinSet::load(profile.store().database()));
        core::PinFilter f;
        if (!service.isEmpty())
            f.serviceCodes.insert(service);
        f.statusMask = quint32(statusMask);
        auto at = [](qint64 i) { return testsupport::generatedTicket(i, QStringLiteral("TST")).requestedAt.toMSecsSinceEpoch(); };
        if (fromIndex >= 0)
            f.requestedFromMs = at(fromIndex);
        if (toIndex >= 0)
            f.requestedToMs = at(toIndex);
        const std::vector<quint32> selected = pins->select(f);
        QCOMPARE(int(selected.size()), expected);
        for (quint32 i : selected) {
            QVERIFY(service.isEmpty() || pins->serviceCode(i) == service);
            QVERIFY(f.allows(pins->status(i)));
        }
        // The clusters hold exactly the selection, and every zoom accounts for all of it.
        const auto clusters = core::TicketClusters::build(pins, f);
        QCOMPARE(clusters->size(), qsizetype(expected));
        for (int z : {0, 8, 14, 17}) {
            std::vector<core::ClusterIndex::Item> items;
            clusters->index().query(0, 0, 1, 1, z, items);
            quint64 sum = 0;
            for (const auto &item : items) {
                sum += item.count;
                if (!item.isCluster())
                    QVERIFY(f.allows(pins->status(clusters->pinOf(item.pointIndex))));
            }
            QCOMPARE(sum, quint64(expected));
        }
    }
};

CIVICDESK_TEST_MAIN(TestTicketPinSet)
#include "test_ticketpinset.moc"
