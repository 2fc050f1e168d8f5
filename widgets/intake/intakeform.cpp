#include "widgets/intake/intakeform.h"

#include "core/catalog/catalogtext.h"
#include "core/intake/intakeservice.h"
#include "core/intake/locationadvisor.h"
#include "core/store/localstore.h"
#include "widgets/intake/attributeform.h"
#include "widgets/intake/callerpanel.h"
#include "widgets/intake/descriptionedit.h"
#include "widgets/intake/locationinsightpanel.h"
#include "widgets/intake/locationmap.h"
#include "widgets/intake/locationsection.h"
#include "widgets/intake/servicepickeredit.h"

#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace civicdesk::widgets {

IntakeForm::IntakeForm(core::LocalStore &store, const core::IntakeService &service, QAction *linkDuplicate,
                       QWidget *parent)
    : QWidget(parent), m_store(store), m_service(service)
{
    const core::LocationAdvisor &advisor = service.location();
    setObjectName(QStringLiteral("intakeForm"));
    m_caller = new CallerPanel(m_store.database(), this);
    m_picker = new ServicePickerEdit(m_store.catalog(), this);
    m_attributes = new AttributeForm(this);
    m_description = new DescriptionEdit(this);
    m_location = new LocationSection(this);
    m_kbLabel = new QLabel(this);
    m_kbLabel->setObjectName(QStringLiteral("kbArticleUsed"));
    m_kbLabel->setVisible(false);

    auto *callerBox = new QGroupBox(tr("Caller"), this);
    (new QVBoxLayout(callerBox))->addWidget(m_caller);
    auto *requestBox = new QGroupBox(tr("Request"), this);
    auto *requestLayout = new QVBoxLayout(requestBox);
    auto *serviceLabel = new QLabel(tr("&Service type *"), requestBox);
    serviceLabel->setBuddy(m_picker->lineEdit());
    requestLayout->addWidget(serviceLabel);
    requestLayout->addWidget(m_picker);
    requestLayout->addWidget(m_attributes);
    requestLayout->addWidget(m_kbLabel);
    requestLayout->addStretch();
    auto *descriptionBox = new QGroupBox(tr("Description"), this);
    auto *descriptionLayout = new QVBoxLayout(descriptionBox);
    auto *descriptionLabel = new QLabel(tr("Descri&ption (plain text):"), descriptionBox);
    descriptionLabel->setBuddy(m_description->editor());
    descriptionLayout->addWidget(descriptionLabel);
    descriptionLayout->addWidget(m_description);
    auto *locationBox = new QGroupBox(tr("Location"), this);
    (new QVBoxLayout(locationBox))->addWidget(m_location);
    m_locationMap = new LocationMap(advisor, m_location, this);
    m_location->addExtension(m_locationMap);
    m_insight = new LocationInsightPanel(advisor, m_store.catalog(), linkDuplicate, this);

    auto *left = new QVBoxLayout;
    left->addWidget(callerBox);
    left->addWidget(requestBox, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(descriptionBox);
    right->addWidget(locationBox);
    right->addWidget(m_insight);
    right->addStretch();
    auto *columns = new QHBoxLayout(this);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    connect(m_caller, &CallerPanel::changed, this, &IntakeForm::emitChanged);
    connect(m_caller->phoneEdit(), &QLineEdit::returnPressed, m_picker->lineEdit(),
            [this] { m_picker->lineEdit()->setFocus(); });
    connect(m_picker, &ServicePickerEdit::serviceChosen, this, &IntakeForm::serviceChosen);
    connect(m_picker, &ServicePickerEdit::queryChanged, this, &IntakeForm::emitChanged);
    connect(m_picker, &ServicePickerEdit::advanceRequested, this, &IntakeForm::focusFirstRequestInput);
    connect(m_attributes, &AttributeForm::changed, this, &IntakeForm::emitChanged);
    connect(m_description, &DescriptionEdit::changed, this, &IntakeForm::emitChanged);
    connect(m_location, &LocationSection::changed, this, &IntakeForm::emitChanged);
    connect(m_location, &LocationSection::coordinateChanged, this, &IntakeForm::insightStale);
    connect(m_location, &LocationSection::coordinateCleared, this, &IntakeForm::insightStale);
    connect(m_picker, &ServicePickerEdit::queryChanged, this, [this] {
        if (insightOutOfDate())
            Q_EMIT insightStale();
    });
    connect(m_locationMap, &LocationMap::locationPicked, this, &IntakeForm::locationPicked);
}

void IntakeForm::emitChanged()
{
    if (!m_loading)
        Q_EMIT changed();
}

void IntakeForm::load(const core::CallSession &s)
{
    m_loading = true;
    m_caller->load(s);
    m_picker->clear();
    if (!s.serviceCode.isEmpty())
        m_picker->setService(s.serviceCode, s.serviceQuery);
    m_attributes->setService(m_store.catalog().service(s.serviceCode));
    m_attributes->setAnswers(s.attributes);
    m_description->setText(s.description);
    m_location->setTexts(s.address, s.latitudeText, s.longitudeText);
    m_locationMap->syncFromSection();
    fixTabOrder();
    m_loading = false;
}

void IntakeForm::reload(const core::CallSession &s)
{
    const QWidget *focus = QApplication::focusWidget();
    const QString focusName = focus && isAncestorOf(focus) ? focus->objectName() : QString();
    load(s);
    if (QWidget *again = focusName.isEmpty() ? nullptr : findChild<QWidget *>(focusName))
        again->setFocus();
}

void IntakeForm::placeAt(const QString &address, double latitude, double longitude)
{
    m_loading = true; // the address and each coordinate would be a change of their own
    if (!address.isEmpty())
        m_location->setAddress(address);
    m_location->setCoordinate(latitude, longitude);
    m_loading = false;
}

void IntakeForm::store(core::CallSession &s) const
{
    m_caller->store(s);
    s.serviceQuery = m_picker->query();
    s.serviceCode = m_picker->serviceCode();
    s.attributes = m_attributes->answers();
    s.description = m_description->text();
    s.address = m_location->address();
    s.latitudeText = m_location->latitudeText();
    s.longitudeText = m_location->longitudeText();
}

void IntakeForm::chooseService(const QString &serviceCode)
{
    m_picker->setService(serviceCode, m_picker->query());
    serviceChosen(serviceCode);
}

void IntakeForm::serviceChosen(const QString &code)
{
    const QMap<QString, QStringList> previous = m_attributes->answers();
    m_attributes->setService(m_store.catalog().service(code));
    m_attributes->setAnswers(previous); // answers to questions both types share are kept
    fixTabOrder();
    emitChanged();
    Q_EMIT insightStale();
}

void IntakeForm::showKbArticle(const QString &id)
{
    m_kbArticleTitle = id.isEmpty() ? QString() : m_service.kbArticleTitle(id);
    m_kbLabel->setVisible(!id.isEmpty());
    m_kbLabel->setText(tr("Knowledge base article used: %1").arg(m_kbArticleTitle));
    m_kbLabel->setToolTip(id);
}

void IntakeForm::focusFirstRequestInput()
{
    const QList<QWidget *> inputs = m_attributes->inputs();
    (inputs.isEmpty() ? static_cast<QWidget *>(m_description->editor()) : inputs.first())->setFocus();
}

void IntakeForm::fixTabOrder()
{
    QWidget *previous = m_caller->lastInput();
    setTabOrder(previous, m_picker->lineEdit());
    previous = m_picker->lineEdit();
    for (QWidget *input : m_attributes->inputs()) {
        setTabOrder(previous, input);
        previous = input;
    }
    setTabOrder(previous, m_description->editor());
    setTabOrder(m_description->editor(), m_location->addressEdit());
    setTabOrder(m_location->addressEdit(), m_location->inputFor(QStringLiteral("lat")));
    setTabOrder(m_location->inputFor(QStringLiteral("lat")), m_location->inputFor(QStringLiteral("long")));
}

QString IntakeForm::fieldLabel(const QString &field) const
{
    if (field == QLatin1String("caller.phone"))
        return tr("Phone");
    if (field == QLatin1String("caller.email"))
        return tr("Email");
    if (field == QLatin1String("service_code"))
        return tr("Service type");
    if (field == QLatin1String("description"))
        return tr("Description");
    if (field == QLatin1String("address"))
        return tr("Address");
    if (field == QLatin1String("lat"))
        return tr("Latitude");
    if (field == QLatin1String("long"))
        return tr("Longitude");
    if (field.startsWith(QLatin1String("attributes."))) {
        if (const core::Service *service = m_store.catalog().service(m_picker->serviceCode())) {
            if (const core::ServiceAttribute *a = service->attribute(field.mid(11)))
                return a->description.isEmpty() ? a->code : core::CatalogText().description(*a);
        }
    }
    return field;
}

QWidget *IntakeForm::inputFor(const QString &field) const
{
    if (QWidget *w = m_caller->inputFor(field))
        return w;
    if (QWidget *w = m_location->inputFor(field))
        return w;
    if (QWidget *w = m_attributes->inputFor(field))
        return w;
    if (field == QLatin1String("service_code"))
        return m_picker->lineEdit();
    if (field == QLatin1String("description"))
        return m_description->editor();
    return nullptr;
}

void IntakeForm::showFieldErrors(const QList<core::FieldError> &problems)
{
    for (const core::FieldError &e : problems) {
        m_caller->setFieldError(e.field, e.message);
        m_location->setFieldError(e.field, e.message);
        m_attributes->setFieldError(e.field, e.message);
        if (e.field == QLatin1String("service_code"))
            m_picker->setError(e.message);
        if (e.field == QLatin1String("description"))
            m_description->setError(e.message);
    }
    if (!problems.isEmpty()) {
        if (QWidget *w = inputFor(problems.first().field))
            w->setFocus();
    }
}

std::optional<core::GeoPoint> IntakeForm::point() const
{
    if (!m_location->hasCoordinate())
        return std::nullopt;
    return core::GeoPoint{m_location->longitude(), m_location->latitude()};
}

void IntakeForm::refreshInsight(bool callOpen)
{
    if (!callOpen) {
        m_insightService.clear();
        m_insight->clear();
        return;
    }
    m_insightService = m_picker->serviceCode();
    m_insight->refresh(m_insightService, point());
}

bool IntakeForm::insightOutOfDate() const
{
    return m_picker->serviceCode() != m_insightService;
}

} // namespace civicdesk::widgets
