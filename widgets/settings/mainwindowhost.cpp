#include "widgets/settings/mainwindowhost.h"

#include "core/store/localstore.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/shell/mainwindow.h"

#include <QApplication>
#include <QEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>

namespace civicdesk::widgets {

MainWindowHost::MainWindowHost(core::LocalStore &store, core::Account account, QObject *parent)
    : QObject(parent), m_store(store), m_account(std::move(account)), m_layout(store.profile())
{
    m_window = build();
    QCoreApplication::instance()->installEventFilter(this);
}

MainWindowHost::~MainWindowHost()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

std::unique_ptr<MainWindow> MainWindowHost::build()
{
    auto window = std::make_unique<MainWindow>(m_store);
    window->setAccount(m_account);
    m_layout.restore(*window);
    return window;
}

void MainWindowHost::startCallFromScreenPop(const QString &callerNumber)
{
    m_window->startCallFromScreenPop(callerNumber);
}

void MainWindowHost::bringToFront()
{
    m_window->raise();
    m_window->activateWindow();
}

bool MainWindowHost::eventFilter(QObject *watched, QEvent *event)
{
    // Installing or removing a translator tells the application first; one rebuild serves the
    // two translators (CivicDesk's and Qt's) that a change of language swaps.
    if (event->type() == QEvent::LanguageChange && watched == QCoreApplication::instance() &&
        !m_rebuildPending) {
        m_rebuildPending = true;
        QTimer::singleShot(0, this, &MainWindowHost::rebuild);
    }
    // Pages build some splitters on first use: each takes its saved sizes when first shown.
    if (event->type() == QEvent::Show && m_window)
        if (auto *splitter = qobject_cast<QSplitter *>(watched);
            splitter && splitter->window() == m_window.get())
            m_layout.restoreSplitter(*splitter);
    if (event->type() == QEvent::Close && watched == m_window.get())
        m_layout.save(*m_window);
    return QObject::eventFilter(watched, event);
}

void MainWindowHost::rebuild()
{
    m_rebuildPending = false;
    const bool visible = m_window->isVisible();
    const bool callOpen = m_window->intake()->isCallOpen();
    // geometry() rather than saveGeometry(): the latter counts the frame in, and without a
    // window manager's answer the rebuilt window would creep down by the title bar each time.
    const QRect geometry = m_window->geometry();
    const Qt::WindowStates windowState = m_window->windowState();
    auto *tabs = qobject_cast<QTabWidget *>(m_window->centralWidget());
    const QString page = tabs && tabs->currentWidget() ? tabs->currentWidget()->objectName() : QString();
    // Saved here, build() gives the new window the docks and splitters back.
    m_layout.save(*m_window);
    // The old window goes first: its intake saves the open call's draft as it is destroyed, and
    // its sync worker stops before the new window starts one.
    m_window.reset();
    m_window = build();
    m_window->setGeometry(geometry);
    m_window->setWindowState(windowState);
    if (callOpen)
        m_window->intake()->restoreUnfinishedCall();
    if (auto *fresh = qobject_cast<QTabWidget *>(m_window->centralWidget())) {
        for (int i = 0; i < fresh->count(); ++i)
            if (fresh->widget(i)->objectName() == page && fresh->isTabVisible(i))
                fresh->setCurrentIndex(i);
    }
    if (visible)
        m_window->show();
    Q_EMIT windowReplaced(m_window.get());
}

} // namespace civicdesk::widgets
