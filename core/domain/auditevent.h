#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace civicdesk::core {

// One recorded change of one field. Insert-only, like notes.
struct AuditEvent
{
    QUuid id;
    QDateTime at; // UTC
    QString actor;
    QString field;
    QString oldValue;
    QString newValue;

    bool operator==(const AuditEvent &) const = default;
};

} // namespace civicdesk::core
