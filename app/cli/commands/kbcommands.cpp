#include "cli/command.h"
#include "core/domain/error.h"
#include "core/kb/kbdiff.h"
#include "core/kb/kbformats.h"
#include "core/kb/kbjson.h"
#include "core/kb/kbrepository.h"
#include "core/kb/kbsearch.h"
#include "core/kb/kbthesaurus.h"
#include "core/store/localstore.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace civicdesk::cli {
namespace {

using core::Error;

// Every kb command works on a KB that holds at least the built-in articles (see docs/kb.md).
std::unique_ptr<core::LocalStore> openKb(const Context &c)
{
    auto store = openStore(c);
    core::KbRepository(store->database()).ensureBuiltIn();
    return store;
}

QString plainSnippet(QString snippet)
{
    snippet.replace(core::KbHit::kHighlightStart, u'[');
    snippet.replace(core::KbHit::kHighlightEnd, u']');
    return snippet;
}

int runImport(Context &c)
{
    if (c.args.positional.size() != 1) {
        c.err << "civicdesk-cli: usage: kb import FILE|DIR\n";
        return 2;
    }
    // Parse and validate everything before the store is touched: a bad file changes nothing.
    const QList<core::Article> articles = core::kbformats::read(c.args.positional.first());
    auto store = openKb(c);
    const core::KbRepository repo(store->database());
    const int changed = repo.importAsEditor(articles, store->actor());
    if (changed > 0)
        repo.optimizeIndex();
    c.out << "read " << articles.size() << " articles from " << c.args.positional.first() << "; " << changed
          << " added or changed\n";
    return 0;
}

int runExport(Context &c)
{
    const QString format = c.args.option(QStringLiteral("format"), QStringLiteral("jsonl"));
    const QString out = c.args.option(QStringLiteral("out"));
    auto store = openKb(c);
    const QList<core::Article> articles = core::KbRepository(store->database()).all();
    if (format == QLatin1String("markdown")) {
        if (out.isEmpty())
            throw Error(
                QStringLiteral("--format markdown writes one file per article: give a folder with --out"));
        core::kbformats::writeMarkdownFolder(articles, out);
        c.out << "wrote " << articles.size() << " articles to " << out << "\n";
        return 0;
    }
    QByteArray data;
    if (format == QLatin1String("jsonl"))
        data = core::kbjson::toJsonLines(articles);
    else if (format == QLatin1String("csv"))
        data = core::kbformats::toCsv(articles);
    else
        throw Error(QStringLiteral("--format: \"%1\" is not one of jsonl, csv, markdown").arg(format));
    if (out.isEmpty() || out == QLatin1String("-")) {
        c.out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            throw Error(QStringLiteral("cannot write standard output"));
        stdoutFile.write(data);
        return 0;
    }
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        throw Error(QStringLiteral("cannot write %1: %2").arg(out, file.errorString()));
    c.err << "wrote " << articles.size() << " articles to " << out << "\n";
    return 0;
}

int runSearch(Context &c)
{
    if (c.args.positional.isEmpty()) {
        c.err << "civicdesk-cli: usage: kb search QUERY [--limit N] [--json]\n";
        return 2;
    }
    core::KbQuery q;
    q.text = c.args.positional.join(u' ');
    q.limit = c.args.intOption(QStringLiteral("limit"), 10);
    q.asYouType = false;
    q.agency = c.args.option(QStringLiteral("agency"));
    q.audience = c.args.option(QStringLiteral("audience"));
    q.state = c.args.option(QStringLiteral("state"));
    q.language = c.args.option(QStringLiteral("language"));
    auto store = openKb(c);
    const core::KbSearch search(store->database());
    if (c.args.has(QStringLiteral("explain")))
        c.err << "MATCH " << search.matchExpression(q.text, q.asYouType) << "\n";
    // --plain: the bm25 baseline of `bench kb-relevance`, to see what the ranking adds.
    const QList<core::KbHit> hits =
        c.args.has(QStringLiteral("plain")) ? search.plainBm25(q.text, q.limit) : search.search(q);
    if (c.args.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto &h : hits)
            array.append(QJsonObject{{QStringLiteral("rank"), h.rank},
                                     {QStringLiteral("id"), h.id},
                                     {QStringLiteral("title"), h.title},
                                     {QStringLiteral("score"), h.score},
                                     {QStringLiteral("snippet"), plainSnippet(h.snippet)}});
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const auto &h : hits)
        c.out << qSetFieldWidth(3) << Qt::right << h.rank << qSetFieldWidth(0) << "  " << h.id << "  "
              << h.title << "  (" << QString::number(h.score, 'f', 2) << ")\n     " << plainSnippet(h.snippet)
              << "\n";
    if (hits.isEmpty())
        c.out << "no articles found\n";
    return 0;
}

