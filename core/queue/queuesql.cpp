#include "core/queue/queuesql.h"

#include "core/catalog/catalog.h"
#include "core/domain/ticketstatus.h"
#include "core/queue/queuecolumn.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace civicdesk::core {

namespace {
void in(const QString &column, const QStringList &values, QStringList &where, QVariantList &bound)
{
    if (values.isEmpty())
        return;
    QStringList marks;
    for (const QString &v : values) {
        marks.append(QStringLiteral("?"));
        bound.append(v);
    }
    where.append(QStringLiteral("%1 IN (%2)").arg(column, marks.join(u',')));
}

// [from, to] days in the city's zone as [fromMs, toMs).
void range(const QString &column, QDate from, QDate to, const QTimeZone &zone, QStringList &where,
           QVariantList &bound)
{
    if (from.isValid()) {
        where.append(column + QStringLiteral(" >= ?"));
        bound.append(QDateTime(from, QTime(0, 0), zone).toMSecsSinceEpoch());
    }
    if (to.isValid()) {
        where.append(column + QStringLiteral(" < ?"));
        bound.append(QDateTime(to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch());
    }
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}
} // namespace

QString QueueSql::runningStatusesSql()
{
    QStringList keys;
    for (TicketStatus s : ticketstatus::all()) {
        if (ticketstatus::isOpen(s) && s != TicketStatus::OnHold)
            keys.append(u'\'' + ticketstatus::toKey(s) + u'\'');
    }
    return u'(' + keys.join(u',') + u')';
}

QStringList QueueSql::openStatusKeys()
{
    QStringList keys;
    for (TicketStatus s : ticketstatus::all()) {
        if (ticketstatus::isOpen(s))
            keys.append(ticketstatus::toKey(s));
    }
    return keys;
}

QString QueueSql::openStatusCondition()
{
    QStringList terms;
    for (const QString &key : openStatusKeys())
        terms.append(QStringLiteral("status = '%1'").arg(key));
    return u'(' + terms.join(QStringLiteral(" OR ")) + u')';
}

QueueSql QueueSql::build(const QueueQuery &query, const Catalog &catalog, const QDateTime &nowUtc)
{
    QueueSql out;
    QStringList where;
    in(QStringLiteral("status"), query.statuses, where, out.values);

    QStringList services = query.services;
    for (const QString &code : query.services) {
        if (!catalog.service(code))
            out.warnings.append(
                QCoreApplication::translate("QueueSql",
                                            "the view names service %1, which the catalogue no longer has")
                    .arg(code));
    }
    // A group is the services in it now: a service moved to another group moves with it.
    QStringList groupCodes;
    for (const QString &group : query.serviceGroups) {
        bool any = false;
        for (const Service &s : catalog.services()) {
            if (s.group == group) {
                groupCodes.append(s.code);
                any = true;
            }
        }
        if (!any)
            out.warnings.append(
                QCoreApplication::translate(
                    "QueueSql", "the view names service group %1, which the catalogue no longer has")
                    .arg(group));
    }
    if (!query.serviceGroups.isEmpty()) {
        if (groupCodes.isEmpty())
            where.append(QStringLiteral("0"));
        else
            in(QStringLiteral("service_code"), groupCodes, where, out.values);
    }
    in(QStringLiteral("service_code"), services, where, out.values);
    in(QStringLiteral("agency"), query.agencies, where, out.values);
    in(QStringLiteral("district"), query.districts, where, out.values);
    in(QStringLiteral("queue"), query.queues, where, out.values);
    if (!query.assignees.isEmpty()) {
        QStringList names = query.assignees;
        // "Unassigned" is the empty assignee.
        names.replaceInStrings(QRegularExpression(QStringLiteral("^~unassigned$")), QString());
        in(QStringLiteral("assignee"), names, where, out.values);
    }
    in(QStringLiteral("priority"), query.priorities, where, out.values);
    in(QStringLiteral("channel"), query.channels, where, out.values);
    const QTimeZone zone = catalog.calendar.timeZone();
    range(QStringLiteral("requested_at"), query.createdFrom, query.createdTo, zone, where, out.values);
    range(QStringLiteral("updated_at"), query.updatedFrom, query.updatedTo, zone, where, out.values);
    const qint64 now = nowUtc.toMSecsSinceEpoch();
    if (query.overdue || query.dueWithinHours > 0) {
        // Overdue and nearly due together read "overdue, or due within N hours".
        where.append(QStringLiteral("status IN %1").arg(runningStatusesSql()));
        if (query.dueWithinHours > 0) {
            where.append(QStringLiteral("expected_at < ?"));
            out.values.append(now + qint64(query.dueWithinHours) * 3600 * 1000);
            if (!query.overdue) {
                where.append(QStringLiteral("expected_at >= ?"));
                out.values.append(now);
            }
        } else {
            where.append(QStringLiteral("expected_at < ?"));
            out.values.append(now);
        }
    }
    const QStringList open = openStatusKeys();
    const bool onlyOpen = std::all_of(query.statuses.cbegin(), query.statuses.cend(),
                                      [&open](const QString &key) { return open.contains(key); });
    const bool openTerm =
        (!query.statuses.isEmpty() && onlyOpen) || query.overdue || query.dueWithinHours > 0;
    if (query.duplicates == QueueQuery::Duplicates::DuplicatesOnly)
        where.append(QStringLiteral("duplicate_of IS NOT NULL"));
    else if (query.duplicates == QueueQuery::Duplicates::OriginalsOnly)
        where.append(QStringLiteral("duplicate_of IS NULL"));
    if (!query.text.trimmed().isEmpty()) {
        where.append(QStringLiteral("(reference LIKE ?1 ESCAPE '\\' OR address LIKE ?1 ESCAPE '\\' "
                                    "OR description LIKE ?1 ESCAPE '\\' OR service_name LIKE ?1 ESCAPE '\\')")
                         .replace(QStringLiteral("?1"), QStringLiteral("?")));
        const QString pattern = likePattern(query.text.trimmed());
        for (int i = 0; i < 4; ++i)
            out.values.append(pattern);
    }
    if (!where.isEmpty())
        out.where = QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    // The condition carries no bound value, so both clauses take the same values.
    out.countWhere =
        openTerm ? (out.where.isEmpty() ? QStringLiteral(" WHERE ") : out.where + QStringLiteral(" AND ")) +
                       openStatusCondition()
                 : out.where;

    const QueueColumn *sort = QueueColumn::find(query.sortColumn);
    const QString direction = query.sortDescending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (!sort || sort->key == QLatin1String("requested")) {
        // Matches the index tickets_by_requested (requested_at DESC, id DESC).
        out.orderBy = QStringLiteral(" ORDER BY requested_at%1, id%1").arg(direction);
    } else {
        // rowid breaks ties: every index carries it, so an indexed sort needs no extra sort step.
        out.orderBy = QStringLiteral(" ORDER BY %1%2, tickets.rowid%2").arg(sort->sort, direction);
    }
    return out;
}

} // namespace civicdesk::core
