#include "widgets/queue/sladelegate.h"

#include "core/queue/queuemodel.h"
#include "core/sla/slareading.h"
#include "widgets/appearance/themecolors.h"

namespace civicdesk::widgets {

QColor SlaDelegate::background(int slaState)
{
    using State = core::SlaReading::State;
    switch (static_cast<State>(slaState)) {
    case State::Overdue:
    case State::Missed:
        return ThemeColors::color(ThemeColors::Role::SlaMissed);
    case State::DueSoon:
        return ThemeColors::color(ThemeColors::Role::SlaDueSoon);
    case State::Paused:
        return ThemeColors::color(ThemeColors::Role::SlaPaused);
    case State::Met:
        return ThemeColors::color(ThemeColors::Role::SlaMet);
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
        // The state colours are pale on a light theme and deep on the others.
        option->palette.setColor(QPalette::Text, ThemeColors::textOn(ThemeColors::Role::SlaMissed));
    }
}

} // namespace civicdesk::widgets
