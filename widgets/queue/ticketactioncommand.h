#pragma once

#include "core/accounts/account.h"
#include "core/commands/commandresult.h"

#include <QUndoCommand>
#include <functional>

namespace civicdesk::core {
class LocalStore;
}

namespace civicdesk::widgets {

// A ticket command that already ran, on the undo stack (Edit > Undo). Undo asks the command
// layer to restore what it changed; redo restores the command's values again. Either may skip
// tickets changed meanwhile; report() hears about every run.
class TicketActionCommand final : public QUndoCommand
{
public:
    using Report = std::function<void(const QString &what, const core::CommandResult &result)>;

    TicketActionCommand(core::LocalStore &store, core::Account account, core::CommandResult done,
                        const QString &text, Report report);

    void undo() override;
    void redo() override;

    const core::CommandResult &result() const { return m_done; }

private:
    core::LocalStore &m_store;
    core::Account m_account;
    core::CommandResult m_done;
    core::CommandResult m_undone;
    Report m_report;
    bool m_pushed = false; // the first redo() comes from QUndoStack::push: the work is done
};

} // namespace civicdesk::widgets
