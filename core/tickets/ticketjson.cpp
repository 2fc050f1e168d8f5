#include "core/tickets/ticketjson.h"

#include "core/domain/error.h"
#include "core/domain/phonenumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace civicdesk::core::ticketjson {

namespace {
class Reader
{
public:
    explicit Reader(QString source) : m_source(std::move(source)) {}

    [[noreturn]] void fail(const QString &field, const QString &message) const
    {
        throw Error(QStringLiteral("%1: %2: %3").arg(m_source, field, message), {{field, message}});
    }

    QString string(const QJsonObject &o, const QString &key, const QString &path = {}) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (v.isDouble()) // lenient: numeric ids and codes from other systems
            return QString::number(v.toDouble(), 'g', 17);
        if (!v.isString())
            fail(path + key, QCoreApplication::translate("TicketJson", "must be a string"));
        return v.toString();
    }

    QDateTime dateTime(const QJsonObject &o, const QString &key) const
    {
        const QString text = string(o, key);
        if (text.isEmpty())
            return {};
        QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid())
            fail(key, QCoreApplication::translate("TicketJson", "\"%1\" is not an ISO 8601 date and time").arg(text));
        if (dt.timeSpec() == Qt::LocalTime)
            fail(key, QCoreApplication::translate("TicketJson", "\"%1\" has no time zone (add Z or an offset such as -05:00)").arg(text));
        return dt.toUTC();
    }

    std::optional<double> coordinate(const QJsonObject &o, const QString &key, double limit) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
            return std::nullopt;
        bool ok = v.isDouble();
        const double d = v.isString() ? v.toString().toDouble(&ok) : v.toDouble();
        if (!ok || !std::isfinite(d))
            fail(key, QCoreApplication::translate("TicketJson", "must be a number"));
        if (d < -limit || d > limit)
            fail(key, QCoreApplication::translate("TicketJson", "%1 is out of range (-%2 to %2)").arg(d).arg(limit));
        return d;
    }

    QUuid uuid(const QJsonObject &o, const QString &key) const
    {
        const QString text = string(o, key);
        if (text.isEmpty())
            return {};
        const QUuid id = QUuid::fromString(text);
        if (id.isNull())
            fail(key, QCoreApplication::translate("TicketJson", "\"%1\" is not a UUID").arg(text));
        return id;
    }

private:
    QString m_source;
};
} // namespace

QString formatDateTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject toJson(const Ticket &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), t.id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("service_request_id"), t.referenceNumber);
    o.insert(QStringLiteral("status"), ticketstatus::toKey(t.status));
    o.insert(QStringLiteral("status_notes"), t.statusNotes);
    o.insert(QStringLiteral("service_code"), t.serviceCode);
    o.insert(QStringLiteral("service_name"), t.serviceName);
    o.insert(QStringLiteral("description"), t.description);
    o.insert(QStringLiteral("agency_responsible"), t.agencyResponsible);
    o.insert(QStringLiteral("service_notice"), t.serviceNotice);
    o.insert(QStringLiteral("requested_datetime"), formatDateTime(t.requestedAt));
    o.insert(QStringLiteral("updated_datetime"), formatDateTime(t.updatedAt));
    o.insert(QStringLiteral("expected_datetime"), formatDateTime(t.expectedAt));
    o.insert(QStringLiteral("address"), t.address);
    o.insert(QStringLiteral("address_id"), t.addressId);
    o.insert(QStringLiteral("zipcode"), t.zipcode);
    o.insert(QStringLiteral("lat"), t.latitude ? QJsonValue(*t.latitude) : QJsonValue());
    o.insert(QStringLiteral("long"), t.longitude ? QJsonValue(*t.longitude) : QJsonValue());
    o.insert(QStringLiteral("media_url"), t.mediaUrl);
    o.insert(QStringLiteral("caller"), QJsonObject{{QStringLiteral("first_name"), t.caller.firstName},
                                                   {QStringLiteral("last_name"), t.caller.lastName},
                                                   {QStringLiteral("phone"), t.caller.phone},
                                                   {QStringLiteral("email"), t.caller.email},
                                                   {QStringLiteral("anonymous"), t.caller.anonymous},
                                                   {QStringLiteral("language"), t.caller.preferredLanguage}});
    o.insert(QStringLiteral("channel"), channel::toKey(t.channel));
    o.insert(QStringLiteral("priority"), priority::toKey(t.priority));
    o.insert(QStringLiteral("assignee"), t.assignee);
    o.insert(QStringLiteral("district"), t.district);
    o.insert(QStringLiteral("queue"), t.queue);
    o.insert(QStringLiteral("duplicate_of"),
             t.duplicateOf.isNull() ? QJsonValue() : QJsonValue(t.duplicateOf.toString(QUuid::WithoutBraces)));
    QJsonObject attributes;
    for (auto it = t.attributes.cbegin(); it != t.attributes.cend(); ++it)
        attributes.insert(it.key(), QJsonArray::fromStringList(it.value()));
    o.insert(QStringLiteral("attributes"), attributes);
    QJsonArray notes;
    for (const Note &n : t.notes)
        notes.append(QJsonObject{{QStringLiteral("id"), n.id.toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("created_datetime"), formatDateTime(n.createdAt)},
                                 {QStringLiteral("author"), n.author},
                                 {QStringLiteral("text"), n.text},
                                 {QStringLiteral("internal"), n.internal}});
    o.insert(QStringLiteral("notes"), notes);
    QJsonArray audit;
    for (const AuditEvent &e : t.audit)
        audit.append(QJsonObject{{QStringLiteral("id"), e.id.toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("datetime"), formatDateTime(e.at)},
                                 {QStringLiteral("actor"), e.actor},
                                 {QStringLiteral("field"), e.field},
                                 {QStringLiteral("old_value"), e.oldValue},
                                 {QStringLiteral("new_value"), e.newValue}});
    o.insert(QStringLiteral("audit"), audit);
    o.insert(QStringLiteral("version"), t.version);
    return o;
}

