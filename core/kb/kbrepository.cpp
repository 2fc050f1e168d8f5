#include "core/kb/kbrepository.h"

#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/kb/kbjson.h"
#include "core/store/sqlitestatement.h"
#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace civicdesk::core {

namespace {
const QString kSeededKey = QStringLiteral("kb_seeded");
const QString kEditorsKey = QStringLiteral("kb_editors");

const QString kColumns = QStringLiteral(
    "id, title, questions, keywords, answer_markdown, script, category, agency, service_codes, transfer_number, "
    "audience, state, language, translation_of, review_by, owner, version, updated_at, reviewed_at, helpful, "
    "not_helpful, outdated");

// Lists are stored one item per line: items never contain line breaks, and the FTS index sees
// plain words without JSON punctuation.
QString joinLines(const QStringList &list)
{
    return list.join(u'\n');
}

QStringList splitLines(const QString &text)
{
    return text.split(u'\n', Qt::SkipEmptyParts);
}

QVariant dateToDb(const QDate &date)
{
    return date.isValid() ? QVariant(QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

QDate dateFromDb(const QVariant &v)
{
    return v.isNull() ? QDate() : timestamps::fromDb(v).date();
}

// One reader for both ways of reading a row: QSqlQuery (reads) and SqliteStatement (imports).
QString textAt(const SqlQuery &q, int column)
{
    return q.value(column).toString();
}

QString textAt(const SqliteStatement &q, int column)
{
    return q.text(column);
}

QVariant intAt(const SqlQuery &q, int column)
{
    return q.value(column);
}

QVariant intAt(const SqliteStatement &q, int column)
{
    return q.isNull(column) ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(q.int64(column));
}

template <class Row>
Article readArticle(const Row &q)
{
    Article a;
    a.id = textAt(q, 0);
    a.title = textAt(q, 1);
    a.questionVariants = splitLines(textAt(q, 2));
    a.keywords = splitLines(textAt(q, 3));
    a.answerMarkdown = textAt(q, 4);
    a.script = textAt(q, 5);
    a.category = textAt(q, 6);
    a.agency = textAt(q, 7);
    a.serviceCodes = splitLines(textAt(q, 8));
    a.transferNumber = textAt(q, 9);
    a.audience = textAt(q, 10);
    a.state = textAt(q, 11);
    a.language = textAt(q, 12);
    a.translationOf = textAt(q, 13);
    a.reviewBy = dateFromDb(intAt(q, 14));
    a.owner = textAt(q, 15);
    a.version = intAt(q, 16).toInt();
    a.updatedAt = timestamps::fromDb(intAt(q, 17));
    a.reviewedAt = timestamps::fromDb(intAt(q, 18));
    a.helpful = intAt(q, 19).toInt();
    a.notHelpful = intAt(q, 20).toInt();
    a.outdated = intAt(q, 21).toInt();
    return a;
}

QList<Article> readAll(SqlQuery &q)
{
    q.exec();
    QList<Article> list;
    while (q.next())
        list.append(readArticle(q));
    return list;
}
} // namespace

namespace {
// The statements one import reuses for every article, on SQLite's native API: binding through
// QSqlQuery costs more per row than the row write itself (see SqliteStatement).
struct Statements
{
    explicit Statements(const QSqlDatabase &db)
        : existing(db, QStringLiteral("SELECT %1 FROM kb_articles WHERE id = ?").arg(kColumns)),
          update(db, QStringLiteral("UPDATE kb_articles SET title = ?1, questions = ?2, keywords = ?3, answer_markdown = ?4, "
                                    "script = ?5, category = ?6, agency = ?7, service_codes = ?8, transfer_number = ?9, "
                                    "audience = ?10, state = ?11, language = ?12, translation_of = ?13, review_by = ?14, "
                                    "owner = ?15, version = ?16, updated_at = ?17 WHERE id = ?18")),
          insert(db, QStringLiteral("INSERT INTO kb_articles (title, questions, keywords, answer_markdown, script, "
                                    "category, agency, service_codes, transfer_number, audience, state, language, "
                                    "translation_of, review_by, owner, version, updated_at, id) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)")),
          version(db, QStringLiteral("INSERT INTO kb_article_versions (article_id, version, saved_at, author, document) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5)"))
    {
    }
    SqliteStatement existing;
    SqliteStatement update;
    SqliteStatement insert;
    SqliteStatement version;
};

// What writing an article needs besides the article itself, worked out off the writing thread:
// the stored forms of its lists and the JSON document of its version.
struct Prepared
{
    QString questions;
    QString keywords;
    QString serviceCodes;
    QString document;
};

Prepared prepare(const Article &a)
{
    return {joinLines(a.questionVariants), joinLines(a.keywords), joinLines(a.serviceCodes),
            QString::fromUtf8(QJsonDocument(kbjson::toJson(a)).toJson(QJsonDocument::Compact))};
}

// Inserts or updates one article (already validated) and records its version; false when the
// content is unchanged.
bool writeArticle(Statements &s, const Article &input, const Prepared &prepared, const QString &author)
{
    const qint64 now = Clock::current().nowUtc().toMSecsSinceEpoch();
    s.existing.bindText(1, input.id);
    int version = 1;
    if (s.existing.step()) {
        const Article old = readArticle(s.existing);
        while (s.existing.step()) { // ids are unique; this resets the statement
        }
        if (old.sameContent(input))
            return false;
        version = old.version + 1;
    }
    // UPDATE and INSERT take the same values in the same order (id last).
    SqliteStatement &q = version > 1 ? s.update : s.insert;
    q.bindText(1, input.title);
    q.bindText(2, prepared.questions);
    q.bindText(3, prepared.keywords);
    q.bindText(4, input.answerMarkdown);
    q.bindText(5, input.script);
    q.bindText(6, input.category);
    q.bindText(7, input.agency);
    q.bindText(8, prepared.serviceCodes);
    q.bindText(9, input.transferNumber);
    q.bindText(10, input.audience);
    q.bindText(11, input.state);
    q.bindText(12, input.language);
    q.bindText(13, input.translationOf);
    if (input.reviewBy.isValid())
        q.bindInt64(14, QDateTime(input.reviewBy, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    else
        q.bindNull(14);
    q.bindText(15, input.owner);
    q.bindInt64(16, version);
    q.bindInt64(17, now);
    q.bindText(18, input.id);
    q.execute();
    s.version.bindText(1, input.id);
    s.version.bindInt64(2, version);
    s.version.bindInt64(3, now);
    s.version.bindText(4, author);
    s.version.bindText(5, prepared.document);
    s.version.execute();
    return true;
}

// The largest rowid so far: rows added after it are the ones an import must index.
qint64 lastRowid(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM kb_articles"));
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

// Bumped by every write to the articles, so searches know when their vocabulary is stale.
void bumpGeneration(const QSqlDatabase &db)
{
    SqlQuery::execute(db, QStringLiteral("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'kb_generation'"));
}

// Indexes the rows added after `after` with one statement: FTS5 written one row per statement
// (as an insert trigger does) costs far more (figures in docs/kb.md, "How indexing works").
// Updates and deletes are indexed by triggers (migration 0010).
void finishWrite(const QSqlDatabase &db, qint64 after)
{
    SqlQuery(db, QStringLiteral("INSERT INTO kb_fts (rowid, title, questions, keywords, answer_markdown, script) "
                                "SELECT rowid, title, questions, keywords, answer_markdown, script FROM kb_articles "
                                "WHERE rowid > ?"))
        .bind(0, after)
        .exec();
    bumpGeneration(db);
}

// From this many articles an import is a bulk import (see importAll()).
constexpr qsizetype kBulkImport = 1000;

// Below this many articles the thread hand-over costs more than it saves.
constexpr qsizetype kParallelFrom = 64;
constexpr qsizetype kChunk = 512;
} // namespace

Article KbRepository::save(const Article &article, const QString &author) const
{
    return write(article, author, false);
}

Article KbRepository::add(const Article &article, const QString &author) const
{
    return write(article, author, true);
}

Article KbRepository::write(const Article &article, const QString &author, bool mustBeNew) const
{
    requireEditor(author);
    kbjson::validate(article, article.id);
    const QSqlDatabase db = m_db.connection();
    // The id check and the write share one transaction, so two editors cannot both add an id.
    Transaction tx(db);
    if (mustBeNew && find(article.id))
        throw Error(QCoreApplication::translate("KbRepository", "an article with id %1 already exists")
                        .arg(article.id),
                    {{QStringLiteral("id"), QCoreApplication::translate("KbRepository", "already exists")}});
    const qint64 after = lastRowid(db);
    Statements statements(db);
    writeArticle(statements, article, prepare(article), author);
    finishWrite(db, after);
    tx.commit();
    return *find(article.id);
}

int KbRepository::importAsEditor(const QList<Article> &articles, const QString &editor) const
{
    requireEditor(editor);
    return importAll(articles, editor);
}

int KbRepository::importAll(const QList<Article> &articles, const QString &author) const
{
    QStringList where;
    for (const Article &a : articles) {
        kbjson::validate(a, a.id);
        where.append(a.id);
    }
    kbjson::checkUniqueIds(articles, where);
    // The list forms and version documents of the next chunk are made on the thread pool while
    // this thread writes the current one (the FTS5 insert, most of the work, must stay on this
    // connection). Each chunk's results are taken in order as soon as they are ready; chunks
    // keep the memory of a large import small. The futures hold their own copy of the chunk.
    const qsizetype n = articles.size();
    auto launch = [&](qsizetype from) { return QtConcurrent::mapped(articles.mid(from, kChunk), prepare); };
    QFuture<Prepared> next;
    if (n >= kParallelFrom)
        next = launch(0);
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    const qint64 after = lastRowid(db);
    // A bulk import leaves FTS5's incremental merging off for its transaction: merging as it
    // goes rewrote the same postings again and again (docs/kb.md, "How indexing works"); one
    // merge at the end is quicker, which `kb import` does with optimizeIndex().
    const bool bulk = n >= kBulkImport;
    if (bulk)
        SqlQuery::execute(db, QStringLiteral("INSERT INTO kb_fts (kb_fts, rank) VALUES ('automerge', 0)"));
    Statements statements(db);
    int changedCount = 0;
    for (qsizetype from = 0; from < n; from += kChunk) {
        const QFuture<Prepared> current = next;
        if (current.isValid() && from + kChunk < n)
            next = launch(from + kChunk);
        for (qsizetype i = from; i < std::min(n, from + kChunk); ++i) {
            const Article &a = articles.at(i);
            const bool changed = current.isValid() ? writeArticle(statements, a, current.resultAt(int(i - from)), author)
                                                   : writeArticle(statements, a, prepare(a), author);
            changedCount += changed ? 1 : 0;
        }
    }
    if (changedCount > 0)
        finishWrite(db, after);
    if (bulk)
        SqlQuery::execute(db, QStringLiteral("INSERT INTO kb_fts (kb_fts, rank) VALUES ('automerge', 4)"));
    tx.commit();
    return changedCount;
}

void KbRepository::optimizeIndex() const
{
    SqlQuery::execute(m_db.connection(), QStringLiteral("INSERT INTO kb_fts (kb_fts) VALUES ('optimize')"));
}

void KbRepository::remove(const QString &id) const
{
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    SqlQuery(db, QStringLiteral("DELETE FROM kb_articles WHERE id = ?")).bind(0, id).exec();
    SqlQuery(db, QStringLiteral("DELETE FROM kb_article_versions WHERE article_id = ?")).bind(0, id).exec();
    SqlQuery(db, QStringLiteral("DELETE FROM kb_feedback WHERE article_id = ?")).bind(0, id).exec();
    bumpGeneration(db);
    tx.commit();
}

std::optional<Article> KbRepository::find(const QString &id) const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT %1 FROM kb_articles WHERE id = ?").arg(kColumns));
    q.bind(0, id).exec();
    if (!q.next())
        return std::nullopt;
    return readArticle(q);
}

QList<Article> KbRepository::all() const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT %1 FROM kb_articles ORDER BY id").arg(kColumns));
    return readAll(q);
}

int KbRepository::count() const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT count(*) FROM kb_articles"));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

QStringList KbRepository::agencies() const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT DISTINCT agency FROM kb_articles WHERE agency <> '' ORDER BY agency"));
    q.exec();
    QStringList list;
    while (q.next())
        list.append(q.value(0).toString());
    return list;
}

QList<Article> KbRepository::languageVariants(const QString &id) const
{
    const auto article = find(id);
    if (!article)
        return {};
    const QString root = article->translationOf.isEmpty() ? article->id : article->translationOf;
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT %1 FROM kb_articles WHERE (id = ? OR translation_of = ?) AND id <> ? ORDER BY language")
                   .arg(kColumns));
    q.bind(0, root).bind(1, root).bind(2, id);
    return readAll(q);
}

QList<ArticleVersion> KbRepository::versions(const QString &id) const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT version, saved_at, author, document FROM kb_article_versions "
                                                 "WHERE article_id = ? ORDER BY version"));
    q.bind(0, id).exec();
    QList<ArticleVersion> list;
    while (q.next()) {
        ArticleVersion v;
        v.version = q.value(0).toInt();
        v.savedAt = timestamps::fromDb(q.value(1));
        v.author = q.value(2).toString();
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(3).toString().toUtf8());
        v.article = kbjson::fromJson(doc.object(), QStringLiteral("%1 v%2").arg(id).arg(v.version));
        v.article.version = v.version;
        list.append(v);
    }
    return list;
}

