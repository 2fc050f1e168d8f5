#include "core/interop/importpreviewmodel.h"
#include "core/store/ticketrepository.h"
#include "core/tickets/ticketservice.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"
#include "widgets/interop/exportdialog.h"
#include "widgets/interop/importdialog.h"
#include "widgets/shell/filedialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace civicdesk;

namespace {
QString fixture(const char *name)
{
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/core/open311/fixtures/") + QLatin1String(name);
}

qint64 ticketCount(core::LocalStore &store)
{
    return core::TicketRepository(store.database()).count();
}
} // namespace

class TestInteropDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importPreviewsThenImports()
    {
        testsupport::TempProfile p;
        widgets::ImportDialog dialog(p.store());
        QAbstractItemModelTester tester(dialog.previewModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.sourceCombo()->setCurrentIndex(dialog.sourceCombo()->findData(QStringLiteral("la")));
        dialog.fileEdit()->setText(fixture("la_myla311_sample.csv"));
        Q_EMIT dialog.fileEdit()->editingFinished();
        QCOMPARE(dialog.previewModel()->rowCount(), 5); // four tickets and one row that will be skipped
        QVERIFY(
            dialog.previewModel()->mapping().contains(QStringLiteral("SRNumber \u2192 service_request_id")));
        const QModelIndex problem = dialog.previewModel()->index(3, core::ImportPreviewModel::Problem);
        QVERIFY(problem.data().toString().contains(QStringLiteral("yesterday")));
        QVERIFY(dialog.importButton()->isEnabled());

        QSignalSpy spy(&dialog, &widgets::ImportDialog::importFinished);
        dialog.importButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
        QCOMPARE(spy.first().first().toBool(), true);
        QVERIFY2(dialog.summaryLabel()->text().startsWith(QStringLiteral("imported 4, skipped 1")),
                 qPrintable(dialog.summaryLabel()->text()));
        QCOMPARE(ticketCount(p.store()), 4);
    }

    // Browse... as the user clicks it, with the file picker's answer given in advance.
    void browseChoosesTheFileAndItsFormat()
    {
        testsupport::TempProfile p;
        widgets::ImportDialog dialog(p.store());
        auto *browse = dialog.findChild<QPushButton *>(QStringLiteral("importBrowse"));
        QVERIFY(browse);
        dialog.sourceCombo()->setCurrentIndex(dialog.sourceCombo()->findData(QStringLiteral("boston")));
        widgets::FileDialog::setNextFileName({}); // cancelled: nothing changes
        browse->click();
        QVERIFY(dialog.fileEdit()->text().isEmpty());
        widgets::FileDialog::setNextFileName(fixture("la_myla311_sample.csv"));
        browse->click();
        QCOMPARE(dialog.fileEdit()->text(), fixture("la_myla311_sample.csv"));
        QCOMPARE(dialog.sourceCombo()->currentData().toString(), QStringLiteral("la"));
        QCOMPARE(dialog.previewModel()->rowCount(), 5);
    }

    // The format follows the file chosen: its extension and its first bytes, decided in core.
    void formatIsPickedFromTheFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("source");
        QTest::newRow("LA CSV") << "la.csv" << QByteArray() << "la";
        QTest::newRow("JSON requests as .txt")
            << "export.txt"
            << QByteArray(R"([{"service_request_id": "1", "requested_datetime": "2024-01-01T10:00:00Z"}])")
            << "open311";
        QTest::newRow("XML services")
            << "services.xml"
            << QByteArray("<?xml version=\"1.0\"?><services><service><service_code>1</service_code>"
                          "<metadata>false</metadata></service></services>")
            << "open311-services";
        QTest::newRow("CivicDesk CSV with BOM")
            << "mine.csv"
            << QByteArray("\xEF\xBB\xBFservice_request_id,status,service_code,service_name,description,"
                          "requested_datetime,address,lat,long\n")
            << "civicdesk";
    }

    void formatIsPickedFromTheFile()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, source);
        testsupport::TempProfile p;
        QTemporaryDir dir;
        QString path = fixture("la_myla311_sample.csv");
        if (!content.isEmpty()) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
            path = f.fileName();
        }
        widgets::ImportDialog dialog(p.store());
        dialog.sourceCombo()->setCurrentIndex(dialog.sourceCombo()->findData(QStringLiteral("boston")));
        dialog.fileEdit()->setText(path);
        Q_EMIT dialog.fileEdit()->editingFinished();
        QCOMPARE(dialog.sourceCombo()->currentData().toString(), source);
        QVERIFY2(dialog.detectedFormatLabel()->text().startsWith(QStringLiteral("Recognised: ")),
                 qPrintable(dialog.detectedFormatLabel()->text()));
    }

    void badFileShowsTheReason()
    {
        testsupport::TempProfile p;
        widgets::ImportDialog dialog(p.store());
        dialog.fileEdit()->setText(fixture("la_myla311_sample.csv"));
        Q_EMIT dialog.fileEdit()->editingFinished();
        // The user overrides the recognised format with a wrong one: the preview says why not.
        dialog.sourceCombo()->setCurrentIndex(dialog.sourceCombo()->findData(QStringLiteral("sf")));
        QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("CaseID")));
        QVERIFY(!dialog.importButton()->isEnabled());
    }

    void cancelLeavesNothingImported()
    {
        testsupport::TempProfile p;
        QTemporaryDir dir;
        QFile csv(dir.filePath(QStringLiteral("many.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Ticket,Opened,Type\n");
        for (int i = 0; i < 50000; ++i)
            csv.write(QStringLiteral("T%1,2024-01-01T10:00:00Z,Something new\n").arg(i).toUtf8());
        csv.close();
        QFile map(dir.filePath(QStringLiteral("map.json")));
        QVERIFY(map.open(QIODevice::WriteOnly));
        map.write("{\"columns\":{\"service_request_id\":\"Ticket\",\"requested_datetime\":\"Opened\","
                  "\"service_name\":\"Type\"}}");
        map.close();

        widgets::ImportDialog dialog(p.store());
        dialog.sourceCombo()->setCurrentIndex(dialog.sourceCombo()->count() - 1); // with a mapping file
        dialog.findChildren<QLineEdit *>().at(1)->setText(map.fileName());
        dialog.fileEdit()->setText(csv.fileName());
        Q_EMIT dialog.fileEdit()->editingFinished();
        QCOMPARE(dialog.previewModel()->rowCount(), core::ImportPreviewModel::kRows);
        QSignalSpy spy(&dialog, &widgets::ImportDialog::importFinished);
        dialog.importButton()->click();
        QVERIFY(dialog.isRunning());
        dialog.cancelButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 60000);
        QCOMPARE(spy.first().first().toBool(), false);
        QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("cancelled")),
                 qPrintable(dialog.summaryLabel()->text()));
        QCOMPARE(ticketCount(p.store()), 0);
        QVERIFY(!p.store().catalog().service(QStringLiteral("SOMETHING_NEW")));
    }

    void exportWritesTheFile()
    {
        testsupport::TempProfile p;
        QList<core::Ticket> tickets;
        for (int i = 0; i < 25; ++i) {
            core::Ticket t = testsupport::potholeTicket();
            t.caller = {};
            tickets.append(t);
        }
        core::TicketService(p.store()).addAll(tickets);
        QTemporaryDir dir;
        widgets::ExportDialog dialog(p.store());
        QVERIFY(dialog.preview()->toPlainText().startsWith(u'['));
        dialog.formatCombo()->setCurrentIndex(1);
        QVERIFY(dialog.preview()->toPlainText().startsWith(QStringLiteral("<?xml")));
        dialog.formatCombo()->setCurrentIndex(0);
        dialog.extensionsCheck()->setChecked(true);
        dialog.fileEdit()->setText(dir.filePath(QStringLiteral("out.json")));
        QSignalSpy spy(&dialog, &widgets::ExportDialog::exportFinished);
        dialog.exportButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 20000);
        QCOMPARE(spy.first().first().toBool(), true);
        QFile out(dir.filePath(QStringLiteral("out.json")));
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(out.readAll()).array();
        QCOMPARE(array.size(), 25);
        QVERIFY(array.first().toObject().contains(QStringLiteral("extended_attributes")));

        // The same name again: it asks first, and Cancel (the default) keeps the file as it is.
        out.close();
        const auto contents = [&out] {
            QFile f(out.fileName());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        {
            QFile mine(out.fileName());
            QVERIFY(mine.open(QIODevice::WriteOnly | QIODevice::Truncate));
            mine.write("the caller's own notes");
        }
        dialog.exportButton()->click();
        QTRY_VERIFY(dialog.replaceConfirmation() && dialog.replaceConfirmation()->isVisible());
        QMessageBox *ask = dialog.replaceConfirmation();
        QVERIFY(ask->text().contains(QStringLiteral("out.json")));
        QCOMPARE(ask->defaultButton(), ask->button(QMessageBox::Cancel));
        ask->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!ask->isVisible());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(contents(), QByteArray("the caller's own notes"));
        // Replace writes it.
        dialog.exportButton()->click();
        QTRY_VERIFY(ask->isVisible());
        ask->findChild<QPushButton *>(QStringLiteral("replaceButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 20000);
        QCOMPARE(QJsonDocument::fromJson(contents()).array().size(), 25);
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestInteropDialogs)
#include "test_interopdialogs.moc"