core::Article requireArticle(const core::KbRepository &repo, const QString &id)
{
    auto a = repo.find(id);
    if (!a)
        throw Error(QStringLiteral("no article with id %1").arg(id));
    return *a;
}

int runShow(Context &c)
{
    if (c.args.positional.size() != 1) {
        c.err << "civicdesk-cli: usage: kb show ID\n";
        return 2;
    }
    auto store = openKb(c);
    const core::Article a = requireArticle(core::KbRepository(store->database()), c.args.positional.first());
    c.out << QJsonDocument(core::kbjson::toJson(a)).toJson(QJsonDocument::Indented);
    return 0;
}

int runHistory(Context &c)
{
    if (c.args.positional.size() != 1) {
        c.err << "civicdesk-cli: usage: kb history ID\n";
        return 2;
    }
    auto store = openKb(c);
    const core::KbRepository repo(store->database());
    requireArticle(repo, c.args.positional.first());
    const QList<core::ArticleVersion> versions = repo.versions(c.args.positional.first());
    for (qsizetype i = 0; i < versions.size(); ++i) {
        const auto &v = versions.at(i);
        c.out << "version " << v.version << "  " << v.savedAt.toString(Qt::ISODate) << "  " << v.author
              << "\n";
        if (i > 0) {
            for (const auto &line : core::kbdiff::diff(core::kbdiff::articleLines(versions.at(i - 1).article),
                                                       core::kbdiff::articleLines(v.article))) {
                if (line.kind != core::kbdiff::Line::Same)
                    c.out << (line.kind == core::kbdiff::Line::Added ? "  + " : "  - ") << line.text << "\n";
            }
        }
    }
    return 0;
}

int runFeedback(Context &c)
{
    if (c.args.positional.size() != 2) {
        c.err << "civicdesk-cli: usage: kb feedback ID helpful|not_helpful|outdated [--comment TEXT]\n";
        return 2;
    }
    auto store = openKb(c);
    core::KbRepository(store->database())
        .addFeedback({c.args.positional.at(0), c.args.positional.at(1),
                      c.args.option(QStringLiteral("comment")), store->actor(),
                      QDateTime::currentDateTimeUtc()});
    c.out << "recorded\n";
    return 0;
}

