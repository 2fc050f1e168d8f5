#pragma once

#include "core/geo/duplicatefinder.h"

#include <QMessageBox>
#include <QUuid>

class QAction;

namespace civicdesk::widgets {

// "Same problem as K7M-4HX-2C9R (12 m, 3 days)?" at save, for an open ticket of the same service
// a few metres away: Link (the link action's shortcut, Ctrl+D) or Save as new (Escape).
class LikelyDuplicatePrompt final : public QMessageBox
{
    Q_OBJECT

public:
    LikelyDuplicatePrompt(const QAction *linkDuplicate, QWidget *parent);

    void ask(const core::DuplicateFinder::Candidate &candidate);
    QUuid candidateId() const { return m_candidate; }
    QString candidateReference() const { return m_reference; }
    // After finished(): whether the call taker chose Link.
    bool linkChosen() const;

private:
    QUuid m_candidate;
    QString m_reference;
};

} // namespace civicdesk::widgets
