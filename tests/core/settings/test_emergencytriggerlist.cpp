// The 911 triggers as Preferences edits them: a saved list reads back and drives the detector;
// a bad list is refused naming the trigger and field, and the profile's file stays as it was.
#include "core/domain/error.h"
#include "core/settings/emergencytriggerlist.h"
#include "support/testmain.h"

#include <QFile>
#include <QTemporaryDir>

using namespace civicdesk;

class TestEmergencyTriggerList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInWithoutFile()
    {
        QTemporaryDir dir;
        const core::EmergencyTriggerList list = core::EmergencyTriggerList::load(dir.path());
        QVERIFY(!list.custom);
        QCOMPARE(list.triggers.size(), core::EmergencyDetector().triggers().size());
        QVERIFY(!list.negations.isEmpty());
    }

    void savedListReadsBackAndDrivesTheDetector()
    {
        QTemporaryDir dir;
        core::EmergencyTriggerList list = core::EmergencyTriggerList::load(dir.path());
        core::EmergencyTrigger flood;
        flood.key = QStringLiteral("flood");
        flood.label = QStringLiteral("Flooding");
        flood.patterns = {QStringLiteral("\\bwater (is )?rising\\b")};
        flood.exceptions = {QStringLiteral("\\bwater rising slowly\\b")};
        list.triggers.append(flood);
        list.save(dir.path());
        const core::EmergencyTriggerList back = core::EmergencyTriggerList::load(dir.path());
        QVERIFY(back.custom);
        QCOMPARE(back.triggers.size(), list.triggers.size());
        QCOMPARE(back.triggers.last().patterns, flood.patterns);
        QCOMPARE(back.triggers.last().exceptions, flood.exceptions);
        QCOMPARE(back.negations, list.negations);
        const auto detector = core::EmergencyDetector::forProfileDirectory(dir.path());
        QCOMPARE(detector.scan(QStringLiteral("the water is rising in the basement")).value(0).key,
                 QStringLiteral("flood"));
        // Negations still apply to the new trigger.
        QVERIFY(detector.scan(QStringLiteral("no water rising now")).isEmpty());
        core::EmergencyTriggerList::reset(dir.path());
        QVERIFY(!core::EmergencyTriggerList::load(dir.path()).custom);
    }

    void badListIsRefusedNamingTriggerAndField_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad regex") << QStringLiteral("regex") << QStringLiteral("triggers[1].patterns");
        QTest::newRow("no key") << QStringLiteral("key") << QStringLiteral("triggers[1].key");
        QTest::newRow("duplicate key") << QStringLiteral("duplicate") << QStringLiteral("triggers[1].key");
        QTest::newRow("no patterns") << QStringLiteral("nopatterns") << QStringLiteral("triggers[1]");
        QTest::newRow("blank pattern") << QStringLiteral("blank") << QStringLiteral("triggers[1].patterns");
        QTest::newRow("empty list") << QStringLiteral("empty") << QStringLiteral("triggers");
    }
    void badListIsRefusedNamingTriggerAndField()
    {
        QFETCH(QString, problem);
        QFETCH(QString, field);
        QTemporaryDir dir;
        core::EmergencyTriggerList good;
        good.triggers = {
            core::EmergencyTrigger{
                QStringLiteral("fire"), QStringLiteral("Fire"), {QStringLiteral("\\bfire\\b")}, {}, {}, {}},
            core::EmergencyTrigger{QStringLiteral("gas"),
                                   QStringLiteral("Gas"),
                                   {QStringLiteral("\\bgas leak\\b")},
                                   {},
                                   {},
                                   {}}};
        good.save(dir.path());
        QFile file(core::EmergencyTriggerList::filePath(dir.path()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        core::EmergencyTriggerList bad = good;
        core::EmergencyTrigger &t = bad.triggers[1];
        if (problem == QLatin1String("regex"))
            t.patterns = {QStringLiteral("\\bgas (leak")};
        else if (problem == QLatin1String("key"))
            t.key.clear();
        else if (problem == QLatin1String("duplicate"))
            t.key = QStringLiteral("fire");
        else if (problem == QLatin1String("nopatterns"))
            t.patterns.clear();
        else if (problem == QLatin1String("blank"))
            t.patterns = {QStringLiteral("  ")};
        else
            bad.triggers.clear();
        try {
            bad.save(dir.path());
            QFAIL("saved");
        } catch (const core::Error &e) {
            QCOMPARE(e.fieldErrors().value(0).field, field);
            QVERIFY2(e.message().contains(field), qPrintable(e.message()));
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void damagedFileGivesBuiltInAndTheProblem()
    {
        QTemporaryDir dir;
        QFile f(core::EmergencyTriggerList::filePath(dir.path()));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"format\": \"civicdesk-emergency-triggers\", \"triggers\": [");
        f.close();
        QString problem;
        const core::EmergencyTriggerList list = core::EmergencyTriggerList::load(dir.path(), &problem);
        QVERIFY(!list.custom);
        QVERIFY2(problem.contains(QStringLiteral("emergency-triggers.json")), qPrintable(problem));
    }
};

CIVICDESK_TEST_MAIN(TestEmergencyTriggerList)
#include "test_emergencytriggerlist.moc"