void KbRepository::markReviewed(const QString &id, const QDate &nextReviewBy, const QString &author) const
{
    requireEditor(author);
    auto article = find(id);
    if (!article)
        throw Error(QCoreApplication::translate("KbRepository", "no article with id %1").arg(id), {{QStringLiteral("id"), QCoreApplication::translate("KbRepository", "unknown article")}});
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    article->reviewBy = nextReviewBy;
    kbjson::validate(*article, article->id);
    Statements statements(db);
    writeArticle(statements, *article, prepare(*article), author); // an update: indexed by trigger
    bumpGeneration(db);
    SqlQuery(db, QStringLiteral("UPDATE kb_articles SET reviewed_at = ?, outdated = 0 WHERE id = ?"))
        .bind(0, Clock::current().nowUtc().toMSecsSinceEpoch())
        .bind(1, id)
        .exec();
    tx.commit();
}

QList<Article> KbRepository::reviewsDue(const QDate &date) const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT %1 FROM kb_articles WHERE state <> 'retired' AND (review_by <= ? OR outdated > 0) "
                              "ORDER BY review_by IS NULL, review_by, id")
                   .arg(kColumns));
    q.bind(0, dateToDb(date));
    return readAll(q);
}

void KbRepository::addFeedback(const KbFeedback &f) const
{
    if (!KbFeedback::kinds().contains(f.kind))
        throw Error(QCoreApplication::translate("KbRepository", "feedback must be one of %1").arg(KbFeedback::kinds().join(QStringLiteral(", "))),
                    {{QStringLiteral("kind"), QCoreApplication::translate("KbRepository", "unknown kind")}});
    if (f.kind == QLatin1String("outdated") && f.comment.trimmed().isEmpty())
        throw Error(QCoreApplication::translate("KbRepository", "say what is outdated in the comment"), {{QStringLiteral("comment"), QCoreApplication::translate("KbRepository", "is required")}});
    if (f.comment.size() > 4000)
        throw Error(QCoreApplication::translate("KbRepository", "the comment is too long (at most 4000 characters)"), {{QStringLiteral("comment"), QCoreApplication::translate("KbRepository", "too long")}});
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    SqlQuery update(db, QStringLiteral("UPDATE kb_articles SET helpful = helpful + (? = 'helpful'), "
                                       "not_helpful = not_helpful + (? = 'not_helpful'), "
                                       "outdated = outdated + (? = 'outdated') WHERE id = ?"));
    update.bind(0, f.kind).bind(1, f.kind).bind(2, f.kind).bind(3, f.articleId).exec();
    if (update.numRowsAffected() != 1)
        throw Error(QCoreApplication::translate("KbRepository", "no article with id %1").arg(f.articleId), {{QStringLiteral("id"), QCoreApplication::translate("KbRepository", "unknown article")}});
    SqlQuery(
        db,
        QStringLiteral(
            "INSERT INTO kb_feedback (id, article_id, at, actor, kind, comment) VALUES (?, ?, ?, ?, ?, ?)"))
        .bind(0, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(1, f.articleId)
        .bind(2, timestamps::toDb(f.at.isValid() ? f.at : Clock::current().nowUtc()))
        .bind(3, f.actor)
        .bind(4, f.kind)
        .bind(5, f.comment.trimmed())
        .exec();
    tx.commit();
}

QList<KbFeedback> KbRepository::feedback(const QString &id) const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT article_id, kind, comment, actor, at FROM kb_feedback "
                                                 "WHERE article_id = ? ORDER BY at DESC, rowid DESC"));
    q.bind(0, id).exec();
    QList<KbFeedback> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     timestamps::fromDb(q.value(4))});
    return list;
}

