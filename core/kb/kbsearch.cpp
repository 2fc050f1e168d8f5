#include "core/kb/kbsearch.h"

#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/kb/kbquerytext.h"
#include "core/kb/kbranking.h"
#include "core/kb/kbrepository.h"
#include "core/kb/kbspelling.h"
#include "core/kb/kbtokenizer.h"
#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace civicdesk::core {

namespace {
using kbquerytext::quoted;

// A word matching at least this many articles says little on its own (like a stop word in a
// large KB). It still narrows "all words" matches, but "any word" matching leaves it out, so the
// fallback never ranks half the index.
constexpr int kCommonMatches = 2000;

// Articles that match every typed term are worth more than the bm25 sum alone says: a caller's
// sentence is about one thing, and an article that covers all of it is usually that thing.
constexpr double kAllTermsBonus = 1.5;

constexpr int kCacheEntries = 20000;
constexpr int kFetchedQueries = 500;

// The longest list whose order does not depend on how long it is (see search()).
constexpr int kListed = 20;

// Related words from the thesaurus: at most this many per caller's word (the strongest that the
// index holds), and the weight of the articles they find against those the words themselves find.
constexpr int kRelatedPerWord = 4;
constexpr double kRelatedWeight = 0.6;

// Compounds of the index that hold a caller's word ("light" -> streetlight), at most this many.
constexpr int kCompoundsPerWord = 3;

struct Candidate
{
    qint64 rowid = 0;
    KbHit hit;
};

double boostFor(const QString &state, const QDate &reviewBy, const QDateTime &reviewedAt, int helpful,
                int notHelpful, int outdated)
{
    double boost = 1.0;
    if (state == QLatin1String("published"))
        boost *= 1.2;
    else if (state == QLatin1String("retired"))
        boost *= 0.5;
    // Now comes from the injectable Clock, so tests can rank to the second. The local date is
    // read once per thread and local day, not per candidate: it costs a time-zone lookup (a file
    // system call) every time, and a search scores hundreds of candidates.
    thread_local QDate today;
    thread_local qint64 todayFrom = 0;
    thread_local qint64 todayUntil = 0;
    const qint64 now = Clock::current().nowUtc().toMSecsSinceEpoch();
    if (now < todayFrom || now >= todayUntil) {
        today = QDateTime::fromMSecsSinceEpoch(now).date();
        todayFrom = today.startOfDay().toMSecsSinceEpoch();
        todayUntil = today.addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    if (reviewBy.isValid() && reviewBy >= today)
        boost *= 1.05; // within its review period: someone vouches for it
    if (reviewedAt.isValid() && now - reviewedAt.toMSecsSinceEpoch() <= qint64(180) * 24 * 3600 * 1000)
        boost *= 1.1;
    // Helpfulness, damped so a couple of votes cannot swing the order on their own.
    boost *= 1.0 + 0.5 * double(helpful - notHelpful) / double(helpful + notHelpful + 4);
    if (outdated > 0)
        boost *= 0.85;
    return boost;
}

QString removeDiacritics(const QString &word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            out += c;
    }
    return out;
}

// FTS5 computes bm25 for every match before it can sort, so ranking costs time in proportion
// to the matches. Up to kRankAll matches are ranked in full. A broader query (one or two common
// words, the first letters of a word) ranks only the newest kCapped matches: such a query says
// little yet, and the next keystroke narrows it. (Asking first for matches with the words in the
// title, questions or keywords cost a second pass that read far down common words' lists; the
// figures are in docs/kb.md, "Tried and left out".)
// An "any word" query (the fallback when no article has every word) ranks fewer in full: its
// matches are many and most hold only one of the words.
constexpr int kRankAll = 500;
constexpr int kRankAllAnyWord = 300;
constexpr int kCapped = 80;

int countMatches(const QSqlDatabase &db, const QString &expression, int atMost)
{
    SqlQuery q(
        db, QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM kb_fts WHERE kb_fts MATCH ? LIMIT ?)"));
    q.bind(0, expression).bind(1, atMost).exec();
    return q.next() ? q.value(0).toInt() : 0;
}

// `capped`: the newest `fetch` matches (rank is then computed for those rows only), otherwise the
// best `fetch` by rank.
QList<KbSearch::FetchedRow> fetchRows(const QSqlDatabase &db, const QString &match, const QString &rank,
                                      const KbQuery &q, int fetch, bool capped)
{
    SqlQuery sql(
        db, QStringLiteral(
                "SELECT a.rowid, a.id, a.title, kb_fts.rank, a.state, a.review_by, a.reviewed_at, a.helpful, "
                "a.not_helpful, a.outdated, a.agency, a.language, a.service_codes "
                "FROM kb_fts JOIN kb_articles a ON a.rowid = kb_fts.rowid "
                "WHERE kb_fts MATCH ? AND kb_fts.rank MATCH ? AND (? = '' OR a.agency = ?) "
                "AND (? = '' OR a.audience = ?) "
                "AND ((? = '' AND a.state <> 'retired') OR a.state = ?) AND (? = '' OR a.language = ?) "
                "ORDER BY %1 LIMIT ?")
                .arg(capped ? QStringLiteral("kb_fts.rowid DESC") : QStringLiteral("kb_fts.rank")));
    sql.bind(0, match)
        .bind(1, rank)
        .bind(2, q.agency)
        .bind(3, q.agency)
        .bind(4, q.audience)
        .bind(5, q.audience)
        .bind(6, q.state)
        .bind(7, q.state)
        .bind(8, q.language)
        .bind(9, q.language)
        .bind(10, fetch)
        .exec();
    QList<KbSearch::FetchedRow> list;
    while (sql.next()) {
        KbSearch::FetchedRow r;
        r.rowid = sql.value(0).toLongLong();
        r.hit.id = sql.value(1).toString();
        r.hit.title = sql.value(2).toString();
        r.rank = sql.value(3).toDouble();
        r.hit.state = sql.value(4).toString();
        r.reviewBy = sql.value(5).isNull() ? QDate() : timestamps::fromDb(sql.value(5)).date();
        r.reviewedAt = timestamps::fromDb(sql.value(6));
        r.helpful = sql.value(7).toInt();
        r.notHelpful = sql.value(8).toInt();
        r.outdated = sql.value(9).toInt();
        r.hit.agency = sql.value(10).toString();
        r.hit.language = sql.value(11).toString();
        r.hit.serviceCodes = sql.value(12).toString().split(u'\n', Qt::SkipEmptyParts);
        list.append(r);
    }
    return list;
}

// The rows scored: bm25 times the boosts as of now.
QList<Candidate> scored(const QList<KbSearch::FetchedRow> &rows)
{
    QList<Candidate> list;
    list.reserve(rows.size());
    for (const KbSearch::FetchedRow &r : rows) {
        Candidate c;
        c.rowid = r.rowid;
        c.hit = r.hit;
        c.hit.score =
            -r.rank * boostFor(r.hit.state, r.reviewBy, r.reviewedAt, r.helpful, r.notHelpful, r.outdated);
        list.append(c);
    }
    return list;
}

using RowFetcher = std::function<QList<KbSearch::FetchedRow>(const QString &match, const QString &rank,
                                                             int fetch, bool capped)>;

// `atMost`: an upper bound on the matches from the vocabulary (-1 when there is none); within
// rankAll it saves counting them.
// `capped`: how many of the newest matches are ranked when there are too many to rank all.
QList<Candidate> candidates(const RowFetcher &rows, const QString &match, const QString &rank, int fetch,
                            int rankAll, int atMost, int capped,
                            const std::function<int(const QString &, int)> &count)
{
    if ((atMost >= 0 && atMost <= rankAll) || count(match, rankAll + 1) <= rankAll)
        return scored(rows(match, rank, fetch, false));
    QList<Candidate> list = scored(rows(match, rank, capped, true));
    std::sort(list.begin(), list.end(),
              [](const Candidate &a, const Candidate &b) { return a.hit.score > b.hit.score; });
    if (list.size() > fetch)
        list.resize(fetch);
    return list;
}

// What the kept rows of ranked queries depend on besides the query: the articles (the
// kb_generation) and their helpful/outdated counts (the latest feedback, which leaves the
// generation alone).
QString fetchMarks(const QSqlDatabase &db, qint64 generation)
{
    SqlQuery q(db, QStringLiteral("SELECT coalesce(max(rowid), 0) FROM kb_feedback"));
    q.exec();
    return QString::number(generation) + u'/' + (q.next() ? q.value(0).toString() : QString());
}

// How many whole terms the word being typed is completed to: enough for the word the caller
// means to be among them at the third or fourth letter, few enough that FTS5 reads few lists.
constexpr int kCompletions = 4;
// Two letters begin thousands of words and say little yet: fewer of them are asked.
constexpr int kShortCompletions = 3;

// A small vocabulary (one that loaded this fast) is reloaded as soon as it is stale, so a search
// right after an edit sees the new words; a larger one in the background.
constexpr double kReloadAtOnceMs = 50.0;

// The vocabulary terms nearest to a word that matches nothing (see corrections()).
QStringList vocabularyCorrections(const KbVocabulary &vocabulary, const QString &typed);

// A word the index lacks, split into two words ("garbagepickup" -> garbage, pickup). Each part
// has at least three letters; one is a word of the index, the other one too or a word `known`
// otherwise (WordNet, the synonyms), which then reaches the index through its synonyms and
// related words ("garbage" -> trash). Of several splits, one whose parts the index both holds
// wins, then the one whose rarer part is in the most articles (the likeliest reading). Empty
// when none. Without `known`, both parts are words of the index, stop words too ("trash can").
QStringList compoundSplit(const KbVocabulary &vocabulary, const KbTokenizer &tokenizer, const QString &word,
                          const std::function<bool(const QString &)> &known)
{
    constexpr qsizetype kMinPart = 3;
    QStringList best;
    std::pair<bool, int> bestRank{false, 0};
    for (qsizetype at = kMinPart; at + kMinPart <= word.size(); ++at) {
        const QString first = word.left(at);
        const QString second = word.mid(at);
        if (known && (kbquerytext::isStopword(first) || kbquerytext::isStopword(second)))
            continue; // "somewhere" is not "some" + "where"
        const QString a = tokenizer.term(first);
        const QString b = tokenizer.term(second);
        if (a.isEmpty() || b.isEmpty())
            continue;
        const int inA = vocabulary.documents(a);
        const int inB = vocabulary.documents(b);
        // A part the index lacks says less: it must be a longer word ("lam" + "post" is no
        // reading of "lampost", "ski" + "ped" none of "skiped").
        auto usable = [&](const QString &part, int documents) {
            return documents > 0 || (known && part.size() >= 4 && known(part));
        };
        if (!usable(first, inA) || !usable(second, inB))
            continue;
        const bool both = inA > 0 && inB > 0;
        const std::pair<bool, int> rank{both, both ? std::min(inA, inB) : std::max(inA, inB)};
        if (rank.second > 0 && rank > bestRank) {
            bestRank = rank;
            best = QStringList{first, second};
        }
    }
    return best;
}

qint64 kbGeneration(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT value FROM meta WHERE key = 'kb_generation'"));
    q.exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

// A vocabulary term as an FTS5 expression. The query's words go through the same stemmer as
// the index, and Porter does not always leave a stem as it is ("hous", the stem of house, would
// become "hou"). Such a term is asked as a word that stems to it ("house"); failing that, as a
// prefix of itself, which FTS5 stems too and expands to every term it begins (slow when short).
QString termExpression(const KbTokenizer &tokenizer, const QString &term)
{
    if (tokenizer.term(term) == term)
        return quoted(term);
    static const QStringList endings{QStringLiteral("e"),   QStringLiteral("s"),  QStringLiteral("es"),
                                     QStringLiteral("ing"), QStringLiteral("ed"), QStringLiteral("ent"),
                                     QStringLiteral("ion"), QStringLiteral("al"), QStringLiteral("er")};
    for (const QString &ending : endings) {
        const QString word = term + ending;
        if (tokenizer.term(word) == term)
            return quoted(word);
    }
    return quoted(term) + u'*';
}

// How many articles hold each phrase of a MATCH expression this search wrote, in the order the
// phrases appear, for the ranking (KbRanking): a single term's count comes from the vocabulary,
// a prefix's or a phrase's of several words from `count` (counted once, then kept while the
// articles stay as they are). Empty, so that FTS5 counts every phrase, when a phrase holds no
// word at all.
QList<qint64> phraseDocuments(const QString &match, const KbTokenizer &tokenizer,
                              const KbVocabulary &vocabulary,
                              const std::function<qint64(const QString &)> &count)
{
    QList<qint64> out;
    for (qsizetype at = 0; at < match.size(); ++at) {
        if (match.at(at) != u'"')
            continue;
        QString text;
        qsizetype end = at + 1;
        for (; end < match.size(); ++end) {
            if (match.at(end) != u'"') {
                text += match.at(end);
            } else if (end + 1 < match.size() && match.at(end + 1) == u'"') {
                text += u'"'; // a doubled quote inside the string
                ++end;
            } else {
                break;
            }
        }
        const bool prefix = end + 1 < match.size() && match.at(end + 1) == u'*';
        const QStringList terms = tokenizer.terms(text);
        if (terms.isEmpty())
            return {};
        if (prefix || terms.size() != 1)
            out.append(count(match.mid(at, end + 1 - at) + (prefix ? QStringLiteral("*") : QString())));
        else
            out.append(vocabulary.documents(terms.constFirst()));
        at = end;
    }
    return out;
}
} // namespace

KbSearch::KbSearch(const Database &db, std::shared_ptr<const KbThesaurus> thesaurus)
    : m_db(db), m_thesaurus(thesaurus ? std::move(thesaurus) : KbThesaurus::shared())
{
    reloadSynonyms();
}

KbSearch::~KbSearch()
{
    m_reload.waitForFinished();
}

double KbSearch::prepare() const
{
    QElapsedTimer timer;
    timer.start();
    vocabulary(m_db.connection());
    return double(timer.nsecsElapsed()) / 1e6;
}

void KbSearch::loadVocabulary(const QSqlDatabase &db, qint64 generation) const
{
    QElapsedTimer timer;
    timer.start();
    auto fresh = KbVocabulary::load(db);
    QMutexLocker lock(&m_mutex);
    m_vocabulary = std::move(fresh);
    m_vocabularyGeneration = generation;
    m_loadMs = double(timer.nsecsElapsed()) / 1e6;
    m_counts.clear();
    m_corrections.clear();
}

std::shared_ptr<const KbVocabulary> KbSearch::vocabulary(const QSqlDatabase &db, bool *current,
                                                         qint64 *generationOut) const
{
    const qint64 generation = kbGeneration(db);
    if (generationOut)
        *generationOut = generation;
    if (current)
        *current = true;
    {
        QMutexLocker lock(&m_mutex);
        if (m_vocabulary && m_vocabularyGeneration == generation)
            return m_vocabulary;
        if (m_vocabulary && m_loadMs > kReloadAtOnceMs) {
            if (m_reload.isFinished()) {
                m_reload = QtConcurrent::run([this, generation] {
                    QMutexLocker loading(&m_loadMutex);
                    try {
                        loadVocabulary(m_db.connection(), generation);
                    } catch (const Error &) {
                        // Searches keep the previous vocabulary and try again on the next one.
                    }
                    m_db.closeThreadConnection();
                });
            }
            if (current)
                *current = false;
            return m_vocabulary;
        }
    }
    QMutexLocker loading(&m_loadMutex);
    {
        QMutexLocker lock(&m_mutex);
        if (m_vocabulary && m_vocabularyGeneration == generation)
            return m_vocabulary; // another thread loaded it meanwhile
    }
    loadVocabulary(db, generation);
    QMutexLocker lock(&m_mutex);
    return m_vocabulary;
}

void KbSearch::reloadSynonyms()
{
    const auto fresh = KbRepository(m_db).synonyms();
    QMutexLocker lock(&m_mutex);
    m_synonyms = fresh;
    m_counts.clear();
    m_corrections.clear();
}

int KbSearch::cachedCount(const QSqlDatabase &db, const QString &expression, int atMost) const
{
    const QString key = QString::number(atMost) + u'|' + expression;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_counts.constFind(key);
        if (it != m_counts.cend())
            return *it;
        // A count capped higher answers a lower cap too (the plan counts each word up to
        // kCommonMatches; a one-word query then asks again up to kRankAll + 1).
        if (atMost < kCommonMatches) {
            const auto wider = m_counts.constFind(QString::number(kCommonMatches) + u'|' + expression);
            if (wider != m_counts.cend())
                return std::min(*wider, atMost);
        }
    }
    const int n = countMatches(db, expression, atMost);
    QMutexLocker lock(&m_mutex);
    // A bound on memory: a long shift of varied calls never grows the cache without end.
    if (m_counts.size() > kCacheEntries)
        m_counts.clear();
    m_counts.insert(key, n);
    return n;
}

