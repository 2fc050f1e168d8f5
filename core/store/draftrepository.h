#pragma once

#include "core/store/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace civicdesk::core {

struct Draft
{
    QString id;
    QString kind; // e.g. "intake"
    QJsonObject payload;
    QDateTime updatedAt; // UTC
};

// Unfinished work saved every few seconds, so a crash loses at most the last few keystrokes.
class DraftRepository
{
public:
    explicit DraftRepository(const Database &db) : m_db(db) {}

    void save(const Draft &draft) const;
    std::optional<Draft> find(const QString &id) const;
    QList<Draft> list(const QString &kind = {}) const;
    void remove(const QString &id) const;

private:
    const Database &m_db;
};

} // namespace civicdesk::core
