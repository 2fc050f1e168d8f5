#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

// What an import did: every import ends with "imported N, skipped M" and the reasons for the
// first skips, each with where it happened ("line 12").
struct ImportSummary
{
    struct Skip
    {
        QString where;
        QString reason;
    };
    static constexpr int kReasonsKept = 10;

    qint64 imported = 0;
    qint64 skipped = 0;
    QList<Skip> firstSkips; // at most kReasonsKept
    QStringList addedServices; // services the import added to the catalogue (imported types)
    QStringList notes;         // about the file as a whole ("t.csv has a header and no rows")

    void addSkip(const QString &where, const QString &reason)
    {
        ++skipped;
        if (firstSkips.size() < kReasonsKept)
            firstSkips.append({where, reason});
    }
    // "imported N, skipped M" and one line per kept reason.
    QString text() const;
};

} // namespace civicdesk::core