QList<KbSearch::FetchedRow> KbSearch::fetched(const QSqlDatabase &db, const QString &marks,
                                              const QString &match, const QString &rank, const KbQuery &q,
                                              int fetch, bool capped) const
{
    const QString key = QStringList{match,
                                    rank,
                                    q.agency,
                                    q.audience,
                                    q.state,
                                    q.language,
                                    QString::number(fetch),
                                    capped ? QStringLiteral("newest") : QStringLiteral("best")}
                            .join(u'\x1f');
    {
        QMutexLocker lock(&m_mutex);
        if (m_fetchedMarks == marks) {
            const auto it = m_fetched.constFind(key);
            if (it != m_fetched.cend())
                return *it;
        }
    }
    QList<FetchedRow> rows = fetchRows(db, match, rank, q, fetch, capped);
    QMutexLocker lock(&m_mutex);
    // A few hundred queries' rows: a call taker's last words, typed letter by letter.
    if (m_fetchedMarks != marks || m_fetched.size() > kFetchedQueries) {
        m_fetched.clear();
        m_fetchedMarks = marks;
    }
    m_fetched.insert(key, rows);
    return rows;
}

void KbSearch::keepForGeneration(qint64 generation) const
{
    QMutexLocker lock(&m_mutex);
    // Texts and snippets follow the articles: any write to them moves the generation. The bound
    // on entries keeps a long shift of varied calls from growing them without end.
    if (m_textsGeneration != generation || m_texts.size() > kCacheEntries ||
        m_snippets.size() > kCacheEntries) {
        m_texts.clear();
        m_snippets.clear();
        m_textsGeneration = generation;
    }
}

