#pragma once

#include "core/pins/pinfilter.h"
#include "core/pins/ticketclusters.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace civicdesk::core {
class LocalStore;
}

namespace civicdesk::map {
class TileSource;
}

namespace civicdesk::widgets {

class MapView;
class TicketLayer;

// The ticket map: every located ticket as a clustered, status-coloured pin, with filters by
// service, status and requested date and a heatmap for supervisors. Pins load and cluster on
// a worker thread; the map stays responsive meanwhile.
class TicketMapPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TicketMapPanel(core::LocalStore &store, QWidget *parent = nullptr);
    ~TicketMapPanel() override;

    MapView *mapView() const { return m_map; }
    TicketLayer *ticketLayer() const { return m_layer; }
    core::PinFilter filter() const;
    // True while pins load or re-cluster.
    bool isBusy() const;
    // The default basemap (widgets::CityBasemap); an online tile server named in the profile's
    // settings still takes precedence, since someone chose it on purpose.
    void setBasemap(std::shared_ptr<map::TileSource> source);

public Q_SLOTS:
    // Reads the tickets again from the local store (after edits elsewhere).
    void reload();

Q_SIGNALS:
    // A pin was clicked: the main window opens this ticket.
    void ticketActivated(const QString &reference);
    // A load or re-cluster finished and the map shows its result.
    void pinsShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildControls();
    void applyFilter();
    void start(std::shared_ptr<const core::TicketPinSet> pins, bool reload);
    void finished();
    void fillServices();
    void useOnlineTilesIfConfigured();

    core::LocalStore &m_store;
    MapView *m_map = nullptr;
    TicketLayer *m_layer = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_useDates = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_heatmap = nullptr;
    QLabel *m_summary = nullptr;
    QString m_tileProblem;
    bool m_onlineTiles = false;

    std::shared_ptr<const core::TicketPinSet> m_pins;
    QFutureWatcher<std::shared_ptr<const core::TicketClusters>> m_watcher;
    bool m_restart = false;
    bool m_reloadPending = false;
    bool m_everLoaded = false;
    bool m_fitted = false;
};

} // namespace civicdesk::widgets
