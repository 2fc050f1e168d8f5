#include "core/catalog/catalogjson.h"
#include "core/training/scenariograder.h"
#include "support/testmain.h"

using namespace civicdesk;

namespace {
const core::GeoPoint kSpot{-72.6800, 41.2700};

core::Scenario scenarioExpecting(const core::ScenarioExpectation &expected)
{
    core::Scenario s;
    s.id = QStringLiteral("test");
    s.title = QStringLiteral("Test call");
    s.expected = expected;
    return s;
}

// A call that did everything right for a pothole at kSpot.
core::TrainingAttempt goodPotholeCall()
{
    core::TrainingAttempt a;
    a.ticketCreated = true;
    a.ticketReference = QStringLiteral("TRN-AAA-AAA2");
    a.serviceCode = QStringLiteral("POTHOLE");
    a.attributes.insert(QStringLiteral("POTHOLE_SIZE"), {QStringLiteral("LARGE")});
    a.position = core::GeoPoint{kSpot.lon + 0.0002, kSpot.lat}; // about 17 m east
    a.address = QStringLiteral("205 12th Street");
    a.kbArticle = QStringLiteral("kb-svc-pothole");
    a.wrapUp = QStringLiteral("ticket_created");
    a.seconds = 95;
    return a;
}
} // namespace

class TestScenarioGrader : public QObject
{
    Q_OBJECT

    const core::Catalog m_catalog = core::catalogjson::builtIn();

    core::ScoreCard::Criterion gradeOne(const core::ScenarioExpectation &x, const core::TrainingAttempt &a,
                                        const char *key)
    {
        const core::ScoreCard card = core::ScenarioGrader(m_catalog).grade(scenarioExpecting(x), a);
        const core::ScoreCard::Criterion *c = card.criterion(QLatin1String(key));
        if (!c)
            qFatal("criterion %s missing", key);
        if (card.criteria.size() != 1)
            qFatal("expected only %s to be graded", key);
        return *c;
    }

private Q_SLOTS:
    void onlyTheCriteriaTheScenarioSetsAreGraded()
    {
        const core::ScoreCard card =
            core::ScenarioGrader(m_catalog).grade(scenarioExpecting({}), goodPotholeCall());
        QVERIFY(card.criteria.isEmpty());
        QCOMPARE(card.maxScore(), 0);
    }

    void service()
    {
        core::ScenarioExpectation x;
        x.serviceCode = QStringLiteral("POTHOLE");
        QVERIFY(gradeOne(x, goodPotholeCall(), "service").passed);
        core::TrainingAttempt wrong = goodPotholeCall();
        wrong.serviceCode = QStringLiteral("STREETLIGHT_OUT");
        x.serviceCode = QStringLiteral("PARKING_METER");
        const auto c = gradeOne(x, wrong, "service");
        QVERIFY(!c.passed);
        QCOMPARE(c.points, 0);
        QCOMPARE(c.explanation,
                 QStringLiteral("service: Streetlight Out, expected Parking Meter Not Working"));
        core::TrainingAttempt none;
        QCOMPARE(gradeOne(x, none, "service").explanation,
                 QStringLiteral("service: no ticket, expected Parking Meter Not Working"));
    }

    void location()
    {
        core::ScenarioExpectation x;
        x.location = kSpot;
        x.locationAddress = QStringLiteral("205 12th Street");
        x.withinMetres = 50;
        QVERIFY(gradeOne(x, goodPotholeCall(), "location").passed);
        core::TrainingAttempt far = goodPotholeCall();
        far.position = core::GeoPoint{kSpot.lon, kSpot.lat + 0.001}; // about 111 m north
        far.address = QStringLiteral("305 12th Street");
        const auto c = gradeOne(x, far, "location");
        QVERIFY(!c.passed);
        QVERIFY2(c.explanation.contains(QStringLiteral("\"305 12th Street\" is 111 m from 205 12th Street")),
                 qPrintable(c.explanation));
        core::TrainingAttempt noPin = goodPotholeCall();
        noPin.position.reset();
        QVERIFY(!gradeOne(x, noPin, "location").passed);
    }

    void outsideTheCity()
    {
        core::ScenarioExpectation x;
        x.outsideCity = true;
        core::TrainingAttempt informed;
        informed.wrapUp = QStringLiteral("information_only");
        QVERIFY(gradeOne(x, informed, "location").passed);
        const auto c = gradeOne(x, goodPotholeCall(), "location");
        QVERIFY(!c.passed);
        QVERIFY(c.explanation.contains(QStringLiteral("outside the city")));
    }

