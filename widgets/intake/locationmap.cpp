#include "widgets/intake/locationmap.h"

#include "core/intake/addresssuggestionmodel.h"
#include "core/intake/locationadvisor.h"
#include "map/projection/webmercator.h"
#include "widgets/intake/locationsection.h"
#include "widgets/map/mapview.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace civicdesk::widgets {

LocationMap::LocationMap(const core::LocationAdvisor &advisor, LocationSection *section, QWidget *parent)
    : QWidget(parent), m_advisor(advisor), m_section(section)
{
    m_map = new MapView(this);
    m_map->setObjectName(QStringLiteral("locationMap"));
    m_map->setAccessibleName(tr("Location map"));
    m_map->setToolTip(tr("Click to place the pin, or drag the pin: the address is looked up from the map"));
    // Tall enough to place a pin between two houses, short enough that routing and duplicate
    // candidates stay in view under it.
    m_map->setMinimumHeight(180);
    m_map->setMaximumHeight(240);
    m_map->setPinDraggable(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("locationMapStatus"));
    m_status->setWordWrap(true);
    // A wrapped label under a stretching map was squeezed to less than its text in the call
    // page's scroll area ("Found: 4 Boulevard du Jardin Exotique de la Principauté"): keep two lines.
    m_status->setMinimumHeight(2 * m_status->fontMetrics().lineSpacing());
    m_status->setText(tr("Type an address and press Enter, or click the map."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_status);

    // The custom-completer pattern: the model is filled by us as typing pauses, and the popup
    // is only shown, so the line edit never filters or rewrites what is typed.
    m_suggestions = new core::AddressSuggestionModel(m_advisor.geocoder(), this);
    m_completer = new QCompleter(m_suggestions, this);
    m_completer->setObjectName(QStringLiteral("addressCompleter"));
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(Qt::EditRole);
    m_completer->setMaxVisibleItems(core::AddressSuggestionModel::kLimit);
    m_completer->setWidget(m_section->addressEdit());
    m_completer->popup()->setAccessibleName(tr("Address suggestions"));
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &LocationMap::suggestionChosen);

    m_suggestTimer = new QTimer(this);
    m_suggestTimer->setSingleShot(true);
    m_suggestTimer->setInterval(kSuggestDelayMs);
    connect(m_suggestTimer, &QTimer::timeout, this, &LocationMap::suggest);
    connect(m_section, &LocationSection::addressEdited, m_suggestTimer, qOverload<>(&QTimer::start));
    connect(m_section, &LocationSection::addressCommitted, this, &LocationMap::geocodeAddress);
    connect(m_section, &LocationSection::coordinateChanged, this,
            [this](double lat, double lon) { showPin(lat, lon, !m_pointing); });
    connect(m_section, &LocationSection::coordinateCleared, m_map, &MapView::clearPin);
    connect(m_map, &MapWidget::clicked, this, &LocationMap::pointed);
    connect(m_map, &MapWidget::pinMoved, this, &LocationMap::pointed);
}

void LocationMap::setTileSource(std::shared_ptr<map::TileSource> source)
{
    m_map->setTileSource(std::move(source));
}

void LocationMap::syncFromSection()
{
    m_suggestTimer->stop();
    m_completer->popup()->hide();
    if (m_section->hasCoordinate()) {
        showPin(m_section->latitude(), m_section->longitude(), true);
        return;
    }
    m_map->clearPin();
    m_status->setText(m_advisor.hasCityLayers()
                          ? tr("Type an address and press Enter, or click the map.")
                          : tr("No city map is imported: type the coordinates, or import the city layers "
                               "(civicdesk-cli geo import)."));
    showCity();
}

