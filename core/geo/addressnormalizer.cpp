#include "core/geo/addressnormalizer.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace civicdesk::core {

namespace {

const QHash<QString, QString> &canonicalForms()
{
    static const QHash<QString, QString> forms = [] {
        QHash<QString, QString> m;
        const auto add = [&m](std::initializer_list<const char *> variants, const char *to) {
            for (const char *v : variants)
                m.insert(QString::fromLatin1(v), QString::fromLatin1(to));
        };
        // Suffixes (USPS abbreviations), also the French ones of a Monaco-style city.
        add({"street", "str", "st", "strt"}, "st");
        add({"avenue", "ave", "av", "aven", "avn"}, "ave");
        add({"boulevard", "blvd", "boul", "bd", "bvd"}, "blvd");
        add({"road", "rd"}, "rd");
        add({"drive", "dr", "drv"}, "dr");
        add({"lane", "ln"}, "ln");
        add({"place", "pl"}, "pl");
        add({"court", "ct"}, "ct");
        add({"terrace", "ter", "terr"}, "ter");
        add({"highway", "hwy"}, "hwy");
        add({"parkway", "pkwy", "pky"}, "pkwy");
        add({"square", "sq"}, "sq");
        add({"circle", "cir"}, "cir");
        add({"alley", "aly"}, "aly");
        add({"plaza", "plz"}, "plz");
        add({"expressway", "expy"}, "expy");
        add({"saint", "ste", "sainte"}, "st");
        // Directionals.
        add({"north", "n"}, "n");
        add({"south", "s"}, "s");
        add({"east", "e"}, "e");
        add({"west", "w"}, "w");
        add({"northeast", "ne"}, "ne");
        add({"northwest", "nw"}, "nw");
        add({"southeast", "se"}, "se");
        add({"southwest", "sw"}, "sw");
        // Spelled-out ordinals.
        const char *ordinals[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                  "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
                                  "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                  "nineteenth", "twentieth"};
        for (int i = 0; i < 20; ++i) {
            const int n = i + 1;
            const char *suffix = (n % 10 == 1 && n != 11) ? "st" : (n % 10 == 2 && n != 12) ? "nd" : (n % 10 == 3 && n != 13) ? "rd" : "th";
            m.insert(QString::fromLatin1(ordinals[i]), QString::number(n) + QString::fromLatin1(suffix));
        }
        return m;
    }();
    return forms;
}

bool isUnitWord(const QString &t)
{
    static const QStringList words = {QStringLiteral("apt"), QStringLiteral("apartment"), QStringLiteral("unit"),
                                      QStringLiteral("suite"), QStringLiteral("flat"), QStringLiteral("room"),
                                      QStringLiteral("rm"), QStringLiteral("fl"), QStringLiteral("floor")};
    return words.contains(t);
}

bool looksLikeHouseNumber(const QString &t)
{
    static const QRegularExpression re(QStringLiteral("^\\d+[a-z]?(-\\d+[a-z]?)?$"));
    return re.match(t).hasMatch();
}

} // namespace

QStringList AddressNormalizer::tokens(const QString &text)
{
    // Decompose, then drop combining marks: "Dévote" -> "devote".
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString clean;
    clean.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber() || c == u'#' || c == u'-')
            clean.append(c);
        else if (c == u'\'' || c == u'\u2019' || c == u'.')
            continue; // "d'Italie" -> "ditalie", "St." -> "st"
        else
            clean.append(u' ');
    }
    QStringList split;
    for (const QString &t : clean.split(u' ', Qt::SkipEmptyParts)) {
        // Hyphens join words in names ("Sainte-Dévote") but not house numbers ("12-14").
        if (t.contains(u'-') && !looksLikeHouseNumber(t)) {
            for (const QString &piece : t.split(u'-', Qt::SkipEmptyParts))
                split.append(piece);
        } else {
            split.append(t);
        }
    }
    // "Twenty-first" -> "21st": a tens word followed by a units ordinal.
    static const QStringList tens = {QStringLiteral("twenty"), QStringLiteral("thirty"), QStringLiteral("forty"),
                                     QStringLiteral("fifty"), QStringLiteral("sixty"), QStringLiteral("seventy"),
                                     QStringLiteral("eighty"), QStringLiteral("ninety")};
    QStringList result;
    for (qsizetype i = 0; i < split.size(); ++i) {
        const qsizetype ten = tens.indexOf(split.at(i));
        if (ten >= 0 && i + 1 < split.size()) {
            const QString unit = canonicalForms().value(split.at(i + 1));
            if (unit.size() == 3 && unit.at(0).isDigit() && unit.at(0) != u'0') {
                result.append(QString::number((ten + 2) * 10 + unit.at(0).digitValue()) + unit.mid(1));
                ++i;
                continue;
            }
        }
        result.append(split.at(i));
    }
    return result;
}