    void attributes()
    {
        core::ScenarioExpectation x;
        x.serviceCode = QStringLiteral("POTHOLE");
        x.attributes.insert(QStringLiteral("POTHOLE_SIZE"), QStringLiteral("LARGE"));
        const core::ScoreCard ok =
            core::ScenarioGrader(m_catalog).grade(scenarioExpecting(x), goodPotholeCall());
        QVERIFY(ok.criterion(QStringLiteral("attributes"))->passed);
        core::TrainingAttempt small = goodPotholeCall();
        small.attributes[QStringLiteral("POTHOLE_SIZE")] = {QStringLiteral("SMALL")};
        const auto wrong = core::ScenarioGrader(m_catalog)
                               .grade(scenarioExpecting(x), small)
                               .criterion(QStringLiteral("attributes"));
        QVERIFY(!wrong->passed);
        QVERIFY2(wrong->explanation.contains(QStringLiteral("answered SMALL, expected Larger than")),
                 qPrintable(wrong->explanation));
        // "" means any answer will do, but an answer there must be.
        x.attributes.insert(QStringLiteral("POTHOLE_SIZE"), QString());
        core::TrainingAttempt unanswered = goodPotholeCall();
        unanswered.attributes.clear();
        QVERIFY(!core::ScenarioGrader(m_catalog)
                     .grade(scenarioExpecting(x), unanswered)
                     .criterion(QStringLiteral("attributes"))
                     ->passed);
        QVERIFY(core::ScenarioGrader(m_catalog)
                    .grade(scenarioExpecting(x), small)
                    .criterion(QStringLiteral("attributes"))
                    ->passed);
    }

    void knowledgeBaseArticle()
    {
        core::ScenarioExpectation x;
        x.kbArticle = QStringLiteral("kb-svc-pothole");
        QVERIFY(gradeOne(x, goodPotholeCall(), "kb_article").passed);
        core::TrainingAttempt other = goodPotholeCall();
        other.kbArticle = QStringLiteral("kb-gen-trash-schedule");
        QCOMPARE(
            gradeOne(x, other, "kb_article").explanation,
            QStringLiteral("knowledge base: article kb-gen-trash-schedule used, expected kb-svc-pothole"));
        other.kbArticle.clear();
        QVERIFY(!gradeOne(x, other, "kb_article").passed);
    }

    void duplicate()
    {
        core::ScenarioExpectation x;
        x.duplicate = true;
        core::TrainingAttempt linked = goodPotholeCall();
        linked.duplicateLinked = true;
        QVERIFY(gradeOne(x, linked, "duplicate").passed);
        QVERIFY(!gradeOne(x, goodPotholeCall(), "duplicate").passed);
        x.duplicate = false;
        QVERIFY(gradeOne(x, goodPotholeCall(), "duplicate").passed);
        QVERIFY(!gradeOne(x, linked, "duplicate").passed);
    }

    void transferTo911()
    {
        core::ScenarioExpectation x;
        x.transfer911 = true;
        core::TrainingAttempt transferred;
        transferred.emergencyTransfer = true;
        transferred.wrapUp = QStringLiteral("transferred");
        const auto ok = gradeOne(x, transferred, "transfer_911");
        QVERIFY(ok.passed);
        QCOMPARE(ok.points, 3);
        QCOMPARE(gradeOne(x, goodPotholeCall(), "transfer_911").explanation,
                 QStringLiteral("911: this was an emergency and was not transferred to 911"));
        x.transfer911 = false;
        QVERIFY(!gradeOne(x, transferred, "transfer_911").passed);
    }

    void wrapUp()
    {
        core::ScenarioExpectation x;
        x.wrapUp = QStringLiteral("information_only");
        const auto c = gradeOne(x, goodPotholeCall(), "wrap_up");
        QVERIFY(!c.passed);
        QCOMPARE(c.explanation, QStringLiteral("wrap-up: Ticket created, expected Information only"));
        core::TrainingAttempt info;
        info.wrapUp = QStringLiteral("information_only");
        QVERIFY(gradeOne(x, info, "wrap_up").passed);
    }

    void timeLimit()
    {
        core::ScenarioExpectation x;
        x.timeLimitSeconds = 90;
        core::TrainingAttempt a = goodPotholeCall();
        a.seconds = 90;
        QVERIFY(gradeOne(x, a, "time").passed);
        a.seconds = 95;
        QCOMPARE(gradeOne(x, a, "time").explanation, QStringLiteral("time: 1:35, over the limit of 1:30"));
    }

    void scoreCardAddsUpAndRoundTrips()
    {
        core::ScenarioExpectation x;
        x.serviceCode = QStringLiteral("POTHOLE");
        x.location = kSpot;
        x.wrapUp = QStringLiteral("information_only");
        core::ScoreCard card = core::ScenarioGrader(m_catalog).grade(scenarioExpecting(x), goodPotholeCall());
        QCOMPARE(card.score(), 3 + 2);
        QCOMPARE(card.maxScore(), 3 + 2 + 1);
        QCOMPARE(card.percent(), 83);
        card.trainee = QStringLiteral("ana.calltaker");
        card.playedAt = QDateTime(QDate(2026, 12, 7), QTime(7, 0), QTimeZone::utc());
        QCOMPARE(core::ScoreCard::fromJson(card.toJson()), card);
    }
};

CIVICDESK_TEST_MAIN(TestScenarioGrader)
#include "test_scenariograder.moc"