int runReviewsDue(Context &c)
{
    auto store = openKb(c);
    QDate date = QDate::currentDate();
    if (c.args.hasOption(QStringLiteral("date"))) {
        date = QDate::fromString(c.args.option(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            throw Error(QStringLiteral("--date: \"%1\" is not a date (YYYY-MM-DD)")
                            .arg(c.args.option(QStringLiteral("date"))));
    }
    const auto due = core::KbRepository(store->database()).reviewsDue(date);
    for (const auto &a : due)
        c.out << a.reviewBy.toString(Qt::ISODate) << "  " << a.id << "  " << a.title << "  [" << a.owner
              << "]" << (a.outdated > 0 ? "  flagged outdated" : "") << "\n";
    c.out << due.size() << " articles due for review\n";
    return 0;
}

int runSynonyms(Context &c)
{
    auto store = openKb(c);
    const core::KbRepository repo(store->database());
    const QStringList &p = c.args.positional;
    if (p.size() == 3 && p.at(0) == QLatin1String("add")) {
        repo.addSynonym(p.at(1), p.at(2));
    } else if (p.size() == 3 && p.at(0) == QLatin1String("remove")) {
        repo.removeSynonym(p.at(1), p.at(2));
    } else if (!p.isEmpty()) {
        c.err << "civicdesk-cli: usage: kb synonyms [add|remove TERM SYNONYM]\n";
        return 2;
    }
    const auto map = repo.synonyms();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        c.out << it.key() << " -> " << it.value() << "\n";
    return 0;
}

int runEditors(Context &c)
{
    auto store = openKb(c);
    const core::KbRepository repo(store->database());
    if (c.args.hasOption(QStringLiteral("set")))
        repo.setEditors(c.args.option(QStringLiteral("set")).split(u',', Qt::SkipEmptyParts));
    c.out << repo.editors().join(QStringLiteral(", ")) << "\n";
    return 0;
}

// Builds the thesaurus table from the system's WordNet (as an installer step), or shows what
// the thesaurus relates to a word.
int runThesaurus(Context &c)
{
    const QString wordnet = core::KbThesaurus::defaultWordnetDir();
    const QString table = core::KbThesaurus::defaultTablePath();
    if (c.args.has(QStringLiteral("build"))) {
        const QString error = core::KbThesaurus::build(wordnet, table);
        if (!error.isEmpty()) {
            c.err << "civicdesk-cli: " << error << "\n";
            return 1;
        }
    }
    const auto thesaurus = core::KbThesaurus::load(wordnet, table);
    if (c.args.positional.isEmpty()) {
        c.out << thesaurus->size() << " words from " << wordnet << " in " << table << "\n";
        return thesaurus->isEmpty() ? 1 : 0;
    }
    for (const auto &r : thesaurus->related(c.args.positional.join(u' ')))
        c.out << r.term << "\t" << QString::number(r.weight, 'f', 2) << "\n";
    return 0;
}

const CommandRegistrar
    thesaurusRegistrar({{QStringLiteral("kb"), QStringLiteral("thesaurus")},
                        QStringLiteral("kb thesaurus [WORD] [--build]"),
                        QStringLiteral("Build the thesaurus table from WordNet (--build), or list the words "
                                       "related to WORD with their weights."),
                        {},
                        {QStringLiteral("build")},
                        runThesaurus});
const CommandRegistrar importRegistrar(
    {{QStringLiteral("kb"), QStringLiteral("import")},
     QStringLiteral("kb import FILE|DIR"),
     QStringLiteral(
         "Import articles (.jsonl, .csv, .md or a folder of .md); all or nothing; for a user listed by "
         "kb editors."),
     {},
     {},
     runImport});
const CommandRegistrar
    exportRegistrar({{QStringLiteral("kb"), QStringLiteral("export")},
                     QStringLiteral("kb export [--format jsonl|csv|markdown] [--out PATH]"),
                     QStringLiteral("Export every article (markdown needs --out FOLDER)."),
                     {QStringLiteral("format"), QStringLiteral("out")},
                     {},
                     runExport});
const CommandRegistrar
    searchRegistrar({{QStringLiteral("kb"), QStringLiteral("search")},
                     QStringLiteral("kb search QUERY [--limit N] [--agency A] [--audience A] [--state S] "
                                    "[--language L] [--json] [--explain] [--plain]"),
                     QStringLiteral("Search the knowledge base: rank, id, title, score and snippet."),
                     {QStringLiteral("limit"), QStringLiteral("agency"), QStringLiteral("audience"),
                      QStringLiteral("state"), QStringLiteral("language")},
                     {QStringLiteral("json"), QStringLiteral("explain"), QStringLiteral("plain")},
                     runSearch});
const CommandRegistrar showRegistrar({{QStringLiteral("kb"), QStringLiteral("show")},
                                      QStringLiteral("kb show ID"),
                                      QStringLiteral("Print one article as CivicDesk KB JSON."),
                                      {},
                                      {},
                                      runShow});
const CommandRegistrar
    historyRegistrar({{QStringLiteral("kb"), QStringLiteral("history")},
                      QStringLiteral("kb history ID"),
                      QStringLiteral("List an article's versions with what changed in each."),
                      {},
                      {},
                      runHistory});
const CommandRegistrar
    feedbackRegistrar({{QStringLiteral("kb"), QStringLiteral("feedback")},
                       QStringLiteral("kb feedback ID helpful|not_helpful|outdated [--comment TEXT]"),
                       QStringLiteral("Record feedback on an article (outdated needs a comment)."),
                       {QStringLiteral("comment")},
                       {},
                       runFeedback});
const CommandRegistrar
    reviewsRegistrar({{QStringLiteral("kb"), QStringLiteral("reviews-due")},
                      QStringLiteral("kb reviews-due [--date YYYY-MM-DD]"),
                      QStringLiteral("Articles whose review date has come, or flagged outdated."),
                      {QStringLiteral("date")},
                      {},
                      runReviewsDue});
const CommandRegistrar synonymsRegistrar({{QStringLiteral("kb"), QStringLiteral("synonyms")},
                                          QStringLiteral("kb synonyms [add|remove TERM SYNONYM]"),
                                          QStringLiteral("List or edit the search synonym table."),
                                          {},
                                          {},
                                          runSynonyms});
const CommandRegistrar
    editorsRegistrar({{QStringLiteral("kb"), QStringLiteral("editors")},
                      QStringLiteral("kb editors [--set NAME,NAME]"),
                      QStringLiteral("List or set the users who may edit and import articles."),
                      {QStringLiteral("set")},
                      {},
                      runEditors});

} // namespace
} // namespace civicdesk::cli
