#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/intake/duplicatecandidatemodel.h"
#include "core/intake/locationadvisor.h"
#include "core/tickets/ticketservice.h"
#include "support/fixturecity.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

#include <QAbstractItemModelTester>
#include <QTimeZone>

using namespace civicdesk;

class TestDuplicateCandidateModel : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::utc());
    core::FixedClock m_clock{m_now};

    core::Ticket addTicket(core::TicketService &tickets, double dLat, const QString &service, double daysAgo)
    {
        core::Ticket t = testsupport::potholeTicket();
        t.serviceCode = service;
        if (service == QLatin1String("SIDEWALK_DAMAGE")) {
            t.attributes.clear();
            t.attributes.insert(QStringLiteral("SIDEWALK_PROBLEM"), {QStringLiteral("CRACKED")});
        } else if (service == QLatin1String("GRAFFITI")) {
            t.attributes = {{QStringLiteral("GRAF_SURFACE"), {QStringLiteral("FENCE")}},
                            {QStringLiteral("GRAF_PROPERTY"), {QStringLiteral("PUBLIC")}}};
        }
        t.latitude = 45.0002 + dLat;
        t.longitude = -93.008;
        m_clock.set(m_now.addSecs(qint64(-daysAgo * 86400)));
        const core::Ticket saved = tickets.create(t);
        m_clock.set(m_now);
        return saved;
    }

private Q_SLOTS:
    void init() { core::Clock::setCurrent(&m_clock); }
    void cleanup() { core::Clock::setCurrent(nullptr); }

    void listsOpenNearbyRecentTicketsWithDistanceAndAge()
    {
        testsupport::TempProfile profile;
        testsupport::fixturecity::importAll(profile.store().database());
        core::TicketService tickets(profile.store());
        // 0.00027° of latitude is 30 m; 0.0018° is 200 m.
        const core::Ticket near = addTicket(tickets, 0.00027, QStringLiteral("POTHOLE"), 3.2);
        addTicket(tickets, 0.0018, QStringLiteral("POTHOLE"), 1);   // 200 m away
        addTicket(tickets, 0.0001, QStringLiteral("POTHOLE"), 40);  // 40 days old
        const core::Ticket closed = addTicket(tickets, -0.0001, QStringLiteral("POTHOLE"), 1);
        tickets.setStatus(closed.referenceNumber, core::TicketStatus::Closed, QStringLiteral("fixed"));
        const core::Ticket related = addTicket(tickets, -0.0004, QStringLiteral("SIDEWALK_DAMAGE"), 0.25);
        addTicket(tickets, 0.0, QStringLiteral("GRAFFITI"), 1); // unrelated service

        const core::LocationAdvisor advisor(profile.store());
        core::DuplicateCandidateModel model(advisor, profile.store().catalog());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.refresh(core::GeoPoint{-93.008, 45.0002}, QStringLiteral("POTHOLE"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        // Nearest first: the pothole 30 m away, then the related sidewalk report 44 m away.
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(core::DuplicateCandidateModel::ReferenceRole).toString(), near.referenceNumber);
        QCOMPARE(first.data(core::DuplicateCandidateModel::IdRole).toString(), near.id.toString(QUuid::WithoutBraces));
        QCOMPARE(first.data(core::DuplicateCandidateModel::DistanceTextRole).toString(), QStringLiteral("30 m"));
        QCOMPARE(first.data(core::DuplicateCandidateModel::AgeTextRole).toString(), QStringLiteral("3 days"));
        QCOMPARE(first.data(core::DuplicateCandidateModel::ServiceNameRole).toString(),
                 profile.store().catalog().service(QStringLiteral("POTHOLE"))->name);
        const QString line = first.data().toString();
        QVERIFY2(line.contains(near.referenceNumber) && line.contains(QStringLiteral("30 m")) && line.contains(QStringLiteral("3 days")),
                 qPrintable(line));
        const QModelIndex second = model.index(1);
        QCOMPARE(second.data(core::DuplicateCandidateModel::ReferenceRole).toString(), related.referenceNumber);
        QCOMPARE(second.data(core::DuplicateCandidateModel::DistanceTextRole).toString(), QStringLiteral("44 m"));
        QCOMPARE(second.data(core::DuplicateCandidateModel::AgeTextRole).toString(), QStringLiteral("6 hours"));

        // Another service, no location, no service: the list follows.
        model.refresh(core::GeoPoint{-93.008, 45.0002}, QStringLiteral("GRAFFITI"));
        QCOMPARE(model.rowCount(), 1);
        model.refresh(std::nullopt, QStringLiteral("POTHOLE"));
        QCOMPARE(model.rowCount(), 0);
        model.refresh(core::GeoPoint{-93.008, 45.0002}, QStringLiteral("POTHOLE"));
        QCOMPARE(model.rowCount(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        const int resets = reset.count();
        model.clear(); // nothing to clear: no reset for the views
        QCOMPARE(reset.count(), resets);
    }

    void distanceAndAgeTexts_data()
    {
        QTest::addColumn<double>("metres");
        QTest::addColumn<QString>("distance");
        QTest::newRow("42") << 42.4 << "42 m";
        QTest::newRow("round up") << 74.6 << "75 m";
        QTest::newRow("km") << 1250.0 << "1.3 km";
    }

    void distanceAndAgeTexts()
    {
        QFETCH(double, metres);
        QFETCH(QString, distance);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(core::DuplicateCandidateModel::distanceText(metres), distance);
        QCOMPARE(core::DuplicateCandidateModel::ageText(1.0), QStringLiteral("1 day"));
        QCOMPARE(core::DuplicateCandidateModel::ageText(29.9), QStringLiteral("29 days"));
        QCOMPARE(core::DuplicateCandidateModel::ageText(0.01), QStringLiteral("0 hours"));
        QCOMPARE(core::DuplicateCandidateModel::ageText(0.05), QStringLiteral("1 hour"));
    }
};

CIVICDESK_TEST_MAIN(TestDuplicateCandidateModel)
#include "test_duplicatecandidatemodel.moc"
