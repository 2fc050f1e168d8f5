#pragma once

#include <QString>

namespace civicdesk::core::auditfield {

// Audit events keep the stable internal names ("status", "status_notes", "note") so that every
// workstation and the server agree; people read them through these translated labels.
QString label(const QString &field);
// A recorded value as people read it: a status or priority by its translated name, a time
// (milliseconds since the epoch, as the server records them) in the user's locale.
QString value(const QString &field, const QString &value);

} // namespace civicdesk::core::auditfield
