#include "core/intake/servicepicker.h"

#include "core/catalog/catalogtext.h"
#include "core/kb/kbserviceindex.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace civicdesk::core {

namespace {
// Weights: a name match is worth a little more than a keyword, a group match much less.
constexpr double kNameWeight = 1.0;
constexpr double kKeywordWeight = 0.95;
constexpr double kCodeWeight = 0.9;
constexpr double kGroupWeight = 0.5;
// Usage can lift a type within a tier (exact > prefix > word prefix > substring), not across.
constexpr double kMaxUsageBonus = 12.0;
// Services found by the KB search of the caller's words rank below every type-ahead tier, between
// these two scores by their search score.
constexpr double kWordsLowest = 20.0;
constexpr double kWordsHighest = 38.0;
// Reciprocal rank fusion's constant: a larger one flattens the advantage of rank 1 over rank 2.
constexpr double kFusionK = 10.0;

QString compact(const QString &s)
{
    QString out = s;
    out.remove(u' ');
    return out;
}

bool withinOneEdit(const QString &a, const QString &b)
{
    if (std::abs(a.size() - b.size()) > 1)
        return false;
    qsizetype i = 0, j = 0;
    int edits = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i) == b.at(j)) {
            ++i;
            ++j;
            continue;
        }
        if (++edits > 1)
            return false;
        // Swapped neighbours count as one edit ("grafitti").
        if (i + 1 < a.size() && j + 1 < b.size() && a.at(i) == b.at(j + 1) && a.at(i + 1) == b.at(j)) {
            i += 2;
            j += 2;
        } else if (a.size() > b.size()) {
            ++i;
        } else if (b.size() > a.size()) {
            ++j;
        } else {
            ++i;
            ++j;
        }
    }
    return edits + (a.size() - i) + (b.size() - j) <= 1;
}

// How well the normalised query matches one normalised text, 0..110; the gaps between tiers
// are wider than the largest usage bonus.
double matchScore(const QString &query, const QStringList &queryWords, const QString &text)
{
    if (text == query || compact(text) == compact(query))
        return 110;
    // Within a tier, the closer the text is to complete, the better: "tras" -> "trash"
    // before "trash can".
    const double closeness = 5.0 * double(query.size()) / double(std::max<qsizetype>(1, text.size()));
    if (text.startsWith(query))
        return 85 + closeness;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    // Every query word starts some word of the text, in any order: "light out" -> "street light out".
    bool allPrefix = true;
    bool allFuzzy = true;
    for (const QString &q : queryWords) {
        bool prefix = false;
        bool fuzzy = false;
        for (const QString &w : words) {
            prefix = prefix || w.startsWith(q);
            fuzzy = fuzzy || (q.size() >= 4 && (withinOneEdit(q, w) ||
                                                (w.size() > q.size() && withinOneEdit(q, w.left(q.size())))));
        }
        allPrefix = allPrefix && prefix;
        allFuzzy = allFuzzy && (prefix || fuzzy);
    }
    if (allPrefix)
        return 70 + closeness;
    if (compact(text).contains(compact(query)) && query.size() >= 3)
        return 50;
    if (allFuzzy)
        return 40;
    return 0;
}
} // namespace

QString ServicePicker::normalise(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = true;
    // Decomposed, an accented letter is its base letter and a combining mark, which is dropped.
    for (QChar c : text.toLower().normalized(QString::NormalizationForm_KD)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'\u0153' || c == u'\u00e6') { // the ligatures of "œuvre", "ex æquo"
            out.append(c == u'\u0153' ? QStringLiteral("oe") : QStringLiteral("ae"));
            space = false;
        } else if (c.isLetterOrNumber()) {
            out.append(c);
            space = false;
        } else if (c == u'\'' || c == u'\u2019') {
            continue; // "won't" -> "wont"
        } else if (!space) {
            out.append(u' ');
            space = true;
        }
    }
    return out.trimmed();
}

