#include "core/domain/ticketstatus.h"

#include <QCoreApplication>

namespace civicdesk::core::ticketstatus {

namespace {
struct StatusInfo
{
    TicketStatus status;
    const char *key;
    const char *name;
    bool open;
};

constexpr StatusInfo kStatuses[] = {
    {TicketStatus::New, "new", QT_TRANSLATE_NOOP("TicketStatus", "New"), true},
    {TicketStatus::Acknowledged, "acknowledged", QT_TRANSLATE_NOOP("TicketStatus", "Acknowledged"), true},
    {TicketStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("TicketStatus", "In progress"), true},
    {TicketStatus::ActionScheduled, "action_scheduled", QT_TRANSLATE_NOOP("TicketStatus", "Action scheduled"), true},
    {TicketStatus::OnHold, "on_hold", QT_TRANSLATE_NOOP("TicketStatus", "On hold"), true},
    {TicketStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("TicketStatus", "Resolved"), false},
    {TicketStatus::Closed, "closed", QT_TRANSLATE_NOOP("TicketStatus", "Closed"), false},
    {TicketStatus::Duplicate, "duplicate", QT_TRANSLATE_NOOP("TicketStatus", "Duplicate"), false},
    {TicketStatus::NotOurResponsibility, "not_our_responsibility",
     QT_TRANSLATE_NOOP("TicketStatus", "Not our responsibility"), false},
    {TicketStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("TicketStatus", "Cancelled"), false},
};

const StatusInfo &info(TicketStatus status)
{
    return kStatuses[static_cast<int>(status)];
}
} // namespace

QString toKey(TicketStatus status)
{
    return QString::fromLatin1(info(status).key);
}

QString displayName(TicketStatus status)
{
    return QCoreApplication::translate("TicketStatus", info(status).name);
}

std::optional<TicketStatus> fromKey(const QString &key)
{
    // Accept what people and other systems write: "In Progress", "in-progress", "IN_PROGRESS".
    QString normal = key.trimmed().toLower();
    normal.replace(u' ', u'_').replace(u'-', u'_');
    for (const auto &s : kStatuses) {
        if (normal == QLatin1String(s.key))
            return s.status;
    }
    return std::nullopt;
}

bool isOpen(TicketStatus status)
{
    return info(status).open;
}

QString open311Status(TicketStatus status)
{
    return isOpen(status) ? QStringLiteral("open") : QStringLiteral("closed");
}

QList<TicketStatus> all()
{
    QList<TicketStatus> result;
    for (const auto &s : kStatuses)
        result.append(s.status);
    return result;
}

QStringList keys()
{
    QStringList result;
    for (const auto &s : kStatuses)
        result.append(QString::fromLatin1(s.key));
    return result;
}

} // namespace civicdesk::core::ticketstatus