QStringList KbSearch::articleText(const QSqlDatabase &db, qint64 generation, qint64 rowid) const
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_texts.constFind(rowid);
        if (it != m_texts.cend() && m_textsGeneration == generation)
            return *it;
    }
    SqlQuery q(db,
               QStringLiteral("SELECT title, questions, keywords, answer_markdown, script FROM kb_articles "
                              "WHERE rowid = ?"));
    q.bind(0, rowid).exec();
    if (!q.next())
        return {};
    QStringList columns;
    QString headings;
    QString body;
    for (int column = 0; column < 5; ++column) {
        columns.append(q.value(column).toString());
        (column < 3 ? headings : body) += columns.constLast().toLower() + u'\n';
    }
    columns << headings << body;
    QMutexLocker lock(&m_mutex);
    if (m_textsGeneration == generation)
        m_texts.insert(rowid, columns);
    return columns;
}

QStringList KbSearch::corrections(const KbVocabulary &vocabulary, const QString &typed) const
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_corrections.constFind(typed);
        if (it != m_corrections.cend())
            return *it;
    }
    QStringList out = vocabularyCorrections(vocabulary, typed);
    QMutexLocker lock(&m_mutex);
    if (m_corrections.size() > kCacheEntries)
        m_corrections.clear();
    m_corrections.insert(typed, out);
    return out;
}

