#include "widgets/queue/sladelegate.h"

#include "core/queue/queuemodel.h"
#include "core/sla/slareading.h"

namespace civicdesk::widgets {

QColor SlaDelegate::background(int slaState)
{
    using State = core::SlaReading::State;
    switch (static_cast<State>(slaState)) {
    case State::Overdue:
    case State::Missed:
        return QColor(0xf8, 0xd7, 0xda);
    case State::DueSoon:
        return QColor(0xff, 0xec, 0xb3);
    case State::Paused:
        return QColor(0xe0, 0xe0, 0xe0);
    case State::Met:
        return QColor(0xd4, 0xed, 0xda);
    case State::None:
    case State::Running:
        break;
    }
    return {};
}

void SlaDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QColor colour = background(index.data(core::QueueModel::SlaStateRole).toInt());
    if (colour.isValid()) {
        option->backgroundBrush = colour;
        // Dark text on the light state colours, whatever the palette.
        option->palette.setColor(QPalette::Text, Qt::black);
    }
}

} // namespace civicdesk::widgets
