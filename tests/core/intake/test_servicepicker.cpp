#include "core/intake/servicematchmodel.h"
#include "core/intake/servicepicker.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>

using namespace civicdesk;
using namespace civicdesk::core;

class TestServicePicker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void synonyms_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        QTest::newRow("pot hole") << "pot hole" << "POTHOLE";
        QTest::newRow("hole in road") << "hole in road" << "POTHOLE";
        QTest::newRow("pothole") << "pothole" << "POTHOLE";
        QTest::newRow("prefix pot") << "pot" << "POTHOLE";
        QTest::newRow("trash") << "trash" << "MISSED_COLLECTION";
        QTest::newRow("garbage") << "garbage" << "MISSED_COLLECTION";
        QTest::newRow("street light") << "street light" << "STREETLIGHT_OUT";
        QTest::newRow("graffiti") << "graffiti" << "GRAFFITI";
        QTest::newRow("typo grafiti") << "grafiti" << "GRAFFITI";
        QTest::newRow("loud music") << "loud music" << "NOISE";
        QTest::newRow("code") << "NOISE" << "NOISE";
        QTest::newRow("upper case") << "POT HOLE" << "POTHOLE";
    }

    void synonyms()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        testsupport::TempProfile profile;
        const ServicePicker picker(profile.store().catalog());
        const QList<ServiceMatch> matches = picker.search(query);
        QVERIFY(!matches.isEmpty());
        QCOMPARE(matches.first().code, first);
    }

    // The words of every language in the catalogue find their service, whatever language the
    // console shows, without accents or hyphens as well as with them.
    void everyLanguage_data()
    {
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        // clang-format off
        QTest::newRow("bache") << "en" << "bache" << "POTHOLE";
        QTest::newRow("Bache, Spanish console") << "es" << "Bache" << "POTHOLE";
        QTest::newRow("nid-de-poule") << "fr" << "nid-de-poule" << "POTHOLE";
        QTest::newRow("nid de poule, English console") << "en" << "nid de poule" << "POTHOLE";
        QTest::newRow("nid-de-poule, Spanish console") << "es" << "nid-de-poule" << "POTHOLE";
        QTest::newRow("basura") << "es" << "basura" << "MISSED_COLLECTION";
        QTest::newRow("farola") << "es" << "farola" << "STREETLIGHT_OUT";
        QTest::newRow("semaforo without accent") << "es" << "semaforo" << "TRAFFIC_SIGNAL";
        QTest::newRow("SEMÁFORO in capitals") << "en" << "SEMÁFORO" << "TRAFFIC_SIGNAL";
        QTest::newRow("lampadaire") << "fr" << "lampadaire" << "STREETLIGHT_OUT";
        QTest::newRow("deneigement without accent") << "fr" << "deneigement" << "SNOW_ICE";
        QTest::newRow("borne d'incendie") << "fr" << "borne d'incendie" << "HYDRANT";
        QTest::newRow("chien errant") << "fr" << "chien errant" << "STRAY_ANIMAL";
        QTest::newRow("perro callejero") << "es" << "perro callejero" << "STRAY_ANIMAL";
        QTest::newRow("English in a French console") << "fr" << "pot hole" << "POTHOLE";
        // clang-format on
    }
    void everyLanguage()
    {
        QFETCH(QString, shown);
        QFETCH(QString, query);
        QFETCH(QString, first);
        testsupport::TempProfile profile;
        const ServicePicker picker(profile.store().catalog(), shown);
        const QList<ServiceMatch> matches = picker.search(query);
        QVERIFY(!matches.isEmpty());
        QCOMPARE(matches.first().code, first);
    }

    // Names, groups and the matched words are shown in the console's language.
    void namesInTheShownLanguage()
    {
        testsupport::TempProfile profile;
        const ServicePicker es(profile.store().catalog(), QStringLiteral("es"));
        ServiceMatch m = es.search(QStringLiteral("pothole")).first();
        QCOMPARE(m.code, QStringLiteral("POTHOLE"));
        QCOMPARE(m.name, QStringLiteral("Bache"));
        QCOMPARE(m.group, QStringLiteral("Calles y aceras"));
        QCOMPARE(es.search(QStringLiteral("bache")).first().matchedOn, QStringLiteral("Bache"));
        const ServicePicker fr(profile.store().catalog(), QStringLiteral("fr"));
        m = fr.search(QStringLiteral("nid de poule")).first();
        QCOMPARE(m.name, QStringLiteral("Nid-de-poule"));
        QCOMPARE(m.group, QStringLiteral("Rues et trottoirs"));
        // An English console names the English service and shows the Spanish word it matched.
        const ServicePicker en(profile.store().catalog());
        m = en.search(QStringLiteral("bache")).first();
        QCOMPARE(m.name, QStringLiteral("Pothole"));
        QCOMPARE(m.matchedOn, QStringLiteral("Bache"));
    }

    void normaliseFoldsAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalised");
        // clang-format off
        QTest::newRow("hyphens") << "Nid-de-poule" << "nid de poule";
        QTest::newRow("acute") << "Semáforo" << "semaforo";
        QTest::newRow("tilde") << "Pequeño" << "pequeno";
        QTest::newRow("cedilla and grave") << "Façade à" << "facade a";
        QTest::newRow("ligature") << "Œuvre" << "oeuvre";
        QTest::newRow("apostrophes") << "borne d’incendie, won't" << "borne dincendie wont";
        QTest::newRow("inverted question mark") << "¿Qué tan grande?" << "que tan grande";
        // clang-format on
    }
    void normaliseFoldsAccents()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalised);
        QCOMPARE(ServicePicker::normalise(text), normalised);
    }

    void mostUsedRankFirst()
    {
        testsupport::TempProfile profile;
        ServicePicker picker(profile.store().catalog());
        // "trash" also matches carts and dumping; the exact keyword still wins without usage...
        QCOMPARE(picker.search(QStringLiteral("tras")).first().code, QStringLiteral("MISSED_COLLECTION"));
        // ...and among equally good prefix matches, this call taker's habit decides.
        picker.setUsage({{QStringLiteral("ILLEGAL_DUMPING"), 40}, {QStringLiteral("MISSED_COLLECTION"), 2}});
        const QList<ServiceMatch> m = picker.search(QStringLiteral("tras"));
        QCOMPARE(m.first().code, QStringLiteral("ILLEGAL_DUMPING"));
        // An empty query lists the most used first.
        QCOMPARE(picker.search(QString()).first().code, QStringLiteral("ILLEGAL_DUMPING"));
        QCOMPARE(picker.search(QString()).at(1).code, QStringLiteral("MISSED_COLLECTION"));
        // Usage never lifts a poor match over an exact one.
        picker.setUsage({{QStringLiteral("RECYCLING_CART"), 500}});
        QCOMPARE(picker.search(QStringLiteral("garbage")).first().code, QStringLiteral("MISSED_COLLECTION"));
    }

    void nothingMatchesNonsense()
    {
        testsupport::TempProfile profile;
        QVERIFY(ServicePicker(profile.store().catalog()).search(QStringLiteral("zzqqxx")).isEmpty());
    }

    void model()
    {
        testsupport::TempProfile profile;
        ServiceMatchModel model(profile.store().catalog());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 12);
        model.setQuery(QStringLiteral("hole in road"));
        QCOMPARE(model.index(0).data(ServiceMatchModel::CodeRole).toString(), QStringLiteral("POTHOLE"));
        QVERIFY(model.index(0).data().toString().contains(QStringLiteral("hole in road")));
        model.setQuery(QStringLiteral("zzqqxx"));
        QCOMPARE(model.rowCount(), 0);
    }
};

CIVICDESK_TEST_MAIN(TestServicePicker)
#include "test_servicepicker.moc"