namespace {
QStringList vocabularyCorrections(const KbVocabulary &vocabulary, const QString &typed)
{
    const QString word = removeDiacritics(typed);
    const int allowed = kbspelling::allowedMistakes(word.size());
    if (allowed == 0 || !word.at(0).isLetter())
        return {};
    // Typing mistakes rarely hit the first two letters; staying within them keeps the scan of
    // the vocabulary short.
    int best = kbspelling::kFar;
    QList<QPair<qint64, QString>> found; // (documents, term) at the best distance
    vocabulary.forEachStartingWith(word.left(2), [&](const KbVocabulary::Term &t) {
        if (t.term.size() < 3)
            return;
        const int d = kbspelling::stemDistance(word, t.term, allowed);
        if (d > best)
            return;
        if (d < best) {
            best = d;
            found.clear();
        }
        found.append({t.documents, t.term});
    });
    if (best >= kbspelling::kFar)
        return {};
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList out;
    for (qsizetype i = 0; i < found.size() && i < 2; ++i)
        out.append(found.at(i).second);
    return out;
}
} // namespace

KbSearch::Plan KbSearch::plan(const QString &text, bool asYouType) const
{
    QList<kbquerytext::Term> typed = kbquerytext::parse(text, asYouType);
    const QSqlDatabase db = m_db.connection();
    bool current = false;
    qint64 generation = -1;
    const std::shared_ptr<const KbVocabulary> vocabulary = this->vocabulary(db, &current, &generation);
    const KbTokenizer tokenizer(db);
    // The word being typed may already be finished: a whole word of the index ("noise"), a stop
    // word, or one that begins no word of the index ("stopsign"). Then the text is searched as
    // the final text it may be, so the list as you type ends on exactly the list that the same
    // text gives when searched whole (`kb search`), whatever the keystrokes before it.
    if (!typed.isEmpty() && typed.constLast().prefix) {
        const QString word = typed.constLast().words.constFirst();
        const QString term = tokenizer.term(word);
        const bool whole = !term.isEmpty() && vocabulary->documents(term) > 0;
        bool beginsSome = !vocabulary->completions(removeDiacritics(word), 1).isEmpty();
        if (word.size() >= 4 && word.endsWith(u'y'))
            beginsSome = beginsSome || !vocabulary->completions(word.chopped(1) + u'i', 1).isEmpty();
        for (qsizetype k = 1; k <= 3 && word.size() - k >= 4; ++k)
            beginsSome = beginsSome || !vocabulary->completions(word.chopped(k), 1).isEmpty();
        // (A single letter stays a prefix: "s" is a term of the index, from "it's", but typed
        // after words it is the start of the next one.)
        if (word.size() >= 2 && (whole || kbquerytext::isStopword(word) || (word.size() >= 3 && !beginsSome)))
            typed.last().prefix = false;
    }
    // One unfinished letter after other words would match every word starting with it (the
    // prefix index starts at two letters), which is slow in a large index and says nothing.
    if (typed.size() > 1 && typed.constLast().prefix && typed.constLast().words.constFirst().size() < 2)
        typed.removeLast();
    QList<kbquerytext::Term> terms = kbquerytext::withoutStopwords(typed);
    QMultiMap<QString, QString> synonyms;
    {
        QMutexLocker lock(&m_mutex);
        synonyms = m_synonyms;
    }
    // A finished word the index lacks may be two words run together ("stopsign", "garbagepickup"):
    // it is searched as the two words, each with its own synonyms, related words and place in the
    // ranking, as if the caller had typed the space ("sign" then finds an article titled Roadway
    // Signs that never says "stop sign").
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const kbquerytext::Term &t = terms.at(i);
        if (t.phrase || t.prefix || t.words.constFirst().size() < 6)
            continue;
        const QString term = tokenizer.term(t.words.constFirst());
        if (term.isEmpty() || vocabulary->documents(term) > 0)
            continue;
        // A word with synonyms of its own ("paperwork" -> forms) is searched through them.
        if (synonyms.contains(t.words.constFirst()))
            continue;
        const QStringList parts =
            compoundSplit(*vocabulary, tokenizer, t.words.constFirst(), [&](const QString &w) {
                return !m_thesaurus->related(w).isEmpty() || synonyms.contains(w);
            });
        if (parts.isEmpty())
            continue;
        // A real word the KB lacks ("forever", "snowplow") is split only into two longer words the
        // KB holds: "fore" + "ver" is no reading of it.
        if (m_thesaurus->knows(t.words.constFirst()) &&
            std::any_of(parts.cbegin(), parts.cend(), [&](const QString &part) {
                return part.size() < 4 || vocabulary->documents(tokenizer.term(part)) <= 0;
            }))
            continue;
        terms[i].words = QStringList{parts.constFirst()};
        terms.insert(i + 1, kbquerytext::Term{{parts.constLast()}, false, false});
        ++i;
    }
    // One or two unfinished letters after real words add little but cost: they match most of a
    // large index. The next keystroke brings the word in.
    if (terms.size() > 1 && terms.constLast().prefix && terms.constLast().words.constFirst().size() < 3)
        terms.removeLast();
    // Articles holding a word as typed (stemmed as the index stems it); -1 for several words.
    auto documentsOf = [&](const QString &word) {
        const QString term = tokenizer.term(word);
        return term.isEmpty() ? -1 : vocabulary->documents(term);
    };
    // The word being typed as the whole terms it may become, those in most articles first, and
    // the articles they are in (at most).
    auto complete = [&](const QString &typed, int &documents) {
        QStringList out;
        documents = 0;
        // The word as typed may already be whole ("bus" is indexed as "bu", no completion of it).
        const QString whole = tokenizer.term(typed);
        if (!whole.isEmpty() && !whole.startsWith(typed) && vocabulary->documents(whole) > 0) {
            out.append(quoted(whole));
            documents += vocabulary->documents(whole);
        }
        const int wanted = typed.size() <= 2 ? kShortCompletions : kCompletions;
        for (const KbVocabulary::Term &t : vocabulary->completions(removeDiacritics(typed), wanted)) {
            out.append(termExpression(tokenizer, t.term));
            documents += t.documents;
        }
        return out;
    };
    Plan p;
    p.allAtMost = std::numeric_limits<int>::max();
    p.anyAtMost = 0;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const kbquerytext::Term &t = terms.at(i);
        QStringList alternatives{kbquerytext::expression(t)};
        bool common = false;
        int documents = -1;
        if (!t.phrase) {
            const QString word = t.words.constFirst();
            const bool hasNext = i + 1 < terms.size() && !terms.at(i + 1).phrase;
            const QString pair = hasNext ? word + u' ' + terms.at(i + 1).words.constFirst() : QString();
            // Two words the index holds as one ("side walk" -> sidewalk, "pot hole"): the pair
            // as a phrase or the compound. Only where the compound is a word of the index.
            const QString joined = hasNext && !terms.at(i + 1).prefix && !synonyms.contains(pair)
                                       ? tokenizer.term(word + terms.at(i + 1).words.constFirst())
                                       : QString();
            if (!joined.isEmpty() && vocabulary->documents(joined) > 0) {
                alternatives = QStringList{quoted(pair), termExpression(tokenizer, joined)};
                ++i;
            } else if (hasNext && synonyms.contains(pair)) {
                // "pot hole" -> ("pot hole" OR "pothole"): the two words are one term.
                alternatives = QStringList{quoted(pair)};
                for (const QString &s : synonyms.values(pair))
                    alternatives.append(quoted(s));
                ++i;
            } else if (t.prefix) {
                // As you type, the last word becomes the whole terms it begins. The index holds
                // stems, and a word typed past its stem ("collecti" of collection, stem
                // "collect"; "grocery" -> "groceri") begins none: then what the stemmer does to
                // endings is tried (a final y becomes i, up to three letters go), and only when
                // that finds nothing either is the word taken for a typo.
                int found = 0;
                alternatives = complete(word, found);
                QStringList tries;
                if (word.size() >= 4 && word.endsWith(u'y'))
                    tries.append(word.chopped(1) + u'i');
                for (qsizetype k = 1; k <= 3 && word.size() - k >= 4; ++k)
                    tries.append(word.chopped(k));
                for (qsizetype k = 0; alternatives.isEmpty() && k < tries.size(); ++k)
                    alternatives = complete(tries.at(k), found);
                if (alternatives.isEmpty()) {
                    for (const QString &c : corrections(*vocabulary, word))
                        alternatives.append(termExpression(tokenizer, c));
                }
                if (alternatives.isEmpty())
                    alternatives.append(kbquerytext::expression(t)); // matches nothing; says so
                for (const QString &s : synonyms.values(word))
                    alternatives.append(quoted(s));
                documents = synonyms.contains(word) ? -1 : found;
                common = found >= kCommonMatches;
            } else {
                const int found = documentsOf(word);
                documents = found;
                for (const QString &s : synonyms.values(word)) {
                    p.forms[word].append(s);
                    alternatives.append(quoted(s));
                    const int more = documentsOf(s);
                    documents = documents < 0 || more < 0 ? -1 : documents + more;
                }
                // The compounds of the index that hold the word ("light" -> streetlight): a few,
                // not the common ones, and weighted as related words. As alternatives of the
                // word itself they outranked it: a rare compound ("outreach" for "out") has a
                // higher bm25 weight than the word the caller said.
                int compounds = 0;
                for (const KbVocabulary::Term &c :
                     vocabulary->compoundsOf(tokenizer.term(word), 2 * kCompoundsPerWord)) {
                    if (compounds >= kCompoundsPerWord)
                        break;
                    const QString expression = termExpression(tokenizer, c.term);
                    if (c.documents >= kCommonMatches || p.related.contains(expression))
                        continue;
                    p.related.append(expression);
                    p.relatedAtMost = p.relatedAtMost < 0 ? -1 : p.relatedAtMost + c.documents;
                    ++compounds;
                }
                // Typo tolerance for a word that matches nothing. (Correcting words that match
                // only a few articles too was tried: real rare words like "stuff" then drew in
                // common look-alikes like "staff", and relevance dropped.)
                common = found >= kCommonMatches;
                if (found == 0) {
                    // Two words of the index run together that are not searched as two words
                    // (see above: "trashcan" holds a stop word): the pair as a phrase.
                    const QStringList pair = compoundSplit(*vocabulary, tokenizer, word, {});
                    if (!pair.isEmpty()) {
                        alternatives.append(quoted(pair.join(u' ')));
                        documents = -1;
                    }
                    // A word WordNet knows ("money", "paid") is the caller's own word, which this
                    // KB happens not to hold: a small KB lacks most of English, and "correcting"
                    // such words to look-alikes it holds ("money" -> "move") finds wrong articles.
                    // The thesaurus relates it to words the KB may hold instead.
                    if (!m_thesaurus->knows(word)) {
                        for (const QString &c : corrections(*vocabulary, word)) {
                            p.forms[word].append(c);
                            alternatives.append(termExpression(tokenizer, c));
                            documents = documents < 0 ? -1 : documents + vocabulary->documents(c);
                        }
                    }
                }
            }
        }
        if (!t.phrase && !t.prefix && alternatives.size() == 1 &&
            !kbquerytext::isStopword(t.words.constFirst()))
            addRelated(p, t.words.constFirst(), *vocabulary, tokenizer);
        const QString group = alternatives.size() == 1
                                  ? alternatives.constFirst()
                                  : u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
        p.groups.append(group);
        // Matching every group means matching each one: any group's bound bounds them all.
        if (documents >= 0)
            p.allAtMost = std::min(p.allAtMost, documents);
        if (!common) {
            p.selective.append(group);
            // With other words, the "any word" fallback takes the word being typed only once it is
            // a whole word ("pothole"), not its completions: they are many lists to merge, and
            // they narrow the "all words" query anyway.
            if (t.prefix && terms.size() > 1) {
                const QString whole = tokenizer.term(t.words.constFirst());
                const int wholeDocuments = whole.isEmpty() ? 0 : vocabulary->documents(whole);
                if (wholeDocuments > 0) {
                    p.anyWord.append(termExpression(tokenizer, whole));
                    p.anyAtMost = p.anyAtMost < 0 ? -1 : p.anyAtMost + wholeDocuments;
                }
            } else {
                p.anyWord.append(group);
                p.anyAtMost = documents < 0 || p.anyAtMost < 0 ? -1 : p.anyAtMost + documents;
            }
        }
    }
    if (p.allAtMost == std::numeric_limits<int>::max())
        p.allAtMost = -1;
    // Stop words are never required, but where they are not common (a small KB) they still tell
    // bm25 something about phrasing ("do I need a permit"), so they join the "any word" query.
    // In a large KB they are common and drop out by the same rule as any common word.
    if (terms.size() < typed.size()) {
        for (const kbquerytext::Term &t : typed) {
            if (t.phrase || t.prefix || !kbquerytext::isStopword(t.words.constFirst()))
                continue;
            const QString e = kbquerytext::expression(t);
            const int found = documentsOf(t.words.constFirst());
            if (!p.selective.contains(e) && found >= 0 && found < kCommonMatches) {
                p.selective.append(e);
                p.anyWord.append(e);
                p.anyAtMost = p.anyAtMost < 0 ? -1 : p.anyAtMost + found;
            }
        }
    }
    p.all = p.groups.join(QStringLiteral(" AND "));
    p.any = p.anyWord.join(QStringLiteral(" OR "));
    p.withRelated = p.related.isEmpty() ? QString() : (p.anyWord + p.related).join(QStringLiteral(" OR "));
    p.generation = generation;
    const auto countPhrase = [&](const QString &phrase) {
        return qint64(cachedCount(db, phrase, std::numeric_limits<int>::max()));
    };
    // A vocabulary of an earlier generation may count a word wrongly: FTS5 then counts.
    auto rankOf = [&](const QString &match) {
        return KbRanking::rankFunction(current ? phraseDocuments(match, tokenizer, *vocabulary, countPhrase)
                                               : QList<qint64>{});
    };
    p.allRank = rankOf(p.all);
    p.anyRank = rankOf(p.any);
    p.withRelatedRank = rankOf(p.withRelated);
    return p;
}

