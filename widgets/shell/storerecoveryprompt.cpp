#include "widgets/shell/storerecoveryprompt.h"

#include "core/domain/error.h"
#include "core/store/storebackup.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace civicdesk::widgets {

namespace {
std::optional<bool> g_nextAnswer;
} // namespace

void StoreRecoveryPrompt::setNextAnswer(std::optional<bool> restore)
{
    g_nextAnswer = restore;
}

bool StoreRecoveryPrompt::run(const core::Profile &profile, const QString &problem, QWidget *parent)
{
    const core::StoreBackup backups(profile);
    const QString newest = backups.newestGood();
    const QString intro =
        tr("The local store %1 is damaged and was not opened.\n\nSQLite's check reported: %2")
            .arg(profile.storePath(), problem);
    const std::optional<bool> preset = std::exchange(g_nextAnswer, std::nullopt);
    if (newest.isEmpty()) {
        if (!preset)
            QMessageBox::critical(
                parent, tr("CivicDesk"),
                intro + u'\n' + u'\n' +
                    tr("There is no good backup in %1. Call support before you use this profile again.")
                        .arg(backups.folder()));
        return false;
    }
    const QString when = QLocale().toString(QFileInfo(newest).lastModified(), QLocale::ShortFormat);
    bool restore = preset.value_or(false);
    if (!preset) {
        QMessageBox box(QMessageBox::Critical, tr("CivicDesk"), intro, QMessageBox::NoButton, parent);
        box.setInformativeText(
            tr("Restore the newest good backup, from %1? Changes the damaged store still holds and "
               "that have not reached the server yet are carried over. The damaged file is kept beside it.")
                .arg(when));
        QPushButton *restoreButton = box.addButton(tr("&Restore backup"), QMessageBox::AcceptRole);
        box.addButton(tr("&Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(restoreButton);
        box.exec();
        restore = box.clickedButton() == restoreButton;
    }
    if (!restore)
        return false;
    try {
        const int carried = backups.restore(newest);
        if (!preset)
            QMessageBox::information(
                parent, tr("CivicDesk"),
                tr("The backup from %1 was restored; %2 unsynced change(s) were carried over.")
                    .arg(when)
                    .arg(carried));
        return true;
    } catch (const core::Error &e) {
        if (!preset)
            QMessageBox::critical(parent, tr("CivicDesk"),
                                  tr("The backup could not be restored: %1").arg(e.message()));
        return false;
    }
}

} // namespace civicdesk::widgets
