#include "widgets/intake/intakeactions.h"

#include "widgets/intake/intakewidget.h"
#include "widgets/settings/shortcuthint.h"

#include <QAction>
#include <QWidget>

namespace civicdesk::widgets {

using Action = core::CallLifecycle::Action;

IntakeActions::IntakeActions(QWidget *host) : QObject(host), m_host(host)
{
    m_newCall = make(tr("&New call"), QStringLiteral("actionNewCall"),
                     tr("Start a new call: timer, caller and request"), {QKeySequence(Qt::Key_F2)});
    m_save = make(tr("&Save request"), QStringLiteral("actionSave"),
                  tr("Check and save the request, then read back the reference"),
                  {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_infoOnly = make(tr("&Information only…"), QStringLiteral("actionInformationOnly"),
                      tr("End a call that was only a question; no ticket"), {QKeySequence(Qt::Key_F7)});
    m_wrapUp =
        make(tr("&Wrap up without ticket…"), QStringLiteral("actionWrapUp"),
             tr("End the call: resolved, transferred, duplicate, hung up…"), {QKeySequence(Qt::Key_F8)});
    m_transfer =
        make(tr("&Transferred to 911"), QStringLiteral("actionTransfer911"),
             tr("Log on this call that the caller was transferred to 911"), {QKeySequence(Qt::Key_F9)});
    m_discard = make(tr("&Discard call…"), QStringLiteral("actionDiscard"),
                     tr("Throw away this call's form (asks first)"),
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete)});
    m_undo = make(tr("&Undo in form"), QStringLiteral("actionUndo"),
                  tr("Undo the last change in the call form"), {QKeySequence(QKeySequence::Undo)});
    m_redo = make(tr("Re&do in form"), QStringLiteral("actionRedo"),
                  tr("Redo the change just undone in the call form"),
                  QKeySequence::keyBindings(QKeySequence::Redo));
    // The queue's Edit → Undo takes the same keys: each answers only where the focus is.
    for (QAction *a : {m_undo, m_redo})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_restore = make(tr("&Restore unfinished call"), QStringLiteral("actionRestore"),
                     tr("Reopen the call that was open when CivicDesk stopped"),
                     {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    m_linkDuplicate = make(
        tr("Link as &duplicate"), QStringLiteral("actionLinkDuplicate"),
        tr("Save this request as a duplicate of the chosen nearby ticket; the caller still gets a reference "
           "number"),
        {QKeySequence(Qt::CTRL | Qt::Key_D)});
}

QAction *IntakeActions::make(const QString &text, const QString &name, const QString &tip,
                             const QList<QKeySequence> &keys)
{
    auto *a = new QAction(text, m_host);
    a->setObjectName(name);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WindowShortcut);
    ShortcutHint::followToolTip(a, tip);
    m_host->addAction(a);
    return a;
}

void IntakeActions::connectTo(IntakeWidget *intake)
{
    connect(m_newCall, &QAction::triggered, intake, [intake] { intake->startNewCall(); });
    connect(m_save, &QAction::triggered, intake, &IntakeWidget::saveTicket);
    connect(m_infoOnly, &QAction::triggered, intake, &IntakeWidget::informationOnly);
    connect(m_wrapUp, &QAction::triggered, intake, [intake] {
        // After a logged 911 transfer the likely wrap-up is "transferred".
        intake->openWrapUp(intake->session().emergencyTransfer ? core::WrapUpCode::Transferred
                                                               : core::WrapUpCode::ResolvedOnCall);
    });
    connect(m_discard, &QAction::triggered, intake, &IntakeWidget::askDiscard);
    connect(m_transfer, &QAction::triggered, intake, &IntakeWidget::transferTo911);
    connect(m_undo, &QAction::triggered, intake, &IntakeWidget::undo);
    connect(m_redo, &QAction::triggered, intake, &IntakeWidget::redo);
    connect(m_restore, &QAction::triggered, intake, &IntakeWidget::restoreUnfinishedCall);
    connect(m_linkDuplicate, &QAction::triggered, intake, &IntakeWidget::linkAsDuplicate);
}

QString IntakeActions::shortcutText(const QAction *action)
{
    return ShortcutHint::keys(action);
}

QAction *IntakeActions::action(Action which) const
{
    switch (which) {
    case Action::NewCall:
        return m_newCall;
    case Action::Save:
        return m_save;
    case Action::InformationOnly:
        return m_infoOnly;
    case Action::WrapUp:
        return m_wrapUp;
    case Action::Transfer911:
        return m_transfer;
    case Action::Discard:
        return m_discard;
    case Action::Undo:
        return m_undo;
    case Action::Redo:
        return m_redo;
    case Action::Restore:
        return m_restore;
    case Action::LinkDuplicate:
        return m_linkDuplicate;
    }
    return nullptr;
}

QList<QAction *> IntakeActions::all() const
{
    return {m_newCall, m_save, m_infoOnly, m_wrapUp,  m_transfer,
            m_discard, m_undo, m_redo,     m_restore, m_linkDuplicate};
}

void IntakeActions::bind(const core::CallLifecycle &lifecycle,
                         const core::CallLifecycle::Conditions &conditions)
{
    for (Action a : core::CallLifecycle::allActions())
        action(a)->setEnabled(lifecycle.enables(a, conditions));
}

} // namespace civicdesk::widgets
