#include "widgets/training/progresschart.h"

#include "widgets/appearance/themecolors.h"

#include <QPainter>
#include <algorithm>

namespace civicdesk::widgets {

ProgressChart::ProgressChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("progressChart"));
    setAccessibleName(tr("Scores over time"));
    setMinimumHeight(120);
}

void ProgressChart::setPercents(const QList<int> &percents)
{
    m_percents = percents;
    QStringList text;
    for (int p : percents)
        text.append(QString::number(p));
    setAccessibleDescription(tr("Scores in percent, oldest first: %1").arg(text.join(QStringLiteral(", "))));
    update();
}

void ProgressChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = rect().adjusted(32, 8, -8, -20);
    p.fillRect(rect(), palette().base());
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(area);
    for (int level : {0, 50, 100}) {
        const double y = area.bottom() - area.height() * level / 100.0;
        p.drawText(QRectF(0, y - 8, 28, 16), Qt::AlignRight | Qt::AlignVCenter, QString::number(level));
    }
    const double target = area.bottom() - area.height() * 0.8;
    p.setPen(QPen(ThemeColors::color(ThemeColors::Role::ChartGood), 1, Qt::DashLine));
    p.drawLine(QPointF(area.left(), target), QPointF(area.right(), target));
    if (m_percents.isEmpty()) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(area, Qt::AlignCenter, tr("No graded calls yet"));
        return;
    }
    const double slot = area.width() / m_percents.size();
    const double bar = std::min(40.0, slot * 0.7);
    for (int i = 0; i < m_percents.size(); ++i) {
        const int value = std::clamp(m_percents.at(i), 0, 100);
        const double h = area.height() * value / 100.0;
        const QRectF r(area.left() + slot * i + (slot - bar) / 2, area.bottom() - h, bar, h);
        p.fillRect(r, ThemeColors::color(value >= 80 ? ThemeColors::Role::ChartGood
                                                     : ThemeColors::Role::ChartWarning));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(r.left() - 10, area.bottom() + 2, r.width() + 20, 16), Qt::AlignCenter,
                   QString::number(i + 1));
    }
}

} // namespace civicdesk::widgets
