#include "core/kb/kbthesaurus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextStream>
#include <algorithm>

namespace civicdesk::core {

namespace {
// Weights below the word itself (1): a synonym says nearly the same, a broader term less, and a
// neighbour under the same broader term ("lamp" and "light" under "source of illumination")
// least. A word's second sense counts less than its first, the commonest.
constexpr double kSynonym = 0.6;
constexpr double kBroader = 0.45;
constexpr double kBroaderStill = 0.3;
constexpr double kNarrower = 0.3;
constexpr double kNeighbour = 0.3;
constexpr double kSecondSense = 0.7;
constexpr double kVerb = 0.6;
constexpr double kAdjective = 0.8;
// Families larger than this say little about each member ("furniture" has hundreds of kinds).
constexpr int kSmallFamily = 12;
constexpr int kMaxRelated = 16;
constexpr int kSensesRead = 2;
// Version 2 added the known words ("+word") and the irregular forms ("=form<TAB>base").
const QLatin1String kTableHeader("# civicdesk-thesaurus 2 ");

struct Synset
{
    QStringList words;
    QList<qint64> broader;
    QList<qint64> narrower;
};

// A WordNet lemma as a search term: "light_source" -> "light source"; "big(a)" -> "big". Terms
// of more than two words or with digits and signs are left out: callers do not say them.
QString termOf(QString lemma)
{
    const qsizetype paren = lemma.indexOf(u'(');
    if (paren > 0)
        lemma.truncate(paren);
    lemma = lemma.toLower();
    lemma.replace(u'_', u' ');
    if (lemma.count(u' ') > 1 || lemma.size() < 3)
        return {};
    for (const QChar c : std::as_const(lemma)) {
        if (!c.isLetter() && c != u' ')
            return {};
    }
    return lemma;
}

// Reads one data.POS file: each line is a synset at its byte offset. Throws a message when the
// file is not WordNet's.
QHash<qint64, Synset> readData(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw QStringLiteral("cannot read %1").arg(path);
    QHash<qint64, Synset> synsets;
    qint64 offset = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        const qint64 at = offset;
        offset += line.size();
        if (line.startsWith("  ") || line.trimmed().isEmpty())
            continue; // the licence header
        const QList<QByteArray> f = line.left(line.indexOf('|')).simplified().split(' ');
        bool ok = false;
        if (f.size() < 4 || f.at(0).toLongLong(&ok) != at || !ok)
            throw QStringLiteral("%1: a synset does not start at its own offset %2").arg(path).arg(at);
        const int words = f.at(3).toInt(&ok, 16);
        if (!ok || f.size() < 5 + 2 * words)
            throw QStringLiteral("%1: malformed synset at offset %2").arg(path).arg(at);
        Synset s;
        for (int i = 0; i < words; ++i)
            s.words.append(QString::fromUtf8(f.at(4 + 2 * i)));
        qsizetype p = 4 + 2 * words;
        const int pointers = f.at(p).toInt(&ok);
        ++p;
        for (int i = 0; ok && i < pointers && p + 3 < f.size() + 1; ++i, p += 4) {
            const QByteArray &symbol = f.at(p);
            const qint64 target = f.value(p + 1).toLongLong();
            const QByteArray pos = f.value(p + 2);
            const bool samePos =
                pos == f.at(2) || (pos == "s" && f.at(2) == "a") || (pos == "a" && f.at(2) == "s");
            if (!samePos)
                continue;
            if (symbol == "@" || symbol == "@i")
                s.broader.append(target);
            else if (symbol == "~" || symbol == "~i")
                s.narrower.append(target);
        }
        synsets.insert(at, s);
    }
    if (synsets.isEmpty())
        throw QStringLiteral("%1 holds no synsets").arg(path);
    return synsets;
}

void add(QHash<QString, double> &out, const QString &self, const QStringList &lemmas, double weight)
{
    for (const QString &lemma : lemmas) {
        const QString term = termOf(lemma);
        if (term.isEmpty() || term == self)
            continue;
        double &w = out[term];
        w = std::max(w, weight);
    }
}

QString signature(const QString &wordnetDir)
{
    QStringList parts;
    for (const char *pos : {"noun", "verb", "adj"}) {
        for (const char *kind : {"index", "data"}) {
            const QFileInfo info(
                QDir(wordnetDir)
                    .filePath(QStringLiteral("%1.%2").arg(QLatin1String(kind), QLatin1String(pos))));
            parts.append(QString::number(info.size()) + u'@' +
                         QString::number(info.lastModified().toSecsSinceEpoch()));
        }
    }
    return QDir(wordnetDir).absolutePath() + u' ' + parts.join(u',');
}

bool readTable(const QString &tablePath, const QString &expectedSignature,
               QHash<QString, QList<KbThesaurus::Related>> &entries, QSet<QString> &known,
               QHash<QString, QString> &inflections)
{
    QFile file(tablePath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    const QString header = QString::fromUtf8(file.readLine()).trimmed();
    if (header != kTableHeader + expectedSignature)
        return false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'+')) {
            known.insert(line.mid(1));
            continue;
        }
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0)
            return false;
        if (line.startsWith(u'=')) {
            inflections.insert(line.mid(1, tab - 1), line.mid(tab + 1));
            continue;
        }
        known.insert(line.left(tab));
        QList<KbThesaurus::Related> related;
        for (const QString &item : line.mid(tab + 1).split(u',', Qt::SkipEmptyParts)) {
            const qsizetype bar = item.indexOf(u'|');
            bool ok = false;
            const double weight = item.mid(bar + 1).toDouble(&ok);
            if (bar <= 0 || !ok)
                return false;
            related.append({item.left(bar), weight});
        }
        entries.insert(line.left(tab), related);
    }
    return true;
}
} // namespace

