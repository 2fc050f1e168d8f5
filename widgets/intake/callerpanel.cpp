#include "widgets/intake/callerpanel.h"

#include "core/domain/emailaddress.h"
#include "core/domain/phonenumber.h"
#include "core/intake/callerhistorymodel.h"
#include "widgets/intake/fielderrorlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace civicdesk::widgets {

namespace {
struct Language
{
    const char *tag;
    const char *name;
};
constexpr Language kLanguages[] = {
    {"", QT_TRANSLATE_NOOP("CallerPanel", "Not asked")},
    {"en", QT_TRANSLATE_NOOP("CallerPanel", "English")},
    {"es", QT_TRANSLATE_NOOP("CallerPanel", "Spanish")},
    {"fr", QT_TRANSLATE_NOOP("CallerPanel", "French")},
    {"zh", QT_TRANSLATE_NOOP("CallerPanel", "Chinese")},
    {"vi", QT_TRANSLATE_NOOP("CallerPanel", "Vietnamese")},
    {"ar", QT_TRANSLATE_NOOP("CallerPanel", "Arabic")},
    {"ru", QT_TRANSLATE_NOOP("CallerPanel", "Russian")},
    {"ht", QT_TRANSLATE_NOOP("CallerPanel", "Haitian Creole")},
};
} // namespace

CallerPanel::CallerPanel(const core::Database &db, QWidget *parent) : QWidget(parent)
{
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("callerPhone"));
    m_phone->setAccessibleName(tr("Caller phone number"));
    m_phone->setPlaceholderText(tr("(555) 123-4567"));
    m_phoneError = new FieldErrorLabel(this);
    m_firstName = new QLineEdit(this);
    m_firstName->setObjectName(QStringLiteral("callerFirstName"));
    m_firstName->setAccessibleName(tr("Caller first name"));
    m_lastName = new QLineEdit(this);
    m_lastName->setObjectName(QStringLiteral("callerLastName"));
    m_lastName->setAccessibleName(tr("Caller last name"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("callerEmail"));
    m_email->setAccessibleName(tr("Caller email"));
    m_emailError = new FieldErrorLabel(this);
    m_anonymous = new QCheckBox(tr("&Anonymous caller"), this);
    m_anonymous->setObjectName(QStringLiteral("callerAnonymous"));
    m_anonymous->setAccessibleName(tr("Anonymous caller"));
    m_anonymous->setToolTip(tr("The caller does not give a name or email; neither goes on the ticket"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("callerLanguage"));
    m_language->setAccessibleName(tr("Preferred language"));
    for (const Language &l : kLanguages)
        m_language->addItem(QCoreApplication::translate("CallerPanel", l.name), QString::fromLatin1(l.tag));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("callerChannel"));
    m_channel->setAccessibleName(tr("Channel"));
    for (const QString &key : core::channel::keys())
        m_channel->addItem(core::channel::displayName(*core::channel::fromKey(key)), key);

    m_history = new core::CallerHistoryModel(db, this);
    m_historyView = new QListView(this);
    m_historyView->setObjectName(QStringLiteral("callerHistory"));
    m_historyView->setAccessibleName(tr("Caller history"));
    m_historyView->setModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setFocusPolicy(Qt::ClickFocus); // not in the Tab path of a call
    m_historyView->setMinimumHeight(60);
    m_historyView->setMaximumHeight(90);
    m_historySummary = new QLabel(tr("History appears when the number is entered."), this);
    m_historySummary->setObjectName(QStringLiteral("callerHistorySummary"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [&](const QString &text, QWidget *field, QWidget *error = nullptr) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        if (!error) {
            form->addRow(label, field);
            return;
        }
        auto *box = new QVBoxLayout;
        box->setSpacing(1);
        box->addWidget(field);
        box->addWidget(error);
        form->addRow(label, box);
    };
    addRow(tr("&Phone:"), m_phone, m_phoneError);
    auto *names = new QHBoxLayout;
    names->addWidget(m_firstName);
    names->addWidget(m_lastName);
    auto *nameLabel = new QLabel(tr("&Name (first, last):"), this);
    nameLabel->setBuddy(m_firstName);
    form->addRow(nameLabel, names);
    addRow(tr("&Email:"), m_email, m_emailError);
    // The check box on a row of its own: beside the two lists it made the caller panel, and with
    // it the call page, wider than 1366 px leave beside the knowledge base.
    form->addRow(QString(), m_anonymous);
    auto *options = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    options->addWidget(languageLabel);
    options->addWidget(m_language);
    auto *channelLabel = new QLabel(tr("Channel:"), this);
    channelLabel->setBuddy(m_channel);
    options->addWidget(channelLabel);
    options->addWidget(m_channel);
    options->addStretch();
    form->addRow(QString(), options);
    auto *historyLabel = new QLabel(tr("History:"), this);
    historyLabel->setBuddy(m_historyView);
    auto *historyBox = new QVBoxLayout;
    historyBox->setSpacing(2);
    historyBox->addWidget(m_historySummary);
    historyBox->addWidget(m_historyView);
    form->addRow(historyLabel, historyBox);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);

    setTabOrder(m_phone, m_firstName);
    setTabOrder(m_firstName, m_lastName);
    setTabOrder(m_lastName, m_email);
    setTabOrder(m_email, m_anonymous);
    setTabOrder(m_anonymous, m_language);
    setTabOrder(m_language, m_channel);

    connect(m_phone, &QLineEdit::textEdited, this, &CallerPanel::phoneEdited);
    connect(m_phone, &QLineEdit::editingFinished, this, [this] { checkPhone(true); });
    connect(m_email, &QLineEdit::textEdited, this, [this] {
        checkEmail(false);
        Q_EMIT changed();
    });
    connect(m_email, &QLineEdit::editingFinished, this, [this] { checkEmail(true); });
    for (QLineEdit *e : {m_firstName, m_lastName})
        connect(e, &QLineEdit::textEdited, this, &CallerPanel::changed);
    connect(m_anonymous, &QCheckBox::toggled, this, [this](bool on) {
        m_firstName->setEnabled(!on);
        m_lastName->setEnabled(!on);
        m_email->setEnabled(!on);
        Q_EMIT changed();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &CallerPanel::changed);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &CallerPanel::changed);
}

