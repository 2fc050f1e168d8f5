#include "widgets/intake/formhistory.h"

#include "widgets/intake/formeditcommand.h"

#include <QUndoStack>

namespace civicdesk::widgets {

FormHistory::FormHistory(Apply apply, Read read, QObject *parent)
    : QObject(parent), m_apply(std::move(apply)), m_read(std::move(read)), m_stack(new QUndoStack(this))
{
}

void FormHistory::reset(const core::CallSession &now)
{
    m_stack->clear();
    m_last = now;
    m_lastField = nullptr;
}

void FormHistory::recordEdit(const core::CallSession &now, QWidget *field)
{
    if (m_applying || now == m_last)
        return;
    // Typing in one field is one undo step; a new field starts the next.
    const bool sameField = field && field == m_lastField && m_stack->canUndo();
    m_stack->push(new FormEditCommand(m_last, now, field, sameField,
                                      [this](const core::CallSession &s) { applySnapshot(s); }));
    m_lastField = field;
    m_last = now;
}

void FormHistory::recordStep(const core::CallSession &now)
{
    if (m_applying || now == m_last)
        return;
    m_stack->push(new FormEditCommand(m_last, now, nullptr, false,
                                      [this](const core::CallSession &s) { applySnapshot(s); }));
    m_last = now;
    m_lastField = nullptr; // typing afterwards is a step of its own
}

void FormHistory::undo()
{
    m_stack->undo();
}

void FormHistory::redo()
{
    m_stack->redo();
}

void FormHistory::applySnapshot(const core::CallSession &snapshot)
{
    m_applying = true;
    m_apply(snapshot);
    m_applying = false;
    m_last = m_read(); // as the form shows it, which later changes are compared with
    m_lastField = nullptr;
    Q_EMIT applied();
}

} // namespace civicdesk::widgets
