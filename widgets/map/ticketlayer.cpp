#include "widgets/map/ticketlayer.h"

#include <QLocale>
#include <QPainter>
#include <QRadialGradient>

#include <algorithm>
#include <cmath>

namespace civicdesk::widgets {

namespace {
constexpr double kPinRadius = 6.0;
// The heatmap is drawn at a quarter of the view's resolution and scaled up: density is soft.
constexpr int kHeatDownscale = 4;
constexpr double kSplatRadius = 12.0; // in heatmap pixels
// supercluster's radius is in pixels of a 512 px tile (its extent); our zoom z draws 256 px
// tiles, so our z is its z - 1. Querying one zoom up keeps clusters 40 screen pixels apart.
constexpr double kIndexZoomOffset = 1.0;

QString abbreviate(quint32 count)
{
    // As supercluster abbreviates, so few distinct labels exist and each is drawn once.
    if (count >= 10000)
        return QStringLiteral("%1k").arg(std::lround(count / 1000.0));
    if (count >= 1000)
        return QStringLiteral("%1k").arg(QLocale().toString(std::round(count / 100.0) / 10.0, 'g', 3));
    return QString::number(count);
}
} // namespace

TicketLayer::TicketLayer(QObject *parent) : MapLayer(parent) {}

void TicketLayer::setClusters(std::shared_ptr<const core::TicketClusters> clusters)
{
    m_clusters = std::move(clusters);
    Q_EMIT changed();
}

void TicketLayer::setHeatmap(bool on)
{
    if (m_heatmap == on)
        return;
    m_heatmap = on;
    Q_EMIT changed();
}

QColor TicketLayer::statusColor(core::TicketStatus status)
{
    using core::TicketStatus;
    switch (status) {
    case TicketStatus::New:
        return QColor(0x1f, 0x6f, 0xd1);
    case TicketStatus::Acknowledged:
        return QColor(0x00, 0x8b, 0x8b);
    case TicketStatus::InProgress:
        return QColor(0xe3, 0x7b, 0x00);
    case TicketStatus::ActionScheduled:
        return QColor(0x7b, 0x3f, 0xb5);
    case TicketStatus::OnHold:
        return QColor(0xb5, 0x8b, 0x00);
    case TicketStatus::Resolved:
        return QColor(0x2e, 0x9d, 0x3e);
    case TicketStatus::Closed:
        return QColor(0x5f, 0x6b, 0x73);
    case TicketStatus::Duplicate:
    case TicketStatus::NotOurResponsibility:
    case TicketStatus::Cancelled:
        return QColor(0x9a, 0xa0, 0xa6);
    }
    return Qt::black;
}

int TicketLayer::clusterBucket(quint32 count)
{
    return count < 10 ? 0 : count < 100 ? 1 : count < 1000 ? 2 : 3;
}

double TicketLayer::clusterRadius(quint32 count)
{
    static constexpr double radii[] = {13.0, 16.0, 19.0, 23.0};
    return radii[clusterBucket(count)];
}

void TicketLayer::ensureSprites(qreal dpr)
{
    if (qFuzzyCompare(m_spriteDpr, dpr))
        return;
    m_spriteDpr = dpr;
    m_pinSprites.clear();
    m_clusterSprites.clear();
    m_labels.clear();
    auto canvas = [dpr](double side) {
        QPixmap pm(QSize(int(std::ceil(side * dpr)), int(std::ceil(side * dpr))));
        pm.setDevicePixelRatio(dpr);
        pm.fill(Qt::transparent);
        return pm;
    };
    for (core::TicketStatus s : core::ticketstatus::all()) {
        QPixmap pm = canvas(2 * kPinRadius + 2);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(statusColor(s));
        p.drawEllipse(QPointF(kPinRadius + 1, kPinRadius + 1), kPinRadius - 0.5, kPinRadius - 0.5);
        m_pinSprites.insert(int(s), pm);
    }
    // Clusters are neutral slate, darker as they grow, so they never read as a ticket status.
    static const QColor fills[] = {QColor(0x60, 0x7d, 0x8b), QColor(0x54, 0x6e, 0x7a), QColor(0x45, 0x5a, 0x64),
                                   QColor(0x26, 0x32, 0x38)};
    for (int bucket = 0; bucket < 4; ++bucket) {
        const double r = clusterRadius(bucket == 0 ? 2 : bucket == 1 ? 10 : bucket == 2 ? 100 : 1000);
        QPixmap pm = canvas(2 * r + 2);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        QColor halo = fills[bucket];
        halo.setAlpha(90);
        p.setPen(Qt::NoPen);
        p.setBrush(halo);
        p.drawEllipse(QPointF(r + 1, r + 1), r, r);
        p.setBrush(fills[bucket]);
        p.setPen(QPen(Qt::white, 1.5));
        p.drawEllipse(QPointF(r + 1, r + 1), r - 4, r - 4);
        m_clusterSprites.insert(bucket, pm);
    }
    // A soft round splat for the heatmap: alpha falls off from the centre.
    m_splat = QPixmap(QSize(int(2 * kSplatRadius), int(2 * kSplatRadius)));
    m_splat.fill(Qt::transparent);
    QPainter p(&m_splat);
    QRadialGradient g(QPointF(kSplatRadius, kSplatRadius), kSplatRadius);
    g.setColorAt(0.0, QColor(0, 0, 0, 255));
    g.setColorAt(1.0, QColor(0, 0, 0, 0));
    p.setPen(Qt::NoPen);
    p.setBrush(g);
    p.drawEllipse(QPointF(kSplatRadius, kSplatRadius), kSplatRadius, kSplatRadius);
}

const QPixmap &TicketLayer::labelSprite(quint32 count)
{
    const QString text = abbreviate(count);
    auto it = m_labels.constFind(text);
    if (it != m_labels.constEnd())
        return *it;
    QFont font;
    font.setBold(true);
    font.setPixelSize(11);
    const QFontMetricsF fm(font);
    const QSizeF size(fm.horizontalAdvance(text) + 2, fm.height());
    QPixmap pm((size * m_spriteDpr).toSize() + QSize(1, 1));
    pm.setDevicePixelRatio(m_spriteDpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(QPointF(0, 0), size), Qt::AlignCenter, text);
    p.end();
    return *m_labels.insert(text, pm);
}

void TicketLayer::paint(QPainter &painter, const map::MapViewport &viewport)
{
    m_lastDrawn = 0;
    if (!m_clusters || m_clusters->size() == 0)
        return;
    ensureSprites(painter.device()->devicePixelRatioF());
    // A margin of the largest sprite, so pins straddling the edge are drawn too.
    const double margin = 24.0 / viewport.worldPixels();
    const QRectF box = viewport.visibleUnits().adjusted(-margin, -margin, margin, margin);
    m_items.clear();
    m_clusters->index().query(box.left(), box.top(), box.right(), box.bottom(), viewport.zoom() - kIndexZoomOffset,
                              m_items);
    if (m_heatmap) {
        drawHeatmap(painter, viewport, m_items);
        m_lastDrawn = qsizetype(m_items.size());
        return;
    }
    const core::TicketPinSet &pins = m_clusters->pins();
    // Lone pins first, clusters on top: a count must never hide under a pin.
    for (const auto &item : m_items) {
        if (item.isCluster())
            continue;
        const QPixmap &sprite = m_pinSprites[int(pins.status(m_clusters->pinOf(item.pointIndex)))];
        const QPointF at = viewport.unitsToScreen({item.x, item.y});
        painter.drawPixmap(QPointF(at.x() - kPinRadius - 1, at.y() - kPinRadius - 1), sprite);
    }
    for (const auto &item : m_items) {
        if (!item.isCluster())
            continue;
        const QPointF at = viewport.unitsToScreen({item.x, item.y});
        const double r = clusterRadius(item.count);
        painter.drawPixmap(QPointF(at.x() - r - 1, at.y() - r - 1), m_clusterSprites[clusterBucket(item.count)]);
        const QPixmap &label = labelSprite(item.count);
        const QSizeF ls = label.deviceIndependentSize();
        painter.drawPixmap(QPointF(at.x() - ls.width() / 2.0, at.y() - ls.height() / 2.0), label);
    }
    m_lastDrawn = qsizetype(m_items.size());
}

void TicketLayer::drawHeatmap(QPainter &painter, const map::MapViewport &viewport,
                              const std::vector<core::ClusterIndex::Item> &items)
{
    const QSize small((viewport.size() / kHeatDownscale).toSize() + QSize(1, 1));
    QImage density(small, QImage::Format_ARGB32_Premultiplied);
    density.fill(Qt::transparent);
    {
        QPainter p(&density);
        // Alpha adds up where splats overlap: that sum is the density.
        p.setCompositionMode(QPainter::CompositionMode_Plus);
        for (const auto &item : items) {
            const QPointF at = viewport.unitsToScreen({item.x, item.y}) / kHeatDownscale;
            p.setOpacity(std::min(1.0, 0.12 * std::sqrt(double(item.count))));
            p.drawPixmap(QPointF(at.x() - kSplatRadius, at.y() - kSplatRadius), m_splat);
        }
    }
    // Colour by density: transparent blue for little, through green and yellow, to red.
    static const QList<QRgb> ramp = [] {
        QList<QRgb> r(256);
        for (int a = 0; a < 256; ++a) {
            const double t = a / 255.0;
            const QColor c = QColor::fromHsvF(std::max(0.0, 0.66 * (1.0 - t)), 0.9, 1.0);
            // Fades in from nothing, so a lone ticket is a faint haze rather than a hard disc.
            const int alpha = std::min(230, int(230 * std::pow(std::min(1.0, t * 1.6), 0.8)));
            r[a] = a == 0 ? 0u : qPremultiply(qRgba(c.red(), c.green(), c.blue(), alpha));
        }
        return r;
    }();
    for (int y = 0; y < density.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(density.scanLine(y));
        for (int x = 0; x < density.width(); ++x)
            line[x] = ramp[qAlpha(line[x])];
    }
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRectF(QPointF(0, 0), QSizeF(small) * kHeatDownscale), density);
    painter.restore();
}

