#include "core/intake/callsession.h"

#include "core/catalog/catalogtext.h"
#include "core/domain/emailaddress.h"
#include "core/domain/phonenumber.h"
#include "core/intake/coordinateinput.h"
#include "core/tickets/ticketvalidator.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace civicdesk::core {

namespace {
QString isoUtc(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

QString CallSession::phoneE164() const
{
    if (phoneText.trimmed().isEmpty())
        return {};
    return phonenumber::toE164(phoneText).value_or(QString());
}

QJsonObject CallSession::toJson() const
{
    QJsonObject attrs;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        attrs.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("civicdesk-call-session")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("id"), id.toString(QUuid::WithoutBraces)},
        {QStringLiteral("started_at"), isoUtc(startedAt)},
        {QStringLiteral("agent"), agent},
        {QStringLiteral("phone_text"), phoneText},
        {QStringLiteral("first_name"), firstName},
        {QStringLiteral("last_name"), lastName},
        {QStringLiteral("email"), email},
        {QStringLiteral("anonymous"), anonymous},
        {QStringLiteral("preferred_language"), preferredLanguage},
        {QStringLiteral("channel"), channel::toKey(channel)},
        {QStringLiteral("service_query"), serviceQuery},
        {QStringLiteral("service_code"), serviceCode},
        {QStringLiteral("attributes"), attrs},
        {QStringLiteral("description"), description},
        {QStringLiteral("address"), address},
        {QStringLiteral("lat_text"), latitudeText},
        {QStringLiteral("long_text"), longitudeText},
        {QStringLiteral("duplicate_of"),
         duplicateOf.isNull() ? QString() : duplicateOf.toString(QUuid::WithoutBraces)},
        {QStringLiteral("wrap_up"), wrapUp},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("transfer_to"), transferTo},
        {QStringLiteral("duplicate_reference"), duplicateReference},
        {QStringLiteral("kb_article"), kbArticle},
        {QStringLiteral("emergency_transfer"), emergencyTransfer},
    };
}

CallSession CallSession::fromJson(const QJsonObject &o, const QString &source)
{
    auto fail = [&](const QString &field, const QString &message) {
        return Error(QStringLiteral("%1: %2: %3").arg(source, field, message), {{field, message}});
    };
    if (str(o, "format") != QLatin1String("civicdesk-call-session"))
        throw fail(QStringLiteral("format"),
                   QCoreApplication::translate("CallSession", "is not a CivicDesk call session"));
    CallSession s;
    s.id = QUuid::fromString(str(o, "id"));
    if (s.id.isNull())
        throw fail(QStringLiteral("id"), QCoreApplication::translate("CallSession", "is not a UUID"));
    s.startedAt = QDateTime::fromString(str(o, "started_at"), Qt::ISODateWithMs);
    if (!s.startedAt.isValid())
        throw fail(QStringLiteral("started_at"),
                   QCoreApplication::translate("CallSession", "is not an ISO 8601 date and time"));
    s.startedAt = s.startedAt.toUTC();
    s.agent = str(o, "agent");
    s.phoneText = str(o, "phone_text");
    s.firstName = str(o, "first_name");
    s.lastName = str(o, "last_name");
    s.email = str(o, "email");
    s.anonymous = o.value(QLatin1String("anonymous")).toBool();
    s.preferredLanguage = str(o, "preferred_language");
    const auto ch = channel::fromKey(str(o, "channel"));
    if (!ch)
        throw fail(
            QStringLiteral("channel"),
            QCoreApplication::translate("CallSession", "unknown channel \"%1\"").arg(str(o, "channel")));
    s.channel = *ch;
    s.serviceQuery = str(o, "service_query");
    s.serviceCode = str(o, "service_code");
    const QJsonObject attrs = o.value(QLatin1String("attributes")).toObject();
    for (auto it = attrs.begin(); it != attrs.end(); ++it) {
        if (!it.value().isArray())
            throw fail(QStringLiteral("attributes.") + it.key(),
                       QCoreApplication::translate("CallSession", "must be a list of values"));
        QStringList values;
        for (const QJsonValue &v : it.value().toArray())
            values.append(v.toString());
        s.attributes.insert(it.key(), values);
    }
    s.description = str(o, "description");
    s.address = str(o, "address");
    s.latitudeText = str(o, "lat_text");
    s.longitudeText = str(o, "long_text");
    if (const QString dup = str(o, "duplicate_of"); !dup.isEmpty()) {
        s.duplicateOf = QUuid::fromString(dup);
        if (s.duplicateOf.isNull())
            throw fail(QStringLiteral("duplicate_of"),
                       QCoreApplication::translate("CallSession", "\"%1\" is not a ticket id").arg(dup));
    }
    s.wrapUp = str(o, "wrap_up");
    s.reason = str(o, "reason");
    s.transferTo = str(o, "transfer_to");
    s.duplicateReference = str(o, "duplicate_reference");
    s.kbArticle = str(o, "kb_article");
    s.emergencyTransfer = o.value(QLatin1String("emergency_transfer")).toBool();
    return s;
}

