#include "widgets/shell/storerecoveryprompt.h"

#include "core/domain/error.h"
#include "core/store/storebackup.h"
#include "widgets/shell/messagebox.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace civicdesk::widgets {

bool StoreRecoveryPrompt::run(const core::Profile &profile, const QString &problem, QWidget *parent)
{
    const core::StoreBackup backups(profile);
    const QString newest = backups.newestGood();
    const QString intro =
        tr("The local store %1 is damaged and was not opened.\n\nSQLite's check reported: %2")
            .arg(profile.storePath(), problem);
    if (newest.isEmpty()) {
        MessageBox::critical(
            parent, tr("CivicDesk"),
            intro + u'\n' + u'\n' +
                tr("There is no good backup in %1. Call support before you use this profile again.")
                    .arg(backups.folder()));
        return false;
    }
    const QString when = QLocale().toString(QFileInfo(newest).lastModified(), QLocale::ShortFormat);
    QMessageBox box(QMessageBox::Critical, tr("CivicDesk"), intro, QMessageBox::Yes | QMessageBox::No,
                    parent);
    box.setInformativeText(
        tr("Restore the newest good backup, from %1? Changes the damaged store still holds and "
           "that have not reached the server yet are carried over. The damaged file is kept beside it.")
            .arg(when));
    box.button(QMessageBox::Yes)->setText(tr("&Restore backup"));
    box.button(QMessageBox::No)->setText(tr("&Quit"));
    box.setDefaultButton(QMessageBox::Yes);
    if (MessageBox::exec(box) != QMessageBox::Yes)
        return false;
    try {
        const int carried = backups.restore(newest);
        MessageBox::information(
            parent, tr("CivicDesk"),
            tr("The backup from %1 was restored; %2 unsynced change(s) were carried over.")
                .arg(when)
                .arg(carried));
        return true;
    } catch (const core::Error &e) {
        MessageBox::critical(parent, tr("CivicDesk"),
                             tr("The backup could not be restored: %1").arg(e.message()));
        return false;
    }
}

} // namespace civicdesk::widgets
