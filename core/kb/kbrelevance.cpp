#include "core/kb/kbrelevance.h"

#include "core/domain/error.h"
#include "core/kb/kbformats.h"

#include <QCoreApplication>

namespace civicdesk::core::kbrelevance {

QList<Case> parseCases(const QByteArray &tsv, const QString &sourceName)
{
    const QStringList lines = kbformats::decodeUtf8(tsv, sourceName).split(u'\n');
    QList<Case> cases;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || (i == 0 && line.startsWith(QStringLiteral("query\t"))))
            continue;
        const QStringList cells = line.split(u'\t');
        if (cells.size() != 2 || cells.at(0).trimmed().isEmpty() || cells.at(1).trimmed().isEmpty())
            throw Error(QCoreApplication::translate("KbRelevance",
                                                    "%1:%2: expected \"query<TAB>expected id or title\"")
                            .arg(sourceName)
                            .arg(i + 1));
        QStringList expected;
        for (const QString &e : cells.at(1).split(u'|', Qt::SkipEmptyParts))
            expected.append(e.trimmed());
        cases.append({cells.at(0).trimmed(), expected, int(i + 1)});
    }
    return cases;
}

Scores evaluate(const QList<Case> &cases, int k, const std::function<QList<Ranked>(const QString &)> &rank)
{
    Scores s;
    s.cases = int(cases.size());
    if (cases.isEmpty())
        return s;
    double reciprocal = 0;
    int found = 0;
    for (const Case &c : cases) {
        const QList<Ranked> ranked = rank(c.query);
        qsizetype at = -1;
        for (qsizetype i = 0; at < 0 && i < ranked.size() && i < k; ++i) {
            if (c.expected.contains(ranked.at(i).id) || c.expected.contains(ranked.at(i).title))
                at = i;
        }
        if (at >= 0) {
            reciprocal += 1.0 / double(at + 1);
            ++found;
            if (at > 0)
                s.lower.append(c.query + QStringLiteral(" -> ") + c.expected.join(u'|') +
                               QStringLiteral(" at ") + QString::number(at + 1) +
                               QStringLiteral(" (first: ") + ranked.constFirst().title + u')');
        } else {
            QStringList got;
            for (qsizetype i = 0; i < ranked.size() && i < 3; ++i)
                got.append(ranked.at(i).title);
            s.misses.append(c.query + QStringLiteral(" -> ") + c.expected.join(u'|') +
                            QStringLiteral(" (got: ") + got.join(QStringLiteral("; ")) + u')');
        }
    }
    s.mrr = reciprocal / double(cases.size());
    s.recall = double(found) / double(cases.size());
    return s;
}

} // namespace civicdesk::core::kbrelevance
