#include "core/commands/cannedresponselibrary.h"

#include "core/catalog/catalog.h"
#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUuid>

namespace civicdesk::core {

namespace {
CannedResponse fromRow(const SqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), timestamps::fromDb(q.value(5))};
}

const QString kSelect =
    QStringLiteral("SELECT id, title, service_code, status, body, updated_at FROM canned_responses");
} // namespace

QStringList CannedResponseLibrary::placeholders()
{
    return {QStringLiteral("{reference}"), QStringLiteral("{service}"), QStringLiteral("{expected_date}"),
            QStringLiteral("{address}")};
}

QList<CannedResponse> CannedResponseLibrary::all() const
{
    SqlQuery q(m_db.connection(), kSelect + QStringLiteral(" ORDER BY title, id"));
    q.exec();
    QList<CannedResponse> list;
    while (q.next())
        list.append(fromRow(q));
    return list;
}

QList<CannedResponse> CannedResponseLibrary::matching(const QString &serviceCode, TicketStatus status) const
{
    SqlQuery q(m_db.connection(),
               kSelect + QStringLiteral(" WHERE service_code IN ('', ?) AND status IN ('', ?) "
                                        "ORDER BY (service_code <> '') + (status <> '') DESC, title, id"));
    q.bind(0, serviceCode).bind(1, ticketstatus::toKey(status)).exec();
    QList<CannedResponse> list;
    while (q.next())
        list.append(fromRow(q));
    return list;
}

std::optional<CannedResponse> CannedResponseLibrary::find(const QString &id) const
{
    SqlQuery q(m_db.connection(), kSelect + QStringLiteral(" WHERE id = ?"));
    q.bind(0, id).exec();
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

void CannedResponseLibrary::requireEditor() const
{
    if (!role::may(m_role, Permission::EditCannedResponses))
        throw Error(
            QCoreApplication::translate("CannedResponseLibrary",
                                        "only an administrator edits canned responses (you are: %1)")
                .arg(role::displayName(m_role)),
            {{QStringLiteral("role"), QCoreApplication::translate("CannedResponseLibrary", "not allowed")}});
}

CannedResponse CannedResponseLibrary::save(CannedResponse r, const Catalog &catalog) const
{
    requireEditor();
    QList<FieldError> errors;
    r.title = r.title.trimmed();
    if (r.title.isEmpty() || r.title.size() > 200)
        errors.append({QStringLiteral("title"),
                       QCoreApplication::translate("CannedResponseLibrary", "must be 1 to 200 characters")});
    if (r.body.trimmed().isEmpty() || r.body.size() > 4000)
        errors.append({QStringLiteral("body"),
                       QCoreApplication::translate("CannedResponseLibrary", "must be 1 to 4000 characters")});
    static const QRegularExpression placeholder(QStringLiteral("\\{[a-z_]+\\}"));
    for (auto it = placeholder.globalMatch(r.body); it.hasNext();) {
        const QString name = it.next().captured(0);
        if (!placeholders().contains(name))
            errors.append(
                {QStringLiteral("body"),
                 QCoreApplication::translate("CannedResponseLibrary", "unknown placeholder %1 (known: %2)")
                     .arg(name, placeholders().join(QStringLiteral(", ")))});
    }
    if (!r.serviceCode.isEmpty() && !catalog.service(r.serviceCode))
        errors.append({QStringLiteral("service_code"),
                       QCoreApplication::translate("CannedResponseLibrary", "no service %1 in the catalogue")
                           .arg(r.serviceCode)});
    if (!r.status.isEmpty()) {
        const auto status = ticketstatus::fromKey(r.status);
        if (!status)
            errors.append(
                {QStringLiteral("status"),
                 QCoreApplication::translate("CannedResponseLibrary", "unknown status %1").arg(r.status)});
        else
            r.status = ticketstatus::toKey(*status);
    }
    if (!errors.isEmpty()) {
        QStringList parts;
        for (const FieldError &e : errors)
            parts.append(e.field + QStringLiteral(": ") + e.message);
        throw Error(parts.join(QStringLiteral("; ")), errors);
    }
    if (r.id.isEmpty())
        r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.updatedAt = Clock::current().nowUtc();
    SqlQuery(m_db.connection(),
             QStringLiteral(
                 "INSERT INTO canned_responses (id, title, service_code, status, body, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
                 "service_code = excluded.service_code, status = excluded.status, body = excluded.body, "
                 "updated_at = excluded.updated_at"))
        .bind(0, r.id)
        .bind(1, r.title)
        .bind(2, r.serviceCode)
        .bind(3, r.status)
        .bind(4, r.body)
        .bind(5, timestamps::toDb(r.updatedAt))
        .exec();
    return r;
}

void CannedResponseLibrary::remove(const QString &id) const
{
    requireEditor();
    SqlQuery(m_db.connection(), QStringLiteral("DELETE FROM canned_responses WHERE id = ?"))
        .bind(0, id)
        .exec();
}

QString CannedResponseLibrary::expand(const QString &body, const Ticket &t, const Catalog &catalog)
{
    QString out = body;
    const QString expected =
        t.expectedAt.isValid()
            ? t.expectedAt.toTimeZone(catalog.calendar.timeZone()).date().toString(Qt::ISODate)
            : QCoreApplication::translate("CannedResponseLibrary", "(no target date)");
    out.replace(QStringLiteral("{reference}"), t.referenceNumber);
    out.replace(QStringLiteral("{service}"), t.serviceName.isEmpty() ? t.serviceCode : t.serviceName);
    out.replace(QStringLiteral("{expected_date}"), expected);
    out.replace(QStringLiteral("{address}"), t.address);
    return out;
}

} // namespace civicdesk::core