void KbSearch::addRelated(Plan &p, const QString &word, const KbVocabulary &vocabulary,
                          const KbTokenizer &tokenizer) const
{
    const QString self = tokenizer.term(word);
    int added = 0;
    for (const KbThesaurus::Related &r : m_thesaurus->related(word)) {
        if (added >= kRelatedPerWord)
            break;
        int documents = -1;
        QString expression;
        if (r.term.contains(u' ')) {
            const QStringList parts = tokenizer.terms(r.term);
            bool held = !parts.isEmpty();
            for (const QString &part : parts)
                held = held && vocabulary.documents(part) > 0;
            if (!held)
                continue;
            expression = quoted(r.term);
        } else {
            const QString term = tokenizer.term(r.term);
            if (term.isEmpty() || term == self)
                continue;
            documents = vocabulary.documents(term);
            // Unknown to the index, or so common that it says nothing.
            if (documents <= 0 || documents >= kCommonMatches)
                continue;
            expression = termExpression(tokenizer, term);
        }
        if (p.related.contains(expression))
            continue;
        p.related.append(expression);
        p.relatedAtMost = documents < 0 || p.relatedAtMost < 0 ? -1 : p.relatedAtMost + documents;
        ++added;
    }
}

QString KbSearch::matchExpression(const QString &text, bool asYouType) const
{
    return plan(text, asYouType).groups.join(QStringLiteral(" AND "));
}

