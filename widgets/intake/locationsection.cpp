#include "widgets/intake/locationsection.h"

#include "core/intake/coordinateinput.h"
#include "widgets/intake/fielderrorlabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace civicdesk::widgets {

using core::coordinateinput::Axis;

LocationSection::LocationSection(QWidget *parent) : QWidget(parent)
{
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("locationAddress"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setPlaceholderText(tr("House number and street, or an intersection"));
    m_latitude = new QLineEdit(this);
    m_latitude->setObjectName(QStringLiteral("locationLatitude"));
    m_latitude->setAccessibleName(tr("Latitude"));
    m_latitude->setPlaceholderText(tr("e.g. 40.7128"));
    m_latitude->setToolTip(tr("Decimal degrees; N/S suffix allowed"));
    m_longitude = new QLineEdit(this);
    m_longitude->setObjectName(QStringLiteral("locationLongitude"));
    m_longitude->setAccessibleName(tr("Longitude"));
    m_longitude->setPlaceholderText(tr("e.g. -74.0060"));
    m_longitude->setToolTip(tr("Decimal degrees; E/W suffix allowed"));
    // Wide enough for a whole coordinate as setCoordinate() writes it, with a hemisphere.
    for (QLineEdit *edit : {m_latitude, m_longitude}) {
        const int text = edit->fontMetrics().horizontalAdvance(QStringLiteral("-180.000000 W"));
        edit->setMinimumWidth(text + 2 * edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 12);
    }
    m_addressError = new FieldErrorLabel(this);
    m_coordinateError = new FieldErrorLabel(this);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *addressLabel = new QLabel(tr("A&ddress:"), this);
    addressLabel->setBuddy(m_address);
    auto *addressBox = new QVBoxLayout;
    addressBox->setSpacing(1);
    addressBox->addWidget(m_address);
    addressBox->addWidget(m_addressError);
    form->addRow(addressLabel, addressBox);
    // One row each: side by side, with their labels, they made the form wider than the call
    // page has room for at 1366 px beside the knowledge base, and Longitude was scrolled away.
    auto *latLabel = new QLabel(tr("Lat&itude:"), this);
    latLabel->setBuddy(m_latitude);
    auto *lonLabel = new QLabel(tr("Lon&gitude:"), this);
    lonLabel->setBuddy(m_longitude);
    form->addRow(latLabel, m_latitude);
    auto *coordinateBox = new QVBoxLayout;
    coordinateBox->setSpacing(1);
    coordinateBox->addWidget(m_longitude);
    coordinateBox->addWidget(m_coordinateError);
    form->addRow(lonLabel, coordinateBox);

    m_extensions = new QVBoxLayout;
    m_extensions->setContentsMargins(0, 0, 0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(m_extensions);

    setTabOrder(m_address, m_latitude);
    setTabOrder(m_latitude, m_longitude);

    connect(m_address, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_addressError->clear();
        Q_EMIT addressEdited(text);
        Q_EMIT changed();
    });
    connect(m_address, &QLineEdit::editingFinished, this, [this] {
        if (m_address->isModified()) {
            m_address->setModified(false);
            Q_EMIT addressCommitted(address());
        }
    });
    connect(m_latitude, &QLineEdit::textEdited, this, &LocationSection::coordinatesEdited);
    connect(m_longitude, &QLineEdit::textEdited, this, &LocationSection::coordinatesEdited);
}

QString LocationSection::address() const
{
    return m_address->text().trimmed();
}

QString LocationSection::latitudeText() const
{
    return m_latitude->text();
}

QString LocationSection::longitudeText() const
{
    return m_longitude->text();
}

bool LocationSection::hasCoordinate() const
{
    return core::coordinateinput::parse(m_latitude->text(), Axis::Latitude) &&
           core::coordinateinput::parse(m_longitude->text(), Axis::Longitude);
}

double LocationSection::latitude() const
{
    return core::coordinateinput::parse(m_latitude->text(), Axis::Latitude).value_or(0.0);
}

double LocationSection::longitude() const
{
    return core::coordinateinput::parse(m_longitude->text(), Axis::Longitude).value_or(0.0);
}

void LocationSection::coordinatesEdited()
{
    const auto latProblem = core::coordinateinput::problem(m_latitude->text(), Axis::Latitude);
    const auto lonProblem = core::coordinateinput::problem(m_longitude->text(), Axis::Longitude);
    if (latProblem)
        m_coordinateError->setText(tr("Latitude: %1").arg(*latProblem));
    else if (lonProblem)
        m_coordinateError->setText(tr("Longitude: %1").arg(*lonProblem));
    else
        m_coordinateError->clear();
    if (hasCoordinate())
        Q_EMIT coordinateChanged(latitude(), longitude());
    else if (m_latitude->text().trimmed().isEmpty() && m_longitude->text().trimmed().isEmpty())
        Q_EMIT coordinateCleared();
    Q_EMIT changed();
}

void LocationSection::setTexts(const QString &address, const QString &latitude, const QString &longitude)
{
    const QSignalBlocker b1(m_address), b2(m_latitude), b3(m_longitude);
    m_address->setText(address);
    m_latitude->setText(latitude);
    m_longitude->setText(longitude);
    clearErrors();
}

void LocationSection::clear()
{
    setTexts({}, {}, {});
}

void LocationSection::setAddress(const QString &address)
{
    if (m_address->text() == address)
        return;
    {
        // Replacing the selection is one step in the field's own undo history (setText()
        // would wipe it); no textEdited, so no autocomplete and no second geocoding.
        const QSignalBlocker blocker(m_address);
        m_address->selectAll();
        m_address->insert(address);
        m_address->setModified(false);
    }
    m_addressError->clear();
    Q_EMIT changed();
}

void LocationSection::setCoordinate(double latitude, double longitude)
{
    m_latitude->setText(QString::number(latitude, 'f', 6));
    m_longitude->setText(QString::number(longitude, 'f', 6));
    coordinatesEdited();
}

void LocationSection::clearCoordinate()
{
    if (m_latitude->text().isEmpty() && m_longitude->text().isEmpty())
        return;
    m_latitude->clear();
    m_longitude->clear();
    coordinatesEdited();
}

void LocationSection::addExtension(QWidget *widget)
{
    m_extensions->addWidget(widget);
}

void LocationSection::setFieldError(const QString &field, const QString &message)
{
    if (field == QLatin1String("address"))
        m_addressError->setText(message);
    else if (field == QLatin1String("lat"))
        m_coordinateError->setText(tr("Latitude: %1").arg(message));
    else if (field == QLatin1String("long"))
        m_coordinateError->setText(tr("Longitude: %1").arg(message));
}

void LocationSection::clearErrors()
{
    m_addressError->clear();
    m_coordinateError->clear();
}

QWidget *LocationSection::inputFor(const QString &field) const
{
    if (field == QLatin1String("address"))
        return m_address;
    if (field == QLatin1String("lat"))
        return m_latitude;
    if (field == QLatin1String("long"))
        return m_longitude;
    return nullptr;
}

} // namespace civicdesk::widgets