Ticket fromJson(const QJsonObject &o, const QString &sourceName)
{
    const Reader r(sourceName);
    Ticket t;
    t.id = r.uuid(o, QStringLiteral("id"));
    t.referenceNumber = r.string(o, QStringLiteral("service_request_id"));
    const QString status = r.string(o, QStringLiteral("status"));
    if (!status.isEmpty()) {
        const auto s = ticketstatus::fromKey(status);
        if (!s)
            r.fail(QStringLiteral("status"), QCoreApplication::translate("TicketJson", "unknown status \"%1\" (one of: %2)")
                                                 .arg(status, ticketstatus::keys().join(QStringLiteral(", "))));
        t.status = *s;
    }
    t.statusNotes = r.string(o, QStringLiteral("status_notes"));
    t.serviceCode = r.string(o, QStringLiteral("service_code"));
    t.serviceName = r.string(o, QStringLiteral("service_name"));
    t.description = r.string(o, QStringLiteral("description"));
    t.agencyResponsible = r.string(o, QStringLiteral("agency_responsible"));
    t.serviceNotice = r.string(o, QStringLiteral("service_notice"));
    t.requestedAt = r.dateTime(o, QStringLiteral("requested_datetime"));
    t.updatedAt = r.dateTime(o, QStringLiteral("updated_datetime"));
    t.expectedAt = r.dateTime(o, QStringLiteral("expected_datetime"));
    t.address = r.string(o, QStringLiteral("address"));
    t.addressId = r.string(o, QStringLiteral("address_id"));
    t.zipcode = r.string(o, QStringLiteral("zipcode"));
    t.latitude = r.coordinate(o, QStringLiteral("lat"), 90.0);
    t.longitude = r.coordinate(o, QStringLiteral("long"), 180.0);
    if (t.latitude.has_value() != t.longitude.has_value())
        r.fail(t.latitude ? QStringLiteral("long") : QStringLiteral("lat"), QCoreApplication::translate("TicketJson", "lat and long go together"));
    t.mediaUrl = r.string(o, QStringLiteral("media_url"));

    const QJsonObject caller = o.value(QStringLiteral("caller")).toObject();
    t.caller.firstName = r.string(caller, QStringLiteral("first_name"), QStringLiteral("caller."));
    t.caller.lastName = r.string(caller, QStringLiteral("last_name"), QStringLiteral("caller."));
    const QString phone = r.string(caller, QStringLiteral("phone"), QStringLiteral("caller."));
    if (!phone.isEmpty()) {
        const auto e164 = phonenumber::toE164(phone);
        if (!e164)
            r.fail(QStringLiteral("caller.phone"), QCoreApplication::translate("TicketJson", "\"%1\" is not a valid phone number").arg(phone));
        t.caller.phone = *e164;
    }
    t.caller.email = r.string(caller, QStringLiteral("email"), QStringLiteral("caller.")).trimmed();
    t.caller.anonymous = caller.value(QStringLiteral("anonymous")).toBool(false);
    t.caller.preferredLanguage = r.string(caller, QStringLiteral("language"), QStringLiteral("caller."));

    const QString ch = r.string(o, QStringLiteral("channel"));
    if (!ch.isEmpty()) {
        const auto c = channel::fromKey(ch);
        if (!c)
            r.fail(QStringLiteral("channel"),
                   QCoreApplication::translate("TicketJson", "unknown channel \"%1\" (one of: %2)").arg(ch, channel::keys().join(QStringLiteral(", "))));
        t.channel = *c;
    }
    const QString prio = r.string(o, QStringLiteral("priority"));
    if (!prio.isEmpty()) {
        const auto p = priority::fromKey(prio);
        if (!p)
            r.fail(QStringLiteral("priority"), QCoreApplication::translate("TicketJson", "unknown priority \"%1\" (low, normal, high, urgent)").arg(prio));
        t.priority = *p;
    }
    t.assignee = r.string(o, QStringLiteral("assignee"));
    t.district = r.string(o, QStringLiteral("district"));
    t.queue = r.string(o, QStringLiteral("queue"));
    t.duplicateOf = r.uuid(o, QStringLiteral("duplicate_of"));

    const QJsonValue attrs = o.value(QStringLiteral("attributes"));
    if (!attrs.isUndefined() && !attrs.isNull() && !attrs.isObject())
        r.fail(QStringLiteral("attributes"), QCoreApplication::translate("TicketJson", "must be an object of attribute code to value"));
    const QJsonObject attributes = attrs.toObject();
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        QStringList values;
        const QString field = QStringLiteral("attributes.") + it.key();
        if (it.value().isArray()) {
            for (const auto &v : it.value().toArray()) {
                if (!v.isString() && !v.isDouble())
                    r.fail(field, QCoreApplication::translate("TicketJson", "values must be strings or numbers"));
                values.append(v.isString() ? v.toString() : QString::number(v.toDouble(), 'g', 17));
            }
        } else if (it.value().isString()) {
            values.append(it.value().toString());
        } else if (it.value().isDouble()) {
            values.append(QString::number(it.value().toDouble(), 'g', 17));
        } else if (it.value().isBool()) {
            values.append(it.value().toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        } else {
            r.fail(field, QCoreApplication::translate("TicketJson", "must be a string, a number or an array"));
        }
        t.attributes.insert(it.key(), values);
    }

    const QJsonArray notes = o.value(QStringLiteral("notes")).toArray();
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QJsonObject n = notes.at(i).toObject();
        const QString path = QStringLiteral("notes[%1].").arg(i);
        Note note;
        note.id = r.uuid(n, QStringLiteral("id"));
        if (note.id.isNull())
            note.id = QUuid::createUuid();
        note.createdAt = r.dateTime(n, QStringLiteral("created_datetime"));
        note.author = r.string(n, QStringLiteral("author"), path);
        note.text = r.string(n, QStringLiteral("text"), path);
        if (note.text.trimmed().isEmpty())
            r.fail(path + QStringLiteral("text"), QCoreApplication::translate("TicketJson", "a note needs text"));
        note.internal = n.value(QStringLiteral("internal")).toBool(false);
        t.notes.append(note);
    }
    const QJsonArray audit = o.value(QStringLiteral("audit")).toArray();
    for (qsizetype i = 0; i < audit.size(); ++i) {
        const QJsonObject a = audit.at(i).toObject();
        const QString path = QStringLiteral("audit[%1].").arg(i);
        AuditEvent e;
        e.id = r.uuid(a, QStringLiteral("id"));
        if (e.id.isNull())
            e.id = QUuid::createUuid();
        e.at = r.dateTime(a, QStringLiteral("datetime"));
        e.actor = r.string(a, QStringLiteral("actor"), path);
        e.field = r.string(a, QStringLiteral("field"), path);
        e.oldValue = r.string(a, QStringLiteral("old_value"), path);
        e.newValue = r.string(a, QStringLiteral("new_value"), path);
        t.audit.append(e);
    }
    t.version = o.value(QStringLiteral("version")).toInt(0);
    return t;
}

} // namespace civicdesk::core::ticketjson
