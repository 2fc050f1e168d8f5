#pragma once

#include <QStyledItemDelegate>

namespace civicdesk::widgets {

// Colours the SLA countdown: red when overdue or missed, amber when due soon, grey when paused,
// green when met. The state comes from the model (QueueModel::SlaStateRole).
class SlaDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor background(int slaState);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace civicdesk::widgets