QString AddressNormalizer::canonical(const QString &token)
{
    return canonicalForms().value(token, token);
}

QStringList AddressNormalizer::completions(const QString &partialWord)
{
    QStringList result;
    if (partialWord.size() < 2)
        return result;
    for (auto it = canonicalForms().cbegin(); it != canonicalForms().cend(); ++it)
        if (it.key().startsWith(partialWord) && it.value() != partialWord && !result.contains(it.value()))
            result.append(it.value());
    return result;
}

QString AddressNormalizer::normalizeStreet(const QString &text)
{
    QStringList out;
    for (const QString &t : tokens(text))
        if (t != QLatin1String("#"))
            out.append(canonical(t));
    return out.join(u' ');
}

AddressNormalizer::Parsed AddressNormalizer::parse(const QString &text)
{
    Parsed result;
    // After the first comma come the unit, city or postcode; only a unit matters here.
    const QStringList segments = text.split(u',');
    QStringList words = tokens(segments.value(0));
    for (qsizetype s = 1; s < segments.size(); ++s) {
        const QStringList extra = tokens(segments.at(s));
        if (!extra.isEmpty() && (isUnitWord(extra.first()) || extra.first().startsWith(u'#')))
            words += extra;
    }
    if (!words.isEmpty() && looksLikeHouseNumber(words.first())) {
        result.number = words.takeFirst();
    } else if (words.size() >= 2 && looksLikeHouseNumber(words.at(0) + words.at(1)) && words.at(1).size() == 1
               && words.at(1).at(0).isLetter() && words.at(0).at(0).isDigit()) {
        result.number = words.takeFirst() + words.takeFirst(); // "12 B Main St"
    }
    QStringList street;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &t = words.at(i);
        if (t.startsWith(u'#')) {
            result.unit = t.size() > 1 ? t.mid(1) : words.value(++i);
            continue;
        }
        if (isUnitWord(t) && i + 1 < words.size()) {
            result.unit = words.at(++i);
            if (result.unit.startsWith(u'#'))
                result.unit.remove(0, 1);
            continue;
        }
        street.append(canonical(t));
    }
    result.street = street.join(u' ');
    return result;
}

QStringList AddressNormalizer::splitIntersection(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("\\s*(?:&|/|@|\\band\\b|\\bat\\b)\\s*"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QStringList parts = text.split(sep, Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return {};
    const QString a = normalizeStreet(parts.at(0));
    const QString b = normalizeStreet(parts.at(1));
    if (a.isEmpty() || b.isEmpty())
        return {};
    return {a, b};
}

int AddressNormalizer::editDistance(const QString &a, const QString &b, int maxDistance)
{
    const qsizetype n = a.size(), m = b.size();
    if (std::abs(n - m) > maxDistance)
        return maxDistance + 1;
    std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        prev[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= n; ++i) {
        cur[0] = static_cast<int>(i);
        int rowMin = cur[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > maxDistance)
            return maxDistance + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[m];
}

} // namespace civicdesk::core
