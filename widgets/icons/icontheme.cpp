#include "widgets/icons/icontheme.h"

#include "widgets/icons/themedsvgiconengine.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QFile>
#include <QHash>
#include <QLayout>
#include <QMainWindow>
#include <QMenu>
#include <QToolBar>

namespace civicdesk::widgets {

namespace {
const QHash<QString, QString> &iconNames()
{
    // Object name of the action (or of the dock whose toggle it is) -> icon.
    static const QHash<QString, QString> names{
        {QStringLiteral("actionNewCall"), QStringLiteral("call-new")},
        {QStringLiteral("actionSave"), QStringLiteral("save")},
        {QStringLiteral("actionInformationOnly"), QStringLiteral("info")},
        {QStringLiteral("actionWrapUp"), QStringLiteral("wrap-up")},
        {QStringLiteral("actionDiscard"), QStringLiteral("discard")},
        {QStringLiteral("actionTransfer911"), QStringLiteral("transfer")},
        {QStringLiteral("actionUndo"), QStringLiteral("undo")},
        {QStringLiteral("actionRedo"), QStringLiteral("redo")},
        {QStringLiteral("actionRestore"), QStringLiteral("restore")},
        {QStringLiteral("actionLinkDuplicate"), QStringLiteral("link")},
        {QStringLiteral("actionParkCall"), QStringLiteral("park")},
        {QStringLiteral("refreshAction"), QStringLiteral("refresh")},
        {QStringLiteral("importAction"), QStringLiteral("import")},
        {QStringLiteral("exportAction"), QStringLiteral("export")},
        {QStringLiteral("quitAction"), QStringLiteral("quit")},
        {QStringLiteral("findAction"), QStringLiteral("find")},
        {QStringLiteral("addNoteAction"), QStringLiteral("note")},
        {QStringLiteral("changeStatusAction"), QStringLiteral("status")},
        {QStringLiteral("copyReferenceAction"), QStringLiteral("copy")},
        {QStringLiteral("showCallAction"), QStringLiteral("call")},
        {QStringLiteral("showTicketsAction"), QStringLiteral("tickets")},
        {QStringLiteral("focusListAction"), QStringLiteral("list")},
        {QStringLiteral("focusFilterAction"), QStringLiteral("filter")},
        {QStringLiteral("knowledgeBaseAction"), QStringLiteral("kb")},
        {QStringLiteral("ticketMapDock"), QStringLiteral("map")},
        {QStringLiteral("kbDock"), QStringLiteral("kb-panel")},
        {QStringLiteral("trainingDock"), QStringLiteral("training")},
        {QStringLiteral("quickReferenceAction"), QStringLiteral("help")},
        {QStringLiteral("aboutAction"), QStringLiteral("about")},
        {QStringLiteral("aboutQtAction"), QStringLiteral("info")},
        {QStringLiteral("editUndoAction"), QStringLiteral("undo")},
        {QStringLiteral("editRedoAction"), QStringLiteral("redo")},
        {QStringLiteral("syncNowAction"), QStringLiteral("sync")},
        {QStringLiteral("syncConflictsAction"), QStringLiteral("conflict")},
        {QStringLiteral("syncSettingsAction"), QStringLiteral("server")},
        {QStringLiteral("preferencesAction"), QStringLiteral("preferences")},
        {QStringLiteral("actionPreferences"), QStringLiteral("preferences")},
        {QStringLiteral("assignAction"), QStringLiteral("assign")},
        {QStringLiteral("statusAction"), QStringLiteral("status")},
        {QStringLiteral("priorityAction"), QStringLiteral("priority")},
        {QStringLiteral("mergeAction"), QStringLiteral("merge")},
        {QStringLiteral("noteAction"), QStringLiteral("note")},
        {QStringLiteral("respondAction"), QStringLiteral("respond")},
        {QStringLiteral("exportCsvAction"), QStringLiteral("csv")},
        {QStringLiteral("exportPdfAction"), QStringLiteral("pdf")},
        {QStringLiteral("trainerResultsAction"), QStringLiteral("results")},
        {QStringLiteral("resetDemoAction"), QStringLiteral("reset")},
    };
    return names;
}
} // namespace

QIcon IconTheme::icon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/actions/%1.svg").arg(name);
    if (!QFile::exists(path))
        return {};
    return QIcon(new ThemedSvgIconEngine(path));
}

QString IconTheme::iconNameFor(const QString &actionName)
{
    return iconNames().value(actionName);
}

IconTheme::IconTheme(QMainWindow *window) : QObject(window)
{
    // Toolbars and menus are built at different times (the queue's when its tab first opens,
    // the training menu after the window): each gets its icons when it is first shown.
    qApp->installEventFilter(this);
}

void IconTheme::install(QMainWindow *window)
{
    applyTo(window);
    new IconTheme(window);
}

bool IconTheme::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show &&
        (watched == parent() || qobject_cast<QToolBar *>(watched) || qobject_cast<QMenu *>(watched)))
        applyTo(static_cast<QWidget *>(watched));
    return QObject::eventFilter(watched, event);
}

void IconTheme::applyTo(QWidget *root)
{
    const auto give = [](QAction *action) {
        if (!action->icon().isNull())
            return;
        // A dock's show/hide action is the dock's child, and named by the dock.
        const auto *dock = qobject_cast<QDockWidget *>(action->parent());
        const QString name = iconNameFor(dock && dock->toggleViewAction() == action ? dock->objectName()
                                                                                    : action->objectName());
        if (name.isEmpty())
            return;
        const QIcon themed = icon(name);
        if (!themed.isNull())
            action->setIcon(themed);
    };
    for (QAction *action : root->findChildren<QAction *>())
        give(action);
    for (QAction *action : root->actions())
        give(action);
    QList<QToolBar *> bars = root->findChildren<QToolBar *>();
    if (auto *bar = qobject_cast<QToolBar *>(root))
        bars.append(bar);
    for (QToolBar *bar : bars) {
        if (bar->toolButtonStyle() == Qt::ToolButtonIconOnly)
            bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        // The bar has laid its buttons out by now (this runs as it is shown), and its layout
        // keeps their sizes from before the icons: without this they elide their text.
        if (QLayout *layout = bar->layout()) {
            layout->invalidate();
            layout->activate();
        }
    }
}

} // namespace civicdesk::widgets