QMultiMap<QString, QString> KbRepository::synonyms() const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT term, synonym FROM kb_synonyms ORDER BY term, synonym"));
    q.exec();
    QMultiMap<QString, QString> map;
    while (q.next())
        map.insert(q.value(0).toString(), q.value(1).toString());
    return map;
}

void KbRepository::addSynonym(const QString &term, const QString &synonym) const
{
    const QString t = term.simplified().toLower();
    const QString s = synonym.simplified().toLower();
    if (t.isEmpty() || s.isEmpty() || t == s)
        throw Error(QCoreApplication::translate("KbRepository", "a synonym needs a term and a different word or phrase"),
                    {{QStringLiteral("synonym"), QCoreApplication::translate("KbRepository", "is required")}});
    if (t.count(u' ') > 1)
        throw Error(QCoreApplication::translate("KbRepository", "a synonym term may have at most two words"), {{QStringLiteral("term"), QCoreApplication::translate("KbRepository", "too many words")}});
    SqlQuery(m_db.connection(), QStringLiteral("INSERT OR IGNORE INTO kb_synonyms (term, synonym) VALUES (?, ?)"))
        .bind(0, t)
        .bind(1, s)
        .exec();
}

void KbRepository::removeSynonym(const QString &term, const QString &synonym) const
{
    SqlQuery(m_db.connection(), QStringLiteral("DELETE FROM kb_synonyms WHERE term = ? AND synonym = ?"))
        .bind(0, term.simplified().toLower())
        .bind(1, synonym.simplified().toLower())
        .exec();
}

