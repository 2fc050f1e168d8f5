#pragma once

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

struct Fts5Tokenizer;
struct fts5_tokenizer;

namespace civicdesk::core {

// The knowledge base index's own tokenizer (FTS5's porter stemmer over unicode61 without
// diacritics, as kb_fts declares it), borrowed from SQLite through the FTS5 API. CivicDesk uses
// it to see a typed word as the term the index holds ("requests" -> "request"), to look the
// word up in the vocabulary, and to check that a vocabulary term stems to itself before it is
// used as a whole word in a query. Bound to one connection; use it on that connection's thread.
class KbTokenizer
{
public:
    explicit KbTokenizer(const QSqlDatabase &db);
    ~KbTokenizer();
    Q_DISABLE_COPY_MOVE(KbTokenizer)

    // The terms of `text` as the index holds them, in order.
    QStringList terms(const QString &text) const;
    // The single term a word becomes, or an empty string when it becomes none or several.
    QString term(const QString &word) const;

private:
    std::unique_ptr<fts5_tokenizer> m_api;
    Fts5Tokenizer *m_tokenizer = nullptr;
};

} // namespace civicdesk::core
