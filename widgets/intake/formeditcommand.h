#pragma once

#include "core/intake/callsession.h"

#include <QPointer>
#include <QUndoCommand>
#include <functional>

class QWidget;

namespace civicdesk::widgets {

// One step of the call form on the undo stack: the form before and after the step, as two
// snapshots. Typing on in the same field grows the step (mergeWith) instead of adding one per
// key, so Ctrl+Z takes back a field's edit, not a letter.
class FormEditCommand final : public QUndoCommand
{
public:
    using Apply = std::function<void(const core::CallSession &)>;

    // field: the input that had the focus (null for a step of its own, such as a map pick);
    // mergeable: whether typing in field may grow this step rather than start a new one.
    FormEditCommand(core::CallSession before, core::CallSession after, QWidget *field, bool mergeable,
                    Apply apply);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    core::CallSession m_before;
    core::CallSession m_after;
    QPointer<QWidget> m_field;
    bool m_mergeable;
    Apply m_apply;
    bool m_pushed = false; // the first redo() comes from QUndoStack::push: the form already shows it
};

} // namespace civicdesk::widgets
