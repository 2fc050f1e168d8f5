#include "widgets/settings/preferencescontroller.h"

#include "core/domain/error.h"
#include "core/intake/emergencydetector.h"
#include "core/settings/uilanguage.h"
#include "core/settings/workstationsettings.h"
#include "core/store/localstore.h"
#include "core/sync/passwordstore.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/settings/preferencesdialog.h"
#include "widgets/settings/shortcutbinder.h"
#include "widgets/shell/messagebox.h"
#include "widgets/sync/synccontroller.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace civicdesk::widgets {

namespace {
QMenu *editMenu(QMainWindow &window)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    for (QAction *a : menus)
        if (a->menu() && a->menu()->objectName() == QLatin1String("editMenu"))
            return a->menu();
    // Edit sits right after File, as everywhere.
    auto *menu = new QMenu(PreferencesController::tr("&Edit"), &window);
    menu->setObjectName(QStringLiteral("editMenu"));
    window.menuBar()->insertMenu(menus.size() > 1 ? menus.at(1) : nullptr, menu);
    return menu;
}
} // namespace

PreferencesController::PreferencesController(QMainWindow &window, core::LocalStore &store,
                                             IntakeWidget &intake, SyncController *sync)
    : QObject(&window), m_window(window), m_store(store), m_intake(intake), m_sync(sync)
{
    QMenu *edit = editMenu(window);
    edit->addSeparator();
    m_action = edit->addAction(tr("&Preferences…"), this, [this] { open(); });
    m_action->setObjectName(QStringLiteral("actionPreferences"));
    m_action->setMenuRole(QAction::PreferencesRole);
    // Ctrl+, as on every desktop; Qt knows it as QKeySequence::Preferences only on some.
    const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::Preferences);
    m_action->setShortcut(platform.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : platform.first());
    if (sync)
        connect(sync, &SyncController::connectionSettingsRequested, this,
                [this] { open(PreferencesDialog::ServerSection); });

    QStringList warnings;
    const core::WorkstationSettings settings = core::WorkstationSettings::load(store.profile(), &warnings);
    ShortcutBinder::apply(ShortcutBinder::actions(window), settings.shortcuts);
    for (const QString &w : std::as_const(warnings))
        qWarning("settings: %s", qPrintable(w));
    if (!warnings.isEmpty())
        window.statusBar()->showMessage(warnings.join(QStringLiteral("; ")), 15000);
}

PreferencesDialog *PreferencesController::open(PreferencesDialog::Section section)
{
    auto *dialog = new PreferencesDialog(m_store.profile(), ShortcutBinder::actions(m_window), &m_window);
    dialog->tabs()->setCurrentWidget(dialog->section(section));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { apply(*dialog); });
    dialog->open();
    return dialog;
}

void PreferencesController::apply(const PreferencesDialog &dialog)
{
    ShortcutBinder::apply(ShortcutBinder::actions(m_window), dialog.saved().shortcuts);
    if (dialog.triggersChanged()) {
        try {
            m_intake.setEmergencyDetector(
                core::EmergencyDetector::forProfileDirectory(m_store.profile().directory()));
        } catch (const core::Error &e) {
            MessageBox::warning(&m_window, tr("Preferences"), e.message());
        }
    }
    if (dialog.serverChanged() && m_sync) {
        const core::ServerSettings server = dialog.serverSettings();
        QString password = dialog.password();
        if (server.isConfigured()) {
            core::PasswordStore keychain(server.accountKey());
            if (!password.isEmpty() && !keychain.write(password))
                MessageBox::information(
                    &m_window, tr("Server connection"),
                    tr("No system keychain is available (%1). The password is kept for this "
                       "session only and asked for at the next start.")
                        .arg(keychain.lastError()));
            if (password.isEmpty())
                password = keychain.read().value_or(QString());
            m_sync->start(server, password);
        }
    }
    if (dialog.mapChanged())
        m_window.statusBar()->showMessage(tr("Maps opened from now on use the new map source."), 8000);
    if (dialog.languageChanged()) {
        // Installing the translators sends LanguageChange; MainWindowHost rebuilds the window
        // on it, so this object may be gone right after.
        QStringList warnings;
        core::UiLanguage::apply(dialog.saved().language, &warnings);
    }
}

} // namespace civicdesk::widgets