void CallerPanel::phoneEdited(const QString &text)
{
    // Reformat as the digits arrive, unless the caller taker is editing in the middle.
    if (m_phone->cursorPosition() == text.size() && !text.contains(QLatin1String("x"), Qt::CaseInsensitive)) {
        const QString formatted = core::phonenumber::formatForDisplay(text);
        if (formatted != text && !formatted.isEmpty()) {
            QSignalBlocker block(m_phone);
            m_phone->setText(formatted);
        }
    }
    checkPhone(false);
    lookUpHistory();
    Q_EMIT changed();
}

void CallerPanel::checkPhone(bool finished)
{
    const QString text = m_phone->text().trimmed();
    QString digits = text;
    digits.removeIf([](QChar c) { return !c.isDigit(); });
    const bool complete = finished || digits.size() >= 10;
    if (text.isEmpty() || core::phonenumber::toE164(text))
        m_phoneError->clear();
    else if (complete)
        m_phoneError->setText(tr("Not a valid phone number"));
}

void CallerPanel::checkEmail(bool finished)
{
    const QString text = m_email->text().trimmed();
    if (text.isEmpty() || core::emailaddress::isValid(text))
        m_emailError->clear();
    else if (finished || text.contains(u'@'))
        m_emailError->setText(tr("Not a valid email address"));
}

void CallerPanel::lookUpHistory()
{
    const QString e164 = core::phonenumber::toE164(m_phone->text()).value_or(QString());
    if (e164 == m_history->phone())
        return;
    m_history->setPhone(e164);
    if (e164.isEmpty())
        m_historySummary->setText(tr("History appears when the number is entered."));
    else if (m_history->rowCount() == 0)
        m_historySummary->setText(tr("First call from %1.").arg(e164));
    else
        m_historySummary->setText(
            tr("%1: %n earlier ticket(s)", nullptr, m_history->ticketCount()).arg(e164) +
            tr(", %n call(s)", nullptr, m_history->callCount()));
}

void CallerPanel::load(const core::CallSession &s)
{
    const QSignalBlocker b1(m_phone), b2(m_firstName), b3(m_lastName), b4(m_email), b5(m_anonymous),
        b6(m_language), b7(m_channel);
    m_phone->setText(s.phoneText);
    m_firstName->setText(s.firstName);
    m_lastName->setText(s.lastName);
    m_email->setText(s.email);
    m_anonymous->setChecked(s.anonymous);
    m_firstName->setEnabled(!s.anonymous);
    m_lastName->setEnabled(!s.anonymous);
    m_email->setEnabled(!s.anonymous);
    int language = m_language->findData(s.preferredLanguage);
    if (language < 0) {
        m_language->addItem(s.preferredLanguage, s.preferredLanguage);
        language = m_language->count() - 1;
    }
    m_language->setCurrentIndex(language);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(core::channel::toKey(s.channel))));
    checkPhone(!s.phoneText.isEmpty());
    checkEmail(!s.email.isEmpty());
    lookUpHistory();
}

void CallerPanel::store(core::CallSession &s) const
{
    s.phoneText = m_phone->text();
    s.firstName = m_firstName->text();
    s.lastName = m_lastName->text();
    s.email = m_email->text();
    s.anonymous = m_anonymous->isChecked();
    s.preferredLanguage = m_language->currentData().toString();
    s.channel = core::channel::fromKey(m_channel->currentData().toString()).value_or(core::Channel::Phone);
}

void CallerPanel::clear()
{
    load(core::CallSession{});
    clearErrors();
}

void CallerPanel::setFieldError(const QString &field, const QString &message)
{
    if (field == QLatin1String("caller.phone"))
        m_phoneError->setText(message);
    else if (field == QLatin1String("caller.email"))
        m_emailError->setText(message);
}

void CallerPanel::clearErrors()
{
    m_phoneError->clear();
    m_emailError->clear();
}

QWidget *CallerPanel::lastInput() const
{
    return m_channel;
}

QWidget *CallerPanel::inputFor(const QString &field) const
{
    if (field == QLatin1String("caller.phone"))
        return m_phone;
    if (field == QLatin1String("caller.email"))
        return m_email;
    return nullptr;
}

} // namespace civicdesk::widgets