Ticket CallSession::toTicket(const Catalog &catalog) const
{
    Ticket t;
    t.serviceCode = serviceCode;
    if (const Service *service = catalog.service(serviceCode)) {
        t.serviceName = service->name;
        t.priority = service->defaultPriority;
        // Only answers to the current service's questions travel; a changed service type
        // leaves the old answers behind in the draft, not on the ticket.
        for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
            const ServiceAttribute *a = service->attribute(it.key());
            if (!a || !a->variable)
                continue;
            QStringList values = it.value();
            values.removeIf([](const QString &v) { return v.trimmed().isEmpty(); });
            if (!values.isEmpty())
                t.attributes.insert(it.key(), values);
        }
    }
    t.description = description.trimmed();
    t.address = address.trimmed();
    t.latitude = coordinateinput::parse(latitudeText, coordinateinput::Axis::Latitude);
    t.longitude = coordinateinput::parse(longitudeText, coordinateinput::Axis::Longitude);
    t.duplicateOf = duplicateOf;
    t.caller.phone = phoneE164();
    t.caller.anonymous = anonymous;
    // An anonymous caller's name and email stay off the ticket; the number stays for history.
    if (!anonymous) {
        t.caller.firstName = firstName.trimmed();
        t.caller.lastName = lastName.trimmed();
        t.caller.email = email.trimmed();
    }
    t.caller.preferredLanguage = preferredLanguage;
    t.channel = channel;
    return t;
}

QList<FieldError> CallSession::problems(const Catalog &catalog) const
{
    QList<FieldError> errors;
    if (!phoneText.trimmed().isEmpty() && phoneE164().isEmpty())
        errors.append({QStringLiteral("caller.phone"),
                       QCoreApplication::translate("CallSession", "\"%1\" is not a phone number")
                           .arg(phoneText.trimmed())});
    if (!anonymous && !email.trimmed().isEmpty() && !emailaddress::isValid(email.trimmed()))
        errors.append({QStringLiteral("caller.email"),
                       QCoreApplication::translate("CallSession", "\"%1\" is not an email address")
                           .arg(email.trimmed())});
    if (const auto e = coordinateinput::problem(latitudeText, coordinateinput::Axis::Latitude))
        errors.append({QStringLiteral("lat"), *e});
    if (const auto e = coordinateinput::problem(longitudeText, coordinateinput::Axis::Longitude))
        errors.append({QStringLiteral("long"), *e});
    if (latitudeText.trimmed().isEmpty() != longitudeText.trimmed().isEmpty())
        errors.append({latitudeText.trimmed().isEmpty() ? QStringLiteral("lat") : QStringLiteral("long"),
                       QCoreApplication::translate("CallSession", "latitude and longitude go together")});
    if (serviceCode.isEmpty())
        errors.append({QStringLiteral("service_code"),
                       QCoreApplication::translate("CallSession", "choose a service type")});
    if (const Service *service = catalog.service(serviceCode);
        service && catalog.needsLocation(*service) && address.trimmed().isEmpty() &&
        latitudeText.trimmed().isEmpty() && longitudeText.trimmed().isEmpty())
        errors.append({QStringLiteral("address"),
                       QCoreApplication::translate(
                           "CallSession", "%1 needs a place: type the address or put a pin on the map")
                           .arg(CatalogText().name(*service))});
    for (const FieldError &e : ticketvalidator::validate(toTicket(catalog), catalog)) {
        // Phone, email and coordinates are checked above on what was typed.
        if (e.field.startsWith(QLatin1String("caller.")) || e.field == QLatin1String("lat") ||
            e.field == QLatin1String("long") ||
            (serviceCode.isEmpty() && e.field == QLatin1String("service_code")))
            continue;
        errors.append(e);
    }
    return errors;
}

} // namespace civicdesk::core