TicketLayer::Hit TicketLayer::hitTest(QPointF screen, const map::MapViewport &viewport) const
{
    Hit best;
    if (!m_clusters || m_heatmap)
        return best;
    const double reach = clusterRadius(1000) / viewport.worldPixels();
    const QPointF u = viewport.screenToUnits(screen);
    std::vector<core::ClusterIndex::Item> near;
    m_clusters->index().query(u.x() - reach, u.y() - reach, u.x() + reach, u.y() + reach,
                              viewport.zoom() - kIndexZoomOffset, near);
    double bestDistance = 1e300;
    // Clusters are drawn above pins, so they win a tie.
    for (const auto &item : near) {
        const QPointF at = viewport.unitsToScreen({item.x, item.y});
        const double d = QLineF(at, screen).length();
        const double radius = item.isCluster() ? clusterRadius(item.count) - 2.0 : kPinRadius + 2.0;
        if (d > radius)
            continue;
        const double score = item.isCluster() ? d - 100.0 : d;
        if (score < bestDistance) {
            bestDistance = score;
            best.kind = item.isCluster() ? Hit::Cluster : Hit::Pin;
            best.clusterId = item.clusterId;
            best.centreUnits = QPointF(item.x, item.y);
            best.count = item.count;
            best.pin = item.isCluster() ? -1 : m_clusters->pinOf(item.pointIndex);
        }
    }
    return best;
}

bool TicketLayer::click(QPointF screen, const map::MapViewport &viewport)
{
    const Hit hit = hitTest(screen, viewport);
    if (hit.kind == Hit::Cluster) {
        const double zoom = m_clusters->index().expansionZoom(hit.clusterId) + kIndexZoomOffset;
        Q_EMIT zoomRequested(hit.centreUnits, std::max(zoom, std::floor(viewport.zoom()) + 1.0));
        return true;
    }
    if (hit.kind == Hit::Pin) {
        Q_EMIT ticketActivated(m_clusters->pins().id(hit.pin));
        return true;
    }
    return false;
}

} // namespace civicdesk::widgets
