#include "widgets/shell/ticketdetailview.h"

#include "core/catalog/catalog.h"
#include "core/catalog/catalogtext.h"
#include "core/models/audittrailmodel.h"
#include "core/models/ticketnotesmodel.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

namespace civicdesk::widgets {

namespace {
// Short columns (times, names) fit their contents; the free-text columns share the rest of the
// width and wrap, with rows as tall as their text, so notes and audit values show whole.
QTableView *makeTable(QAbstractItemModel *model, const QString &accessibleName, const QList<int> &textColumns,
                      QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : textColumns)
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    // The time (column 0 of both tables) takes two lines, date over time, which leaves the text
    // columns room enough at 1366 px; and a stretched column may be narrower than Qt's default.
    const QFontMetrics metrics(view->font());
    const QString sample =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat);
    int widest = 0;
    for (const QString &part : sample.split(u' '))
        widest = std::max(widest, metrics.horizontalAdvance(part));
    const int datePart = metrics.horizontalAdvance(sample.left(sample.lastIndexOf(u' ')));
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Fixed);
    view->horizontalHeader()->resizeSection(0,
                                            std::max(widest, datePart) + 2 * metrics.averageCharWidth() + 4);
    view->horizontalHeader()->setMinimumSectionSize(3 * metrics.averageCharWidth());
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return view;
}

QString when(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::LongFormat) : QString();
}
} // namespace

TicketDetailView::TicketDetailView(QWidget *parent) : QWidget(parent)
{
    auto *stack = new QStackedLayout(this);

    m_empty = new QLabel(tr("Select a ticket to see its details."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    stack->addWidget(m_empty);

    m_content = new QWidget(this);
    auto *layout = new QVBoxLayout(m_content);
    m_reference = new QLabel(m_content);
    m_reference->setObjectName(QStringLiteral("referenceLabel"));
    QFont big = m_reference->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_reference->setFont(big);
    m_reference->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reference->setAccessibleName(tr("Reference number"));
    layout->addWidget(m_reference);
    m_summary = new QLabel(m_content);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *tabs = new QTabWidget(m_content);
    auto *scroll = new QScrollArea(tabs);
    scroll->setWidgetResizable(true);
    m_fields = new QWidget(scroll);
    m_form = new QFormLayout(m_fields);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    scroll->setWidget(m_fields);
    tabs->addTab(scroll, tr("&Details"));

    auto *notesPage = new QWidget(tabs);
    auto *notesLayout = new QVBoxLayout(notesPage);
    m_notes = new core::TicketNotesModel(this);
    m_notesView = makeTable(m_notes, tr("Notes"), {core::TicketNotesModel::Text}, notesPage);
    m_notesView->setObjectName(QStringLiteral("ticketNotes"));
    notesLayout->addWidget(m_notesView, 1);
    auto *noteLabel = new QLabel(tr("New &note:"), notesPage);
    m_noteEdit = new QPlainTextEdit(notesPage);
    m_noteEdit->setAccessibleName(tr("New note"));
    m_noteEdit->setMaximumHeight(m_noteEdit->fontMetrics().lineSpacing() * 5);
    noteLabel->setBuddy(m_noteEdit);
    notesLayout->addWidget(noteLabel);
    notesLayout->addWidget(m_noteEdit);
    auto *noteButtons = new QHBoxLayout;
    m_internal = new QCheckBox(tr("&Internal (not shown to the public)"), notesPage);
    m_addNote = new QPushButton(tr("&Add note"), notesPage);
    noteButtons->addWidget(m_internal);
    noteButtons->addStretch();
    noteButtons->addWidget(m_addNote);
    notesLayout->addLayout(noteButtons);
    tabs->addTab(notesPage, tr("N&otes"));

    m_audit = new core::AuditTrailModel(this);
    m_auditView = makeTable(m_audit, tr("Audit trail"),
                            {core::AuditTrailModel::OldValue, core::AuditTrailModel::NewValue}, tabs);
    m_auditView->setObjectName(QStringLiteral("auditTrail"));
    tabs->addTab(m_auditView, tr("A&udit trail"));
    layout->addWidget(tabs, 1);
    stack->addWidget(m_content);

    connect(m_addNote, &QPushButton::clicked, this, &TicketDetailView::submitNote);
    auto *submit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_noteEdit);
    submit->setContext(Qt::WidgetShortcut);
    // The hints name the keys as this platform writes them, from the shortcut itself.
    const QString submitKeys = submit->key().toString(QKeySequence::NativeText);
    m_noteEdit->setPlaceholderText(tr("Type a note, then press %1").arg(submitKeys));
    m_addNote->setToolTip(tr("Add the note to this ticket (%1)").arg(submitKeys));
    connect(submit, &QShortcut::activated, this, &TicketDetailView::submitNote);
    auto *submitEnter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), m_noteEdit);
    submitEnter->setContext(Qt::WidgetShortcut);
    connect(submitEnter, &QShortcut::activated, this, &TicketDetailView::submitNote);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this,
            [this] { m_addNote->setEnabled(!m_noteEdit->toPlainText().trimmed().isEmpty()); });
    m_addNote->setEnabled(false);
    clear();
}

