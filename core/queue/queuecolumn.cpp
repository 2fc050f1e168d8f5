#include "core/queue/queuecolumn.h"

#include <QCoreApplication>

namespace civicdesk::core {

namespace {
QueueColumn column(const char *key, const char *title, const char *select, const char *sort = nullptr,
                   bool callerDetail = false)
{
    const QString s = QString::fromLatin1(select);
    return {QString::fromLatin1(key), title, s, sort ? QString::fromLatin1(sort) : s, callerDetail};
}
} // namespace

QString QueueColumn::displayTitle() const
{
    return QCoreApplication::translate("QueueColumn", title);
}

const QList<QueueColumn> &QueueColumn::all()
{
    static const QList<QueueColumn> columns = {
        column("reference", QT_TRANSLATE_NOOP("QueueColumn", "Reference"), "reference"),
        column("status", QT_TRANSLATE_NOOP("QueueColumn", "Status"), "status"),
        column("service", QT_TRANSLATE_NOOP("QueueColumn", "Service"), "service_name"),
        column("service_code", QT_TRANSLATE_NOOP("QueueColumn", "Service code"), "service_code"),
        column("agency", QT_TRANSLATE_NOOP("QueueColumn", "Agency"), "agency"),
        column("district", QT_TRANSLATE_NOOP("QueueColumn", "District"), "district"),
        column("queue", QT_TRANSLATE_NOOP("QueueColumn", "Queue"), "queue"),
        column("assignee", QT_TRANSLATE_NOOP("QueueColumn", "Assignee"), "assignee"),
        // Sorted by rank, not by key text, so "urgent" comes before "low".
        column("priority", QT_TRANSLATE_NOOP("QueueColumn", "Priority"), "priority",
               "CASE priority WHEN 'urgent' THEN 3 WHEN 'high' THEN 2 WHEN 'normal' THEN 1 ELSE 0 END"),
        column("channel", QT_TRANSLATE_NOOP("QueueColumn", "Channel"), "channel"),
        column("requested", QT_TRANSLATE_NOOP("QueueColumn", "Requested"), "requested_at"),
        column("updated", QT_TRANSLATE_NOOP("QueueColumn", "Updated"), "updated_at"),
        column("due", QT_TRANSLATE_NOOP("QueueColumn", "Due"), "expected_at"),
        // The countdown sorts by due time: the most urgent first in ascending order.
        column("sla", QT_TRANSLATE_NOOP("QueueColumn", "SLA"), "expected_at"),
        column("acknowledged", QT_TRANSLATE_NOOP("QueueColumn", "Acknowledged"), "acknowledged_at"),
        column("closed", QT_TRANSLATE_NOOP("QueueColumn", "Closed"), "closed_at"),
        column("address", QT_TRANSLATE_NOOP("QueueColumn", "Address"), "address"),
        column("description", QT_TRANSLATE_NOOP("QueueColumn", "Description"), "description"),
        column("duplicate_of", QT_TRANSLATE_NOOP("QueueColumn", "Duplicate of"),
               "(SELECT p.reference FROM tickets p WHERE p.id = tickets.duplicate_of)", "duplicate_of"),
        column("caller_name", QT_TRANSLATE_NOOP("QueueColumn", "Caller"),
               "trim(caller_first_name || ' ' || caller_last_name)", nullptr, true),
        column("caller_phone", QT_TRANSLATE_NOOP("QueueColumn", "Caller phone"), "caller_phone", nullptr,
               true),
        column("caller_email", QT_TRANSLATE_NOOP("QueueColumn", "Caller e-mail"), "caller_email", nullptr,
               true),
    };
    return columns;
}

const QueueColumn *QueueColumn::find(const QString &key)
{
    for (const QueueColumn &c : all()) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

QStringList QueueColumn::defaultKeys()
{
    return {QStringLiteral("reference"), QStringLiteral("status"),   QStringLiteral("service"),
            QStringLiteral("priority"),  QStringLiteral("assignee"), QStringLiteral("requested"),
            QStringLiteral("sla"),       QStringLiteral("address")};
}

} // namespace civicdesk::core