QStringList KbRepository::editors() const
{
    return m_db.meta(kEditorsKey).split(u',', Qt::SkipEmptyParts);
}

void KbRepository::requireEditor(const QString &actor) const
{
    if (!canEdit(actor))
        throw Error(
            QCoreApplication::translate("KbRepository", "%1 may not edit the knowledge base").arg(actor),
            {{QStringLiteral("actor"),
              QCoreApplication::translate("KbRepository", "not a knowledge-base editor")}});
}

void KbRepository::setEditors(const QStringList &names) const
{
    QStringList clean;
    for (const QString &n : names) {
        if (!n.trimmed().isEmpty() && !clean.contains(n.trimmed()))
            clean.append(n.trimmed());
    }
    m_db.setMeta(kEditorsKey, clean.join(u','));
}

QList<Article> KbRepository::builtInArticles()
{
    QFile file(QStringLiteral(":/civicdesk/kb/demo-articles.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QCoreApplication::translate("KbRepository", "the built-in knowledge base is missing from this build"));
    return kbjson::parseJsonLines(file.readAll(), QStringLiteral("demo-articles.jsonl"));
}

bool KbRepository::ensureBuiltIn() const
{
    if (!m_db.meta(kSeededKey).isEmpty())
        return false;
    importAll(builtInArticles(), QStringLiteral("CivicDesk"));
    m_db.setMeta(kSeededKey, Clock::current().nowUtc().toString(Qt::ISODate));
    return true;
}

} // namespace civicdesk::core
