#pragma once

#include "core/intake/callsession.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QUndoStack;
class QWidget;

namespace civicdesk::widgets {

// The call form's undo history: it sees every change of the form as a new snapshot and turns
// them into steps on a QUndoStack, one per field typed in (FormEditCommand), one for a point
// picked on the map. Undo and redo hand a snapshot back to apply(); the history then waits for
// the next change to start a new step.
class FormHistory final : public QObject
{
    Q_OBJECT

public:
    using Apply = std::function<void(const core::CallSession &)>;
    using Read = std::function<core::CallSession()>;

    // apply puts a snapshot in the form; read returns what the form holds now.
    FormHistory(Apply apply, Read read, QObject *parent = nullptr);

    QUndoStack *stack() const { return m_stack; }
    // A new or restored call: no steps, and this is the form as it stands.
    void reset(const core::CallSession &now);
    // The form changed while field had the focus.
    void recordEdit(const core::CallSession &now, QWidget *field);
    // The form changed in one go that is a step of its own (address and pin from the map).
    void recordStep(const core::CallSession &now);
    void undo();
    void redo();

Q_SIGNALS:
    // Undo or redo put a snapshot back in the form.
    void applied();

private:
    void applySnapshot(const core::CallSession &snapshot);

    Apply m_apply;
    Read m_read;
    QUndoStack *m_stack = nullptr;
    core::CallSession m_last;
    QPointer<QWidget> m_lastField;
    bool m_applying = false;
};

} // namespace civicdesk::widgets
