#pragma once

#include "core/intake/emergencydetector.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace civicdesk::core::emergencyphrases {

// One line of a phrase set for measuring the 911 check: what a caller said, and whether it
// belongs to 911 ("emergency") or is an ordinary request in the same words ("lookalike").
struct Phrase
{
    int line = 0;
    bool emergency = false;
    QString text;
};

// What a detector made of a phrase set: the emergencies it missed and the look-alikes it raised
// an alarm for, each with the trigger that fired.
struct Score
{
    int emergencies = 0;
    int lookalikes = 0;
    QList<Phrase> misses;
    QList<QPair<Phrase, EmergencyAlert>> falseAlarms;
};

// Tab-separated lines "emergency<TAB>text" or "lookalike<TAB>text"; "#" starts a comment.
// Throws Error naming source and line for anything else.
QList<Phrase> parse(const QByteArray &data, const QString &source);
Score score(const EmergencyDetector &detector, const QList<Phrase> &phrases);

} // namespace civicdesk::core::emergencyphrases
