#include "widgets/shell/statusdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace civicdesk::widgets {

StatusDialog::StatusDialog(const QString &reference, core::TicketStatus current, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Change status of %1").arg(reference));
    auto *form = new QFormLayout(this);
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("New status"));
    for (core::TicketStatus s : core::ticketstatus::all())
        m_status->addItem(core::ticketstatus::displayName(s), static_cast<int>(s));
    m_status->setCurrentIndex(static_cast<int>(current));
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    form->addRow(statusLabel, m_status);

    m_note = new QPlainTextEdit(this);
    m_note->setAccessibleName(tr("Status note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Optional. Shown to the public as the status notes."));
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

core::TicketStatus StatusDialog::status() const
{
    return static_cast<core::TicketStatus>(m_status->currentData().toInt());
}

QString StatusDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace civicdesk::widgets
