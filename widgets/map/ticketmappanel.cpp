#include "widgets/map/ticketmappanel.h"

#include "core/catalog/catalogtext.h"
#include "core/demo/demosandbox.h"
#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/settings/workstationsettings.h"
#include "core/store/localstore.h"
#include "map/tiles/xyztilesource.h"
#include "widgets/map/mapview.h"
#include "widgets/map/ticketlayer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <cmath>

namespace civicdesk::widgets {

namespace {
const QString kOpenStatuses = QStringLiteral("@open");
}

TicketMapPanel::TicketMapPanel(core::LocalStore &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    setObjectName(QStringLiteral("ticketMapPanel"));
    m_map = new MapView(this);
    m_layer = new TicketLayer(this);
    m_map->addLayer(m_layer);
    m_map->setZoom(2.0);
    buildControls();
    connect(m_layer, &TicketLayer::ticketActivated, this, [this](const QUuid &id) {
        try {
            const QString reference = core::TicketPinSet::referenceOf(m_store.database(), id);
            if (!reference.isEmpty())
                Q_EMIT ticketActivated(reference);
        } catch (const core::Error &e) {
            m_summary->setText(e.message());
        }
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &TicketMapPanel::finished);
    useOnlineTilesIfConfigured();
}

void TicketMapPanel::useOnlineTilesIfConfigured()
{
    // Off unless the profile's settings name a tile server: the map never needs the network.
    // A training sandbox never goes online, whatever its settings say.
    if (core::DemoSandbox::isSandbox(m_store.profile().directory()))
        return;
    const core::WorkstationSettings settings = core::WorkstationSettings::load(m_store.profile());
    if (settings.mapSource != core::WorkstationSettings::MapSource::OnlineXyz || settings.xyzUrl.isEmpty())
        return;
    map::XyzTileSource::Settings s;
    s.urlTemplate = settings.xyzUrl;
    s.attribution = settings.xyzAttribution;
    s.maxZoom = settings.xyzMaxZoom;
    s.cacheDirectory = m_store.profile().directory() + QStringLiteral("/tile-cache");
    try {
        m_map->setTileSource(std::make_shared<map::XyzTileSource>(s));
        m_onlineTiles = true;
    } catch (const core::Error &e) {
        m_tileProblem = tr("Online map tiles are off: %1").arg(e.message());
        m_summary->setText(m_tileProblem);
    }
}

void TicketMapPanel::setBasemap(std::shared_ptr<map::TileSource> source)
{
    if (!m_onlineTiles)
        m_map->setTileSource(std::move(source));
}

TicketMapPanel::~TicketMapPanel()
{
    m_watcher.waitForFinished();
}

void TicketMapPanel::buildControls()
{
    auto *serviceLabel = new QLabel(tr("&Service:"), this);
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("mapServiceFilter"));
    m_service->setAccessibleName(tr("Service filter"));
    serviceLabel->setBuddy(m_service);
    m_service->addItem(tr("All services"), QString());
    // The dock shares a 1366 px screen with the page beside it: the filters take the width of
    // a dozen characters, not of the longest service name (the list that drops down does).
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_service->setMinimumContentsLength(12);

    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("mapStatusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    statusLabel->setBuddy(m_status);
    m_status->addItem(tr("All statuses"), QString());
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(12);
    m_status->addItem(tr("Open (any open status)"), kOpenStatuses);
    for (core::TicketStatus s : core::ticketstatus::all())
        m_status->addItem(core::ticketstatus::displayName(s), core::ticketstatus::toKey(s));

    m_useDates = new QCheckBox(tr("&Requested from"), this);
    m_useDates->setObjectName(QStringLiteral("mapDateFilter"));
    m_useDates->setAccessibleName(tr("Filter by requested date"));
    const QDate today = core::Clock::current().nowUtc().toLocalTime().date();
    m_from = new QDateEdit(today.addDays(-30), this);
    m_from->setObjectName(QStringLiteral("mapDateFrom"));
    m_from->setAccessibleName(tr("Requested from"));
    m_from->setCalendarPopup(true);
    auto *toLabel = new QLabel(tr("t&o"), this);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("mapDateTo"));
    m_to->setAccessibleName(tr("Requested to"));
    m_to->setCalendarPopup(true);
    toLabel->setBuddy(m_to);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    // Screen readers land on the spin box's own line edit: it needs the name too.
    for (QDateEdit *edit : {m_from, m_to})
        if (auto *line = edit->findChild<QLineEdit *>())
            line->setAccessibleName(edit->accessibleName());

    m_heatmap = new QCheckBox(tr("&Heatmap"), this);
    m_heatmap->setObjectName(QStringLiteral("mapHeatmap"));
    m_heatmap->setAccessibleName(tr("Show the heatmap"));
    m_heatmap->setToolTip(tr("Show where tickets concentrate instead of pins (supervisor view)"));

    auto *reload = new QPushButton(tr("Re&load"), this);
    reload->setObjectName(QStringLiteral("mapReload"));
    reload->setAccessibleName(tr("Reload the ticket map"));
    reload->setToolTip(tr("Read the tickets again from the local store"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mapSummary"));

    auto *row = new QHBoxLayout;
    row->addWidget(serviceLabel);
    row->addWidget(m_service, 1);
    row->addWidget(statusLabel);
    row->addWidget(m_status, 1);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_useDates);
    row2->addWidget(m_from);
    row2->addWidget(toLabel);
    row2->addWidget(m_to);
    row2->addStretch();
    // A row of their own: beside the dates they made the dock too wide for a 1366 px screen.
    auto *row3 = new QHBoxLayout;
    row3->addWidget(m_heatmap);
    row3->addStretch();
    row3->addWidget(reload);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(row);
    layout->addLayout(row2);
    layout->addLayout(row3);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_summary);

    connect(m_service, &QComboBox::currentIndexChanged, this, &TicketMapPanel::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &TicketMapPanel::applyFilter);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &TicketMapPanel::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &TicketMapPanel::applyFilter);
    connect(m_heatmap, &QCheckBox::toggled, m_layer, &TicketLayer::setHeatmap);
    connect(reload, &QPushButton::clicked, this, &TicketMapPanel::reload);
}

