#include "core/queue/queuequery.h"

#include "core/domain/channel.h"
#include "core/domain/error.h"
#include "core/domain/priority.h"
#include "core/domain/ticketstatus.h"
#include "core/queue/queuecolumn.h"

#include <QCoreApplication>
#include <QPair>
#include <QUrl>

namespace civicdesk::core {

namespace {
const QString kScheme = QStringLiteral("civicdesk:queue");

[[noreturn]] void refuse(const QString &field, const QString &message)
{
    throw Error(field + QStringLiteral(": ") + message, {{field, message}});
}

void checkKeys(const QString &field, const QStringList &values, const QStringList &known)
{
    for (const QString &v : values) {
        if (!known.contains(v))
            refuse(field, QCoreApplication::translate("QueueQuery", "unknown value \"%1\" (one of: %2)")
                              .arg(v, known.join(QStringLiteral(", "))));
    }
}

void checkRange(const QString &field, QDate from, QDate to)
{
    if (from.isValid() && to.isValid() && from > to)
        refuse(field, QCoreApplication::translate("QueueQuery", "the range is reversed (%1 is after %2)")
                          .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
}

QString rangeText(QDate from, QDate to)
{
    return (from.isValid() ? from.toString(Qt::ISODate) : QString()) + QStringLiteral("..") +
           (to.isValid() ? to.toString(Qt::ISODate) : QString());
}

void parseRange(const QString &field, const QString &text, QDate &from, QDate &to)
{
    const qsizetype dots = text.indexOf(QStringLiteral(".."));
    const QString a = dots < 0 ? text : text.left(dots);
    const QString b = dots < 0 ? text : text.mid(dots + 2);
    if (a.isEmpty() && b.isEmpty())
        refuse(field, QCoreApplication::translate("QueueQuery",
                                                  "the range is empty; give FROM..TO, FROM.. or ..TO"));
    if (!a.isEmpty()) {
        from = QDate::fromString(a, Qt::ISODate);
        if (!from.isValid())
            refuse(field,
                   QCoreApplication::translate("QueueQuery", "\"%1\" is not a date (YYYY-MM-DD)").arg(a));
    }
    if (!b.isEmpty()) {
        to = QDate::fromString(b, Qt::ISODate);
        if (!to.isValid())
            refuse(field,
                   QCoreApplication::translate("QueueQuery", "\"%1\" is not a date (YYYY-MM-DD)").arg(b));
    }
}
// key=value pairs joined by &, each side percent-encoded: every character of a value (a "+",
// an "&", a comma in a name) survives the round trip, which QUrlQuery's "+" handling does not
// promise.
struct Pairs
{
    QList<QPair<QString, QString>> items;

    void addQueryItem(const QString &key, const QString &value) { items.append({key, value}); }
    bool hasQueryItem(const QString &key) const
    {
        for (const auto &i : items) {
            if (i.first == key)
                return true;
        }
        return false;
    }
    QString queryItemValue(const QString &key) const
    {
        for (const auto &i : items) {
            if (i.first == key)
                return i.second;
        }
        return {};
    }
    QStringList allQueryItemValues(const QString &key) const
    {
        QStringList out;
        for (const auto &i : items) {
            if (i.first == key)
                out.append(i.second);
        }
        return out;
    }
    QString encoded() const
    {
        QStringList parts;
        for (const auto &i : items)
            parts.append(QString::fromLatin1(QUrl::toPercentEncoding(i.first) + '=' +
                                             QUrl::toPercentEncoding(i.second, "-._~,:")));
        return parts.join(u'&');
    }
    static Pairs decode(const QString &text)
    {
        Pairs p;
        for (const QString &part : text.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = part.indexOf(u'=');
            const QString key = eq < 0 ? part : part.left(eq);
            const QString value = eq < 0 ? QString() : part.mid(eq + 1);
            p.items.append(
                {QUrl::fromPercentEncoding(key.toUtf8()), QUrl::fromPercentEncoding(value.toUtf8())});
        }
        return p;
    }
};
} // namespace

void QueueQuery::validate() const
{
    checkKeys(QStringLiteral("status"), statuses, ticketstatus::keys());
    checkKeys(QStringLiteral("priority"), priorities, priority::keys());
    checkKeys(QStringLiteral("channel"), channels, channel::keys());
    checkRange(QStringLiteral("created"), createdFrom, createdTo);
    checkRange(QStringLiteral("updated"), updatedFrom, updatedTo);
    if (dueWithinHours < 0 || dueWithinHours > 24 * 366)
        refuse(QStringLiteral("due_within"),
               QCoreApplication::translate("QueueQuery", "must be between 0 and 8784 hours"));
    if (!QueueColumn::find(sortColumn))
        refuse(QStringLiteral("sort"),
               QCoreApplication::translate("QueueQuery", "unknown column \"%1\"").arg(sortColumn));
    for (const QString &c : columns) {
        if (!QueueColumn::find(c))
            refuse(QStringLiteral("columns"),
                   QCoreApplication::translate("QueueQuery", "unknown column \"%1\"").arg(c));
    }
    if (text.size() > 200)
        refuse(QStringLiteral("q"), QCoreApplication::translate("QueueQuery", "longer than 200 characters"));
}

QString QueueQuery::toString() const
{
    Pairs q;
    const auto addAll = [&q](const QString &key, const QStringList &values) {
        for (const QString &v : values)
            q.addQueryItem(key, v);
    };
    addAll(QStringLiteral("status"), statuses);
    addAll(QStringLiteral("service"), services);
    addAll(QStringLiteral("group"), serviceGroups);
    addAll(QStringLiteral("agency"), agencies);
    addAll(QStringLiteral("district"), districts);
    addAll(QStringLiteral("queue"), queues);
    addAll(QStringLiteral("assignee"), assignees);
    addAll(QStringLiteral("priority"), priorities);
    addAll(QStringLiteral("channel"), channels);
    if (createdFrom.isValid() || createdTo.isValid())
        q.addQueryItem(QStringLiteral("created"), rangeText(createdFrom, createdTo));
    if (updatedFrom.isValid() || updatedTo.isValid())
        q.addQueryItem(QStringLiteral("updated"), rangeText(updatedFrom, updatedTo));
    if (overdue)
        q.addQueryItem(QStringLiteral("overdue"), QStringLiteral("1"));
    if (dueWithinHours > 0)
        q.addQueryItem(QStringLiteral("due_within"), QString::number(dueWithinHours));
    if (duplicates != Duplicates::Any)
        q.addQueryItem(QStringLiteral("dup"), duplicates == Duplicates::DuplicatesOnly
                                                  ? QStringLiteral("only")
                                                  : QStringLiteral("originals"));
    if (!text.isEmpty())
        q.addQueryItem(QStringLiteral("q"), text);
    if (sortColumn != QLatin1String("requested") || !sortDescending)
        q.addQueryItem(QStringLiteral("sort"),
                       (sortDescending ? QStringLiteral("-") : QString()) + sortColumn);
    if (!columns.isEmpty())
        q.addQueryItem(QStringLiteral("cols"), columns.join(u','));
    const QString query = q.encoded();
    return query.isEmpty() ? kScheme : kScheme + u'?' + query;
}

QueueQuery QueueQuery::fromString(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed != kScheme && !trimmed.startsWith(kScheme + u'?'))
        refuse(QStringLiteral("view"),
               QCoreApplication::translate("QueueQuery", "a view starts with %1?").arg(kScheme));
    QueueQuery out;
    const Pairs q = Pairs::decode(trimmed.mid(kScheme.size() + 1));
    const auto values = [&q](const QString &key) { return q.allQueryItemValues(key); };
    static const QStringList known = {
        QStringLiteral("status"),     QStringLiteral("service"),  QStringLiteral("group"),
        QStringLiteral("agency"),     QStringLiteral("district"), QStringLiteral("queue"),
        QStringLiteral("assignee"),   QStringLiteral("priority"), QStringLiteral("channel"),
        QStringLiteral("created"),    QStringLiteral("updated"),  QStringLiteral("overdue"),
        QStringLiteral("due_within"), QStringLiteral("dup"),      QStringLiteral("q"),
        QStringLiteral("sort"),       QStringLiteral("cols")};
    for (const auto &item : q.items) {
        if (!known.contains(item.first))
            refuse(item.first, QCoreApplication::translate("QueueQuery", "unknown parameter (known: %1)")
                                   .arg(known.join(QStringLiteral(", "))));
    }
    out.statuses = values(QStringLiteral("status"));
    out.services = values(QStringLiteral("service"));
    out.serviceGroups = values(QStringLiteral("group"));
    out.agencies = values(QStringLiteral("agency"));
    out.districts = values(QStringLiteral("district"));
    out.queues = values(QStringLiteral("queue"));
    out.assignees = values(QStringLiteral("assignee"));
    out.priorities = values(QStringLiteral("priority"));
    out.channels = values(QStringLiteral("channel"));
    if (q.hasQueryItem(QStringLiteral("created")))
        parseRange(QStringLiteral("created"), q.queryItemValue(QStringLiteral("created")), out.createdFrom,
                   out.createdTo);
    if (q.hasQueryItem(QStringLiteral("updated")))
        parseRange(QStringLiteral("updated"), q.queryItemValue(QStringLiteral("updated")), out.updatedFrom,
                   out.updatedTo);
    out.overdue = q.queryItemValue(QStringLiteral("overdue")) == QLatin1String("1");
    if (q.hasQueryItem(QStringLiteral("due_within"))) {
        bool ok = false;
        out.dueWithinHours = q.queryItemValue(QStringLiteral("due_within")).toInt(&ok);
        if (!ok)
            refuse(QStringLiteral("due_within"),
                   QCoreApplication::translate("QueueQuery", "must be a number of hours"));
    }
    const QString dup = q.queryItemValue(QStringLiteral("dup"));
    if (dup == QLatin1String("only"))
        out.duplicates = Duplicates::DuplicatesOnly;
    else if (dup == QLatin1String("originals"))
        out.duplicates = Duplicates::OriginalsOnly;
    else if (!dup.isEmpty())
        refuse(QStringLiteral("dup"),
               QCoreApplication::translate("QueueQuery", "must be \"only\" or \"originals\""));
    out.text = q.queryItemValue(QStringLiteral("q"));
    if (q.hasQueryItem(QStringLiteral("sort"))) {
        const QString sort = q.queryItemValue(QStringLiteral("sort"));
        out.sortDescending = sort.startsWith(u'-');
        out.sortColumn = out.sortDescending ? sort.mid(1) : sort;
    }
    if (q.hasQueryItem(QStringLiteral("cols")))
        out.columns = q.queryItemValue(QStringLiteral("cols")).split(u',', Qt::SkipEmptyParts);
    out.validate();
    return out;
}

} // namespace civicdesk::core
