#include "widgets/intake/likelyduplicateprompt.h"

#include "core/intake/duplicatecandidatemodel.h"
#include "widgets/settings/shortcuthint.h"

#include <QAction>
#include <QPushButton>

namespace civicdesk::widgets {

LikelyDuplicatePrompt::LikelyDuplicatePrompt(const QAction *linkDuplicate, QWidget *parent)
    : QMessageBox(QMessageBox::Question, tr("Same problem?"), QString(), QMessageBox::NoButton, parent)
{
    setObjectName(QStringLiteral("likelyDuplicatePrompt"));
    QPushButton *link = addButton(tr("&Link"), QMessageBox::AcceptRole);
    link->setObjectName(QStringLiteral("linkLikelyDuplicate"));
    link->setShortcut(linkDuplicate->shortcut());
    link->setToolTip(ShortcutHint::withKeys(tr("Save as a duplicate of the existing ticket"), linkDuplicate));
    QPushButton *fresh = addButton(tr("Save as &new"), QMessageBox::RejectRole);
    fresh->setObjectName(QStringLiteral("saveAsNewRequest"));
    setDefaultButton(link);
    setEscapeButton(fresh);
}

void LikelyDuplicatePrompt::ask(const core::DuplicateFinder::Candidate &candidate)
{
    m_candidate = candidate.id;
    m_reference = candidate.reference;
    setText(tr("Same problem as %1 (%2, %3)?")
                .arg(candidate.reference,
                     core::DuplicateCandidateModel::distanceText(candidate.distanceMetres),
                     core::DuplicateCandidateModel::ageText(candidate.ageDays)));
    setInformativeText(candidate.address);
    open();
}

bool LikelyDuplicatePrompt::linkChosen() const
{
    return clickedButton() == defaultButton();
}

} // namespace civicdesk::widgets
