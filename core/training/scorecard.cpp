#include "core/training/scorecard.h"

#include <QJsonArray>

namespace civicdesk::core {

int ScoreCard::score() const
{
    int sum = 0;
    for (const Criterion &c : criteria)
        sum += c.points;
    return sum;
}

int ScoreCard::maxScore() const
{
    int sum = 0;
    for (const Criterion &c : criteria)
        sum += c.maxPoints;
    return sum;
}

int ScoreCard::percent() const
{
    return maxScore() == 0 ? 0 : qRound(100.0 * score() / maxScore());
}

const ScoreCard::Criterion *ScoreCard::criterion(const QString &key) const
{
    for (const Criterion &c : criteria)
        if (c.key == key)
            return &c;
    return nullptr;
}

QString ScoreCard::summary() const
{
    return QStringLiteral("%1/%2 (%3 %)").arg(score()).arg(maxScore()).arg(percent());
}

QJsonObject ScoreCard::toJson() const
{
    QJsonArray list;
    for (const Criterion &c : criteria)
        list.append(QJsonObject{{QStringLiteral("key"), c.key},
                                {QStringLiteral("label"), c.label},
                                {QStringLiteral("passed"), c.passed},
                                {QStringLiteral("points"), c.points},
                                {QStringLiteral("max_points"), c.maxPoints},
                                {QStringLiteral("explanation"), c.explanation}});
    return {{QStringLiteral("scenario_id"), scenarioId},
            {QStringLiteral("scenario_title"), scenarioTitle},
            {QStringLiteral("trainee"), trainee},
            {QStringLiteral("played_at"), playedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("score"), score()},
            {QStringLiteral("max_score"), maxScore()},
            {QStringLiteral("criteria"), list}};
}

ScoreCard ScoreCard::fromJson(const QJsonObject &json)
{
    ScoreCard card;
    card.scenarioId = json.value(QStringLiteral("scenario_id")).toString();
    card.scenarioTitle = json.value(QStringLiteral("scenario_title")).toString();
    card.trainee = json.value(QStringLiteral("trainee")).toString();
    card.playedAt =
        QDateTime::fromString(json.value(QStringLiteral("played_at")).toString(), Qt::ISODateWithMs);
    card.seconds = json.value(QStringLiteral("seconds")).toInteger();
    for (const QJsonValue &v : json.value(QStringLiteral("criteria")).toArray()) {
        const QJsonObject o = v.toObject();
        card.criteria.append(
            {o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("label")).toString(),
             o.value(QStringLiteral("passed")).toBool(), o.value(QStringLiteral("points")).toInt(),
             o.value(QStringLiteral("max_points")).toInt(),
             o.value(QStringLiteral("explanation")).toString()});
    }
    return card;
}

} // namespace civicdesk::core
