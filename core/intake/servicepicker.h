#pragma once

#include "core/catalog/catalog.h"

#include <QHash>
#include <QList>
#include <QString>

namespace civicdesk::core {

struct ServiceMatch
{
    QString code;
    QString name;
    QString group;
    QString matchedOn; // the name, keyword or group that matched, for the popup's hint
    double score = 0;
    int uses = 0;
};

// Type-ahead over the catalogue: service names, codes, groups and keywords (the catalogue's
// synonyms: "hole in road" -> Pothole). Better matches rank first; among similar matches the
// types this call taker used most come first.
class ServicePicker
{
public:
    explicit ServicePicker(const Catalog &catalog);

    // How often this call taker chose each service code recently (IntakeService::serviceUsage).
    void setUsage(const QHash<QString, int> &usesByCode);
    QList<ServiceMatch> search(const QString &query, int limit = 12) const;

    // Lower case, punctuation as spaces, single spaces: what matching compares.
    static QString normalise(const QString &text);

private:
    struct Entry
    {
        QString code;
        QString name;
        QString group;
        QList<QPair<QString, double>> texts; // normalised text, weight
        QStringList originals;
    };
    double usageBonus(int uses) const;

    QList<Entry> m_entries;
    QHash<QString, int> m_uses;
    int m_maxUses = 0;
};

} // namespace civicdesk::core