void LocationMap::showCity()
{
    const core::GeoBox box = m_advisor.cityExtent();
    if (!box.isValid())
        return;
    m_map->setCenter(QGeoCoordinate((box.minLat + box.maxLat) / 2.0, (box.minLon + box.maxLon) / 2.0));
    // The zoom at which the box's width and height fit the view.
    const QPointF a = map::webmercator::toWorld(QGeoCoordinate(box.maxLat, box.minLon), 0.0);
    const QPointF b = map::webmercator::toWorld(QGeoCoordinate(box.minLat, box.maxLon), 0.0);
    const QSize size = m_map->size().isEmpty() ? m_map->sizeHint() : m_map->size();
    const double fitX = std::log2(size.width() / std::max(1e-9, b.x() - a.x()));
    const double fitY = std::log2(size.height() / std::max(1e-9, b.y() - a.y()));
    m_map->setZoom(std::clamp(std::min(fitX, fitY), MapWidget::kMinZoom, kPinZoom));
}

void LocationMap::suggest()
{
    QLineEdit *edit = m_section->addressEdit();
    m_suggestions->setQuery(edit->text());
    if (m_suggestions->rowCount() > 0 && edit->hasFocus()) {
        // As wide as the longest suggestion, not as narrow as the field: "4 Avenue de la
        // Madone, Monaco" must be read whole to be told from its neighbours.
        QAbstractItemView *popup = m_completer->popup();
        const int needed = popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width() +
                           2 * popup->frameWidth() + 8;
        m_completer->complete(QRect(0, 0, std::max(edit->width(), needed), edit->height()));
    } else {
        m_completer->popup()->hide();
    }
}

void LocationMap::suggestionChosen(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_suggestTimer->stop();
    const core::GeocodeResult r = m_suggestions->result(index.row());
    m_section->setAddress(r.label);
    m_section->setCoordinate(r.point.lat, r.point.lon);
    m_status->setText(r.insideJurisdiction ? tr("Found: %1").arg(r.label)
                                           : tr("%1 is outside the jurisdiction").arg(r.label));
}

void LocationMap::geocodeAddress(const QString &text)
{
    m_suggestTimer->stop();
    m_completer->popup()->hide();
    if (text.trimmed().isEmpty())
        return;
    const auto found = m_advisor.geocoder().geocode(text, 1);
    if (found.empty()) {
        if (!m_advisor.hasCityLayers()) {
            // Without a map the coordinates were typed by hand: they are the call taker's, keep them.
            m_status->setText(
                tr("No city map is imported, so addresses cannot be placed: type the coordinates."));
            return;
        }
        // The pin belonged to the previous address; left in place, a save would store a place
        // that does not match the address now in the field.
        const bool hadPin = m_section->hasCoordinate();
        m_section->clearCoordinate();
        m_status->setText(
            hadPin ? tr("No match for \"%1\": the previous pin was removed. Check the address, or click the "
                        "map.")
                         .arg(text.trimmed())
                   : tr("No match for \"%1\": check the address, or click the map").arg(text.trimmed()));
        return;
    }
    const core::GeocodeResult &r = found.front();
    m_section->setCoordinate(r.point.lat, r.point.lon);
    m_status->setText(r.insideJurisdiction ? tr("Found: %1").arg(r.label)
                                           : tr("%1 is outside the jurisdiction").arg(r.label));
}

void LocationMap::pointed(const QGeoCoordinate &where)
{
    m_map->setPin(where);
    const auto found = m_advisor.geocoder().reverse({where.longitude(), where.latitude()});
    if (found)
        m_status->setText(found->insideJurisdiction ? tr("Nearest address: %1").arg(found->label)
                                                    : tr("%1 is outside the jurisdiction").arg(found->label));
    else
        m_status->setText(tr("No address near this point; the coordinates are kept"));
    m_pointing = true;
    Q_EMIT locationPicked(found ? found->label : QString(), where.latitude(), where.longitude());
    m_pointing = false;
}

void LocationMap::showPin(double latitude, double longitude, bool centre)
{
    const QGeoCoordinate where(latitude, longitude);
    m_map->setPin(where);
    if (centre) {
        if (m_map->zoom() < kPinZoom - 1.0)
            m_map->setZoom(kPinZoom);
        m_map->setCenter(where);
    }
}

} // namespace civicdesk::widgets
