#pragma once

#include <QDialog>

class QTableView;
class QPushButton;

namespace civicdesk::core {
class ConflictListModel;
class Database;
} // namespace civicdesk::core

namespace civicdesk::widgets {

// The changes the server refused, with the reason; each can be sent again or discarded.
class ConflictsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictsDialog(const core::Database &db, QWidget *parent = nullptr);

    core::ConflictListModel *model() const { return m_model; }

Q_SIGNALS:
    void retried();

private:
    void updateButtons();

    core::ConflictListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace civicdesk::widgets
