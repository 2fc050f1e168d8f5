#pragma once

#include "core/training/scorecard.h"

#include <QList>
#include <QString>

namespace civicdesk::core {

// Graded training calls, kept per trainee in the profile folder (training-results.jsonl, one
// score card per line). It lives beside the store rather than in it, so that "Reset demo",
// which puts the store back as generated, keeps every trainee's progress.
class TrainingResultLog
{
public:
    static constexpr const char *kFileName = "training-results.jsonl";

    explicit TrainingResultLog(const QString &profileDirectory);

    // Throws Error naming the file when it cannot be written.
    void append(const ScoreCard &card) const;
    // Oldest first; lines that cannot be read are skipped (and counted in skippedLines()).
    QList<ScoreCard> all() const;
    QList<ScoreCard> forTrainee(const QString &trainee) const;
    QStringList trainees() const;
    int skippedLines() const { return m_skipped; }

private:
    QString m_path;
    mutable int m_skipped = 0;
};

} // namespace civicdesk::core
