#pragma once

#include "core/kb/article.h"
#include "core/kb/articleversion.h"
#include "core/kb/kbfeedback.h"
#include "core/store/database.h"

#include <QList>
#include <QMultiMap>
#include <optional>

namespace civicdesk::core {

// The knowledge base in the local store. Every write that changes an article's content records
// a new version; the FTS5 index follows the articles table through triggers in the same
// transaction, so the index can never disagree with what was committed.
class KbRepository
{
public:
    explicit KbRepository(const Database &db) : m_db(db) {}

    // Inserts or updates one article (validated) for an editor. Returns it as stored, with its
    // version. Throws Error when `author` is not an editor.
    Article save(const Article &article, const QString &author) const;
    // A new article: as save(), but refused when an article already has its id.
    Article add(const Article &article, const QString &author) const;
    // All or nothing: every article is validated and written in one transaction. Articles whose
    // content is unchanged keep their version. Returns how many were added or changed. For the
    // sources the workstation trusts (built-in content, the server's published articles, the
    // catalogue's index, benchmarks); a person's import goes through importAsEditor().
    int importAll(const QList<Article> &articles, const QString &author) const;
    // importAll() for a person (`kb import`): refused, with nothing written, unless an editor.
    int importAsEditor(const QList<Article> &articles, const QString &editor) const;
    // Merges the search index into one segment (FTS5 "optimize"): each import adds segments,
    // and a search looks a word up in every one of them. Slow on a large index (docs/kb.md has
    // the figure); run after a large import (`kb import` does), not after each small change.
    void optimizeIndex() const;
    void remove(const QString &id) const;

    std::optional<Article> find(const QString &id) const;
    QList<Article> all() const; // ordered by id
    int count() const;
    QStringList agencies() const; // distinct, sorted; for the agency filter
    // Other-language versions of an article (and the original, when given a translation).
    QList<Article> languageVariants(const QString &id) const;

    QList<ArticleVersion> versions(const QString &id) const; // oldest first

    // Confirms the content is still right and sets the next review date (an editor only).
    void markReviewed(const QString &id, const QDate &nextReviewBy, const QString &author) const;
    // How long a reviewed article stays trusted: the next review is due a year after this one,
    // and a new article's first review a year after it is written.
    static QDate nextReviewDate(const QDate &reviewedOn) { return reviewedOn.addYears(1); }
    // Non-retired articles whose review date is on or before `date`, most overdue first.
    QList<Article> reviewsDue(const QDate &date) const;

    void addFeedback(const KbFeedback &feedback) const;
    QList<KbFeedback> feedback(const QString &id) const; // newest first

    // The synonym table: term -> what it may also mean.
    QMultiMap<QString, QString> synonyms() const;
    void addSynonym(const QString &term, const QString &synonym) const;
    void removeSynonym(const QString &term, const QString &synonym) const;

    // Who may edit articles (meta "kb_editors"); everyone else reads and gives feedback.
    QStringList editors() const;
    void setEditors(const QStringList &names) const;
    bool canEdit(const QString &actor) const { return editors().contains(actor); }
    // Throws Error naming the actor when they may not edit: every write for a person checks it.
    void requireEditor(const QString &actor) const;

    // Loads the built-in demo-city articles into a profile's KB the first time it is opened
    // (meta "kb_seeded"); later deletions are respected. True when it loaded them now.
    bool ensureBuiltIn() const;
    static QList<Article> builtInArticles();

private:
    Article write(const Article &article, const QString &author, bool mustBeNew) const;

    const Database &m_db;
};

} // namespace civicdesk::core
