#include "widgets/map/mapview.h"

#include "map/projection/webmercator.h"
#include "map/tiles/tileloader.h"
#include "map/tiles/tilesource.h"
#include "widgets/accessibility/focusframe.h"
#include "widgets/map/maplayer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace civicdesk::widgets {

namespace {
// The plain basemap until a tile source is set: a light, neutral land colour.
const QColor kBackground(0xee, 0xed, 0xe8);
constexpr double kDragThreshold = 4.0;
constexpr double kKeyPanPixels = 96.0;
constexpr double kWheelZoomPerNotch = 0.5;
constexpr int kAncestorLevels = 6;
constexpr QSize kPinSize{26, 36};
} // namespace

MapView::MapView(QWidget *parent) : MapWidget(parent), m_loader(new map::TileLoader(this))
{
    setObjectName(QStringLiteral("mapView"));
    setAccessibleName(tr("Map"));
    setAccessibleDescription(tr("Drag to pan, mouse wheel or + and - to zoom, arrow keys to move"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
    connect(m_loader, &map::TileLoader::tileReady, this, [this] { update(); });
}

MapView::~MapView() = default;

void MapView::setTileSource(std::shared_ptr<map::TileSource> source)
{
    m_loader->setSource(std::move(source));
    m_scaled.clear();
    update();
}

map::MapViewport MapView::viewport() const
{
    return map::MapViewport(m_centre, m_zoom, QSizeF(size()));
}

void MapView::setCenter(const QGeoCoordinate &centre)
{
    if (centre.isValid())
        setCenterUnits(map::MapViewport::coordinateToUnits(centre));
}

void MapView::setCenterUnits(QPointF units)
{
    m_centre = QPointF(std::clamp(units.x(), 0.0, 1.0), std::clamp(units.y(), 0.0, 1.0));
    viewMoved();
}

QGeoCoordinate MapView::center() const
{
    return map::MapViewport::unitsToCoordinate(m_centre);
}

void MapView::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    viewMoved();
}

void MapView::zoomAt(QPointF screen, double zoom)
{
    const QPointF anchor = viewport().screenToUnits(screen);
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const double world = map::webmercator::worldSize(m_zoom);
    const QPointF offset = (screen - QPointF(width() / 2.0, height() / 2.0)) / world;
    setCenterUnits(anchor - offset);
}

void MapView::viewMoved()
{
    update();
    Q_EMIT viewChanged();
}

void MapView::addLayer(MapLayer *layer)
{
    m_layers.append(layer);
    connect(layer, &MapLayer::changed, this, qOverload<>(&QWidget::update));
    connect(layer, &MapLayer::zoomRequested, this, [this](QPointF centre, double zoom) {
        m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
        setCenterUnits(centre);
    });
    update();
}

void MapView::setPin(const QGeoCoordinate &where)
{
    m_pin = where;
    update();
}

void MapView::clearPin()
{
    m_pin = QGeoCoordinate();
    update();
}

int MapView::tileZoom() const
{
    const map::TileSource *source = m_loader->source();
    const int z = static_cast<int>(std::floor(m_zoom + 0.5));
    return source ? std::clamp(z, source->minZoom(), source->maxZoom()) : z;
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const map::MapViewport vp = viewport();
    painter.fillRect(rect(), kBackground);
    if (m_loader->source()) {
        if (const QColor land = m_loader->source()->background(); land.isValid())
            painter.fillRect(rect(), land);
        drawTiles(painter, vp);
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (const auto &layer : std::as_const(m_layers))
        if (layer)
            layer->paint(painter, vp);
    drawPin(painter, vp);
    drawScaleBar(painter, vp);
    drawAttribution(painter);
    // The map draws itself, so it draws its own keyboard focus too.
    FocusFrame::paint(painter, *this);
}

void MapView::drawTiles(QPainter &painter, const map::MapViewport &vp)
{
    const int tz = tileZoom();
    // Zoomed out far beyond the source's range (the whole world, before a map has fitted its
    // data): the tiles at the source's lowest zoom would number thousands, all empty, and
    // queued ahead of the view the user settles on.
    if (tz > std::floor(m_zoom + 0.5) + 2)
        return;
    const int n = 1 << tz;
    const qreal dpr = devicePixelRatioF();
    // Only where the source has anything: zoomed out over a city, a handful of tiles rather
    // than every tile of the screen at the source's lowest zoom.
    QRectF visible = vp.visibleUnits();
    if (const QRectF coverage = m_loader->source()->coverage(); !coverage.isNull()) {
        visible = visible.intersected(coverage);
        if (visible.isEmpty()) {
            m_loader->cancelQueued();
            return;
        }
    }
    const int x0 = std::clamp(int(std::floor(visible.left() * n)), 0, n - 1);
    const int x1 = std::clamp(int(std::floor(visible.right() * n)), 0, n - 1);
    const int y0 = std::clamp(int(std::floor(visible.top() * n)), 0, n - 1);
    const int y1 = std::clamp(int(std::floor(visible.bottom() * n)), 0, n - 1);
    // Corners snap to device pixels so neighbouring tiles meet without hairline seams.
    auto snap = [dpr](QPointF p) {
        return QPointF(std::round(p.x() * dpr) / dpr, std::round(p.y() * dpr) / dpr);
    };
    const bool exact = std::abs(m_zoom - tz) < 1e-9;
    if (m_scaledZoom != m_zoom || m_scaledDpr != dpr) {
        m_scaled.clear();
        m_scaledZoom = m_zoom;
        m_scaledDpr = dpr;
    }
    m_scaled.setMaxCost(std::max(64, 3 * (x1 - x0 + 1) * (y1 - y0 + 1)));

    struct Missing
    {
        map::TileId id;
        double distance;
    };
    std::vector<Missing> missing;
    const QPointF centreTile = m_centre * n;
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const map::TileId id{tz, x, y};
            const QRectF target(snap(vp.unitsToScreen(QPointF(double(x) / n, double(y) / n))),
                                snap(vp.unitsToScreen(QPointF(double(x + 1) / n, double(y + 1) / n))));
            if (const QImage *image = m_loader->cached(id, dpr)) {
                if (exact) {
                    painter.drawImage(target, *image, QRectF(image->rect()));
                } else {
                    const QImage *scaled = m_scaled.object(id);
                    if (!scaled) {
                        // One device pixel more than the tile's size, so neighbours overlap
                        // rather than leave a hairline gap.
                        const int side = int(std::ceil(target.width() * dpr)) + 1;
                        auto *copy = new QImage(
                            image->scaled(side, side, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
                        copy->setDevicePixelRatio(dpr);
                        m_scaled.insert(id, copy);
                        scaled = copy;
                    }
                    painter.drawImage(target.topLeft(), *scaled);
                }
                continue;
            }
            if (m_loader->isBlank(id, dpr))
                continue; // nothing there: the background is already painted
            drawAncestor(painter, id, target, dpr);
            missing.push_back({id, std::hypot(x + 0.5 - centreTile.x(), y + 0.5 - centreTile.y())});
        }
    }
    // The centre of the view is what the eye looks at first: ask for it first.
    std::sort(missing.begin(), missing.end(),
              [](const Missing &a, const Missing &b) { return a.distance < b.distance; });
    QList<map::TileId> wanted;
    wanted.reserve(static_cast<qsizetype>(missing.size()));
    for (const Missing &m : missing)
        wanted.append(m.id);
    m_loader->keepQueuedOnly(wanted, dpr); // what left the screen waits no more
    for (const Missing &m : missing)
        m_loader->request(m.id, dpr);
}

bool MapView::drawAncestor(QPainter &painter, const map::TileId &id, const QRectF &target, qreal dpr)
{
    const map::TileSource *source = m_loader->source();
    for (int k = 1; k <= kAncestorLevels && id.z - k >= source->minZoom(); ++k) {
        const map::TileId parent{id.z - k, id.x >> k, id.y >> k};
        const QImage *image = m_loader->cached(parent, dpr);
        if (!image)
            continue;
        const double part = double(image->width()) / (1 << k);
        const QRectF sourceRect((id.x & ((1 << k) - 1)) * part, (id.y & ((1 << k) - 1)) * part, part, part);
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, *image, sourceRect);
        painter.restore();
        return true;
    }
    return false;
}

QPointF MapView::pinTip(const map::MapViewport &vp) const
{
    return vp.coordinateToScreen(m_pin);
}

const QPixmap &MapView::pinSprite()
{
    const qreal dpr = devicePixelRatioF();
    if (!m_pinSprite.isNull() && qFuzzyCompare(m_pinSprite.devicePixelRatio(), dpr))
        return m_pinSprite;
    m_pinSprite = QPixmap(kPinSize * dpr);
    m_pinSprite.setDevicePixelRatio(dpr);
    m_pinSprite.fill(Qt::transparent);
    QPainter p(&m_pinSprite);
    p.setRenderHint(QPainter::Antialiasing);
    const double w = kPinSize.width(), h = kPinSize.height(), r = w / 2.0 - 2.0;
    QPainterPath path;
    path.moveTo(w / 2.0, h - 1.0);
    path.cubicTo(w / 2.0 - 4, h - 12, 2, w / 2.0 + 6, 2, w / 2.0);
    path.arcTo(QRectF(2, 2, 2 * r, 2 * r), 180, -180);
    path.cubicTo(w - 2, w / 2.0 + 6, w / 2.0 + 4, h - 12, w / 2.0, h - 1.0);
    p.setPen(QPen(QColor(0x7a, 0x12, 0x12), 1.5));
    p.setBrush(QColor(0xd9, 0x2b, 0x2b));
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawEllipse(QPointF(w / 2.0, w / 2.0), r * 0.4, r * 0.4);
    return m_pinSprite;
}

void MapView::drawPin(QPainter &painter, const map::MapViewport &vp)
{
    if (!m_pin.isValid())
        return;
    const QPointF tip = pinTip(vp);
    painter.drawPixmap(QPointF(tip.x() - kPinSize.width() / 2.0, tip.y() - kPinSize.height()), pinSprite());
}

void MapView::drawScaleBar(QPainter &painter, const map::MapViewport &vp)
{
    const double lat = map::MapViewport::unitsToCoordinate(m_centre).latitude();
    const double metresPerPixel = map::webmercator::metresPerPixel(lat, vp.zoom());
    const double maxMetres = metresPerPixel * 120.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = magnitude;
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= maxMetres) {
            metres = step * magnitude;
            break;
        }
    }
    const double pixels = metres / metresPerPixel;
    const QString label = metres >= 1000.0 ? tr("%1 km").arg(metres / 1000.0) : tr("%1 m").arg(metres);
    const QFontMetrics fm(font());
    const QRectF box(8, height() - 10 - fm.height() - 8,
                     std::max(pixels, double(fm.horizontalAdvance(label))) + 12, fm.height() + 12);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRect(box);
    const double baseY = box.bottom() - 4;
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 2));
    const double x = box.left() + 6;
    painter.drawLine(QPointF(x, baseY), QPointF(x + pixels, baseY));
    painter.drawLine(QPointF(x, baseY), QPointF(x, baseY - 6));
    painter.drawLine(QPointF(x + pixels, baseY), QPointF(x + pixels, baseY - 6));
    painter.setPen(QColor(0x22, 0x22, 0x22));
    painter.drawText(QPointF(x, baseY - 6 - fm.descent()), label);
    painter.restore();
}

