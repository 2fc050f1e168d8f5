#pragma once

#include "core/queue/queuequery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace civicdesk::core {
class Catalog;
}

namespace civicdesk::widgets {

// The queue's filters: each control edits one part of a QueueQuery. A changed control emits the
// new query at once; a reversed date range is shown as an error and not emitted.
class QueueFilterBar final : public QWidget
{
    Q_OBJECT

public:
    QueueFilterBar(const core::Catalog &catalog, QWidget *parent = nullptr);

    // Shows a query's filters (a saved view); where the query holds several values for one
    // control, the control shows the first and the others stay in the query.
    void setQuery(const core::QueueQuery &query);
    core::QueueQuery query() const { return m_query; }

Q_SIGNALS:
    void queryChanged(const core::QueueQuery &query);

private:
    void rebuild();
    QComboBox *combo(const QString &name, const QList<QPair<QString, QString>> &items);

    const core::Catalog &m_catalog;
    core::QueueQuery m_query;
    bool m_updating = false;
    QLineEdit *m_text = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_agency = nullptr;
    QComboBox *m_assignee = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_district = nullptr;
    QLineEdit *m_queue = nullptr;
    QCheckBox *m_created = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_overdue = nullptr;
    QSpinBox *m_dueWithin = nullptr;
    QComboBox *m_duplicates = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace civicdesk::widgets
