#include "widgets/intake/attributeform.h"

#include "core/catalog/catalogtext.h"
#include "widgets/appearance/themedstylesheet.h"
#include "widgets/intake/fielderrorlabel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace civicdesk::widgets {

namespace {
// A date-time edit has no empty state; its minimum stands for "not given".
const QDateTime kNotGiven(QDate(2000, 1, 1), QTime(0, 0));

QString labelText(const core::ServiceAttribute &a)
{
    const QString text = a.description.isEmpty() ? a.code : a.description;
    return a.required ? text + QStringLiteral(" *") : text;
}
} // namespace

AttributeForm::AttributeForm(QWidget *parent) : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Questions are sentences: each goes on its own line above its answer, never squeezed.
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
}

void AttributeForm::clearFields()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
}

QWidget *AttributeForm::createInput(const core::ServiceAttribute &a)
{
    QWidget *input = nullptr;
    switch (a.datatype) {
    case core::AttributeDatatype::String:
    case core::AttributeDatatype::Number: {
        auto *edit = new QLineEdit(this);
        if (a.datatype == core::AttributeDatatype::Number)
            edit->setPlaceholderText(tr("number"));
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { inputChanged(edit); });
        input = edit;
        break;
    }
    case core::AttributeDatatype::Datetime: {
        auto *edit = new QDateTimeEdit(this);
        edit->setMinimumDateTime(kNotGiven);
        edit->setSpecialValueText(tr("Not given (Space: now)"));
        edit->setDateTime(kNotGiven);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        edit->installEventFilter(this);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &AttributeForm::changed);
        input = edit;
        break;
    }
    case core::AttributeDatatype::Text: {
        auto *edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(70);
        connect(edit, &QPlainTextEdit::textChanged, this, &AttributeForm::changed);
        input = edit;
        break;
    }
    case core::AttributeDatatype::SingleValueList: {
        auto *combo = new QComboBox(this);
        combo->addItem(tr("— choose —"), QString());
        for (const auto &v : a.values)
            combo->addItem(v.name, v.key);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] { inputChanged(combo); });
        input = combo;
        break;
    }
    case core::AttributeDatatype::MultiValueList: {
        auto *list = new QListWidget(this);
        for (const auto &v : a.values) {
            auto *item = new QListWidgetItem(v.name, list);
            item->setData(Qt::UserRole, v.key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        list->setCurrentRow(0);
        const int rowHeight = std::max(18, list->sizeHintForRow(0));
        list->setMaximumHeight(rowHeight * int(std::min<qsizetype>(a.values.size(), 6)) + 6);
        list->installEventFilter(this);
        connect(list, &QListWidget::itemChanged, this, [this, list] { inputChanged(list); });
        input = list;
        break;
    }
    }
    input->setObjectName(QStringLiteral("attribute_") + a.code);
    input->setAccessibleName(a.description.isEmpty() ? a.code : a.description);
    if (!a.datatypeDescription.isEmpty()) {
        input->setToolTip(a.datatypeDescription);
        input->setAccessibleDescription(a.datatypeDescription);
    }
    return input;
}

void AttributeForm::setService(const core::Service *service)
{
    clearFields();
    // Questions, hints and answers in the interface's language; answers are stored by key.
    m_service = service ? core::CatalogText().localized(*service) : core::Service{};
    QList<core::ServiceAttribute> attributes = m_service.attributes;
    std::stable_sort(
        attributes.begin(), attributes.end(),
        [](const core::ServiceAttribute &a, const core::ServiceAttribute &b) { return a.order < b.order; });
    QWidget *previous = nullptr;
    for (const core::ServiceAttribute &a : attributes) {
        if (!a.variable) {
            // Information for the call taker to read out, not a question.
            auto *info = new QLabel(this);
            info->setObjectName(QStringLiteral("attributeInfo_") + a.code);
            info->setWordWrap(true);
            info->setText(a.datatypeDescription.isEmpty()
                              ? a.description
                              : QStringLiteral("%1: %2").arg(a.datatypeDescription, a.description));
            ThemedStyleSheet::set(
                info,
                QStringLiteral(
                    "background: {warning-bg}; border-left: 4px solid {warning-border}; padding: 4px;"));
            info->setAccessibleName(info->text());
            m_form->addRow(info);
            continue;
        }
        Field f{a, createInput(a), new FieldErrorLabel(this)};
        auto *label = new QLabel(labelText(a), this);
        label->setBuddy(f.input);
        if (a.required)
            label->setToolTip(tr("Required"));
        auto *box = new QVBoxLayout;
        box->setSpacing(1);
        box->addWidget(f.input);
        if (!a.datatypeDescription.isEmpty()) {
            auto *hint = new QLabel(a.datatypeDescription, this);
            hint->setObjectName(QStringLiteral("attributeHint_") + a.code);
            hint->setStyleSheet(QStringLiteral("color: palette(mid); font-size: small;"));
            hint->setWordWrap(true);
            box->addWidget(hint);
        }
        box->addWidget(f.error);
        m_form->addRow(label, box);
        if (previous)
            setTabOrder(previous, f.input);
        previous = f.input;
        m_fields.append(f);
    }
    // Children added to a visible form are shown only on the next event loop pass; the call
    // taker's next keystroke must already land in the first question.
    for (QWidget *w : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (!qobject_cast<FieldErrorLabel *>(w))
            w->show();
    }
}

void AttributeForm::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The form row of a text to read gets the height of its text wrapped at a wider width than
    // it is shown at, so a longer one (three lines of French) was cut. It spans the form, so it
    // asks for the height of its text at the form's width.
    for (QLabel *info : findChildren<QLabel *>(Qt::FindDirectChildrenOnly)) {
        if (info->objectName().startsWith(QLatin1String("attributeInfo_")))
            info->setMinimumHeight(info->heightForWidth(event->size().width()));
    }
}