namespace {
// Two words the caller said side by side ("my street", "door handles") that also stand side by
// side in an article are stronger evidence than the same words scattered: each such pair
// multiplies the score by kPairBonus.
constexpr double kPairBonus = 1.25;

// A caller's word found whole (not only its stem) in an article's title, questions or keywords,
// or else in its body.
constexpr double kWholeInHeadings = 1.2;
constexpr double kWholeInBody = 1.08;

// Only the leading candidates are checked: the bonus reorders the top of the list, it does not
// dig deep ones out.
constexpr int kPairChecked = 10;

// A rough stem, enough to see "door handles" in "door handle": the pair check reads the
// candidates' text here instead of asking FTS5 once per pair and candidate, which costs
// milliseconds in a large index.
QString roughStem(const QString &word)
{
    const qsizetype n = word.size();
    if (n > 5 && word.endsWith(QLatin1String("ing")))
        return word.left(n - 3);
    if (n > 4 && (word.endsWith(QLatin1String("ed")) || word.endsWith(QLatin1String("es"))))
        return word.left(n - 2);
    if (n > 3 && word.endsWith(u's') && !word.endsWith(QLatin1String("ss")))
        return word.left(n - 1);
    return word;
}

// Adds to `found` each of `pairs` ("stem stem") that stands as two neighbouring words in `text`.
void findNeighbourPairs(const QString &text, const QSet<QString> &pairs, QSet<QString> &found)
{
    QString previous;
    QString word;
    auto flush = [&] {
        if (word.isEmpty())
            return;
        bool ascii = true;
        for (const QChar c : std::as_const(word))
            ascii = ascii && c.unicode() < 0x80;
        const QString lower = word.toLower();
        const QString stem = roughStem(ascii ? lower : removeDiacritics(lower));
        if (!previous.isEmpty()) {
            const QString pair = previous + u' ' + stem;
            if (pairs.contains(pair))
                found.insert(pair);
        }
        previous = stem;
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word += c;
        } else {
            flush();
            if (c == u'\n' || c == u'.')
                previous.clear(); // a pair never spans two lines or sentences
        }
    }
    flush();
}

// Whether `word` stands whole in `lower` (a lower-case text), alone or with a plural ending:
// "block" in "a block party", not in "blocked".
bool holdsWhole(const QString &lower, const QString &word)
{
    for (qsizetype at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
        if (at > 0 && lower.at(at - 1).isLetterOrNumber())
            continue;
        qsizetype end = at + word.size();
        if (end < lower.size() && lower.at(end) == u's')
            ++end;
        else if (end + 1 < lower.size() && lower.at(end) == u'e' && lower.at(end + 1) == u's')
            end += 2;
        if (end >= lower.size() || !lower.at(end).isLetterOrNumber())
            return true;
    }
    return false;
}

