#pragma once

#include <QToolButton>

namespace civicdesk::core {
class LocalStore;
class QueueModel;
} // namespace civicdesk::core

namespace civicdesk::widgets {

// The status bar's escalation count: overdue tickets and those due within the warning time.
// A click opens the list of them, most urgent first.
class EscalationButton final : public QToolButton
{
    Q_OBJECT

public:
    explicit EscalationButton(core::LocalStore &store, QWidget *parent = nullptr);

    static constexpr int kDueSoonHours = 4;

    void refresh();
    qint64 count() const { return m_count; }
    // The list as the dialog shows it (built on first use).
    core::QueueModel *listModel();

Q_SIGNALS:
    void ticketActivated(const QString &reference);

private:
    void showList();

    core::LocalStore &m_store;
    core::QueueModel *m_model = nullptr;
    qint64 m_count = -1;
};

} // namespace civicdesk::widgets
