#pragma once

#include "core/sync/syncstatus.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace civicdesk::widgets {

// The status-bar piece: online / offline / syncing, pending changes, last sync, conflicts.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setStatus(const core::SyncStatus &status);
    QString text() const;

Q_SIGNALS:
    void conflictsClicked();

private:
    QLabel *m_label = nullptr;
    QToolButton *m_conflicts = nullptr;
};

} // namespace civicdesk::widgets
