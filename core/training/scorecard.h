#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace civicdesk::core {

// The grade of one training call: one line per criterion the scenario sets, each with what was
// expected, what the trainee did and, for a miss, why ("service: Streetlight Out, expected
// Parking Meter Not Working").
struct ScoreCard
{
    struct Criterion
    {
        QString key;   // service, location, attributes, kb_article, duplicate, transfer_911, wrap_up, time
        QString label; // for people
        bool passed = false;
        int points = 0;
        int maxPoints = 0;
        QString explanation;
        bool operator==(const Criterion &) const = default;
    };

    QString scenarioId;
    QString scenarioTitle;
    QString trainee;
    QDateTime playedAt; // UTC
    qint64 seconds = 0;
    QList<Criterion> criteria;

    int score() const;
    int maxScore() const;
    int percent() const;
    const Criterion *criterion(const QString &key) const;
    // "7/9 (78 %)"
    QString summary() const;

    QJsonObject toJson() const;
    static ScoreCard fromJson(const QJsonObject &json);
    bool operator==(const ScoreCard &) const = default;
};

} // namespace civicdesk::core