// Whether a word of `lower` begins with `stem` (a term of the index, as a spelling correction
// is): "ticket" in "pay a parking ticket".
bool beginsWord(const QString &lower, const QString &stem)
{
    for (qsizetype at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) {
        if (at == 0 || !lower.at(at - 1).isLetterOrNumber())
            return true;
    }
    return false;
}

// `forms`: what counts as a caller's word found whole: its synonyms, and the spelling corrections
// of a word the index lacks ("tiket" is found whole when the title says "ticket").
// `articleText`: an article's five columns, then its headings and its body in lower case.
void applyPairBonus(const QString &text, const QHash<QString, QStringList> &forms, QList<Candidate> &found,
                    const std::function<QStringList(qint64)> &articleText)
{
    if (found.isEmpty())
        return;
    const QList<kbquerytext::Term> typed = kbquerytext::parse(text, false);
    // The caller's words as they said them: an article holding a word whole ranks above one
    // that only holds another word of the same stem ("block" and "blocked"), and more so in its
    // title, questions or keywords than in its body.
    QStringList words;
    for (const kbquerytext::Term &t : typed) {
        const QString w = t.words.constFirst();
        if (!t.phrase && w.size() >= 3 && !kbquerytext::isStopword(w) && !words.contains(w))
            words.append(w);
    }
    QSet<QString> pairs;
    for (qsizetype i = 1; i < typed.size(); ++i) {
        const QString a = typed.at(i - 1).words.constLast();
        const QString b = typed.at(i).words.constFirst();
        if (typed.at(i - 1).phrase || typed.at(i).phrase ||
            (kbquerytext::isStopword(a) && kbquerytext::isStopword(b)))
            continue;
        pairs.insert(roughStem(removeDiacritics(a)) + u' ' + roughStem(removeDiacritics(b)));
    }
    if (pairs.isEmpty() && words.isEmpty())
        return;
    std::stable_sort(found.begin(), found.end(),
                     [](const Candidate &a, const Candidate &b) { return a.hit.score > b.hit.score; });
    QList<QPair<QString, QString>> halves;
    for (const QString &pair : std::as_const(pairs))
        halves.append({pair.section(u' ', 0, 0), pair.section(u' ', 1)});
    // Splitting a text into stemmed words costs far more than looking for the stems in it: a
    // plain ASCII text holding neither half of any pair needs no splitting.
    auto mayHoldPair = [&](const QString &text) {
        for (const QChar c : text) {
            if (c.unicode() >= 0x80)
                return true; // accents are removed word by word; let the splitter decide
        }
        const QString lower = text.toLower();
        for (const auto &h : std::as_const(halves)) {
            if (lower.contains(h.first) && lower.contains(h.second))
                return true;
        }
        return false;
    };
    for (qsizetype i = 0; i < found.size() && i < kPairChecked; ++i) {
        const QStringList columns = articleText(found.at(i).rowid);
        if (columns.isEmpty())
            continue;
        QSet<QString> present;
        for (int column = 0; column < 5 && !pairs.isEmpty(); ++column) {
            if (mayHoldPair(columns.at(column)))
                findNeighbourPairs(columns.at(column), pairs, present);
        }
        const QString &headings = columns.at(5); // title, questions, keywords
        const QString &body = columns.at(6);
        double whole = 1.0;
        for (const QString &w : std::as_const(words)) {
            const QStringList others = forms.value(w);
            auto holds = [&](const QString &lower) {
                return holdsWhole(lower, w) ||
                       std::any_of(others.cbegin(), others.cend(),
                                   [&](const QString &c) { return beginsWord(lower, c); });
            };
            if (holds(headings))
                whole *= kWholeInHeadings;
            else if (holds(body))
                whole *= kWholeInBody;
        }
        found[i].hit.score *= std::pow(kPairBonus, int(present.size())) * whole;
    }
}
} // namespace

