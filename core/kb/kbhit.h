#pragma once

#include <QString>
#include <QStringList>

namespace civicdesk::core {

// One search result. The snippet marks matched words with kHighlightStart/kHighlightEnd, which
// each front end turns into its own emphasis (HTML bold, terminal brackets).
struct KbHit
{
    int rank = 0; // 1-based
    QString id;
    QString title;
    double score = 0; // higher is better
    QString snippet;
    QString agency;
    QString state;
    QString language;
    QStringList serviceCodes;

    static constexpr char16_t kHighlightStart = u'\x02';
    static constexpr char16_t kHighlightEnd = u'\x03';
};

} // namespace civicdesk::core
