#include "core/kb/kbdiff.h"

#include <QDate>

namespace civicdesk::core::kbdiff {

QStringList articleLines(const Article &a)
{
    QStringList lines{QStringLiteral("Title: ") + a.title};
    for (const QString &q : a.questionVariants)
        lines.append(QStringLiteral("Question: ") + q);
    lines.append(QStringLiteral("Keywords: ") + a.keywords.join(QStringLiteral(", ")));
    lines.append(QStringLiteral("Category: ") + a.category);
    lines.append(QStringLiteral("Agency: ") + a.agency);
    lines.append(QStringLiteral("Service codes: ") + a.serviceCodes.join(QStringLiteral(", ")));
    lines.append(QStringLiteral("Transfer number: ") + a.transferNumber);
    lines.append(QStringLiteral("Audience: ") + a.audience);
    lines.append(QStringLiteral("State: ") + a.state);
    lines.append(QStringLiteral("Language: ") + a.language);
    lines.append(QStringLiteral("Review by: ") + a.reviewBy.toString(Qt::ISODate));
    lines.append(QStringLiteral("Owner: ") + a.owner);
    lines.append(QStringLiteral("Script: ") + a.script);
    lines.append(QStringLiteral("Answer:"));
    lines.append(a.answerMarkdown.split(u'\n'));
    return lines;
}

QList<Line> diff(const QStringList &before, const QStringList &after)
{
    const qsizetype n = before.size();
    const qsizetype m = after.size();
    // lcs[i][j]: length of the longest common subsequence of before[i..] and after[j..].
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = before.at(i) == after.at(j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    QList<Line> out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (before.at(i) == after.at(j)) {
            out.append({Line::Same, before.at(i)});
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.append({Line::Removed, before.at(i++)});
        } else {
            out.append({Line::Added, after.at(j++)});
        }
    }
    while (i < n)
        out.append({Line::Removed, before.at(i++)});
    while (j < m)
        out.append({Line::Added, after.at(j++)});
    return out;
}

QString toText(const QList<Line> &lines)
{
    QString out;
    for (const Line &l : lines)
        out += (l.kind == Line::Added ? QStringLiteral("+ ") : l.kind == Line::Removed ? QStringLiteral("- ") : QStringLiteral("  "))
            + l.text + u'\n';
    return out;
}

} // namespace civicdesk::core::kbdiff
