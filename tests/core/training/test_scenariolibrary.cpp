#include "core/demo/demoprofilebuilder.h"
#include "core/domain/error.h"
#include "core/kb/kbrepository.h"
#include "core/store/localstore.h"
#include "core/training/scenariojson.h"
#include "core/training/scenariolibrary.h"
#include "core/training/trainingresultlog.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace civicdesk;

namespace {
// One line per field, so that with() can change one of them.
const char kValid[] = "{\"format\":\"civicdesk-scenario\",\"format_version\":1,\"id\":\"ID\",\"title\":\"Pothole\",\n"
                      "\"timeline\":[{\"at\":\"0:05\",\"say\":\"There's a pothole.\"},{\"at\":\"0:00\",\"event\":\"The phone rings.\"}],\n"
                      "\"expected\":{\"service_code\":\"POTHOLE\",\"location\":{\"lat\":41.27,\"lon\":-72.68,\"within_m\":50},\n"
                      "\"attributes\":{\"POTHOLE_SIZE\":\"LARGE\"},\"kb_article\":\"kb-svc-pothole\",\"duplicate\":false,\n"
                      "\"transfer_911\":false,\"wrap_up\":\"ticket_created\",\"time_limit\":\"4:00\"}}";

QByteArray validScenario(const QString &id = QStringLiteral("pothole"))
{
    QByteArray json(kValid);
    json.replace("\"ID\"", "\"" + id.toUtf8() + "\"");
    return json;
}

QByteArray with(const QByteArray &json, const char *from, const char *to)
{
    QByteArray copy = json;
    copy.replace(from, to);
    return copy;
}
} // namespace

class TestScenarioLibrary : public QObject
{
    Q_OBJECT

    testsupport::TempProfile m_profile;

    core::scenariojson::Context context() { return core::ScenarioLibrary::contextFor(m_profile.store()); }

private Q_SLOTS:
    void initTestCase()
    {
        // contextFor() reads the knowledge base's ids: give the profile its built-in articles.
        QVERIFY(!context().articleIds.contains(QStringLiteral("kb-svc-pothole")));
        core::KbRepository(m_profile.store().database()).ensureBuiltIn();
        QVERIFY(context().articleIds.contains(QStringLiteral("kb-svc-pothole")));
    }

    void readsEveryField()
    {
        const core::Scenario s =
            core::scenariojson::parse(validScenario(), QStringLiteral("pothole.json"), context());
        QCOMPARE(s.timeline.size(), 2);
        QCOMPARE(s.timeline.first().speaker, QStringLiteral("event")); // sorted by time
        QCOMPARE(s.timeline.last().atSeconds, 5);
        QCOMPARE(s.expected.serviceCode, QStringLiteral("POTHOLE"));
        QCOMPARE(s.expected.withinMetres, 50.0);
        QCOMPARE(s.expected.location->lat, 41.27);
        QCOMPARE(s.expected.attributes.value(QStringLiteral("POTHOLE_SIZE")), QStringLiteral("LARGE"));
        QCOMPARE(*s.expected.duplicate, false);
        QCOMPARE(s.expected.timeLimitSeconds, 240);
        // What toJson writes, parse reads back the same.
        const QByteArray again = QJsonDocument(core::scenariojson::toJson(s)).toJson();
        core::Scenario back = core::scenariojson::parse(again, QStringLiteral("pothole.json"), context());
        QCOMPARE(back, s);
    }

