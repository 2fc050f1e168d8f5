#include "widgets/sync/synccontroller.h"

#include "core/domain/error.h"
#include "core/kb/kbsyncsink.h"
#include "core/store/localstore.h"
#include "core/sync/passwordstore.h"
#include "core/sync/syncengine.h"
#include "widgets/settings/shortcuthint.h"
#include "widgets/shell/inputdialog.h"
#include "widgets/shell/messagebox.h"
#include "widgets/sync/conflictsdialog.h"
#include "widgets/sync/syncstatuswidget.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>

namespace civicdesk::widgets {

SyncController::SyncController(core::LocalStore &store, QWidget *window)
    : QObject(window), m_store(store), m_window(window)
{
    m_kbSink = std::make_unique<core::KbSyncSink>(store.database());
    m_engine = new core::SyncEngine(store.database(), this);
    m_engine->setKnowledgeBaseSink(m_kbSink.get());
    m_status = new SyncStatusWidget(window);
    connect(m_engine, &core::SyncEngine::statusChanged, this, &SyncController::onStatus);
    connect(m_engine, &core::SyncEngine::synced, this, [this](const core::SyncReport &r) {
        if (r.pulledTickets + r.pulledNotes + r.pulledAudit + r.articles > 0 || r.catalogueUpdated)
            Q_EMIT localStoreChanged();
    });
    connect(m_status, &SyncStatusWidget::conflictsClicked, this, &SyncController::showConflicts);

    m_menu = new QMenu(tr("S&ync"), window);
    m_syncNow = m_menu->addAction(tr("Sync &now"));
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    ShortcutHint::followToolTip(m_syncNow, tr("Push local changes and pull the server's now"));
    m_syncNow->setEnabled(false);
    connect(m_syncNow, &QAction::triggered, m_engine, &core::SyncEngine::syncNow);
    m_conflicts = m_menu->addAction(tr("&Conflicts…"));
    m_conflicts->setObjectName(QStringLiteral("syncConflictsAction"));
    m_conflicts->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Y));
    connect(m_conflicts, &QAction::triggered, this, &SyncController::showConflicts);
    m_settings = m_menu->addAction(tr("Connection &settings…"));
    m_settings->setObjectName(QStringLiteral("syncSettingsAction"));
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    connect(m_settings, &QAction::triggered, this, &SyncController::connectionSettingsRequested);
    window->addAction(m_syncNow);
    window->addAction(m_conflicts);
    window->addAction(m_settings);
}

SyncController::~SyncController()
{
    m_engine->stop();
}

void SyncController::onStatus(const core::SyncStatus &status)
{
    m_status->setStatus(status);
}

void SyncController::start(const core::ServerSettings &settings, const QString &password)
{
    m_engine->start(settings, password);
    m_syncNow->setEnabled(true);
}

void SyncController::startFromSettings(bool askForPassword)
{
    const core::ServerSettings settings = core::ServerSettings::load(m_store.profile());
    if (!settings.isConfigured())
        return;
    core::PasswordStore(settings.accountKey())
        .readAsync(this, [this, settings, askForPassword](std::optional<QString> password, const QString &) {
            if (!password && askForPassword) {
                bool ok = false;
                const QString typed = InputDialog::getText(m_window, tr("Server password"),
                                                           tr("No system keychain holds the password for "
                                                              "%1.\nPassword (kept for this session only):")
                                                               .arg(settings.accountKey()),
                                                           QLineEdit::Password, QString(), &ok);
                if (ok)
                    password = typed;
            }
            start(settings, password.value_or(QString()));
        });
}

void SyncController::showConflicts()
{
    ConflictsDialog dialog(m_store.database(), m_window);
    connect(&dialog, &ConflictsDialog::retried, m_engine, &core::SyncEngine::syncNow);
    dialog.exec();
    m_engine->syncNow();
}

} // namespace civicdesk::widgets
