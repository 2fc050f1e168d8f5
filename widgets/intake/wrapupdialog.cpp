#include "widgets/intake/wrapupdialog.h"

#include "widgets/intake/fielderrorlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace civicdesk::widgets {

WrapUpDialog::WrapUpDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("wrapUpDialog"));
    setWindowTitle(tr("Wrap up call"));
    m_code = new QComboBox(this);
    m_code->setObjectName(QStringLiteral("wrapUpCode"));
    m_code->setAccessibleName(tr("Wrap-up code"));
    for (core::WrapUpCode c : core::wrapupcode::selectable())
        m_code->addItem(core::wrapupcode::displayName(c), core::wrapupcode::toKey(c));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("wrapUpReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("What the caller asked or what was done"));
    m_transferTo = new QLineEdit(this);
    m_transferTo->setObjectName(QStringLiteral("wrapUpTransferTo"));
    m_transferTo->setAccessibleName(tr("Transferred to"));
    m_transferTo->setPlaceholderText(tr("e.g. 911, Water Department, Animal Control"));
    m_duplicate = new QLineEdit(this);
    m_duplicate->setObjectName(QStringLiteral("wrapUpDuplicate"));
    m_duplicate->setAccessibleName(tr("Existing ticket reference"));
    m_kbArticle = new QLabel(this);
    m_kbArticle->setObjectName(QStringLiteral("wrapUpKbArticle"));
    m_error = new FieldErrorLabel(this);

    auto *form = new QFormLayout;
    auto add = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    add(tr("&How did the call end?"), m_code);
    add(tr("&Reason:"), m_reason);
    add(tr("&Transferred to:"), m_transferTo);
    add(tr("&Duplicate of ticket:"), m_duplicate);
    form->addRow(tr("Article used:"), m_kbArticle);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&End call"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("wrapUpOk"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &WrapUpDialog::wrapUpRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &QComboBox::currentIndexChanged, this, &WrapUpDialog::updateFields);
    updateFields();
}

void WrapUpDialog::setValues(core::WrapUpCode code, const QString &reason, const QString &transferTo,
                             const QString &duplicateReference, const QString &kbArticle)
{
    m_code->setCurrentIndex(std::max(0, m_code->findData(core::wrapupcode::toKey(code))));
    m_reason->setText(reason);
    m_transferTo->setText(transferTo);
    m_duplicate->setText(duplicateReference);
    m_kbArticle->setText(kbArticle.isEmpty() ? tr("None") : kbArticle);
    updateFields();
}

core::WrapUpCode WrapUpDialog::code() const
{
    return core::wrapupcode::fromKey(m_code->currentData().toString()).value_or(core::WrapUpCode::ResolvedOnCall);
}

QString WrapUpDialog::reason() const
{
    return m_reason->text();
}

QString WrapUpDialog::transferTo() const
{
    return m_transferTo->text();
}

QString WrapUpDialog::duplicateReference() const
{
    return m_duplicate->text();
}

void WrapUpDialog::updateFields()
{
    const core::WrapUpCode c = code();
    m_transferTo->setEnabled(core::wrapupcode::needsTransferTarget(c));
    m_duplicate->setEnabled(core::wrapupcode::needsTicketReference(c));
    m_error->clear();
}

void WrapUpDialog::setFieldErrors(const QList<core::FieldError> &errors)
{
    QStringList lines;
    for (const auto &e : errors) {
        QString name = e.field;
        if (e.field == QLatin1String("transfer_to"))
            name = tr("Transferred to");
        else if (e.field == QLatin1String("reason"))
            name = tr("Reason");
        else if (e.field == QLatin1String("duplicate_reference"))
            name = tr("Duplicate of ticket");
        lines.append(QStringLiteral("%1: %2").arg(name, e.message));
    }
    m_error->setText(lines.join(u'\n'));
}

} // namespace civicdesk::widgets
