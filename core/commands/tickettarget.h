#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

// One ticket a command should change, with the version the user saw. A ticket whose version
// moved on meanwhile is skipped (and named), not overwritten; 0 takes whatever is current.
struct TicketTarget
{
    QString reference;
    int expectedVersion = 0;

    bool operator==(const TicketTarget &) const = default;

    // "REF" or "REF@VERSION", as the CLI takes them.
    static TicketTarget parse(const QString &text);
    static QList<TicketTarget> parseAll(const QStringList &texts);
};

} // namespace civicdesk::core
