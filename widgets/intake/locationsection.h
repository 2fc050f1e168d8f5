#pragma once

#include <QWidget>

class QLineEdit;
class QVBoxLayout;

namespace civicdesk::widgets {

class FieldErrorLabel;

// Where the problem is: a typed address and, optionally, latitude/longitude. It is the seam for
// the map: a map view, a geocoder and a duplicate-candidates list plug in through the signals
// and slots below and addExtension(), without the intake screen knowing about them.
class LocationSection final : public QWidget
{
    Q_OBJECT

public:
    explicit LocationSection(QWidget *parent = nullptr);

    QString address() const;
    QString latitudeText() const;
    QString longitudeText() const;
    // Both coordinates, when both are present and valid.
    bool hasCoordinate() const;
    double latitude() const;
    double longitude() const;

    void setTexts(const QString &address, const QString &latitude, const QString &longitude);
    void clear();
    // Adds a widget under the fields (map view, duplicate candidates).
    void addExtension(QWidget *widget);

    void setFieldError(const QString &field, const QString &message); // "address", "lat", "long"
    void clearErrors();
    QWidget *inputFor(const QString &field) const;
    QLineEdit *addressEdit() const { return m_address; }

public Q_SLOTS:
    // From a geocoder or a map click: fills the fields as if typed (one undo step, one signal).
    void setAddress(const QString &address);
    void setCoordinate(double latitude, double longitude);
    // Empties both coordinate fields (the pin goes with them), keeping the address.
    void clearCoordinate();

Q_SIGNALS:
    void addressEdited(const QString &text);       // every keystroke, for autocomplete
    void addressCommitted(const QString &address); // Enter or leaving the field, for geocoding
    void coordinateChanged(double latitude, double longitude);
    void coordinateCleared();
    void changed();

private:
    void coordinatesEdited();

    QLineEdit *m_address = nullptr;
    QLineEdit *m_latitude = nullptr;
    QLineEdit *m_longitude = nullptr;
    FieldErrorLabel *m_addressError = nullptr;
    FieldErrorLabel *m_coordinateError = nullptr;
    QVBoxLayout *m_extensions = nullptr;
};

} // namespace civicdesk::widgets
