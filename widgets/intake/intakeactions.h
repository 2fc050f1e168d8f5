#pragma once

#include "core/intake/calllifecycle.h"

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace civicdesk::widgets {

class IntakeWidget;

// The call's actions (New call, Save, wrap-ups, 911 transfer, Discard, Undo/Redo, Restore, Link
// as duplicate) with their shortcuts, and what turns them on and off: the call's state in
// core::CallLifecycle. Which is on is never decided here: bind() applies the lifecycle's table.
class IntakeActions final : public QObject
{
    Q_OBJECT

public:
    // The actions are the host's children and shortcuts (window-wide).
    explicit IntakeActions(QWidget *host);

    QAction *action(core::CallLifecycle::Action which) const;
    QAction *newCall() const { return m_newCall; }
    QAction *save() const { return m_save; }
    QAction *informationOnly() const { return m_infoOnly; }
    QAction *wrapUp() const { return m_wrapUp; }
    QAction *discard() const { return m_discard; }
    QAction *transfer() const { return m_transfer; }
    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    QAction *restore() const { return m_restore; }
    QAction *linkDuplicate() const { return m_linkDuplicate; }
    // In the order of the Call menu.
    QList<QAction *> all() const;

    // Each action runs its intake slot.
    void connectTo(IntakeWidget *intake);
    // Enables exactly what the state and conditions allow.
    void bind(const core::CallLifecycle &lifecycle, const core::CallLifecycle::Conditions &conditions);

    // "Press F8" in a message, as the shortcut reads on this system.
    static QString shortcutText(const QAction *action);

private:
    QAction *make(const QString &text, const QString &name, const QString &tip,
                  const QList<QKeySequence> &keys);

    QWidget *m_host;
    QAction *m_newCall = nullptr;
    QAction *m_save = nullptr;
    QAction *m_infoOnly = nullptr;
    QAction *m_wrapUp = nullptr;
    QAction *m_discard = nullptr;
    QAction *m_transfer = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_linkDuplicate = nullptr;
};

} // namespace civicdesk::widgets
