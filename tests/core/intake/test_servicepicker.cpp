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
