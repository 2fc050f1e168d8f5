#include "core/csvimport/csvreader.h"
#include "core/domain/error.h"
#include "support/testmain.h"

#include <QBuffer>
#include <QTemporaryDir>

using namespace civicdesk;

namespace {
QList<QStringList> readAll(const QByteArray &data, qsizetype limit = core::CsvReader::kDefaultMaxRecordBytes,
                           QList<qint64> *lines = nullptr)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    core::CsvReader reader(buffer, QStringLiteral("t.csv"), limit);
    QList<QStringList> rows;
    QStringList fields;
    while (reader.next(fields)) {
        rows.append(fields);
        if (lines)
            lines->append(reader.line());
    }
    return rows;
}

QString errorOf(const QByteArray &data)
{
    try {
        readAll(data);
    } catch (const core::Error &e) {
        return e.message();
    }
    return {};
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc4180()
    {
        QList<qint64> lines;
        const auto rows =
            readAll("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n,,\r\nlast,row,\"\"\r\n",
                    1 << 20, &lines);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(1), (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""),
                                          QStringLiteral("two\nlines")}));
        QCOMPARE(rows.at(2), (QStringList{QString(), QString(), QString()}));
        QCOMPARE(rows.at(3).last(), QString());
        QCOMPARE(lines, (QList<qint64>{1, 2, 4, 5})); // physical lines, past the quoted newline
    }

    void lfOnlyBomAndNoFinalNewline()
    {
        const auto rows = readAll("\xEF\xBB\xBFid,name\n1,caf\xC3\xA9\n2,x");
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).first(), QStringLiteral("id")); // the BOM is not part of the first name
        QCOMPARE(rows.at(1).last(), QStringLiteral("café"));
        QCOMPARE(rows.at(2).last(), QStringLiteral("x"));
    }

    void latin1IsRefusedWithAClearMessage()
    {
        const QString message = errorOf("id,name\n1,ok\n2,caf\xE9\n");
        QVERIFY2(message.startsWith(QStringLiteral("t.csv:3: field 2 is not UTF-8 (byte 0xe9")),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("Latin-1")));
        QVERIFY(message.contains(QStringLiteral("iconv")));
        QVERIFY(errorOf("\xFF\xFEi\0d\0").contains(QStringLiteral("UTF-16")));
    }

    void truncatedQuotedFieldIsAnError()
    {
        const QString message = errorOf("id,text\n1,\"ok\"\n2,\"never closed\nmore\n");
        QVERIFY2(message.startsWith(QStringLiteral("t.csv:3: the file ends inside a quoted field")),
                 qPrintable(message));
    }

    void recordLongerThanTheLimitIsRefused()
    {
        const QString message = [] {
            try {
                readAll("id\n" + QByteArray(5000, 'x') + "\n", 1000);
            } catch (const core::Error &e) {
                return e.message();
            }
            return QString();
        }();
        QVERIFY2(message.startsWith(QStringLiteral("t.csv:2: a record longer than 1000 bytes")),
                 qPrintable(message));
    }

    void recordsAcrossReadChunks()
    {
        // More than one 256 KiB read: fields, quotes, CRLFs and multi-byte characters fall across
        // the reads' edges, and each must come out whole, with its line and the bytes counted.
        QByteArray data = "id,text,note\r\n";
        QList<QStringList> expected;
        for (int i = 0; i < 20000; ++i) {
            const QByteArray n = QByteArray::number(i);
            data += n + ",\"caf\xC3\xA9 \"\"" + n + "\"\", a\r\nb\",plain " + n + " text\r\n";
            expected.append({QString::number(i), QStringLiteral("café \"%1\", a\nb").arg(i),
                             QStringLiteral("plain %1 text").arg(i)});
        }
        QVERIFY(data.size() > 2 * 256 * 1024);
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        core::CsvReader reader(buffer, QStringLiteral("t.csv"));
        QStringList fields;
        QVERIFY(reader.next(fields));
        for (int i = 0; i < expected.size(); ++i) {
            QVERIFY(reader.next(fields));
            QCOMPARE(fields, expected.at(i));
            QCOMPARE(reader.line(), 2 + 2 * i); // each record spans two lines
        }
        QVERIFY(!reader.next(fields));
        QCOMPARE(reader.position(), data.size());
    }

    void hundredMegabyteLineDoesNotEatMemory()
    {
        // Written at test time, never stored in the repository.
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("huge.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,text\n1,");
        const QByteArray chunk(1024 * 1024, 'a');
        for (int i = 0; i < 100; ++i)
            QCOMPARE(file.write(chunk), chunk.size());
        file.write("\n");
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        core::CsvReader reader(file, file.fileName());
        QStringList fields;
        QVERIFY(reader.next(fields));
        QVERIFY_THROWS_EXCEPTION(core::Error, reader.next(fields));
        // It stopped right after the limit instead of reading the whole line into memory.
        QVERIFY(reader.position() < 2 * core::CsvReader::kDefaultMaxRecordBytes);
        QVERIFY(file.pos() < 4 * core::CsvReader::kDefaultMaxRecordBytes);
    }
};

CIVICDESK_TEST_MAIN(TestCsvReader)
#include "test_csvreader.moc"