core::PinFilter TicketMapPanel::filter() const
{
    core::PinFilter f;
    const QString service = m_service->currentData().toString();
    if (!service.isEmpty())
        f.serviceCodes.insert(service);
    const QString status = m_status->currentData().toString();
    if (status == kOpenStatuses) {
        for (core::TicketStatus s : core::ticketstatus::all())
            if (core::ticketstatus::isOpen(s))
                f.allowStatus(s);
    } else if (const auto s = core::ticketstatus::fromKey(status)) {
        f.allowStatus(*s);
    }
    if (m_useDates->isChecked()) {
        // Whole local days, stored as UTC instants.
        f.requestedFromMs = QDateTime(m_from->date(), QTime(0, 0)).toMSecsSinceEpoch();
        f.requestedToMs = QDateTime(m_to->date(), QTime(23, 59, 59, 999)).toMSecsSinceEpoch();
    }
    return f;
}

bool TicketMapPanel::isBusy() const
{
    return m_watcher.isRunning() || m_restart;
}

void TicketMapPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_everLoaded)
        reload();
}

void TicketMapPanel::reload()
{
    m_everLoaded = true;
    start(nullptr, true);
}

void TicketMapPanel::applyFilter()
{
    if (m_everLoaded)
        start(m_pins, false);
}

void TicketMapPanel::start(std::shared_ptr<const core::TicketPinSet> pins, bool reload)
{
    if (m_watcher.isRunning()) {
        // One job at a time; the newest request runs when the current one ends.
        m_restart = true;
        m_reloadPending = m_reloadPending || reload;
        return;
    }
    m_summary->setText(reload ? tr("Loading tickets…") : tr("Clustering tickets…"));
    const core::Database *db = &m_store.database();
    const core::PinFilter f = filter();
    m_watcher.setFuture(
        QtConcurrent::run([db, pins, f, reload]() -> std::shared_ptr<const core::TicketClusters> {
            std::shared_ptr<const core::TicketPinSet> set = pins;
            if (reload || !set) {
                try {
                    set = std::make_shared<const core::TicketPinSet>(core::TicketPinSet::load(*db));
                } catch (const core::Error &) {
                    set = std::make_shared<const core::TicketPinSet>();
                }
                // Pool threads outlive this job; their connection must not.
                db->closeThreadConnection();
            }
            return core::TicketClusters::build(set, f);
        }));
}

void TicketMapPanel::finished()
{
    const std::shared_ptr<const core::TicketClusters> result = m_watcher.result();
    const bool servicesChanged =
        !m_pins || (result && m_pins->serviceCodes() != result->pins().serviceCodes());
    m_pins = result ? result->sharedPins() : nullptr;
    if (m_restart) {
        const bool reload = m_reloadPending;
        m_restart = false;
        m_reloadPending = false;
        start(m_pins, reload);
        return;
    }
    if (servicesChanged)
        fillServices();
    m_layer->setClusters(result);
    const qsizetype shown = result ? result->size() : 0;
    const qsizetype total = m_pins ? m_pins->size() : 0;
    QString summary =
        tr("%1 of %Ln located ticket(s) shown", nullptr, int(total)).arg(QLocale().toString(shown));
    if (!m_tileProblem.isEmpty())
        summary += QStringLiteral(" · ") + m_tileProblem;
    m_summary->setText(summary);
    // The first time there are pins, frame them.
    if (!m_fitted && result && shown > 0) {
        m_fitted = true;
        const QRectF b = result->bounds();
        const double span = std::max({b.width(), b.height(), 1e-6});
        const double fit = std::log2(std::min(m_map->width(), m_map->height()) / (256.0 * span));
        m_map->setZoom(std::clamp(std::floor(fit * 2.0) / 2.0, 2.0, 16.0));
        m_map->setCenterUnits(b.center());
    }
    Q_EMIT pinsShown();
}

void TicketMapPanel::fillServices()
{
    const QString current = m_service->currentData().toString();
    const QSignalBlocker block(m_service);
    m_service->clear();
    m_service->addItem(tr("All services"), QString());
    if (!m_pins)
        return;
    QStringList codes = m_pins->serviceCodes();
    codes.sort();
    for (const QString &code : codes) {
        const core::Service *s = m_store.catalog().service(code);
        m_service->addItem(s && !s->name.isEmpty() ? core::CatalogText().name(*s) : code, code);
    }
    m_service->setCurrentIndex(std::max(0, m_service->findData(current)));
}

} // namespace civicdesk::widgets
