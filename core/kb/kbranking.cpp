#include "core/kb/kbranking.h"

#include "core/domain/error.h"
#include "core/kb/kbfts5.h"

#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QStringList>
#include <cmath>
#include <sqlite3.h>
#include <vector>

namespace civicdesk::core {

namespace {
constexpr const char *kName = "civicdesk_bm25";

// bm25's constants, as FTS5 sets them.
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

// The per-query part of bm25, worked out on the first row ranked.
struct QueryFigures
{
    double averageLength = 0;
    std::vector<double> idf;  // per phrase
    std::vector<double> freq; // per phrase, for the row being ranked
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *count)
{
    ++*static_cast<sqlite3_int64 *>(count);
    return SQLITE_OK;
}

// The counts given as the last argument ("12,-1,30"), or none when they do not fit the query.
std::vector<sqlite3_int64> givenCounts(sqlite3_value *value, int phrases)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    if (!text)
        return {};
    const QList<QByteArray> parts = QByteArray(text).split(',');
    if (parts.size() != phrases)
        return {};
    std::vector<sqlite3_int64> counts;
    for (const QByteArray &part : parts) {
        bool ok = false;
        counts.push_back(part.toLongLong(&ok));
        if (!ok)
            return {};
    }
    return counts;
}

int figuresOf(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_value *counts, QueryFigures *&out)
{
    out = static_cast<QueryFigures *>(api->xGetAuxdata(fts, 0));
    if (out)
        return SQLITE_OK;
    auto *figures = new QueryFigures;
    const int phrases = api->xPhraseCount(fts);
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc == SQLITE_OK)
        figures->averageLength = double(tokens) / double(rows);
    const std::vector<sqlite3_int64> given =
        counts ? givenCounts(counts, phrases) : std::vector<sqlite3_int64>{};
    for (int i = 0; rc == SQLITE_OK && i < phrases; ++i) {
        sqlite3_int64 hits = given.empty() ? -1 : given.at(size_t(i));
        if (hits < 0) {
            hits = 0;
            rc = api->xQueryPhrase(fts, i, &hits, countRow);
        }
        // The same IDF as FTS5's bm25(), floored the same way (a phrase in over half the rows).
        double idf = std::log((double(rows - hits) + 0.5) / (double(hits) + 0.5));
        if (idf <= 0.0)
            idf = 1e-6;
        figures->idf.push_back(idf);
    }
    figures->freq.assign(size_t(phrases), 0.0);
    if (rc != SQLITE_OK) {
        delete figures;
        return rc;
    }
    // On failure FTS5 deletes the figures itself.
    rc = api->xSetAuxdata(fts, figures, [](void *p) { delete static_cast<QueryFigures *>(p); });
    out = rc == SQLITE_OK ? figures : nullptr;
    return rc;
}

// Arguments: one weight per column, then the phrase counts (see KbRanking::rankFunction()).
void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
          sqlite3_value **argv)
{
    const int weights = argc > 0 ? argc - 1 : 0;
    QueryFigures *figures = nullptr;
    int rc = figuresOf(api, fts, argc > 0 ? argv[argc - 1] : nullptr, figures);
    int instances = 0;
    if (rc == SQLITE_OK) {
        std::fill(figures->freq.begin(), figures->freq.end(), 0.0);
        rc = api->xInstCount(fts, &instances);
    }
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK)
            figures->freq[size_t(phrase)] += column < weights ? sqlite3_value_double(argv[column]) : 1.0;
    }
    double length = 0.0;
    if (rc == SQLITE_OK) {
        int tokens = 0;
        rc = api->xColumnSize(fts, -1, &tokens);
        length = double(tokens);
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    // Term by term in phrase order, in the same floating-point steps as bm25(), so the scores
    // are the same to the last bit.
    double score = 0.0;
    for (size_t i = 0; i < figures->idf.size(); ++i) {
        const double f = figures->freq[i];
        score += figures->idf[i] *
                 ((f * (kK1 + 1.0)) / (f + kK1 * (1 - kB + kB * length / figures->averageLength)));
    }
    sqlite3_result_double(context, -1.0 * score);
}

// The connections the function is installed on. FTS5 calls forget() when a connection closes,
// so a new connection that happens to get the same address is never taken for an old one.
QMutex g_mutex;
QSet<sqlite3 *> g_installed;

void forget(void *handle)
{
    QMutexLocker lock(&g_mutex);
    g_installed.remove(static_cast<sqlite3 *>(handle));
}
} // namespace

void KbRanking::install(const QSqlDatabase &db)
{
    sqlite3 *handle = kbfts5::handle(db);
    QMutexLocker lock(&g_mutex);
    if (g_installed.contains(handle))
        return;
    fts5_api *api = kbfts5::api(handle);
    if (!api || api->xCreateFunction(api, kName, handle, rank, forget) != SQLITE_OK)
        throw Error(QStringLiteral("database: cannot add the KB ranking function to FTS5"));
    g_installed.insert(handle);
}

QString KbRanking::rankFunction(const QList<qint64> &documents)
{
    QStringList counts;
    for (const qint64 n : documents)
        counts.append(QString::number(n));
    // The weights of migration 0010's bm25(2.0, 1.5, 1.5, 1.0, 0.5).
    return QStringLiteral("%1(2.0, 1.5, 1.5, 1.0, 0.5, '%2')").arg(QLatin1String(kName), counts.join(u','));
}

} // namespace civicdesk::core
