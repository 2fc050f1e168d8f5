#pragma once

#include "core/domain/ticketstatus.h"
#include "core/pins/ticketclusters.h"
#include "widgets/map/maplayer.h"

#include <QHash>
#include <QPixmap>
#include <QUuid>

#include <memory>

namespace civicdesk::widgets {

// Ticket pins coloured by status, clustered supercluster-style, with counts on the clusters.
// Everything is drawn from sprites made once per pixel ratio, so a frame costs one blit per
// visible pin or cluster. Clicking a cluster zooms in to where it splits; clicking a pin emits
// the ticket's id. In heatmap mode the same clusters become a density picture.
class TicketLayer final : public MapLayer
{
    Q_OBJECT

public:
    explicit TicketLayer(QObject *parent = nullptr);

    void setClusters(std::shared_ptr<const core::TicketClusters> clusters);
    std::shared_ptr<const core::TicketClusters> clusters() const { return m_clusters; }
    void setHeatmap(bool on);
    bool heatmap() const { return m_heatmap; }

    struct Hit
    {
        enum Kind { None, Cluster, Pin } kind = None;
        qint64 clusterId = -1;
        QPointF centreUnits;
        quint32 count = 0;
        qsizetype pin = -1; // index into the clusters' TicketPinSet
    };
    Hit hitTest(QPointF screen, const map::MapViewport &viewport) const;
    // How many pins and clusters the last frame drew (for tests and the benchmark).
    qsizetype lastDrawnCount() const { return m_lastDrawn; }

    void paint(QPainter &painter, const map::MapViewport &viewport) override;
    bool click(QPointF screen, const map::MapViewport &viewport) override;

    static QColor statusColor(core::TicketStatus status);

Q_SIGNALS:
    void ticketActivated(const QUuid &ticketId);

private:
    void drawHeatmap(QPainter &painter, const map::MapViewport &viewport,
                     const std::vector<core::ClusterIndex::Item> &items);
    void ensureSprites(qreal dpr);
    const QPixmap &labelSprite(quint32 count);
    static int clusterBucket(quint32 count);
    static double clusterRadius(quint32 count);

    std::shared_ptr<const core::TicketClusters> m_clusters;
    bool m_heatmap = false;
    qreal m_spriteDpr = 0;
    QHash<int, QPixmap> m_pinSprites;     // by status
    QHash<int, QPixmap> m_clusterSprites; // by size bucket
    QHash<QString, QPixmap> m_labels;     // by abbreviated count
    QPixmap m_splat;
    std::vector<core::ClusterIndex::Item> m_items;
    qsizetype m_lastDrawn = 0;
};

} // namespace civicdesk::widgets