void MapView::drawAttribution(QPainter &painter)
{
    const map::TileSource *source = m_loader->source();
    if (!source || source->attribution().isEmpty())
        return;
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    const QFontMetrics fm(small);
    const QString text = source->attribution();
    const QRectF box(width() - fm.horizontalAdvance(text) - 12, height() - fm.height() - 4,
                     fm.horizontalAdvance(text) + 12, fm.height() + 4);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 210));
    painter.drawRect(box);
    painter.setFont(small);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        MapWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragged = false;
    m_pressPos = m_lastPos = event->position();
    m_draggingPin = false;
    if (m_pin.isValid() && m_pinDraggable) {
        // The grab area is the pin's head, above its tip.
        const QPointF tip = pinTip(viewport());
        const QPointF head(tip.x(), tip.y() - kPinSize.height() + kPinSize.width() / 2.0);
        if (QLineF(head, event->position()).length() <= kPinSize.width() / 2.0 + 2.0) {
            m_draggingPin = true;
            m_pinGrabOffset = tip - event->position();
        }
    }
    setCursor(Qt::ClosedHandCursor);
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    const QPointF pos = event->position();
    if (!m_dragged && (pos - m_pressPos).manhattanLength() < kDragThreshold)
        return;
    m_dragged = true;
    if (m_draggingPin) {
        m_pin = viewport().screenToCoordinate(pos + m_pinGrabOffset);
        update();
    } else {
        const QPointF delta = pos - m_lastPos;
        setCenterUnits(m_centre - delta / map::webmercator::worldSize(m_zoom));
    }
    m_lastPos = pos;
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        MapWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    setCursor(Qt::OpenHandCursor);
    if (m_draggingPin) {
        m_draggingPin = false;
        if (m_dragged)
            Q_EMIT pinMoved(m_pin);
        return;
    }
    if (m_dragged)
        return;
    const map::MapViewport vp = viewport();
    for (auto it = m_layers.crbegin(); it != m_layers.crend(); ++it)
        if (*it && (*it)->click(event->position(), vp))
            return;
    Q_EMIT clicked(vp.screenToCoordinate(event->position()));
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const double step = event->modifiers() & Qt::ShiftModifier ? -1.0 : 1.0;
    zoomAt(event->position(), m_zoom + step);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0.0) {
        event->ignore();
        return;
    }
    zoomAt(event->position(), m_zoom + notches * kWheelZoomPerNotch);
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    const double world = map::webmercator::worldSize(m_zoom);
    const QPointF centreScreen(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Left:
        setCenterUnits(m_centre - QPointF(kKeyPanPixels / world, 0));
        break;
    case Qt::Key_Right:
        setCenterUnits(m_centre + QPointF(kKeyPanPixels / world, 0));
        break;
    case Qt::Key_Up:
        setCenterUnits(m_centre - QPointF(0, kKeyPanPixels / world));
        break;
    case Qt::Key_Down:
        setCenterUnits(m_centre + QPointF(0, kKeyPanPixels / world));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(centreScreen, std::round(m_zoom) + 1.0);
        break;
    case Qt::Key_Minus:
        zoomAt(centreScreen, std::round(m_zoom) - 1.0);
        break;
    default:
        MapWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace civicdesk::widgets
