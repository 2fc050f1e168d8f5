// One CSV writer for every export, and every cell a spreadsheet would run as a formula is
// neutralised (issue #13, point 4).
#include "core/csvimport/csvprofile.h"
#include "core/csvimport/csvreader.h"
#include "core/interop/csvwriter.h"
#include "core/interop/requestexporter.h"
#include "core/interop/requestimporter.h"
#include "core/kb/kbformats.h"
#include "core/store/ticketrepository.h"
#include "core/tickets/ticketservice.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

#include <QBuffer>

using namespace civicdesk;

namespace {
QList<QStringList> readCsv(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    core::CsvReader reader(buffer, QStringLiteral("export.csv"));
    QList<QStringList> records;
    QStringList record;
    while (reader.next(record))
        records.append(record);
    return records;
}
} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neutralises_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                 << QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")");
        QTest::newRow("plus") << QStringLiteral("+cmd|' /C calc'!A0")
                              << QStringLiteral("'+cmd|' /C calc'!A0");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(1)") << QStringLiteral("'@SUM(1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("markdown list") << QStringLiteral("- step one") << QStringLiteral("'- step one");
        QTest::newRow("longitude") << QStringLiteral("-93.2650") << QStringLiteral("-93.2650");
        QTest::newRow("exponent") << QStringLiteral("+1.5e3") << QStringLiteral("+1.5e3");
        QTest::newRow("plain") << QStringLiteral("Pothole on Main") << QStringLiteral("Pothole on Main");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("apostrophe before a trigger") << QStringLiteral("'=1") << QStringLiteral("''=1");
        QTest::newRow("apostrophe alone") << QStringLiteral("'tis") << QStringLiteral("'tis");
    }

    void neutralises()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(core::CsvWriter::neutralised(text), written);
        QCOMPARE(core::CsvWriter::restored(written), text);
    }

    void quotesAndBom()
    {
        QByteArray out;
        core::CsvWriter writer(out, {true, QByteArrayLiteral("\r\n")});
        writer.writeRow({QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
                         QStringLiteral("=1+1")});
        QVERIFY(out.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(out.mid(3), QByteArray("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",'=1+1\r\n"));
        QCOMPARE(writer.rows(), 1);
        QByteArray plain;
        core::CsvWriter(plain).writeRow({QStringLiteral("x")});
        QCOMPARE(plain, QByteArray("x\r\n"));
    }

    void requestExportNeutralises()
    {
        testsupport::TempProfile profile;
        core::Ticket ticket = testsupport::potholeTicket();
        ticket.description = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")");
        ticket.address = QStringLiteral("@Main Street");
        ticket.longitude = -93.265;
        ticket.latitude = 44.98;
        core::TicketService(profile.store()).create(ticket);

        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        core::RequestExporter::Options options;
        options.format = core::Open311Writer::Format::Csv;
        QCOMPARE(core::RequestExporter(profile.store()).run(buffer, options), 1);
        const QList<QStringList> records = readCsv(buffer.data());
        QCOMPARE(records.size(), 2);
        const QStringList &header = records.at(0);
        const QStringList &row = records.at(1);
        QCOMPARE(row.at(header.indexOf(QStringLiteral("description"))),
                 QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"click\")"));
        QCOMPARE(row.at(header.indexOf(QStringLiteral("address"))), QStringLiteral("'@Main Street"));
        QCOMPARE(row.at(header.indexOf(QStringLiteral("long"))), QStringLiteral("-93.265"));
    }

    void requestExportReadsBackAsWritten()
    {
        testsupport::TempProfile from;
        core::Ticket ticket = testsupport::potholeTicket();
        ticket.description = QStringLiteral("-3 potholes, +1 sinkhole");
        ticket.address = QStringLiteral("@Main Street");
        const core::Ticket saved = core::TicketService(from.store()).create(ticket);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        core::RequestExporter::Options options;
        options.format = core::Open311Writer::Format::Csv;
        QCOMPARE(core::RequestExporter(from.store()).run(buffer, options), 1);

        testsupport::TempProfile to;
        QBuffer exported;
        exported.setData(buffer.data());
        exported.open(QIODevice::ReadOnly);
        core::RequestImporter importer(to.store(), true);
        importer.readCsv(exported, QStringLiteral("export.csv"),
                         core::CsvProfile::load(QStringLiteral("civicdesk")));
        importer.commit();
        const auto back =
            core::TicketRepository(to.store().database()).findByReference(saved.referenceNumber);
        QVERIFY(back);
        QCOMPARE(back->description, ticket.description);
        QCOMPARE(back->address, ticket.address);
    }

    void kbExportNeutralisesAndReadsBack()
    {
        core::Article article;
        article.id = QStringLiteral("csv-injection");
        article.title = QStringLiteral("+1 trick title");
        article.answerMarkdown = QStringLiteral("- bring the bin to the kerb\n- before 7 am");
        article.keywords = {QStringLiteral("=cmd"), QStringLiteral("trash")};
        article.reviewBy = QDate(2030, 1, 1);
        const QByteArray csv = core::kbformats::toCsv({article});
        const QList<QStringList> records = readCsv(csv);
        QCOMPARE(records.size(), 2);
        const QStringList &header = records.at(0);
        for (const QString &cell : records.at(1))
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.at(0)), qPrintable(cell));
        QCOMPARE(records.at(1).at(header.indexOf(QStringLiteral("title"))),
                 QStringLiteral("'+1 trick title"));

        const QList<core::Article> back = core::kbformats::parseCsv(csv, QStringLiteral("kb.csv"));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.at(0).title, article.title);
        QCOMPARE(back.at(0).answerMarkdown, article.answerMarkdown);
        QCOMPARE(back.at(0).keywords.at(0), QStringLiteral("=cmd"));
    }
};

CIVICDESK_TEST_MAIN(TestCsvWriter)
#include "test_csvwriter.moc"
