#pragma once

#include "core/catalog/catalog.h"

#include <QHash>
#include <QList>
#include <QString>
#include <memory>

namespace civicdesk::core {

class KbServiceIndex;

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
// types this call taker used most come first. Below the type-ahead matches come the services
// that the knowledge base's search finds for the caller's words in names, descriptions,
// keywords and synonyms (KbServiceIndex), so a sentence ("a couch was left on the curb") finds
// its service too.
class ServicePicker
{
public:
    // Names and groups are shown in `language` (CatalogText), and the text of every language in
    // the catalogue is searched, so "bache" finds Pothole in an English console too.
    explicit ServicePicker(const Catalog &catalog, const QString &language = QStringLiteral("en"));

    // How often this call taker chose each service code recently (IntakeService::serviceUsage).
    void setUsage(const QHash<QString, int> &usesByCode);
    QList<ServiceMatch> search(const QString &query, int limit = 12) const;

    // Lower case without accents ("nid-de-poule" and "Nid de poule", "basura" and "básura" are
    // the same), punctuation as spaces, single spaces: what matching compares.
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
    QList<Service> m_services;
    // Made on the first search that needs it (a private index: tens of milliseconds).
    mutable std::shared_ptr<const KbServiceIndex> m_words;
    QHash<QString, int> m_uses;
    int m_maxUses = 0;
};

} // namespace civicdesk::core
