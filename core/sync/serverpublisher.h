#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace civicdesk::core {

class Catalog;

// What an administrator publishes on the shared server for every workstation to pull: the
// service catalogue and the knowledge base. Runs as civicdesk_admin (or a superuser).
class ServerPublisher
{
public:
    explicit ServerPublisher(QSqlDatabase db) : m_db(std::move(db)) {}

    // Adds the catalogue as the newest version; returns that version.
    int publishCatalog(const Catalog &catalog) const;
    // Inserts or replaces each article of a JSON Lines file (one JSON object with an "id" per
    // line; blank lines skipped), all in one transaction. Throws Error naming source, line and
    // field, with nothing published, when a line is not an object or has no id. Returns how many
    // articles it published.
    int publishArticles(const QByteArray &jsonLines, const QString &source) const;

private:
    QSqlDatabase m_db;
};

} // namespace civicdesk::core
