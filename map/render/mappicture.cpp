#include "map/render/mappicture.h"

#include "core/domain/error.h"
#include "map/projection/webmercator.h"
#include "map/render/citytilerenderer.h"
#include "map/render/scalebar.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

namespace civicdesk::map {
namespace {

// The data's licence asks for it on every picture: bottom right, on a light plate.
void paintAttribution(QPainter &painter, const QSizeF &size, const QString &text)
{
    if (text.isEmpty())
        return;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(12);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const QRectF box(size.width() - metrics.horizontalAdvance(text) - 12,
                     size.height() - metrics.height() - 6, metrics.horizontalAdvance(text) + 12,
                     metrics.height() + 6);
    painter.fillRect(box, QColor(255, 255, 255, 210));
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(box, Qt::AlignCenter, text);
}

} // namespace

MapPicture::MapPicture(QGeoCoordinate centre, double zoom, QSizeF size, double scale)
    : m_centre(centre), m_zoom(zoom), m_size(size), m_scale(scale)
{
    if (!centre.isValid())
        throw core::Error(
            QCoreApplication::translate("MapPicture", "the centre is not a latitude and longitude"),
            {{QStringLiteral("center"), QCoreApplication::translate("MapPicture", "not a position")}});
    if (!(zoom >= 2 && zoom <= 20))
        throw core::Error(
            QCoreApplication::translate("MapPicture", "zoom %1: a number from 2 to 20").arg(zoom),
            {{QStringLiteral("zoom"), QCoreApplication::translate("MapPicture", "from 2 to 20")}});
    if (!(size.width() >= 16 && size.height() >= 16 && size.width() <= 8192 && size.height() <= 8192))
        throw core::Error(
            QCoreApplication::translate("MapPicture", "size %1x%2: from 16x16 to 8192x8192")
                .arg(size.width())
                .arg(size.height()),
            {{QStringLiteral("size"), QCoreApplication::translate("MapPicture", "from 16x16 to 8192x8192")}});
    if (!(scale >= 1 && scale <= 4))
        throw core::Error(
            QCoreApplication::translate("MapPicture", "scale %1: from 1 to 4").arg(scale),
            {{QStringLiteral("scale"), QCoreApplication::translate("MapPicture", "from 1 to 4")}});
}

QImage MapPicture::render(const CityTileRenderer &renderer) const
{
    QImage image(
        QSize(static_cast<int>(m_size.width() * m_scale), static_cast<int>(m_size.height() * m_scale)),
        QImage::Format_RGB32);
    image.setDevicePixelRatio(m_scale);
    QPainter painter(&image);
    const QPointF world = webmercator::toWorld(m_centre, m_zoom);
    renderer.paint(painter, world - QPointF(m_size.width() / 2, m_size.height() / 2), m_size, m_zoom);
    ScaleBar(m_centre.latitude(), m_zoom).paint(painter, m_size);
    paintAttribution(painter, m_size, renderer.attribution());
    painter.end();
    return image;
}

} // namespace civicdesk::map
