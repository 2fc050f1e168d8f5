#include "core/training/trainingresultlog.h"

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace civicdesk::core {

TrainingResultLog::TrainingResultLog(const QString &profileDirectory)
    : m_path(QDir(profileDirectory).filePath(QLatin1String(kFileName)))
{
}

void TrainingResultLog::append(const ScoreCard &card) const
{
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append) ||
        f.write(QJsonDocument(card.toJson()).toJson(QJsonDocument::Compact) + '\n') < 0 || !f.flush())
        throw Error(
            QCoreApplication::translate("TrainingResultLog", "%1: cannot save the training result: %2")
                .arg(m_path, f.errorString()));
}

QList<ScoreCard> TrainingResultLog::all() const
{
    m_skipped = 0;
    QList<ScoreCard> cards;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return cards;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject()) {
            ++m_skipped; // a line cut short by a crash must not hide the others
            continue;
        }
        cards.append(ScoreCard::fromJson(doc.object()));
    }
    return cards;
}

QList<ScoreCard> TrainingResultLog::forTrainee(const QString &trainee) const
{
    QList<ScoreCard> cards = all();
    cards.removeIf([&](const ScoreCard &c) { return c.trainee != trainee; });
    return cards;
}

QStringList TrainingResultLog::trainees() const
{
    QStringList names;
    for (const ScoreCard &c : all())
        if (!names.contains(c.trainee))
            names.append(c.trainee);
    return names;
}

} // namespace civicdesk::core
