#include "widgets/queue/ticketactioncommand.h"

#include "core/commands/ticketcommands.h"
#include "core/domain/error.h"

#include <QCoreApplication>

namespace civicdesk::widgets {

TicketActionCommand::TicketActionCommand(core::LocalStore &store, core::Account account,
                                         core::CommandResult done, const QString &text, Report report)
    : QUndoCommand(text), m_store(store), m_account(std::move(account)), m_done(std::move(done)),
      m_report(std::move(report))
{
}

void TicketActionCommand::undo()
{
    core::TicketCommands commands(m_store, m_account.role, m_account.name);
    try {
        m_undone = commands.undo(m_done);
    } catch (const core::Error &e) {
        m_undone = {};
        m_undone.action = QStringLiteral("undo");
        for (const auto &a : m_done.applied)
            m_undone.skipped.append({a.reference, e.message()});
    }
    if (m_report)
        m_report(QCoreApplication::translate("TicketActionCommand", "Undo %1").arg(text()), m_undone);
}

void TicketActionCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    core::TicketCommands commands(m_store, m_account.role, m_account.name);
    core::CommandResult again;
    try {
        again = commands.undo(m_undone);
        // The next undo restores from the values this redo wrote over.
        for (auto &a : m_done.applied) {
            for (const auto &r : again.applied) {
                if (r.reference == a.reference)
                    a.versionAfter = r.versionAfter;
            }
        }
    } catch (const core::Error &e) {
        again.action = QStringLiteral("redo");
        for (const auto &a : m_undone.applied)
            again.skipped.append({a.reference, e.message()});
    }
    if (m_report)
        m_report(QCoreApplication::translate("TicketActionCommand", "Redo %1").arg(text()), again);
}

} // namespace civicdesk::widgets
