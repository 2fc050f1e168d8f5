// Import and export formats: JSON Lines, CSV and Markdown with front matter. Every bad file is
// refused with its line and field named, and a refused import leaves the store as it was.
#include "core/domain/error.h"
#include "core/kb/kbformats.h"
#include "core/kb/kbjson.h"
#include "core/kb/kbrepository.h"
#include "support/tempprofile.h"
#include "support/testmain.h"

#include <QTemporaryDir>

using namespace civicdesk;

namespace {
QByteArray line(const QString &id, const QString &title = QStringLiteral("A title"))
{
    return QStringLiteral(R"({"id": "%1", "title": "%2", "answer_markdown": "An answer."})").arg(id, title).toUtf8();
}

bool sameAll(const QList<core::Article> &a, const QList<core::Article> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).sameContent(b.at(i))) {
            qWarning() << "differs:" << a.at(i).id;
            return false;
        }
    }
    return true;
}
} // namespace

class TestKbFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minimalJsonLine()
    {
        const auto list = core::kbjson::parseJsonLines(
            R"({"title": "Leaf Collection Dates!", "answer_markdown": "Leaves go out in **October**."})" "\n\n", QStringLiteral("x.jsonl"));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, QStringLiteral("leaf-collection-dates"));
        QCOMPARE(list.first().state, QStringLiteral("published"));
        QCOMPARE(list.first().language, QStringLiteral("en"));
        QCOMPARE(list.first().audience, QStringLiteral("public"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed line") << line(QStringLiteral("a")) + "\n" + line(QStringLiteral("b")) + "\n{\"title\": \"x\",\n"
                                        << "kb.jsonl:3:";
        QTest::newRow("not an object") << line(QStringLiteral("a")) + "\n[1, 2]\n" << "kb.jsonl:2: each line must be one JSON object";
        QTest::newRow("missing title") << line(QStringLiteral("a")) + "\n{\"id\": \"b\", \"answer_markdown\": \"x\"}\n"
                                       << "kb.jsonl:2: title: is required";
        QTest::newRow("missing answer") << QByteArray("{\"title\": \"b\"}") << "kb.jsonl:1: answer_markdown: is required";
        QTest::newRow("duplicate id") << line(QStringLiteral("a")) + "\n" + line(QStringLiteral("b")) + "\n" + line(QStringLiteral("a"))
                                      << "kb.jsonl:3: id: duplicate id \"a\" (first used at ";
        QTest::newRow("huge article")
            << QStringLiteral(R"({"title": "Big", "answer_markdown": "%1"})").arg(QString(70000, u'x')).toUtf8()
            << "kb.jsonl:1: answer_markdown: article is too large";
        QTest::newRow("invalid utf-8") << line(QStringLiteral("a")) + "\n{\"title\": \"caf\xe9\", \"answer_markdown\": \"x\"}\n"
                                       << "kb.jsonl:2: invalid UTF-8";
        QTest::newRow("wrong type") << QByteArray(R"({"title": 5, "answer_markdown": "x"})") << "kb.jsonl:1: title: must be a string";
        QTest::newRow("unknown state") << QByteArray(R"({"title": "t", "answer_markdown": "x", "state": "gone"})")
                                       << "kb.jsonl:1: state: \"gone\" is not one of";
        QTest::newRow("unknown field") << QByteArray(R"({"title": "t", "answer_markdown": "x", "colour": "red"})")
                                       << "kb.jsonl:1: colour: unknown field";
        QTest::newRow("bad date") << QByteArray(R"({"title": "t", "answer_markdown": "x", "review_by": "soon"})")
                                  << "kb.jsonl:1: review_by:";
        QTest::newRow("bad list") << QByteArray(R"({"title": "t", "answer_markdown": "x", "keywords": [1]})")
                                  << "kb.jsonl:1: keywords: must be an array of strings";
    }
    void badInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        testsupport::TempProfile p;
        const core::KbRepository repo(p.store().database());
        repo.importAll(core::kbjson::parseJsonLines(line(QStringLiteral("existing")), QStringLiteral("seed")), QStringLiteral("t"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kb.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        file.close();
        try {
            repo.importAll(core::kbformats::read(path), QStringLiteral("t"));
            QFAIL("the import was accepted");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().contains(dir.filePath(message)), qPrintable(e.message()));
        }
        QCOMPARE(repo.count(), 1);
    }

    void storeRejectsInvalidArticleAtomically()
    {
        // The repository checks again, inside its transaction, whatever the source.
        testsupport::TempProfile p;
        const core::KbRepository repo(p.store().database());
        auto list = core::kbjson::parseJsonLines(line(QStringLiteral("a")) + "\n" + line(QStringLiteral("b")), QStringLiteral("x"));
        list[1].title.clear();
        QVERIFY_THROWS_EXCEPTION(core::Error, repo.importAll(list, QStringLiteral("t")));
        QCOMPARE(repo.count(), 0);
    }

    void jsonLinesRoundTrip()
    {
        const auto builtIn = core::KbRepository::builtInArticles();
        QCOMPARE(builtIn.size(), 192);
        QVERIFY(sameAll(core::kbjson::parseJsonLines(core::kbjson::toJsonLines(builtIn), QStringLiteral("x")), builtIn));
    }

    void csvRoundTrip()
    {
        const auto builtIn = core::KbRepository::builtInArticles();
        const QByteArray csv = core::kbformats::toCsv(builtIn);
        QVERIFY(sameAll(core::kbformats::parseCsv(csv, QStringLiteral("kb.csv")), builtIn));
    }

    void csvErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown column") << QByteArray("title,colour\nx,red\n") << "kb.csv:1: unknown column \"colour\"";
        QTest::newRow("cell count") << QByteArray("title,answer_markdown\nx,y\nz\n") << "kb.csv:3: 1 cells";
        QTest::newRow("missing title") << QByteArray("title,answer_markdown\nx,y\n,\"multi\nline\"\n") << "kb.csv:3: title: is required";
        QTest::newRow("unclosed quote") << QByteArray("title,answer_markdown\nx,\"y\n") << "kb.csv:2: the file ends inside a quoted field";
        QTest::newRow("invalid utf-8") << QByteArray("title,answer_markdown\nx,y\nz,\xff\n") << "kb.csv:3: field 2 is not UTF-8";
        QTest::newRow("utf-16") << QByteArray("\xff\xfe" "t") << "kb.csv:1: the file is UTF-16";
        QTest::newRow("duplicate") << QByteArray("id,title,answer_markdown\na,x,y\na,z,w\n") << "kb.csv:3: id: duplicate id";
    }
    void csvBomCrlfAndBlankLines()
    {
        // Spreadsheet exports: a byte-order mark, CRLF line ends, blank lines, a quoted cell
        // spanning lines. The article keeps its line number for messages after the quoted cell.
        const QByteArray csv = "\xEF\xBB\xBFid,title,answer_markdown,keywords\r\n\r\n"
                               "a,Leaf pickup,\"Bag them,\r\nthen call\",leaves | yard waste\r\n"
                               "b,,y,z\r\n";
        try {
            core::kbformats::parseCsv(csv, QStringLiteral("kb.csv"));
            QFAIL("accepted an article without a title");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("kb.csv:5: title: is required")), qPrintable(e.message()));
        }
        const auto list = core::kbformats::parseCsv(csv.left(csv.indexOf("b,,")), QStringLiteral("kb.csv"));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).id, QStringLiteral("a"));
        QCOMPARE(list.at(0).answerMarkdown, QStringLiteral("Bag them,\nthen call"));
        QCOMPARE(list.at(0).keywords, (QStringList{QStringLiteral("leaves"), QStringLiteral("yard waste")}));
    }

    void csvErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        try {
            core::kbformats::parseCsv(data, QStringLiteral("kb.csv"));
            QFAIL("accepted");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().startsWith(message), qPrintable(e.message()));
        }
    }

    void markdownFolderRoundTrip()
    {
        const auto builtIn = core::KbRepository::builtInArticles();
        QTemporaryDir dir;
        core::kbformats::writeMarkdownFolder(builtIn, dir.path());
        auto back = core::kbformats::read(dir.path());
        auto sorted = builtIn;
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) { return a.id + QStringLiteral(".md") < b.id + QStringLiteral(".md"); });
        QVERIFY(sameAll(back, sorted));
    }

    void markdownByHand()
    {
        const QByteArray md = "---\n"
                              "title: Leaf collection\n"
                              "keywords:\n"
                              "  - leaves\n"
                              "  - \"yard: waste\"\n"
                              "service_codes: [\"YARD\"]\n"
                              "review_by: 2026-10-01\n"
                              "---\n\n"
                              "# Leaves\n\nPut them in **paper** bags.\n";
        const core::Article a = core::kbformats::parseMarkdown(md, QStringLiteral("leaves.md"));
        QCOMPARE(a.id, QStringLiteral("leaf-collection"));
        QCOMPARE(a.keywords, (QStringList{QStringLiteral("leaves"), QStringLiteral("yard: waste")}));
        QCOMPARE(a.serviceCodes, QStringList{QStringLiteral("YARD")});
        QCOMPARE(a.reviewBy, QDate(2026, 10, 1));
        QCOMPARE(a.answerMarkdown, QStringLiteral("# Leaves\n\nPut them in **paper** bags."));
        QVERIFY_THROWS_EXCEPTION(core::Error, core::kbformats::parseMarkdown("title: x\n", QStringLiteral("a.md")));
        QVERIFY_THROWS_EXCEPTION(core::Error, core::kbformats::parseMarkdown("---\ntitle: x\n", QStringLiteral("a.md")));
        try {
            core::kbformats::parseMarkdown("---\ntitle: x\nnonsense\n---\nbody", QStringLiteral("a.md"));
            QFAIL("accepted");
        } catch (const core::Error &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("a.md:3:")), qPrintable(e.message()));
        }
    }

    void unknownFormat()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("kb.xlsx")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY_THROWS_EXCEPTION(core::Error, core::kbformats::read(f.fileName()));
        QVERIFY_THROWS_EXCEPTION(core::Error, core::kbformats::read(dir.filePath(QStringLiteral("missing.jsonl"))));
    }
};

CIVICDESK_TEST_MAIN(TestKbFormats)
#include "test_kbformats.moc"
