#include "map/render/scalebar.h"

#include "map/projection/webmercator.h"

#include <QFont>
#include <QPainter>
#include <QPen>

namespace civicdesk::map {

ScaleBar::ScaleBar(double latitude, double zoom)
{
    const double metresPerPixel = webmercator::metresPerPixel(latitude, zoom);
    // 1, 2, 5, 10, ... up to 5000 km: a whole continent fits at the lowest zoom a picture uses.
    m_metres = 1;
    for (double power = 1; power <= 1e6; power *= 10)
        for (const double step : {1.0, 2.0, 5.0})
            if (step * power / metresPerPixel <= kMaxPixels)
                m_metres = step * power;
    m_pixels = m_metres / metresPerPixel;
}

QString ScaleBar::label() const
{
    return m_metres >= 1000 ? QStringLiteral("%1 km").arg(m_metres / 1000)
                            : QStringLiteral("%1 m").arg(m_metres);
}

void ScaleBar::paint(QPainter &painter, const QSizeF &size) const
{
    painter.save();
    const QPointF origin(12, size.height() - 14);
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 2));
    painter.fillRect(QRectF(origin.x() - 4, origin.y() - 18, m_pixels + 8, 24), QColor(255, 255, 255, 190));
    painter.drawLine(origin, origin + QPointF(m_pixels, 0));
    painter.drawLine(origin, origin - QPointF(0, 5));
    painter.drawLine(origin + QPointF(m_pixels, 0), origin + QPointF(m_pixels, -5));
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    painter.setFont(font);
    painter.drawText(origin + QPointF(3, -5), label());
    painter.restore();
}

} // namespace civicdesk::map
