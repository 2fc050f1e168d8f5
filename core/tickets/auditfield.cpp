#include "core/tickets/auditfield.h"

#include "core/domain/channel.h"
#include "core/domain/priority.h"
#include "core/domain/ticketstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace civicdesk::core::auditfield {

namespace {
struct Label
{
    const char *field;
    const char *text;
};

// Ticket fields under their Open311 and sync document names, plus the events that are not a
// field (created, note).
constexpr Label kLabels[] = {
    {"created", QT_TRANSLATE_NOOP("AuditField", "Created")},
    {"note", QT_TRANSLATE_NOOP("AuditField", "Note added")},
    {"internal_note", QT_TRANSLATE_NOOP("AuditField", "Internal note added")},
    {"status", QT_TRANSLATE_NOOP("AuditField", "Status")},
    {"status_notes", QT_TRANSLATE_NOOP("AuditField", "Status notes")},
    {"priority", QT_TRANSLATE_NOOP("AuditField", "Priority")},
    {"assignee", QT_TRANSLATE_NOOP("AuditField", "Assignee")},
    {"agency", QT_TRANSLATE_NOOP("AuditField", "Agency")},
    {"agency_responsible", QT_TRANSLATE_NOOP("AuditField", "Agency")},
    {"district", QT_TRANSLATE_NOOP("AuditField", "District")},
    {"queue", QT_TRANSLATE_NOOP("AuditField", "Work queue")},
    {"service_code", QT_TRANSLATE_NOOP("AuditField", "Service type")},
    {"service_name", QT_TRANSLATE_NOOP("AuditField", "Service name")},
    {"service_notice", QT_TRANSLATE_NOOP("AuditField", "Service notice")},
    {"description", QT_TRANSLATE_NOOP("AuditField", "Description")},
    {"address", QT_TRANSLATE_NOOP("AuditField", "Address")},
    {"address_id", QT_TRANSLATE_NOOP("AuditField", "Address id")},
    {"zipcode", QT_TRANSLATE_NOOP("AuditField", "Postcode")},
    {"lat", QT_TRANSLATE_NOOP("AuditField", "Latitude")},
    {"lon", QT_TRANSLATE_NOOP("AuditField", "Longitude")},
    {"long", QT_TRANSLATE_NOOP("AuditField", "Longitude")},
    {"channel", QT_TRANSLATE_NOOP("AuditField", "Channel")},
    {"duplicate_of", QT_TRANSLATE_NOOP("AuditField", "Duplicate of")},
    {"expected_at", QT_TRANSLATE_NOOP("AuditField", "Expected")},
    {"expected_datetime", QT_TRANSLATE_NOOP("AuditField", "Expected")},
    {"requested_at", QT_TRANSLATE_NOOP("AuditField", "Requested")},
    {"updated_at", QT_TRANSLATE_NOOP("AuditField", "Updated")},
    {"media_url", QT_TRANSLATE_NOOP("AuditField", "Media")},
    {"attributes", QT_TRANSLATE_NOOP("AuditField", "Answers")},
    {"caller_phone", QT_TRANSLATE_NOOP("AuditField", "Caller's phone")},
    {"caller_email", QT_TRANSLATE_NOOP("AuditField", "Caller's email")},
    {"caller_first_name", QT_TRANSLATE_NOOP("AuditField", "Caller's first name")},
    {"caller_last_name", QT_TRANSLATE_NOOP("AuditField", "Caller's last name")},
    {"caller_language", QT_TRANSLATE_NOOP("AuditField", "Caller's language")},
    {"caller_anonymous", QT_TRANSLATE_NOOP("AuditField", "Anonymous caller")},
};

bool isTime(const QString &field)
{
    return field == QLatin1String("expected_at") || field == QLatin1String("requested_at") ||
           field == QLatin1String("updated_at");
}
} // namespace

QString label(const QString &field)
{
    for (const Label &l : kLabels) {
        if (field == QLatin1String(l.field))
            return QCoreApplication::translate("AuditField", l.text);
    }
    return field; // a field this version does not know (a newer server): its name is all we have
}

QString value(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return value;
    if (field == QLatin1String("status")) {
        if (const auto s = ticketstatus::fromKey(value))
            return ticketstatus::displayName(*s);
    } else if (field == QLatin1String("priority")) {
        if (const auto p = priority::fromKey(value))
            return priority::displayName(*p);
    } else if (field == QLatin1String("channel")) {
        if (const auto c = channel::fromKey(value))
            return channel::displayName(*c);
    } else if (isTime(field)) {
        bool ok = false;
        const qint64 ms = value.toLongLong(&ok);
        if (ok)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
    }
    return value;
}

} // namespace civicdesk::core::auditfield
