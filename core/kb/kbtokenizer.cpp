#include "core/kb/kbtokenizer.h"

#include "core/domain/error.h"
#include "core/kb/kbfts5.h"

#include <sqlite3.h>

namespace civicdesk::core {

namespace {
int collect(void *context, int flags, const char *token, int length, int, int)
{
    if (flags & FTS5_TOKEN_COLOCATED)
        return SQLITE_OK; // a synonym at the same position; the built-in tokenizers make none
    static_cast<QStringList *>(context)->append(QString::fromUtf8(token, length));
    return SQLITE_OK;
}
} // namespace

KbTokenizer::KbTokenizer(const QSqlDatabase &db)
{
    fts5_api *api = kbfts5::api(kbfts5::handle(db));
    m_api = std::make_unique<fts5_tokenizer>();
    void *context = nullptr;
    if (!api || api->xFindTokenizer(api, "porter", &context, m_api.get()) != SQLITE_OK)
        throw Error(QStringLiteral("database: SQLite's FTS5 porter tokenizer is not available"));
    // The same arguments as the index's declaration in migration 0010.
    const char *arguments[] = {"unicode61", "remove_diacritics", "2"};
    if (m_api->xCreate(context, arguments, 3, &m_tokenizer) != SQLITE_OK)
        throw Error(QStringLiteral("database: cannot create the FTS5 porter tokenizer"));
}

KbTokenizer::~KbTokenizer()
{
    if (m_tokenizer)
        m_api->xDelete(m_tokenizer);
}

QStringList KbTokenizer::terms(const QString &text) const
{
    QStringList out;
    const QByteArray utf8 = text.toUtf8();
    m_api->xTokenize(m_tokenizer, &out, FTS5_TOKENIZE_QUERY, utf8.constData(), int(utf8.size()), collect);
    return out;
}

QString KbTokenizer::term(const QString &word) const
{
    const QStringList list = terms(word);
    return list.size() == 1 ? list.constFirst() : QString();
}

} // namespace civicdesk::core