    void badInputNamesFileAndField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax") << QByteArray("{\"format\":\n\"civicdesk-scenario\",,}")
                                << QStringLiteral("bad.json: line 2: not valid JSON");
        QTest::newRow("unknown service")
            << with(validScenario(), "\"service_code\":\"POTHOLE\"", "\"service_code\":\"POTHOL\"")
            << QStringLiteral("bad.json: expected.service_code: unknown service \"POTHOL\"");
        QTest::newRow("unknown article")
            << with(validScenario(), "kb-svc-pothole", "kb-no-such-article")
            << QStringLiteral(
                   "bad.json: expected.kb_article: unknown knowledge-base article \"kb-no-such-article\"");
        QTest::newRow("unknown attribute")
            << with(validScenario(), "POTHOLE_SIZE", "POTHOLE_COLOUR")
            << QStringLiteral(
                   "bad.json: expected.attributes.POTHOLE_COLOUR: service POTHOLE has no attribute");
        QTest::newRow("unknown value")
            << with(validScenario(), "\"LARGE\"", "\"HUGE\"")
            << QStringLiteral("bad.json: expected.attributes.POTHOLE_SIZE: \"HUGE\" is not one of");
        QTest::newRow("bad time") << with(validScenario(), "\"0:05\"", "\"soon\"")
                                  << QStringLiteral("bad.json: timeline[0].at: must be a time");
        QTest::newRow("say and event")
            << with(validScenario(), "\"say\":\"There's", "\"event\":\"x\",\"say\":\"There's")
            << QStringLiteral("bad.json: timeline[0]: needs exactly one of");
        QTest::newRow("typo in a field") << with(validScenario(), "\"wrap_up\"", "\"wrapup\"")
                                         << QStringLiteral("bad.json: expected.wrapup: unknown field");
        QTest::newRow("wrap-up") << with(validScenario(), "ticket_created", "ticket_made")
                                 << QStringLiteral("bad.json: expected.wrap_up: unknown wrap-up code");
        QTest::newRow("no timeline") << with(validScenario(), "\"timeline\"", "\"time_line\"")
                                     << QStringLiteral("bad.json: time_line: unknown field");
        QTest::newRow("radius") << with(validScenario(), "\"within_m\":50", "\"within_m\":-1")
                                << QStringLiteral("bad.json: expected.location.within_m: must be between");
    }
    void badInputNamesFileAndField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        try {
            core::scenariojson::parse(json, QStringLiteral("bad.json"), context());
            QFAIL("accepted");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().startsWith(message), qPrintable(e.message()));
        }
    }

    void aBadFileLeavesTheOthersLoaded()
    {
        QTemporaryDir folder;
        const auto write = [&](const char *name, const QByteArray &content) {
            QFile f(folder.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        };
        write("a.json", validScenario(QStringLiteral("first")));
        write("b.json", with(validScenario(QStringLiteral("second")), "kb-svc-pothole", "kb-missing"));
        write("c.json", "not json at all");
        write("d.json", validScenario(QStringLiteral("fourth")));
        core::ScenarioLibrary library(context());
        library.loadFolder(folder.path());
        QCOMPARE(library.scenarios().size(), 2);
        QVERIFY(library.find(QStringLiteral("first")));
        QVERIFY(library.find(QStringLiteral("fourth")));
        QCOMPARE(library.errors().size(), 2);
        QVERIFY(library.errors().at(0).contains(QStringLiteral("b.json: expected.kb_article")));
        QVERIFY(library.errors().at(1).contains(QStringLiteral("c.json: line 1")));
    }

    void savedScenarioLoadsAgain()
    {
        QTemporaryDir folder;
        core::Scenario s = core::scenariojson::parse(validScenario(QStringLiteral("saved-call")),
                                                     QStringLiteral("x.json"), context());
        const QString path = core::ScenarioLibrary::save(s, folder.path());
        QVERIFY(path.endsWith(QStringLiteral("saved-call.json")));
        core::ScenarioLibrary library(context());
        library.loadFolder(folder.path());
        QVERIFY(library.errors().isEmpty());
        QCOMPARE(library.find(QStringLiteral("saved-call"))->expected, s.expected);
    }

    void builtInScenariosLoadInTheDemoCity()
    {
        QTemporaryDir dir;
        core::DemoProfileBuilder::Options options;
        options.seed = 11;
        options.tickets = 500;
        options.lastDay = QDate(2026, 11, 30);
        core::DemoProfileBuilder::build(dir.path(), options);
        core::LocalStore store{core::Profile(dir.path())};
        core::ScenarioLibrary library(core::ScenarioLibrary::contextFor(store));
        library.loadBuiltIn();
        QVERIFY2(library.errors().isEmpty(), qPrintable(library.errors().join(u'\n')));
        QVERIFY(library.scenarios().size() >= 15);
        // The kinds of call the issue names each have a scenario.
        QSet<QString> services;
        bool kb = false, duplicate = false, outside = false, transfer = false, spanish = false,
             emergency = false;
        for (const core::Scenario &s : library.scenarios()) {
            services.insert(s.expected.serviceCode);
            kb = kb || (!s.expected.kbArticle.isEmpty() && s.expected.serviceCode.isEmpty());
            duplicate = duplicate || s.expected.duplicate.value_or(false);
            outside = outside || s.expected.outsideCity;
            transfer = transfer || (s.expected.wrapUp == QLatin1String("transferred") &&
                                    !s.expected.transfer911.value_or(false));
            spanish = spanish || s.language == QLatin1String("es");
            emergency = emergency || s.expected.transfer911.value_or(false);
            QVERIFY2(!s.expected.location || !s.expected.locationAddress.isEmpty() || s.expected.outsideCity,
                     qPrintable(s.id));
        }
        QVERIFY(kb && duplicate && outside && transfer && spanish && emergency);
        for (const char *code : {"ILLEGAL_BURNING", "SUSPICIOUS_PERSON", "DEBRIS_ROADWAY", "MINOR_INJURY",
                                 "STREETLIGHT_OUT", "PARKING_METER", "NOISE", "POTHOLE", "MISSED_COLLECTION"})
            QVERIFY2(services.contains(QLatin1String(code)), code);
    }

    void resultsAreKeptPerTrainee()
    {
        QTemporaryDir dir;
        const core::TrainingResultLog log(dir.path());
        core::ScoreCard a;
        a.trainee = QStringLiteral("ana");
        a.scenarioId = QStringLiteral("one");
        a.criteria.append({QStringLiteral("service"), QStringLiteral("Service"), true, 3, 3, QString()});
        core::ScoreCard b = a;
        b.trainee = QStringLiteral("ben");
        log.append(a);
        log.append(b);
        log.append(a);
        {
            QFile f(dir.filePath(QLatin1String(core::TrainingResultLog::kFileName)));
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"cut short"); // a crash mid-write
        }
        QCOMPARE(log.forTrainee(QStringLiteral("ana")).size(), 2);
        QCOMPARE(log.trainees(), (QStringList{QStringLiteral("ana"), QStringLiteral("ben")}));
        QCOMPARE(log.skippedLines(), 1);
    }
};

CIVICDESK_TEST_MAIN(TestScenarioLibrary)
#include "test_scenariolibrary.moc"
