#pragma once

#include "core/domain/ticket.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QCheckBox;
class QPushButton;
class QTableView;
class QFormLayout;

namespace civicdesk::core {
class Catalog;
class TicketNotesModel;
class AuditTrailModel;
} // namespace civicdesk::core

namespace civicdesk::widgets {

// The right-hand pane: one ticket's fields, its notes (with a box to add one) and its audit
// trail. It shows what it is given and emits requests; the main window talks to core.
class TicketDetailView final : public QWidget
{
    Q_OBJECT

public:
    explicit TicketDetailView(QWidget *parent = nullptr);

    // Names questions, answers and agencies as the catalogue does, instead of their codes.
    void setCatalog(const core::Catalog *catalog) { m_catalog = catalog; }
    // originalReference: the reference of the ticket this one duplicates, when it is known.
    void showTicket(const core::Ticket &ticket, const QString &originalReference = {});
    void clear();
    bool hasTicket() const { return !m_ticket.id.isNull(); }
    const core::Ticket &ticket() const { return m_ticket; }
    void focusNoteEditor();
    void clearNoteEditor();

Q_SIGNALS:
    void addNoteRequested(const QString &reference, const QString &text, bool internal);
    // The call taker followed the "Duplicate of" link.
    void ticketLinkActivated(const QString &reference);

private:
    void submitNote();

    core::Ticket m_ticket;
    const core::Catalog *m_catalog = nullptr;
    QLabel *m_reference = nullptr;
    QLabel *m_summary = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_fields = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QCheckBox *m_internal = nullptr;
    QPushButton *m_addNote = nullptr;
    QTableView *m_notesView = nullptr;
    QTableView *m_auditView = nullptr;
    core::TicketNotesModel *m_notes = nullptr;
    core::AuditTrailModel *m_audit = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace civicdesk::widgets