QList<QWidget *> AttributeForm::inputs() const
{
    QList<QWidget *> out;
    for (const Field &f : m_fields)
        out.append(f.input);
    return out;
}

QWidget *AttributeForm::inputFor(const QString &field) const
{
    for (const Field &f : m_fields) {
        if (field == QStringLiteral("attributes.") + f.attribute.code)
            return f.input;
    }
    return nullptr;
}

QStringList AttributeForm::valuesOf(const Field &f) const
{
    switch (f.attribute.datatype) {
    case core::AttributeDatatype::String:
    case core::AttributeDatatype::Number: {
        const QString text = static_cast<QLineEdit *>(f.input)->text();
        return text.isEmpty() ? QStringList() : QStringList{text};
    }
    case core::AttributeDatatype::Datetime: {
        const QDateTime dt = static_cast<QDateTimeEdit *>(f.input)->dateTime();
        if (dt == kNotGiven)
            return {};
        return {dt.toUTC().toString(Qt::ISODate)};
    }
    case core::AttributeDatatype::Text: {
        const QString text = static_cast<QPlainTextEdit *>(f.input)->toPlainText();
        return text.isEmpty() ? QStringList() : QStringList{text};
    }
    case core::AttributeDatatype::SingleValueList: {
        const QString key = static_cast<QComboBox *>(f.input)->currentData().toString();
        return key.isEmpty() ? QStringList() : QStringList{key};
    }
    case core::AttributeDatatype::MultiValueList: {
        QStringList keys;
        auto *list = static_cast<QListWidget *>(f.input);
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                keys.append(list->item(i)->data(Qt::UserRole).toString());
        }
        return keys;
    }
    }
    return {};
}

void AttributeForm::setValues(Field &f, const QStringList &values)
{
    const QSignalBlocker block(f.input);
    const QString first = values.value(0);
    switch (f.attribute.datatype) {
    case core::AttributeDatatype::String:
    case core::AttributeDatatype::Number:
        static_cast<QLineEdit *>(f.input)->setText(first);
        break;
    case core::AttributeDatatype::Datetime: {
        QDateTime dt = QDateTime::fromString(first, Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime(QDate::fromString(first, Qt::ISODate), QTime(0, 0));
        static_cast<QDateTimeEdit *>(f.input)->setDateTime(dt.isValid() ? dt.toLocalTime() : kNotGiven);
        break;
    }
    case core::AttributeDatatype::Text:
        static_cast<QPlainTextEdit *>(f.input)->setPlainText(first);
        break;
    case core::AttributeDatatype::SingleValueList: {
        auto *combo = static_cast<QComboBox *>(f.input);
        combo->setCurrentIndex(std::max(0, combo->findData(first)));
        break;
    }
    case core::AttributeDatatype::MultiValueList: {
        auto *list = static_cast<QListWidget *>(f.input);
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(
                values.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        break;
    }
    }
}

void AttributeForm::setAnswers(const QMap<QString, QStringList> &answers)
{
    for (Field &f : m_fields)
        setValues(f, answers.value(f.attribute.code));
    clearErrors();
}

QMap<QString, QStringList> AttributeForm::answers() const
{
    QMap<QString, QStringList> out;
    for (const Field &f : m_fields) {
        const QStringList values = valuesOf(f);
        if (!values.isEmpty())
            out.insert(f.attribute.code, values);
    }
    return out;
}

void AttributeForm::inputChanged(QWidget *input)
{
    for (const Field &f : std::as_const(m_fields)) {
        if (f.input == input)
            checkField(f);
    }
    Q_EMIT changed();
}

void AttributeForm::checkField(const Field &f)
{
    const QStringList values = valuesOf(f);
    if (f.attribute.datatype == core::AttributeDatatype::Number && !values.isEmpty()) {
        bool ok = false;
        const double d = values.first().trimmed().toDouble(&ok);
        f.error->setText(ok && std::isfinite(d) ? QString() : tr("Type a number, e.g. 3"));
        return;
    }
    // A required answer given clears the "is required" message at once.
    if (!values.isEmpty())
        f.error->clear();
}

void AttributeForm::setFieldError(const QString &field, const QString &message)
{
    for (const Field &f : m_fields) {
        if (field == QStringLiteral("attributes.") + f.attribute.code)
            f.error->setText(message);
    }
}

void AttributeForm::clearErrors()
{
    for (const Field &f : m_fields)
        f.error->clear();
}

bool AttributeForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (auto *edit = qobject_cast<QDateTimeEdit *>(watched)) {
            // Tab leaves the field as everywhere else instead of walking its date sections.
            if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) &&
                !(key->modifiers() & Qt::ControlModifier)) {
                focusNextPrevChild(key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier));
                return true;
            }
            // From "not given", Space (or Up/Down) starts at now; Delete goes back to not given.
            if (edit->dateTime() == kNotGiven &&
                (key->key() == Qt::Key_Space || key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
                const QDateTime now = QDateTime::currentDateTime();
                edit->setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())));
                return true;
            }
            if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
                edit->setDateTime(kNotGiven);
                return true;
            }
        }
        if (auto *list = qobject_cast<QListWidget *>(watched)) {
            // Space ticks the current row; checkable lists otherwise need the mouse in some styles.
            if (key->key() == Qt::Key_Space && list->currentItem()) {
                QListWidgetItem *item = list->currentItem();
                item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace civicdesk::widgets
