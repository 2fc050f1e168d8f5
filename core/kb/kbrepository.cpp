#include "core/kb/kbrepository.h"

#include "core/domain/error.h"
#include "core/kb/kbjson.h"
#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"
#include "core/store/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

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

Article readArticle(const SqlQuery &q)
{
    Article a;
    a.id = q.value(0).toString();
    a.title = q.value(1).toString();
    a.questionVariants = splitLines(q.value(2).toString());
    a.keywords = splitLines(q.value(3).toString());
    a.answerMarkdown = q.value(4).toString();
    a.script = q.value(5).toString();
    a.category = q.value(6).toString();
    a.agency = q.value(7).toString();
    a.serviceCodes = splitLines(q.value(8).toString());
    a.transferNumber = q.value(9).toString();
    a.audience = q.value(10).toString();
    a.state = q.value(11).toString();
    a.language = q.value(12).toString();
    a.translationOf = q.value(13).toString();
    a.reviewBy = dateFromDb(q.value(14));
    a.owner = q.value(15).toString();
    a.version = q.value(16).toInt();
    a.updatedAt = timestamps::fromDb(q.value(17));
    a.reviewedAt = timestamps::fromDb(q.value(18));
    a.helpful = q.value(19).toInt();
    a.notHelpful = q.value(20).toInt();
    a.outdated = q.value(21).toInt();
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
// The statements one import reuses for every article; preparing them once per article would
// cost more than the writes.
struct Statements
{
    explicit Statements(const QSqlDatabase &db)
        : existing(db, QStringLiteral("SELECT %1 FROM kb_articles WHERE id = ?").arg(kColumns)),
          update(db, QStringLiteral("UPDATE kb_articles SET title = ?, questions = ?, keywords = ?, answer_markdown = ?, "
                                    "script = ?, category = ?, agency = ?, service_codes = ?, transfer_number = ?, "
                                    "audience = ?, state = ?, language = ?, translation_of = ?, review_by = ?, owner = ?, "
                                    "version = ?, updated_at = ? WHERE id = ?")),
          insert(db, QStringLiteral("INSERT INTO kb_articles (title, questions, keywords, answer_markdown, script, "
                                    "category, agency, service_codes, transfer_number, audience, state, language, "
                                    "translation_of, review_by, owner, version, updated_at, id) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
          version(db, QStringLiteral("INSERT INTO kb_article_versions (article_id, version, saved_at, author, document) "
                                     "VALUES (?, ?, ?, ?, ?)"))
    {
    }
    SqlQuery existing;
    SqlQuery update;
    SqlQuery insert;
    SqlQuery version;
};

// Inserts or updates one article and records its version; false when the content is unchanged.
bool writeArticle(Statements &s, const Article &input, const QString &author)
{
    kbjson::validate(input, input.id);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    s.existing.bind(0, input.id).exec();
    int version = 1;
    if (s.existing.next()) {
        const Article old = readArticle(s.existing);
        if (old.sameContent(input))
            return false;
        version = old.version + 1;
    }
    // UPDATE and INSERT take the same values in the same order (id last).
    SqlQuery &q = version > 1 ? s.update : s.insert;
    q.bind(0, input.title)
        .bind(1, joinLines(input.questionVariants))
        .bind(2, joinLines(input.keywords))
        .bind(3, input.answerMarkdown)
        .bind(4, input.script)
        .bind(5, input.category)
        .bind(6, input.agency)
        .bind(7, joinLines(input.serviceCodes))
        .bind(8, input.transferNumber)
        .bind(9, input.audience)
        .bind(10, input.state)
        .bind(11, input.language)
        .bind(12, input.translationOf)
        .bind(13, dateToDb(input.reviewBy))
        .bind(14, input.owner)
        .bind(15, version)
        .bind(16, now)
        .bind(17, input.id)
        .exec();
    s.version.bind(0, input.id)
        .bind(1, version)
        .bind(2, now)
        .bind(3, author)
        .bind(4, QString::fromUtf8(QJsonDocument(kbjson::toJson(input)).toJson(QJsonDocument::Compact)))
        .exec();
    return true;
}
} // namespace

Article KbRepository::save(const Article &article, const QString &author) const
{
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    Statements statements(db);
    writeArticle(statements, article, author);
    tx.commit();
    return *find(article.id);
}

int KbRepository::importAll(const QList<Article> &articles, const QString &author) const
{
    QStringList where;
    for (const Article &a : articles)
        where.append(a.id);
    kbjson::checkUniqueIds(articles, where);
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    Statements statements(db);
    int changedCount = 0;
    for (const Article &a : articles)
        changedCount += writeArticle(statements, a, author) ? 1 : 0;
    tx.commit();
    return changedCount;
}

void KbRepository::remove(const QString &id) const
{
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    SqlQuery(db, QStringLiteral("DELETE FROM kb_articles WHERE id = ?")).bind(0, id).exec();
    SqlQuery(db, QStringLiteral("DELETE FROM kb_article_versions WHERE article_id = ?")).bind(0, id).exec();
    SqlQuery(db, QStringLiteral("DELETE FROM kb_feedback WHERE article_id = ?")).bind(0, id).exec();
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
    auto article = find(id);
    if (!article)
        throw Error(QCoreApplication::translate("KbRepository", "no article with id %1").arg(id), {{QStringLiteral("id"), QCoreApplication::translate("KbRepository", "unknown article")}});
    const QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    article->reviewBy = nextReviewBy;
    Statements statements(db);
    writeArticle(statements, *article, author);
    SqlQuery(db, QStringLiteral("UPDATE kb_articles SET reviewed_at = ?, outdated = 0 WHERE id = ?"))
        .bind(0, QDateTime::currentMSecsSinceEpoch())
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
    SqlQuery(db, QStringLiteral("INSERT INTO kb_feedback (id, article_id, at, actor, kind, comment) VALUES (?, ?, ?, ?, ?, ?)"))
        .bind(0, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(1, f.articleId)
        .bind(2, timestamps::toDb(f.at.isValid() ? f.at : QDateTime::currentDateTimeUtc()))
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
    m_db.setMeta(kSeededKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return true;
}

} // namespace civicdesk::core
