#include "core/catalog/catalog.h"
#include "core/intake/callsession.h"
#include "core/intake/emergencywatch.h"
#include "support/testmain.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace civicdesk::core;

namespace {
QStringList keys(const QList<EmergencyAlert> &alerts)
{
    QStringList k;
    for (const EmergencyAlert &a : alerts)
        k.append(a.key);
    return k;
}

CallSession callSaying(const QString &description)
{
    CallSession s;
    s.description = description;
    return s;
}
} // namespace

class TestEmergencyWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_profile.isValid()); }

    void dismissedWordsStayAwayNewOnesComeBack()
    {
        EmergencyWatch watch(m_profile.path());
        const Catalog catalog;
        const CallSession fire = callSaying(QStringLiteral("the house is on fire"));
        QCOMPARE(keys(watch.alerts(fire, catalog)), QStringList{QStringLiteral("fire")});
        watch.dismiss(fire, catalog);
        QVERIFY(watch.alerts(fire, catalog).isEmpty());
        // The same words typed again in another case are the same alert.
        QVERIFY(watch.alerts(callSaying(QStringLiteral("THE HOUSE IS ON FIRE")), catalog).isEmpty());
        // Other words in the same call raise the banner again, and only for them.
        const CallSession more = callSaying(QStringLiteral("the house is on fire and he has a gun"));
        QCOMPARE(keys(watch.alerts(more, catalog)), QStringList{QStringLiteral("weapon")});
        // A new call starts with nothing dismissed.
        watch.reset();
        QCOMPARE(keys(watch.alerts(fire, catalog)), QStringList{QStringLiteral("fire")});
    }

    void dismissedSetSurvivesAnUndo()
    {
        EmergencyWatch watch(m_profile.path());
        const Catalog catalog;
        const CallSession fire = callSaying(QStringLiteral("the house is on fire"));
        watch.dismiss(fire, catalog);
        const QSet<QString> kept = watch.dismissed();
        QCOMPARE(kept.size(), 1);
        watch.reset();
        watch.setDismissed(kept);
        QVERIFY(watch.alerts(fire, catalog).isEmpty());
    }

    // A profile whose trigger file is broken still gets the built-in triggers.
    void brokenConfigurationFallsBackToTheBuiltInTriggers()
    {
        QTemporaryDir broken;
        QFile file(broken.filePath(QStringLiteral("emergency-triggers.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        EmergencyWatch watch(broken.path());
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("^emergency triggers: .*built-in")));
        QCOMPARE(watch.detector().triggers().size(), EmergencyDetector().triggers().size());
        QCOMPARE(keys(watch.alerts(callSaying(QStringLiteral("the house is on fire")), Catalog())),
                 QStringList{QStringLiteral("fire")});
    }

    // setDetector replaces whatever the profile said (the intake widget's test seam).
    void setDetectorReplacesTheProfiles()
    {
        QJsonObject config = EmergencyDetector::defaultConfiguration();
        config.insert(QStringLiteral("triggers"),
                      QJsonArray{QJsonObject{
                          {QStringLiteral("key"), QStringLiteral("flood")},
                          {QStringLiteral("patterns"), QJsonArray{QStringLiteral("water everywhere")}}}});
        EmergencyWatch watch(m_profile.path());
        watch.setDetector(EmergencyDetector::fromJson(config, QStringLiteral("test.json")));
        const Catalog catalog;
        QVERIFY(watch.alerts(callSaying(QStringLiteral("the house is on fire")), catalog).isEmpty());
        QCOMPARE(keys(watch.alerts(callSaying(QStringLiteral("there is water everywhere")), catalog)),
                 QStringList{QStringLiteral("flood")});
    }

private:
    QTemporaryDir m_profile;
};

CIVICDESK_TEST_MAIN(TestEmergencyWatch)
#include "test_emergencywatch.moc"
