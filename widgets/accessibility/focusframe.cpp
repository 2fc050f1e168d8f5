#include "widgets/accessibility/focusframe.h"

#include <QPainter>
#include <QWidget>

namespace civicdesk::widgets {

void FocusFrame::paint(QPainter &painter, const QWidget &widget)
{
    if (!widget.hasFocus())
        return;
    const QColor highlight = widget.palette().color(QPalette::Highlight);
    const QColor contrast = highlight.lightness() > 128 ? QColor(Qt::black) : QColor(Qt::white);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(highlight, 3));
    painter.drawRect(QRectF(widget.rect()).adjusted(1.5, 1.5, -1.5, -1.5));
    painter.setPen(QPen(contrast, 1));
    painter.drawRect(QRectF(widget.rect()).adjusted(3.5, 3.5, -3.5, -3.5));
    painter.restore();
}

} // namespace civicdesk::widgets
