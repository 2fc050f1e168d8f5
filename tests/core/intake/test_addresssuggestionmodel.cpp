#include "core/geo/geocoder.h"
#include "core/intake/addresssuggestionmodel.h"
#include "support/fixturecity.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>

using namespace civicdesk;

class TestAddressSuggestionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completesWhatIsTyped()
    {
        testsupport::TempProfile profile;
        testsupport::fixturecity::importAll(profile.store().database());
        const core::Geocoder geocoder(profile.store().database());
        core::AddressSuggestionModel model(geocoder);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.setQuery(QStringLiteral("12"));
        QCOMPARE(model.rowCount(), 0); // too short to be useful
        model.setQuery(QStringLiteral("12 Ma"));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() <= core::AddressSuggestionModel::kLimit);
        const int row = model.rowOf(QStringLiteral("12 Main Street"));
        QVERIFY2(row >= 0, qPrintable(model.index(0).data().toString()));
        const QModelIndex i = model.index(row);
        QCOMPARE(i.data(Qt::EditRole).toString(), QStringLiteral("12 Main Street"));
        QVERIFY(qAbs(i.data(core::AddressSuggestionModel::LatitudeRole).toDouble() - 45.0002) < 1e-6);
        QVERIFY(qAbs(i.data(core::AddressSuggestionModel::LongitudeRole).toDouble() + 93.008) < 1e-6);
        QCOMPARE(i.data(core::AddressSuggestionModel::KindRole).toString(), QStringLiteral("address"));
        QVERIFY(i.data(core::AddressSuggestionModel::InsideJurisdictionRole).toBool());

        model.setQuery(QStringLiteral("zzzz qqqq"));
        QCOMPARE(model.rowCount(), 0);
        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 0);
    }
};

CIVICDESK_TEST_MAIN(TestAddressSuggestionModel)
#include "test_addresssuggestionmodel.moc"