QList<KbHit> KbSearch::search(const KbQuery &query) const
{
    const int limit = std::clamp(query.limit, 1, 200);
    const Plan p = plan(query.text, query.asYouType);
    if (p.groups.isEmpty())
        return {};
    const QSqlDatabase db = m_db.connection();
    // How far each query looks and when the "any word" fallback joins do not depend on the
    // limit up to kListed, so a shorter list is always the start of a longer one: the panel's
    // twenty and `kb search`'s ten agree.
    const int listed = std::max(limit, kListed);
    const int fetch = listed * 3;
    KbRanking::install(db);
    const QString marks = fetchMarks(db, p.generation);
    const RowFetcher rows = [&](const QString &match, const QString &rank, int n, bool capped) {
        return fetched(db, marks, match, rank, query, n, capped);
    };

    const auto count = [&](const QString &expression, int atMost) {
        return cachedCount(db, expression, atMost);
    };
    // Nothing but common words (stop words, a couple of letters) says nothing yet: rank only as
    // many of the newest matches as are fetched anyway.
    const int capped = p.selective.isEmpty() ? fetch : kCapped;
    QList<Candidate> found = candidates(rows, p.all, p.allRank, fetch, kRankAll, p.allAtMost, capped, count);
    for (Candidate &c : found)
        c.hit.score *= kAllTermsBonus;
    if (found.size() < limit && p.groups.size() > 1 && !p.anyWord.isEmpty()) {
        QSet<qint64> seen;
        for (const Candidate &c : std::as_const(found))
            seen.insert(c.rowid);
        for (const Candidate &c :
             candidates(rows, p.any, p.anyRank, fetch, kRankAllAnyWord, p.anyAtMost, kCapped, count)) {
            if (!seen.contains(c.rowid))
                found.append(c);
        }
    }
    // The thesaurus's words, with the caller's own, in a query of their own ranked below the
    // words alone: an article found only through "sofa" ranks under one that says "couch".
    if (!p.related.isEmpty()) {
        const int atMost = p.anyAtMost < 0 || p.relatedAtMost < 0 ? -1 : p.anyAtMost + p.relatedAtMost;
        QHash<qint64, qsizetype> at;
        for (qsizetype i = 0; i < found.size(); ++i)
            at.insert(found.at(i).rowid, i);
        for (Candidate c : candidates(rows, p.withRelated, p.withRelatedRank, fetch, kRankAllAnyWord, atMost,
                                      kCapped, count)) {
            c.hit.score *= kRelatedWeight;
            const auto it = at.constFind(c.rowid);
            if (it == at.cend())
                found.append(c);
            else if (found.at(*it).hit.score < c.hit.score)
                found[*it].hit.score = c.hit.score;
        }
    }
    keepForGeneration(p.generation);
    applyPairBonus(query.text, p.forms, found,
                   [&](qint64 rowid) { return articleText(db, p.generation, rowid); });
    std::stable_sort(found.begin(), found.end(),
                     [](const Candidate &a, const Candidate &b) { return a.hit.score > b.hit.score; });
    if (found.size() > limit)
        found.resize(limit);

    // Snippets mark the words that are not common: a word found in thousands of articles would
    // make every lookup walk its long list in a large index, and marking it says little. Nor the
    // word being typed once it is past the prefix index (3 letters) while other words are marked:
    // FTS5 would merge the lists of every term it begins once per snippet.
    auto longPrefix = [](const QString &g) {
        return g.endsWith(QLatin1String("\"*")) && !g.startsWith(u'(') && g.size() > 6; // "abcd"*
    };
    QStringList marked;
    for (const QString &g : p.groups) {
        if (p.selective.contains(g) && !longPrefix(g))
            marked.append(g);
    }
    if (marked.isEmpty()) {
        for (const QString &g : p.groups) {
            if (p.selective.contains(g))
                marked.append(g);
        }
    }
    const QStringList &snippetGroups = marked.isEmpty() ? p.groups : marked;
    const QString snippetMatch = snippetGroups.join(QStringLiteral(" OR "));
    // FTS5 expands a prefix longer than its prefix index ("comp"*) by merging the lists of every
    // term it begins, each time the expression is set up: a query per article would merge them
    // ten times. So with such a prefix one query makes all the snippets: the rowid range lets
    // FTS5 scan only from the first to the last article shown, and the "+" keeps the rowid list
    // out of the planner, so it filters that scan instead of re-running it per rowid. Without
    // one, a lookup per article is cheaper (short lists, or the prefix index).
    static const QRegularExpression anyLongPrefix(QStringLiteral("\"[^\"]{4,}\"\\*"));
    const bool once = snippetMatch.contains(anyLongPrefix);
    QHash<qint64, QString> snippets;
    // The same articles are shown keystroke after keystroke, often for the same words: a snippet
    // made once is kept for its MATCH and article until the articles change.
    const QString snippetKey = snippetMatch + u'\x1f';
    {
        QMutexLocker lock(&m_mutex);
        if (m_textsGeneration == p.generation) {
            for (const Candidate &c : std::as_const(found)) {
                const auto it = m_snippets.constFind(snippetKey + QString::number(c.rowid));
                if (it != m_snippets.cend())
                    snippets.insert(c.rowid, *it);
            }
        }
    }
    QList<Candidate> unsnipped;
    for (const Candidate &c : std::as_const(found)) {
        if (!snippets.contains(c.rowid))
            unsnipped.append(c);
    }
    const qsizetype known = snippets.size();
    if (once && !unsnipped.isEmpty()) {
        qint64 low = unsnipped.constFirst().rowid;
        qint64 high = low;
        QStringList placeholders;
        for (const Candidate &c : std::as_const(unsnipped)) {
            low = std::min(low, c.rowid);
            high = std::max(high, c.rowid);
            placeholders.append(QStringLiteral("?"));
        }
        SqlQuery snippet(
            db, QStringLiteral("SELECT rowid, snippet(kb_fts, -1, char(2), char(3), '…', 16) FROM kb_fts "
                               "WHERE kb_fts MATCH ? AND rowid >= ? AND rowid <= ? AND +rowid IN (%1)")
                    .arg(placeholders.join(u',')));
        snippet.bind(0, snippetMatch).bind(1, low).bind(2, high);
        for (qsizetype i = 0; i < unsnipped.size(); ++i)
            snippet.bind(int(i + 3), unsnipped.at(i).rowid);
        snippet.exec();
        while (snippet.next())
            snippets.insert(snippet.value(0).toLongLong(), snippet.value(1).toString().simplified());
    } else if (!unsnipped.isEmpty()) {
        SqlQuery snippet(db,
                         QStringLiteral("SELECT snippet(kb_fts, -1, char(2), char(3), '…', 16) FROM kb_fts "
                                        "WHERE kb_fts MATCH ? AND rowid = ?"));
        for (const Candidate &c : std::as_const(unsnipped)) {
            snippet.bind(0, snippetMatch).bind(1, c.rowid).exec();
            if (snippet.next())
                snippets.insert(c.rowid, snippet.value(0).toString().simplified());
        }
    }
    if (snippets.size() > known) {
        QMutexLocker lock(&m_mutex);
        if (m_textsGeneration == p.generation) {
            for (const Candidate &c : std::as_const(unsnipped)) {
                const auto it = snippets.constFind(c.rowid);
                if (it != snippets.cend())
                    m_snippets.insert(snippetKey + QString::number(c.rowid), *it);
            }
        }
    }
    QList<KbHit> hits;
    for (qsizetype i = 0; i < found.size(); ++i) {
        KbHit hit = found.at(i).hit;
        hit.rank = int(i + 1);
        hit.snippet = snippets.value(found.at(i).rowid);
        hits.append(hit);
    }
    return hits;
}

QList<KbHit> KbSearch::plainBm25(const QString &text, int limit) const
{
    QStringList parts;
    for (const auto &t : kbquerytext::parse(text, false))
        parts.append(kbquerytext::expression(t));
    if (parts.isEmpty())
        return {};
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT a.id, a.title, bm25(kb_fts) AS s FROM kb_fts "
                                                 "JOIN kb_articles a ON a.rowid = kb_fts.rowid "
                                                 "WHERE kb_fts MATCH ? ORDER BY s LIMIT ?"));
    q.bind(0, parts.join(QStringLiteral(" OR "))).bind(1, limit).exec();
    QList<KbHit> hits;
    while (q.next()) {
        KbHit h;
        h.rank = int(hits.size() + 1);
        h.id = q.value(0).toString();
        h.title = q.value(1).toString();
        h.score = -q.value(2).toDouble();
        hits.append(h);
    }
    return hits;
}

} // namespace civicdesk::core
