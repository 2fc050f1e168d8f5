#pragma once

#include <QGeoCoordinate>
#include <QWidget>

#include <memory>

class QCompleter;
class QLabel;
class QModelIndex;
class QTimer;

namespace civicdesk::core {
class AddressSuggestionModel;
class LocationAdvisor;
} // namespace civicdesk::core

namespace civicdesk::map {
class TileSource;
}

namespace civicdesk::widgets {

class LocationSection;
class MapView;

// The location section's map and geocoding: the address field completes from the geocoder,
// Enter (or leaving the field) geocodes what was typed and drops the pin there; a click on the
// map or a dragged pin is reverse-geocoded and handed back as locationPicked(), which the
// intake applies to the fields as one undo step. Typed coordinates move the pin too.
class LocationMap final : public QWidget
{
    Q_OBJECT

public:
    LocationMap(const core::LocationAdvisor &advisor, LocationSection *section, QWidget *parent = nullptr);

    MapView *mapView() const { return m_map; }
    QCompleter *completer() const { return m_completer; }
    core::AddressSuggestionModel *suggestions() const { return m_suggestions; }
    QLabel *statusLabel() const { return m_status; }
    void setTileSource(std::shared_ptr<map::TileSource> source);
    // Puts the pin where the section's coordinates say (a new call, a restored draft, undo),
    // or shows the whole city when there are none.
    void syncFromSection();

    // Typing pauses this long before the geocoder is asked, so fast typing runs one lookup.
    static constexpr int kSuggestDelayMs = 60;
    static constexpr double kPinZoom = 17.0;

public Q_SLOTS:
    // Enter in the address field: the best match fills the coordinates and places the pin.
    void geocodeAddress(const QString &text);

Q_SIGNALS:
    // Where the call taker pointed on the map, with the address found there (empty when there
    // is none within reach).
    void locationPicked(const QString &address, double latitude, double longitude);

private:
    void suggest();
    void suggestionChosen(const QModelIndex &index);
    void pointed(const QGeoCoordinate &where);
    void showPin(double latitude, double longitude, bool centre);
    void showCity();

    const core::LocationAdvisor &m_advisor;
    LocationSection *m_section = nullptr;
    MapView *m_map = nullptr;
    QLabel *m_status = nullptr;
    QCompleter *m_completer = nullptr;
    core::AddressSuggestionModel *m_suggestions = nullptr;
    QTimer *m_suggestTimer = nullptr;
    bool m_pointing = false; // the fields follow the map: no re-centring on the pin
};

} // namespace civicdesk::widgets
