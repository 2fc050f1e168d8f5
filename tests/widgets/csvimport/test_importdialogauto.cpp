// The Import dialog with "detect the city's export (auto)": the preview names what it found,
// and the import reads the file under that profile.
#include "core/interop/importpreviewmodel.h"
#include "core/store/ticketrepository.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/interop/importdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace civicdesk;

class TestImportDialogAuto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsThenImports()
    {
        testsupport::TempProfile p;
        widgets::ImportDialog dialog(p.store());
        QAbstractItemModelTester tester(dialog.previewModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.resize(1000, 640);
        dialog.sourceCombo()->setCurrentIndex(dialog.sourceCombo()->findData(QStringLiteral("auto")));
        dialog.fileEdit()->setText(
            QStringLiteral(QT_TESTCASE_SOURCEDIR "/core/csvimport/fixtures/sf_api.csv"));
        Q_EMIT dialog.fileEdit()->editingFinished();
        QCOMPARE(dialog.previewModel()->rowCount(), 3);
        QCOMPARE(dialog.previewModel()->mapping().value(0),
                 QStringLiteral("looks like DataSF 311 Cases, API export"));
        // The mapping names the file's columns, not the profile's portal names.
        QVERIFY(
            dialog.previewModel()->mapping().contains(QStringLiteral("closed_date \u2192 closed_datetime")));
        QVERIFY(
            dialog.previewModel()->mapping().contains(QStringLiteral("service_details \u2192 description")));
        if (qEnvironmentVariableIsSet("CIVICDESK_SCREENSHOT_DIR")) { // for a person to look at, not checked
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(qEnvironmentVariable("CIVICDESK_SCREENSHOT_DIR") +
                               QStringLiteral("/import-auto.png"));
        }

        QSignalSpy spy(&dialog, &widgets::ImportDialog::importFinished);
        dialog.importButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
        QVERIFY2(spy.first().first().toBool(), qPrintable(dialog.summaryLabel()->text()));
        QVERIFY2(dialog.summaryLabel()->text().startsWith(QStringLiteral("imported 3, skipped 0")),
                 qPrintable(dialog.summaryLabel()->text()));
        QCOMPARE(core::TicketRepository(p.store().database()).count(), 3);
    }

    void unknownLayoutSaysWhy()
    {
        testsupport::TempProfile p;
        widgets::ImportDialog dialog(p.store());
        dialog.sourceCombo()->setCurrentIndex(dialog.sourceCombo()->findData(QStringLiteral("auto")));
        dialog.fileEdit()->setText(
            QStringLiteral(QT_TESTCASE_SOURCEDIR "/core/csvimport/fixtures/publicstuff_requests.csv"));
        Q_EMIT dialog.fileEdit()->editingFinished();
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("no built-in profile")),
                 qPrintable(dialog.summaryLabel()->text()));
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestImportDialogAuto)
#include "test_importdialogauto.moc"
