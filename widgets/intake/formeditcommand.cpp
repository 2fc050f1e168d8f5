#include "widgets/intake/formeditcommand.h"

#include <QCoreApplication>
#include <QWidget>

namespace civicdesk::widgets {

FormEditCommand::FormEditCommand(core::CallSession before, core::CallSession after, QWidget *field,
                                 bool mergeable, Apply apply)
    : m_before(std::move(before)), m_after(std::move(after)), m_field(field), m_mergeable(mergeable && field),
      m_apply(std::move(apply))
{
    const QString name = field ? field->accessibleName() : QString();
    setText(name.isEmpty() ? QCoreApplication::translate("FormEditCommand", "form change")
                           : QCoreApplication::translate("FormEditCommand", "change to %1").arg(name));
}

void FormEditCommand::undo()
{
    m_apply(m_before);
}

void FormEditCommand::redo()
{
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    m_apply(m_after);
}

int FormEditCommand::id() const
{
    return 1; // every form step may merge; mergeWith decides which do
}

bool FormEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const FormEditCommand *>(other);
    if (!next->m_mergeable || next->m_field != m_field || !m_field)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace civicdesk::widgets
