#include "core/catalog/catalog.h"
#include "core/domain/error.h"
#include "core/intake/callsession.h"
#include "core/intake/emergencydetector.h"
#include "core/intake/emergencyphrases.h"
#include "support/requireall.h"
#include "support/testmain.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace civicdesk::core;

class TestEmergencyDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phrases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // trigger key, or empty for no alarm

        // Positive: each configured emergency.
        QTest::newRow("house fire") << "my neighbour's house is on fire"
                                    << "fire";
        QTest::newRow("flames") << "there are flames coming out of the window"
                                << "fire";
        QTest::newRow("smoke from building") << "thick smoke coming from the apartment building"
                                             << "smoke";
        QTest::newRow("gun") << "a man with a gun is standing outside the store"
                             << "weapon";
        QTest::newRow("stabbing") << "someone just got stabbed on Main St"
                                  << "weapon";
        QTest::newRow("bleeding") << "he fell and is bleeding heavily from his head"
                                  << "bleeding";
        QTest::newRow("blood everywhere") << "there is blood everywhere"
                                          << "bleeding";
        QTest::newRow("chest pain") << "my father has chest pain and is sweating"
                                    << "chest_pain";
        QTest::newRow("not breathing") << "she is not breathing"
                                       << "chest_pain";
        QTest::newRow("gas smell") << "I smell gas in the hallway"
                                   << "gas";
        QTest::newRow("gas leak") << "there's a gas leak by the school"
                                  << "gas";
        QTest::newRow("smells like gas") << "it smells like gas outside"
                                         << "gas";
        QTest::newRow("person trapped") << "a kid is trapped in the elevator"
                                        << "danger";
        QTest::newRow("in danger") << "my neighbour is in danger, her ex is there"
                                   << "danger";
        QTest::newRow("crash injuries") << "there was a car crash and the driver is injured"
                                        << "crash_injury";
        QTest::newRow("hit by a car and hurt") << "a cyclist was hit by a car and is hurt"
                                               << "crash_injury";
        QTest::newRow("curly apostrophe") << "I can\u2019t breathe"
                                          << "chest_pain";
        // The three classes the first-day trial found missing.
        QTest::newRow("crime in progress") << "someone is breaking into the house next door right now"
                                           << "crime_in_progress";
        QTest::newRow("robbery in progress") << "two men are robbing the corner store"
                                             << "crime_in_progress";
        QTest::newRow("downed sparking power line") << "a power line is down and sparking on the sidewalk"
                                                    << "live_hazard";
        QTest::newRow("person struck") << "a pedestrian was hit by a car on Main Street"
                                       << "person_struck";
        QTest::newRow("car hit a kid") << "a car hit a kid on a bicycle"
                                       << "person_struck";

        // Negative: ordinary 311 calls that mention the same words.
        QTest::newRow("fire hydrant leaking") << "fire hydrant leaking"
                                              << "";
        QTest::newRow("smoke detector battery") << "smoke detector battery question"
                                                << "";
        QTest::newRow("smoke alarm") << "how do I get a free smoke alarm"
                                     << "";
        QTest::newRow("fire pit smoke") << "fire pit smoke from the yard next door"
                                        << "";
        QTest::newRow("no smoking sign") << "the no smoking sign at the park is missing"
                                         << "";
        QTest::newRow("fire department question") << "what are the fire department office hours"
                                                  << "";
        QTest::newRow("crash no injuries") << "minor crash, nobody was hurt, debris in the road"
                                           << "";
        QTest::newRow("crash without injury words") << "car crash knocked the stop sign over"
                                                    << "";
        QTest::newRow("nail gun") << "construction crew using a nail gun at 6am"
                                  << "";
        QTest::newRow("raccoon trapped") << "there is a raccoon trapped in my garage"
                                         << "";
        QTest::newRow("gas station") << "the gas station sign is broken"
                                     << "";
        QTest::newRow("no fire") << "there's no fire, just a burnt smell from the toaster"
                                 << "";
        QTest::newRow("pothole") << "big pothole on Elm Street near the school"
                                 << "";
        QTest::newRow("missed trash") << "my trash was not picked up Tuesday"
                                      << "";
        QTest::newRow("streetlight") << "street light out on Oak Ave"
                                     << "";
        QTest::newRow("heart attack figure of speech") << "that noise almost gave me a heart attack"
                                                       << "";
        QTest::newRow("parked car hit") << "my parked car was hit by a truck overnight, no one was hurt"
                                        << "";
        QTest::newRow("cable line") << "the cable TV line is hanging low over my driveway"
                                    << "";
        QTest::newRow("help finding a schedule") << "can you help me find the bulk pickup schedule"
                                                 << "";
    }

    // The whole phrase set of `bench emergency`: every emergency raises an alarm, no look-alike
    // does. The bench reports the same as counts; here each phrase is its own row.
    void phraseSet_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("emergency");
        QFile file(QDir(qEnvironmentVariable("CIVICDESK_SOURCE_DIR"))
                       .filePath(QStringLiteral("tests/data/emergency-phrases.tsv")));
        if (!file.open(QIODevice::ReadOnly))
            CIVICDESK_SKIP_OR_FAIL(
                QStringLiteral("tests/data/emergency-phrases.tsv not found (run through ctest)"));
        const QList<emergencyphrases::Phrase> phrases =
            emergencyphrases::parse(file.readAll(), file.fileName());
        QVERIFY(phrases.size() >= 200);
        for (const emergencyphrases::Phrase &p : phrases)
            QTest::addRow("line %d: %s", p.line, qPrintable(p.text.left(40))) << p.text << p.emergency;
    }

    void phraseSet()
    {
        QFETCH(QString, text);
        QFETCH(bool, emergency);
        static const EmergencyDetector detector; // compiled once for all rows
        const QList<EmergencyAlert> alerts = detector.scan(text);
        QStringList keys;
        for (const auto &a : alerts)
            keys.append(a.key + QStringLiteral(" (") + a.matchedText + u')');
        if (emergency)
            QVERIFY2(!alerts.isEmpty(), "missed");
        else
            QVERIFY2(alerts.isEmpty(), qPrintable(QStringLiteral("false alarm: ") + keys.join(u',')));
    }

    void phraseFileErrorsNameTheLine()
    {
        try {
            emergencyphrases::parse("# comment\nemergency\tfire\nmaybe\tsmoke\n", QStringLiteral("p.tsv"));
            QFAIL("an unknown kind was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("p.tsv:3: ")), qPrintable(e.message()));
        }
    }

    void phrases()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        static const EmergencyDetector detector; // compiled once for all rows
        const QList<EmergencyAlert> alerts = detector.scan(text);
        QStringList keys;
        for (const auto &a : alerts)
            keys.append(a.key);
        if (expected.isEmpty())
            QVERIFY2(alerts.isEmpty(), qPrintable(QStringLiteral("false alarm: ") + keys.join(u',')));
        else
            QVERIFY2(keys.contains(expected), qPrintable(QStringLiteral("got: ") + keys.join(u',')));
    }

    // Which answers of a call the check reads: typed words, never the keys of a list answer.
    void scanCallReadsTheCallersWordsOnly()
    {
        Service service;
        service.code = QStringLiteral("TREE");
        service.name = QStringLiteral("Tree down");
        auto attribute = [](const QString &code, AttributeDatatype type) {
            ServiceAttribute a;
            a.code = code;
            a.datatype = type;
            return a;
        };
        service.attributes = {attribute(QStringLiteral("what"), AttributeDatatype::Text),
                              attribute(QStringLiteral("where"), AttributeDatatype::String),
                              attribute(QStringLiteral("hazard"), AttributeDatatype::SingleValueList),
                              attribute(QStringLiteral("tags"), AttributeDatatype::MultiValueList),
                              attribute(QStringLiteral("count"), AttributeDatatype::Number)};
        Catalog catalog;
        catalog.addService(service);

        CallSession call;
        call.serviceQuery = QStringLiteral("tree");
        call.serviceCode = QStringLiteral("TREE");
        call.description = QStringLiteral("a large branch fell on the pavement");
        call.attributes = {{QStringLiteral("hazard"), {QStringLiteral("fire")}},
                           {QStringLiteral("tags"), {QStringLiteral("smoke"), QStringLiteral("gun")}},
                           {QStringLiteral("where"), {QStringLiteral("outside number 12")}},
                           {QStringLiteral("unknown"), {QStringLiteral("the house is on fire")}}};
        const EmergencyDetector detector;
        QCOMPARE(EmergencyDetector::callText(call, catalog),
                 QStringLiteral("tree\na large branch fell on the pavement\noutside number 12"));
        QVERIFY(detector.scanCall(call, catalog).isEmpty());

        call.attributes.insert(QStringLiteral("what"), {QStringLiteral("the house is on fire")});
        const QList<EmergencyAlert> alerts = detector.scanCall(call, catalog);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().key, QStringLiteral("fire"));

        // Without the service in the catalogue no answer is read, only the typed words.
        call.serviceCode = QStringLiteral("GONE");
        QCOMPARE(EmergencyDetector::callText(call, catalog),
                 QStringLiteral("tree\na large branch fell on the pavement"));
    }

    void configurableTriggers()
    {
        QJsonObject config = EmergencyDetector::defaultConfiguration();
        QJsonArray triggers = config.value(QStringLiteral("triggers")).toArray();
        triggers.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("lava")},
                                    {QStringLiteral("label"), QStringLiteral("Lava")},
                                    {QStringLiteral("patterns"), QJsonArray{QStringLiteral("\\blava\\b")}},
                                    {QStringLiteral("services"), QJsonArray{QStringLiteral("TREE_DOWN")}}});
        config.insert(QStringLiteral("triggers"), triggers);
        const EmergencyDetector d = EmergencyDetector::fromJson(config, QStringLiteral("test.json"));
        QCOMPARE(d.scan(QStringLiteral("there is lava on the sidewalk")).value(0).key,
                 QStringLiteral("lava"));
        QCOMPARE(d.scan(QStringLiteral("branch down"), QStringLiteral("TREE_DOWN")).value(0).key,
                 QStringLiteral("lava"));
        QVERIFY(EmergencyDetector().scan(QStringLiteral("lava")).isEmpty());
    }

    void badConfigurationNamesTheField()
    {
        QJsonObject config = EmergencyDetector::defaultConfiguration();
        QJsonArray triggers = config.value(QStringLiteral("triggers")).toArray();
        triggers.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("bad")},
                                    {QStringLiteral("patterns"), QJsonArray{QStringLiteral("(unclosed")}}});
        config.insert(QStringLiteral("triggers"), triggers);
        try {
            EmergencyDetector::fromJson(config, QStringLiteral("triggers.json"));
            QFAIL("an invalid pattern was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("triggers.json")), qPrintable(e.message()));
            const QString field = QStringLiteral("triggers[%1].patterns").arg(triggers.size() - 1);
            QVERIFY2(e.message().contains(field), qPrintable(e.message()));
        }
    }

    void profileFileReplacesDefaults()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("emergency-triggers.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"format": "civicdesk-emergency-triggers", "triggers": [{"key": "flood", "patterns": ["\\bwater rising\\b"]}]})");
        f.close();
        const EmergencyDetector d = EmergencyDetector::forProfileDirectory(dir.path());
        QCOMPARE(d.triggers().size(), 1);
        QCOMPARE(d.scan(QStringLiteral("the water rising fast")).value(0).key, QStringLiteral("flood"));
        QVERIFY(d.scan(QStringLiteral("house on fire")).isEmpty());
    }
};

CIVICDESK_TEST_MAIN(TestEmergencyDetector)
#include "test_emergencydetector.moc"