ServicePicker::ServicePicker(const Catalog &catalog, const QString &language) : m_services(catalog.services())
{
    const CatalogText shown(language);
    for (const Service &s : catalog.services()) {
        Entry e{s.code, shown.name(s), shown.group(s), {}, {}};
        const auto add = [&e](const QString &text, double weight) {
            const QString key = normalise(text);
            if (key.isEmpty())
                return;
            // The same words in two languages ("taxi") are indexed once.
            for (const auto &known : std::as_const(e.texts)) {
                if (known.first == key && known.second >= weight)
                    return;
            }
            e.texts.append({key, weight});
            e.originals.append(text);
        };
        // The shown language first: where two languages match equally, the popup's hint is in it.
        add(e.name, kNameWeight);
        add(s.name, kNameWeight);
        add(s.code, kCodeWeight);
        for (const QString &k : shown.keywords(s))
            add(k, kKeywordWeight);
        for (const QString &k : s.keywords)
            add(k, kKeywordWeight);
        for (const ServiceText &t : s.translations) {
            add(t.name, kNameWeight);
            for (const QString &k : t.keywords)
                add(k, kKeywordWeight);
        }
        add(e.group, kGroupWeight);
        add(s.group, kGroupWeight);
        for (const ServiceText &t : s.translations)
            add(t.group, kGroupWeight);
        m_entries.append(e);
    }
}

void ServicePicker::setUsage(const QHash<QString, int> &usesByCode)
{
    m_uses = usesByCode;
    m_maxUses = 0;
    for (int n : usesByCode)
        m_maxUses = std::max(m_maxUses, n);
}

double ServicePicker::usageBonus(int uses) const
{
    if (uses <= 0 || m_maxUses <= 0)
        return 0;
    return kMaxUsageBonus * std::log1p(uses) / std::log1p(m_maxUses);
}

QList<ServiceMatch> ServicePicker::search(const QString &query, int limit) const
{
    const QString q = normalise(query);
    const QStringList queryWords = q.split(u' ', Qt::SkipEmptyParts);
    QList<ServiceMatch> matches;
    for (const Entry &e : m_entries) {
        const int uses = m_uses.value(e.code);
        double best = 0;
        QString on;
        if (q.isEmpty()) {
            best = 1;
            on = e.name;
        } else {
            for (qsizetype i = 0; i < e.texts.size(); ++i) {
                const double s = matchScore(q, queryWords, e.texts.at(i).first) * e.texts.at(i).second;
                if (s > best) {
                    best = s;
                    on = e.originals.at(i);
                }
            }
        }
        if (best <= 0)
            continue;
        matches.append({e.code, e.name, e.group, on, best + usageBonus(uses), uses});
    }
    if (!q.isEmpty() && !m_services.isEmpty()) {
        if (!m_words)
            m_words = std::make_shared<const KbServiceIndex>(m_services);
        // Two rankings of the caller's words, fused by reciprocal rank: the KB search (stems,
        // synonyms, thesaurus, typos) and plain bm25 over the same fields. Each catches what
        // the other misranks: the thesaurus pulls in a related word ("down" for a fallen tree)
        // where bm25 keeps to the caller's own word ("sweeper").
        const int depth = std::max(limit, 10);
        QHash<QString, double> fused;
        const auto fuse = [&fused](const QList<KbServiceIndex::Match> &ranked) {
            for (qsizetype r = 0; r < ranked.size(); ++r)
                fused[ranked.at(r).code] += 1.0 / (kFusionK + double(r + 1));
        };
        fuse(m_words->search(query, depth));
        fuse(m_words->plainBm25(query, depth));
        QList<std::pair<QString, double>> found;
        for (auto it = fused.cbegin(); it != fused.cend(); ++it)
            found.append({it.key(), it.value()});
        std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        const double top = found.isEmpty() ? 0 : found.constFirst().second;
        for (const auto &hit : found) {
            // Named copies: clang 14 cannot capture a structured binding in a lambda.
            const QString &code = hit.first;
            const double fusedScore = hit.second;
            const bool listed = std::any_of(matches.cbegin(), matches.cend(),
                                            [&](const ServiceMatch &m) { return m.code == code; });
            const auto entry = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                            [&](const Entry &e) { return e.code == code; });
            if (listed || entry == m_entries.cend() || top <= 0)
                continue;
            const double score = kWordsLowest + (kWordsHighest - kWordsLowest) * fusedScore / top;
            matches.append(
                {entry->code, entry->name, entry->group, entry->name, score, m_uses.value(entry->code)});
        }
    }
    std::stable_sort(matches.begin(), matches.end(), [](const ServiceMatch &a, const ServiceMatch &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    if (limit > 0 && matches.size() > limit)
        matches.resize(limit);
    return matches;
}

} // namespace civicdesk::core
