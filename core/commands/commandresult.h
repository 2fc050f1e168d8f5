#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace civicdesk::core {

// What one command did, ticket by ticket: enough to report it and to undo it.
struct CommandResult
{
    struct Applied
    {
        QUuid ticketId;
        QString reference;
        int versionAfter = 0;
        // The changed fields' values before the command (field -> text, as in the audit trail).
        QMap<QString, QString> before;
    };
    struct Skipped
    {
        QString reference;
        QString reason;
    };

    QString action; // assign, set-status, priority, merge, note, respond, undo
    QList<Applied> applied;
    QList<Skipped> skipped;

    // True when undo() has something to restore (notes are insert-only and stay).
    bool undoable() const
    {
        for (const Applied &a : applied) {
            if (!a.before.isEmpty())
                return true;
        }
        return false;
    }
    QStringList skippedReferences() const
    {
        QStringList refs;
        for (const Skipped &s : skipped)
            refs.append(s.reference);
        return refs;
    }
};

} // namespace civicdesk::core
