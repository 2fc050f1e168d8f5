#pragma once

#include "core/domain/ticketstatus.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace civicdesk::widgets {

// Asks for a new status and an optional public note for one ticket.
class StatusDialog final : public QDialog
{
    Q_OBJECT

public:
    StatusDialog(const QString &reference, core::TicketStatus current, QWidget *parent = nullptr);

    core::TicketStatus status() const;
    QString note() const;

private:
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace civicdesk::widgets
