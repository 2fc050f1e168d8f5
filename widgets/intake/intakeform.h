#pragma once

#include "core/domain/error.h"
#include "core/geo/geometry.h"
#include "core/intake/callsession.h"

#include <QWidget>
#include <optional>

class QAction;
class QLabel;

namespace civicdesk::core {
class IntakeService;
class LocalStore;
} // namespace civicdesk::core

namespace civicdesk::widgets {

class AttributeForm;
class CallerPanel;
class DescriptionEdit;
class LocationInsightPanel;
class LocationMap;
class LocationSection;
class ServicePickerEdit;

// The call form: caller and request (service type, its questions) on the left, description,
// location with its map, and routing with nearby duplicates on the right, in the order a call
// runs and Tab moves. It reads and writes the typed part of a CallSession and shows the save
// problems beside their fields; it does not know whether a call is open.
class IntakeForm final : public QWidget
{
    Q_OBJECT

public:
    IntakeForm(core::LocalStore &store, const core::IntakeService &service, QAction *linkDuplicate,
               QWidget *parent = nullptr);

    // Shows the session's typed fields; changed() stays quiet while it does.
    void load(const core::CallSession &session);
    // load() for an undo or redo: the questions are rebuilt, so the focus is found again by name.
    void reload(const core::CallSession &session);
    // A point taken on the map: address (when known) and coordinates, as one quiet change.
    void placeAt(const QString &address, double latitude, double longitude);
    // Fills the typed fields of session (caller, service, answers, description, location).
    void store(core::CallSession &session) const;
    // A service type chosen from outside the picker (the knowledge base's "Create request").
    void chooseService(const QString &serviceCode);
    // The knowledge-base article used in the call (empty: none), by its title.
    void showKbArticle(const QString &id);
    QString kbArticleTitle() const { return m_kbArticleTitle; }
    void focusFirstRequestInput();

    // Save problems: each beside its field; the first field gets the focus.
    void showFieldErrors(const QList<core::FieldError> &problems);
    QString fieldLabel(const QString &field) const;
    QWidget *inputFor(const QString &field) const;

    // The pin, when both coordinates are valid.
    std::optional<core::GeoPoint> point() const;
    // Routing and duplicates for the service and pin; cleared when no call is open.
    void refreshInsight(bool callOpen);
    // The service the routing panel shows differs from the picker's.
    bool insightOutOfDate() const;

    CallerPanel *callerPanel() const { return m_caller; }
    ServicePickerEdit *servicePicker() const { return m_picker; }
    AttributeForm *attributeForm() const { return m_attributes; }
    DescriptionEdit *descriptionEdit() const { return m_description; }
    LocationSection *locationSection() const { return m_location; }
    LocationMap *locationMap() const { return m_locationMap; }
    LocationInsightPanel *locationInsight() const { return m_insight; }

Q_SIGNALS:
    // Anything typed, picked or chosen.
    void changed();
    // The location or the service moved: routing and duplicates need a new look.
    void insightStale();
    // A point taken on the map: address and coordinates as one change.
    void locationPicked(const QString &address, double latitude, double longitude);

private:
    void serviceChosen(const QString &code);
    void emitChanged();
    void fixTabOrder();

    core::LocalStore &m_store;
    const core::IntakeService &m_service;
    CallerPanel *m_caller = nullptr;
    ServicePickerEdit *m_picker = nullptr;
    AttributeForm *m_attributes = nullptr;
    DescriptionEdit *m_description = nullptr;
    LocationSection *m_location = nullptr;
    LocationMap *m_locationMap = nullptr;
    LocationInsightPanel *m_insight = nullptr;
    QLabel *m_kbLabel = nullptr;
    QString m_insightService; // the service the insight panel last showed
    QString m_kbArticleTitle; // of the article used in this call, as the call taker knows it
    bool m_loading = false;   // load() fills the fields: not the call taker's change
};

} // namespace civicdesk::widgets
