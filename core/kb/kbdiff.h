#pragma once

#include "core/kb/article.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace civicdesk::core::kbdiff {

struct Line
{
    enum Kind { Same, Added, Removed };
    Kind kind = Same;
    QString text;
};

// An article as reviewable text, one field per block, for version diffs.
QStringList articleLines(const Article &article);

// A line diff (longest common subsequence) from `before` to `after`.
QList<Line> diff(const QStringList &before, const QStringList &after);

// "+ added" / "- removed" / "  same" lines, like a unified diff without hunks.
QString toText(const QList<Line> &lines);

} // namespace civicdesk::core::kbdiff
