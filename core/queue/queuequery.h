#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

// One queue view: its filters, its sort and its columns. It travels as a URL-like string
// ("civicdesk:queue?status=new&service=POTHOLE&overdue=1&sort=-due"), which is what a saved
// view stores and what a supervisor copies to a colleague.
struct QueueQuery
{
    enum class Duplicates { Any, DuplicatesOnly, OriginalsOnly };

    QStringList statuses; // status keys
    QStringList services; // service codes
    QStringList serviceGroups;
    QStringList agencies;
    QStringList districts;
    QStringList queues;
    QStringList assignees;  // names; kUnassigned stands for "nobody"
    QStringList priorities; // priority keys
    QStringList channels;   // channel keys
    // Inclusive days in the city's time zone; invalid = open end.
    QDate createdFrom;
    QDate createdTo;
    QDate updatedFrom;
    QDate updatedTo;
    bool overdue = false;
    int dueWithinHours = 0; // 0 = off
    Duplicates duplicates = Duplicates::Any;
    QString text;
    QString sortColumn = QStringLiteral("requested");
    bool sortDescending = true;
    QStringList columns; // empty = the default columns

    bool operator==(const QueueQuery &) const = default;

    static inline const QString kUnassigned = QStringLiteral("~unassigned");

    // Refuses what cannot be meant: a reversed or empty date range, a negative window, unknown
    // status/priority/channel keys, an unknown sort column. Throws Error naming the field.
    void validate() const;

    QString toString() const;
    // Parses and validates; throws Error naming the parameter.
    static QueueQuery fromString(const QString &text);
};

} // namespace civicdesk::core