QString KbThesaurus::defaultWordnetDir()
{
    const QString configured = qEnvironmentVariable("CIVICDESK_WORDNET_DIR");
    return configured.isEmpty() ? QStringLiteral("/usr/share/wordnet") : configured;
}

QString KbThesaurus::defaultTablePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("wordnet-thesaurus.tsv"));
}

QString KbThesaurus::build(const QString &wordnetDir, const QString &tablePath)
{
    QMap<QString, QHash<QString, double>> related; // sorted, so the table is stable
    QSet<QString> known;
    QMap<QString, QString> inflections;
    try {
        // Adverbs are only listed as known words; the exception lists hold irregular forms.
        // Both are optional: an older or partial WordNet without them still gives relations.
        QFile adverbs(QDir(wordnetDir).filePath(QStringLiteral("index.adv")));
        if (adverbs.open(QIODevice::ReadOnly)) {
            while (!adverbs.atEnd()) {
                const QByteArray line = adverbs.readLine();
                if (line.startsWith("  "))
                    continue;
                const QString self = termOf(QString::fromUtf8(line.left(line.indexOf(' '))));
                if (!self.isEmpty() && !self.contains(u' '))
                    known.insert(self);
            }
        }
        for (const char *name : {"noun.exc", "verb.exc", "adj.exc", "adv.exc"}) {
            QFile exceptions(QDir(wordnetDir).filePath(QLatin1String(name)));
            if (!exceptions.open(QIODevice::ReadOnly))
                continue;
            while (!exceptions.atEnd()) {
                const QList<QByteArray> f = exceptions.readLine().simplified().split(' ');
                if (f.size() < 2)
                    continue;
                const QString form = termOf(QString::fromUtf8(f.at(0)));
                const QString base = termOf(QString::fromUtf8(f.at(1)));
                if (!form.isEmpty() && !base.isEmpty() && !form.contains(u' ') && !base.contains(u' '))
                    inflections.insert(form, base);
            }
        }
        // Callers name things: a noun's relations count most. A verb's come weaker ("couch" the
        // verb means to phrase), an adjective's between.
        const std::pair<const char *, double> parts[] = {{"noun", 1.0}, {"verb", kVerb}, {"adj", kAdjective}};
        for (const auto &[pos, partWeight] : parts) {
            const QString dir = QDir(wordnetDir).absolutePath();
            const QHash<qint64, Synset> synsets =
                readData(QDir(dir).filePath(QStringLiteral("data.") + QLatin1String(pos)));
            const QString indexPath = QDir(dir).filePath(QStringLiteral("index.") + QLatin1String(pos));
            QFile index(indexPath);
            if (!index.open(QIODevice::ReadOnly))
                throw QStringLiteral("cannot read %1").arg(indexPath);
            int lineNumber = 0;
            while (!index.atEnd()) {
                const QByteArray line = index.readLine();
                ++lineNumber;
                if (line.startsWith("  ") || line.trimmed().isEmpty())
                    continue;
                const QList<QByteArray> f = line.simplified().split(' ');
                bool ok = false;
                const int senses = f.value(2).toInt(&ok);
                if (!ok || senses < 1 || f.size() < 4 + senses)
                    throw QStringLiteral("%1:%2: malformed entry").arg(indexPath).arg(lineNumber);
                const QString self = termOf(QString::fromUtf8(f.at(0)));
                if (self.isEmpty() || self.contains(u' '))
                    continue; // callers' single words are looked up
                known.insert(self);
                QHash<QString, double> &out = related[self];
                for (int s = 0; s < senses && s < kSensesRead; ++s) {
                    const qint64 offset = f.at(f.size() - senses + s).toLongLong();
                    const auto it = synsets.constFind(offset);
                    if (it == synsets.cend())
                        throw QStringLiteral("%1:%2: synset %3 is not in the data file")
                            .arg(indexPath)
                            .arg(lineNumber)
                            .arg(offset);
                    const double sense = (s == 0 ? 1.0 : kSecondSense) * partWeight;
                    add(out, self, it->words, kSynonym * sense);
                    if (it->narrower.size() <= kSmallFamily) {
                        for (const qint64 n : it->narrower)
                            add(out, self, synsets.value(n).words, kNarrower * sense);
                    }
                    for (const qint64 b : it->broader) {
                        const Synset broader = synsets.value(b);
                        add(out, self, broader.words, kBroader * sense);
                        for (const qint64 bb : broader.broader)
                            add(out, self, synsets.value(bb).words, kBroaderStill * sense);
                        if (s == 0 && broader.narrower.size() <= kSmallFamily) {
                            for (const qint64 n : broader.narrower)
                                add(out, self, synsets.value(n).words, kNeighbour * partWeight);
                        }
                    }
                }
            }
        }
    } catch (const QString &message) {
        return message;
    }
    QDir().mkpath(QFileInfo(tablePath).absolutePath());
    QSaveFile file(tablePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return QStringLiteral("cannot write %1").arg(tablePath);
    QTextStream out(&file);
    out << kTableHeader << signature(wordnetDir) << '\n';
    for (auto it = related.cbegin(); it != related.cend(); ++it) {
        QList<std::pair<QString, double>> sorted;
        for (auto r = it->cbegin(); r != it->cend(); ++r)
            sorted.append({r.key(), r.value()});
        if (sorted.isEmpty())
            continue;
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        if (sorted.size() > kMaxRelated)
            sorted.resize(kMaxRelated);
        QStringList items;
        for (const auto &[term, weight] : sorted)
            items.append(term + u'|' + QString::number(weight, 'f', 2));
        out << it.key() << '\t' << items.join(u',') << '\n';
        known.remove(it.key());
    }
    QStringList bare(known.cbegin(), known.cend());
    bare.sort();
    for (const QString &word : std::as_const(bare))
        out << '+' << word << '\n';
    for (auto it = inflections.cbegin(); it != inflections.cend(); ++it)
        out << '=' << it.key() << '\t' << it.value() << '\n';
    out.flush();
    if (!file.commit())
        return QStringLiteral("cannot write %1").arg(tablePath);
    return {};
}

std::shared_ptr<const KbThesaurus> KbThesaurus::load(const QString &wordnetDir, const QString &tablePath)
{
    auto thesaurus = std::make_shared<KbThesaurus>();
    if (!QFileInfo::exists(QDir(wordnetDir).filePath(QStringLiteral("index.noun")))) {
        qWarning("KB search: WordNet not found in %s (Debian package wordnet-base); searching without the "
                 "thesaurus",
                 qUtf8Printable(wordnetDir));
        return thesaurus;
    }
    const QString expected = signature(wordnetDir);
    auto read = [&] {
        thesaurus->m_entries.clear();
        thesaurus->m_known.clear();
        thesaurus->m_inflections.clear();
        return readTable(tablePath, expected, thesaurus->m_entries, thesaurus->m_known,
                         thesaurus->m_inflections);
    };
    if (!read()) {
        const QString error = build(wordnetDir, tablePath);
        if (error.isEmpty() && read())
            return thesaurus;
        thesaurus->m_entries.clear();
        thesaurus->m_known.clear();
        thesaurus->m_inflections.clear();
        qWarning("KB search: cannot use WordNet (%s); searching without the thesaurus",
                 qUtf8Printable(error.isEmpty() ? tablePath : error));
    }
    return thesaurus;
}

std::shared_ptr<const KbThesaurus> KbThesaurus::shared()
{
    static QMutex mutex;
    static std::shared_ptr<const KbThesaurus> loaded;
    QMutexLocker lock(&mutex);
    if (!loaded)
        loaded = load(defaultWordnetDir(), defaultTablePath());
    return loaded;
}

QList<KbThesaurus::Related> KbThesaurus::related(const QString &word) const
{
    const QString w = word.toLower();
    auto it = m_entries.constFind(w);
    if (it == m_entries.cend() && w.size() > 4 && w.endsWith(QLatin1String("ies")))
        it = m_entries.constFind(w.chopped(3) + u'y');
    if (it == m_entries.cend() && w.size() > 4 && w.endsWith(QLatin1String("es")))
        it = m_entries.constFind(w.chopped(2));
    if (it == m_entries.cend() && w.size() > 3 && w.endsWith(u's') && !w.endsWith(QLatin1String("ss")))
        it = m_entries.constFind(w.chopped(1));
    return it == m_entries.cend() ? QList<Related>{} : *it;
}

bool KbThesaurus::knows(const QString &word) const
{
    const QString w = word.toLower();
    if (m_known.contains(w) || m_inflections.contains(w))
        return true;
    // WordNet's own rules for regular endings (its "morphy"): plurals, verb forms, comparatives.
    static const std::pair<QLatin1String, QLatin1String> endings[] = {
        {QLatin1String("ies"), QLatin1String("y")}, {QLatin1String("es"), QLatin1String("e")},
        {QLatin1String("es"), QLatin1String("")},   {QLatin1String("s"), QLatin1String("")},
        {QLatin1String("ed"), QLatin1String("e")},  {QLatin1String("ed"), QLatin1String("")},
        {QLatin1String("ing"), QLatin1String("e")}, {QLatin1String("ing"), QLatin1String("")},
        {QLatin1String("er"), QLatin1String("")},   {QLatin1String("er"), QLatin1String("e")},
        {QLatin1String("est"), QLatin1String("")},  {QLatin1String("est"), QLatin1String("e")}};
    auto vowel = [](QChar c) { return QStringLiteral("aeiou").contains(c); };
    for (const auto &[ending, replacement] : endings) {
        if (w.size() > ending.size() + 2 && w.endsWith(ending)) {
            const QString base = w.chopped(ending.size()) + replacement;
            // A short word ending consonant-vowel-consonant doubles it before -ed and -ing
            // ("skip" -> skipped): "skiped" is a typo, not a form of skip.
            const bool doubles = replacement.isEmpty() && ending.at(0) != u's' && base.size() <= 4 &&
                                 !vowel(base.back()) && !QStringLiteral("wxy").contains(base.back()) &&
                                 vowel(base.at(base.size() - 2)) && !vowel(base.at(base.size() - 3));
            if (!doubles && m_known.contains(base))
                return true;
            // A doubled final consonant: "stopped" -> stop.
            if (replacement.isEmpty() && base.size() > 3 && base.back() == base.at(base.size() - 2) &&
                m_known.contains(base.chopped(1)))
                return true;
        }
    }
    return false;
}

} // namespace civicdesk::core
