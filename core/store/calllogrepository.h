#pragma once

#include "core/domain/callrecord.h"
#include "core/store/database.h"

#include <QList>

#include <optional>

namespace civicdesk::core {

class CallLogRepository
{
public:
    explicit CallLogRepository(const Database &db) : m_db(db) {}

    void save(const CallRecord &call) const; // insert or update by id
    QList<CallRecord> forCaller(const QString &phoneE164, int limit) const;
    std::optional<CallRecord> find(const QUuid &id) const;
    QList<CallRecord> between(const QDateTime &fromUtc, const QDateTime &toUtc) const;

private:
    const Database &m_db;
};

} // namespace civicdesk::core
