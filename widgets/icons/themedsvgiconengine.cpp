#include "widgets/icons/themedsvgiconengine.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace civicdesk::widgets {

namespace {
QColor inkFor(QIcon::Mode mode)
{
    const QPalette palette = QApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::WindowText);
}
} // namespace

ThemedSvgIconEngine::ThemedSvgIconEngine(const QString &path) : m_path(path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
}

void ThemedSvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    painter->drawPixmap(rect, scaledPixmap(rect.size() * scale, mode, state, scale));
}

QPixmap ThemedSvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

// Qt 6.4's QIcon::pixmap() asks for the size in device pixels, already multiplied by the scale.
QPixmap ThemedSvgIconEngine::scaledPixmap(const QSize &pixels, QIcon::Mode mode, QIcon::State, qreal scale)
{
    const QColor ink = inkFor(mode);
    const QString cacheKey = QStringLiteral("civicdesk-icon:%1:%2x%3:%4")
                                 .arg(m_path)
                                 .arg(pixels.width())
                                 .arg(pixels.height())
                                 .arg(ink.name(QColor::HexArgb));
    QPixmap out;
    if (QPixmapCache::find(cacheKey, &out))
        return out;
    out = QPixmap(pixels);
    out.fill(Qt::transparent);
    QByteArray svg = m_svg;
    svg.replace(QByteArray(kInk.data(), kInk.size()), ink.name().toLatin1());
    QSvgRenderer renderer(svg);
    if (renderer.isValid()) {
        QPainter p(&out);
        renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(pixels)));
    }
    out.setDevicePixelRatio(scale);
    QPixmapCache::insert(cacheKey, out);
    return out;
}

QSize ThemedSvgIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    return size;
}

QIconEngine *ThemedSvgIconEngine::clone() const
{
    return new ThemedSvgIconEngine(*this);
}

QString ThemedSvgIconEngine::key() const
{
    return QStringLiteral("CivicDeskSvg");
}

QString ThemedSvgIconEngine::iconName()
{
    return m_path;
}

bool ThemedSvgIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace civicdesk::widgets
