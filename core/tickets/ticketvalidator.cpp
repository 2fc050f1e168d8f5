#include "core/tickets/ticketvalidator.h"

#include "core/domain/emailaddress.h"
#include "core/domain/referencenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace civicdesk::core::ticketvalidator {

namespace {
void validateAttributes(const Ticket &t, const Service &service, Mode mode, QList<FieldError> &errors)
{
    for (auto it = t.attributes.cbegin(); it != t.attributes.cend(); ++it) {
        if (!service.attribute(it.key()))
            errors.append(
                {QStringLiteral("attributes.") + it.key(),
                 QCoreApplication::translate("TicketValidator", "\"%1\" is not a question of service %2")
                     .arg(it.key(), service.code)});
    }
    for (const ServiceAttribute &a : service.attributes) {
        if (!a.variable)
            continue;
        const QString field = QStringLiteral("attributes.") + a.code;
        QStringList values = t.attributes.value(a.code);
        values.removeIf([](const QString &v) { return v.trimmed().isEmpty(); });
        if (values.isEmpty()) {
            if (a.required && mode == Mode::Entry)
                errors.append({field, QCoreApplication::translate("TicketValidator", "is required")});
            continue;
        }
        if (a.datatype != AttributeDatatype::MultiValueList && values.size() > 1)
            errors.append({field, QCoreApplication::translate("TicketValidator", "takes one value, not %1")
                                      .arg(values.size())});
        for (const QString &v : values) {
            switch (a.datatype) {
            case AttributeDatatype::Number: {
                bool ok = false;
                const double d = v.trimmed().toDouble(&ok);
                if (!ok || !std::isfinite(d))
                    errors.append(
                        {field,
                         QCoreApplication::translate("TicketValidator", "\"%1\" is not a number").arg(v)});
                break;
            }
            case AttributeDatatype::Datetime:
                if (!QDateTime::fromString(v, Qt::ISODateWithMs).isValid() &&
                    !QDate::fromString(v, Qt::ISODate).isValid())
                    errors.append({field, QCoreApplication::translate(
                                              "TicketValidator", "\"%1\" is not an ISO 8601 date and time")
                                              .arg(v)});
                break;
            case AttributeDatatype::SingleValueList:
            case AttributeDatatype::MultiValueList: {
                bool known = false;
                for (const auto &allowed : a.values)
                    known = known || allowed.key == v;
                if (!known)
                    errors.append({field, QCoreApplication::translate(
                                              "TicketValidator", "\"%1\" is not one of the listed values")
                                              .arg(v)});
                break;
            }
            case AttributeDatatype::String:
            case AttributeDatatype::Text:
                if (containsHtml(v))
                    errors.append({field, QCoreApplication::translate("TicketValidator",
                                                                      "must be plain text, not HTML")});
                break;
            }
        }
    }
}
} // namespace

bool containsHtml(const QString &text)
{
    // A tag opens with "<" straight before a letter, "/" or "!"; "5 < 6" and "<3" are not HTML.
    static const QRegularExpression markup(
        QStringLiteral(R"(<\s*/?\s*[A-Za-z][^>]*>|<!--|&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);)"));
    return markup.match(text).hasMatch();
}

QList<FieldError> validate(const Ticket &t, const Catalog &catalog, Mode mode)
{
    QList<FieldError> errors;
    const Service *service = nullptr;
    if (t.serviceCode.trimmed().isEmpty()) {
        errors.append(
            {QStringLiteral("service_code"), QCoreApplication::translate("TicketValidator", "is required")});
    } else {
        service = catalog.service(t.serviceCode);
        if (!service)
            errors.append({QStringLiteral("service_code"),
                           QCoreApplication::translate("TicketValidator", "unknown service code \"%1\"")
                               .arg(t.serviceCode)});
    }
    if (service)
        validateAttributes(t, *service, mode, errors);

    if (t.description.size() > kMaxDescriptionLength)
        errors.append({QStringLiteral("description"),
                       QCoreApplication::translate("TicketValidator", "is %1 characters; the limit is %2")
                           .arg(t.description.size())
                           .arg(kMaxDescriptionLength)});
    if (containsHtml(t.description))
        errors.append({QStringLiteral("description"),
                       QCoreApplication::translate("TicketValidator", "must be plain text, not HTML")});
    if (!t.referenceNumber.isEmpty() && t.referenceNumber.size() > 64)
        errors.append({QStringLiteral("service_request_id"),
                       QCoreApplication::translate("TicketValidator", "is longer than 64 characters")});

    static const QRegularExpression e164(QStringLiteral(R"(^\+[1-9]\d{7,14}$)"));
    if (!t.caller.phone.isEmpty() && !e164.match(t.caller.phone).hasMatch())
        errors.append({QStringLiteral("caller.phone"),
                       QCoreApplication::translate("TicketValidator", "\"%1\" is not a valid phone number")
                           .arg(t.caller.phone)});
    if (!t.caller.email.isEmpty() && !emailaddress::isValid(t.caller.email))
        errors.append({QStringLiteral("caller.email"),
                       QCoreApplication::translate("TicketValidator", "\"%1\" is not a valid email address")
                           .arg(t.caller.email)});

    if (t.latitude.has_value() != t.longitude.has_value())
        errors.append({t.latitude ? QStringLiteral("long") : QStringLiteral("lat"),
                       QCoreApplication::translate("TicketValidator", "lat and long go together")});
    if (t.latitude && (!std::isfinite(*t.latitude) || *t.latitude < -90.0 || *t.latitude > 90.0))
        errors.append({QStringLiteral("lat"),
                       QCoreApplication::translate("TicketValidator", "%1 is out of range (-90 to 90)")
                           .arg(*t.latitude)});
    if (t.longitude && (!std::isfinite(*t.longitude) || *t.longitude < -180.0 || *t.longitude > 180.0))
        errors.append({QStringLiteral("long"),
                       QCoreApplication::translate("TicketValidator", "%1 is out of range (-180 to 180)")
                           .arg(*t.longitude)});
    return errors;
}

void ensureValid(const Ticket &ticket, const Catalog &catalog, Mode mode)
{
    const QList<FieldError> errors = validate(ticket, catalog, mode);
    if (errors.isEmpty())
        return;
    QStringList parts;
    for (const auto &e : errors)
        parts.append(e.field + QStringLiteral(": ") + e.message);
    throw Error(parts.join(QStringLiteral("; ")), errors);
}

} // namespace civicdesk::core::ticketvalidator