void TicketDetailView::clear()
{
    m_ticket = {};
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_empty);
}

void TicketDetailView::showTicket(const core::Ticket &t, const QString &originalReference)
{
    const bool sameTicket = m_ticket.id == t.id;
    m_ticket = t;
    m_reference->setText(t.referenceNumber);
    // In another language the catalogue's name in it; in English, and for a service the
    // catalogue no longer has, the name stored with the ticket.
    const core::CatalogText text;
    const core::Service *known = m_catalog ? m_catalog->service(t.serviceCode) : nullptr;
    const QString storedName = t.serviceName.isEmpty() ? t.serviceCode : t.serviceName;
    m_summary->setText(tr("%1 · %2 · %3")
                           .arg(known && !text.isEnglish() ? text.name(*known) : storedName,
                                core::ticketstatus::displayName(t.status),
                                core::priority::displayName(t.priority)));

    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    auto addRow = [this](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        auto *field = new QLabel(value, m_fields);
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setAccessibleName(label);
        m_form->addRow(label, field);
    };
    addRow(tr("Status notes"), t.statusNotes);
    const core::Agency *agency = m_catalog ? m_catalog->agency(t.agencyResponsible) : nullptr;
    addRow(tr("Agency"), agency ? agency->name : t.agencyResponsible);
    addRow(tr("Requested"), when(t.requestedAt));
    addRow(tr("Expected"), when(t.expectedAt));
    addRow(tr("Updated"), when(t.updatedAt));
    addRow(tr("Channel"), core::channel::displayName(t.channel));
    addRow(tr("Address"), t.address);
    if (t.latitude && t.longitude)
        addRow(tr("Location"),
               QStringLiteral("%1, %2").arg(*t.latitude, 0, 'f', 6).arg(*t.longitude, 0, 'f', 6));
    addRow(tr("District"), t.district);
    addRow(tr("Queue"), t.queue);
    if (!t.duplicateOf.isNull()) {
        // A link to the original, so the call taker can read its status to a repeat caller.
        auto *link = new QLabel(m_fields);
        link->setObjectName(QStringLiteral("duplicateOfLink"));
        link->setAccessibleName(tr("Duplicate of"));
        if (originalReference.isEmpty()) {
            link->setText(tr("a ticket not in this store"));
        } else {
            link->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(originalReference.toHtmlEscaped()));
            link->setToolTip(tr("Open %1").arg(originalReference));
            link->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
            connect(link, &QLabel::linkActivated, this, &TicketDetailView::ticketLinkActivated);
        }
        m_form->addRow(tr("Duplicate of"), link);
    }
    addRow(tr("Assignee"), t.assignee);
    if (t.caller.anonymous) {
        addRow(tr("Caller"), tr("Anonymous"));
    } else {
        addRow(tr("Caller"), (t.caller.firstName + u' ' + t.caller.lastName).trimmed());
        addRow(tr("Phone"), t.caller.phone);
        addRow(tr("Email"), t.caller.email);
    }
    addRow(tr("Description"), t.description);
    // Answers in the order the questions are asked, then any the catalogue no longer knows.
    const std::optional<core::Service> shownService =
        known ? std::optional<core::Service>(text.localized(*known)) : std::nullopt;
    const core::Service *service = shownService ? &*shownService : nullptr;
    QStringList codes;
    if (service) {
        for (const auto &question : service->attributes) {
            if (t.attributes.contains(question.code))
                codes.append(question.code);
        }
    }
    for (auto it = t.attributes.cbegin(); it != t.attributes.cend(); ++it) {
        if (!codes.contains(it.key()))
            codes.append(it.key());
    }
    for (const QString &code : std::as_const(codes)) {
        const core::ServiceAttribute *question = service ? service->attribute(code) : nullptr;
        QStringList answers;
        for (const QString &value : t.attributes.value(code)) {
            QString shown = value;
            if (question) {
                for (const auto &option : question->values) {
                    if (option.key == value)
                        shown = option.name;
                }
            }
            answers.append(shown);
        }
        addRow(question && !question->description.isEmpty() ? question->description : code,
               answers.join(QStringLiteral(", ")));
    }

    m_notes->setNotes(t.notes);
    m_audit->setEvents(t.audit);
    if (!sameTicket) {
        m_noteEdit->clear();
        m_internal->setChecked(false);
    }
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_content);
}

void TicketDetailView::focusNoteEditor()
{
    if (!hasTicket())
        return;
    auto *tabs = m_content->findChild<QTabWidget *>();
    tabs->setCurrentIndex(1);
    m_noteEdit->setFocus();
}

void TicketDetailView::clearNoteEditor()
{
    m_noteEdit->clear();
    m_internal->setChecked(false);
}

void TicketDetailView::submitNote()
{
    const QString text = m_noteEdit->toPlainText().trimmed();
    if (!hasTicket() || text.isEmpty())
        return;
    Q_EMIT addNoteRequested(m_ticket.referenceNumber, text, m_internal->isChecked());
}

} // namespace civicdesk::widgets
