#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/exports/queuecsvexport.h"
#include "core/interop/csvwriter.h"
#include "core/tickets/ticketservice.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "support/ticketfactory.h"

#include <QFile>
#include <QTemporaryDir>

using namespace civicdesk::core;
using civicdesk::testsupport::TempProfile;

class TestQueueCsvExport : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 3), QTime(15, 0), QTimeZone::utc())};

private Q_SLOTS:
    void init() { Clock::setCurrent(&m_clock); }
    void cleanup() { Clock::setCurrent(nullptr); }

    void neutralisesAndQuotes_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                 << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+A1") << QStringLiteral("'+A1");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("plain number") << QStringLiteral("-93.27") << QStringLiteral("-93.27");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("comma") << QStringLiteral("Elm St, 12") << QStringLiteral("\"Elm St, 12\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("plain") << QStringLiteral("Pothole") << QStringLiteral("Pothole");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }
    void neutralisesAndQuotes()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::cell(cell), written.toUtf8());
    }

    void exportsTheViewFieldByField()
    {
        TempProfile p;
        Ticket t = civicdesk::testsupport::potholeTicket();
        t.description = QStringLiteral("=cmd|' /C calc'!A0");
        t.address = QStringLiteral("12 Elm St, Apt \"B\"");
        const Ticket saved = TicketService(p.store()).create(t);
        Ticket other = civicdesk::testsupport::potholeTicket();
        other.serviceCode = QStringLiteral("GRAFFITI");
        other.attributes.clear();
        other.attributes.insert(QStringLiteral("GRAF_SURFACE"), {QStringLiteral("FENCE")});
        other.attributes.insert(QStringLiteral("GRAF_PROPERTY"), {QStringLiteral("PUBLIC")});
        TicketService(p.store()).create(other);

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("potholes.csv"));
        QueueQuery q;
        q.services = {QStringLiteral("POTHOLE")};
        QueueCsvExport::Options options;
        options.columns = {QStringLiteral("reference"), QStringLiteral("description"),
                           QStringLiteral("address"), QStringLiteral("requested"),
                           QStringLiteral("caller_phone")};
        options.bom = true;
        // Asked for caller details by a role that may not have them: refused, no file.
        QVERIFY_THROWS_EXCEPTION(
            Error,
            QueueCsvExport(p.store().database(), p.store().catalog(), Role::CallTaker).write(q, file, [&] {
                auto o = options;
                o.callerDetails = true;
                return o;
            }()));
        QVERIFY(!QFile::exists(file));
        // Not asked: the caller column is left out even for a supervisor.
        QCOMPARE(QueueCsvExport(p.store().database(), p.store().catalog(), Role::Supervisor)
                     .write(q, file, options),
                 1);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(data.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("reference,description,address,requested"));
        const QString requested =
            saved.requestedAt.toTimeZone(QTimeZone("America/New_York")).toString(Qt::ISODate);
        QCOMPARE(lines.at(1), QStringLiteral("%1,'=cmd|' /C calc'!A0,\"12 Elm St, Apt \"\"B\"\"\",%2")
                                  .arg(saved.referenceNumber, requested));

        options.callerDetails = true;
        options.bom = false;
        QCOMPARE(QueueCsvExport(p.store().database(), p.store().catalog(), Role::Supervisor)
                     .write(q, file, options),
                 1);
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList withCaller =
            QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(withCaller.at(0), QStringLiteral("reference,description,address,requested,caller_phone"));
        QVERIFY(withCaller.at(1).endsWith(QStringLiteral(",+15552340198")));
    }

    void unwritableFolderIsAClearError()
    {
        TempProfile p;
        QTemporaryDir dir;
        const QString locked = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkdir(locked));
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::ExeOwner);
        const QueueCsvExport exporter(p.store().database(), p.store().catalog(), Role::Supervisor);
        try {
            exporter.write({}, dir.filePath(QStringLiteral("missing/out.csv")), {});
            QFAIL("wrote into a missing folder");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("does not exist")), qPrintable(e.message()));
        }
        if (QFileInfo(locked).isWritable())
            QSKIP("running as a user who can write anywhere (root)");
        try {
            exporter.write({}, locked + QStringLiteral("/out.csv"), {});
            QFAIL("wrote into a read-only folder");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("is not writable")), qPrintable(e.message()));
        }
    }
};

CIVICDESK_TEST_MAIN(TestQueueCsvExport)
#include "test_queuecsvexport.moc"
