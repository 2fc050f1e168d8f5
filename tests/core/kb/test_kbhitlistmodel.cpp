// KbHitListModel under QAbstractItemModelTester, filled from a real search.
#include "core/kb/kbhitlistmodel.h"
#include "core/kb/kbrepository.h"
#include "core/kb/kbsearch.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QAbstractItemModelTester>

using namespace civicdesk;

class TestKbHitListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void model()
    {
        testsupport::TempProfile p;
        core::KbRepository(p.store().database()).ensureBuiltIn();
        const core::KbSearch search(p.store().database());
        core::KbHitListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        core::KbQuery q;
        q.text = QStringLiteral("pothole");
        model.setHits(search.search(q));
        QVERIFY(model.rowCount() > 0);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(core::KbHitListModel::IdRole).toString(), QStringLiteral("kb-svc-pothole"));
        QCOMPARE(first.data().toString(), QStringLiteral("Report a pothole"));
        QCOMPARE(first.data(core::KbHitListModel::RankRole).toInt(), 1);
        QVERIFY(first.data(core::KbHitListModel::SnippetRole).toString().contains(core::KbHit::kHighlightStart));
        QVERIFY(!first.data(Qt::ToolTipRole).toString().contains(core::KbHit::kHighlightStart));
        QCOMPARE(first.data(core::KbHitListModel::ServiceCodesRole).toStringList(), QStringList{QStringLiteral("POTHOLE")});
        model.setHits({});
        QCOMPARE(model.rowCount(), 0);
    }
};

CIVICDESK_TEST_MAIN(TestKbHitListModel)
#include "test_kbhitlistmodel.moc"
