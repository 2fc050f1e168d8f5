#include "widgets/intake/servicepickeredit.h"

#include "core/catalog/catalog.h"
#include "core/catalog/catalogtext.h"
#include "core/intake/servicematchmodel.h"
#include "widgets/intake/fielderrorlabel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace civicdesk::widgets {

ServicePickerEdit::ServicePickerEdit(const core::Catalog &catalog, QWidget *parent)
    : QWidget(parent), m_catalog(catalog)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("serviceSearch"));
    m_edit->setAccessibleName(tr("Service type"));
    m_edit->setPlaceholderText(tr("Type what the caller describes: \"pot hole\", \"trash\", \"street light\"…"));
    m_edit->setToolTip(tr("Type to search; Up/Down to move, Enter to choose"));
    m_model = new core::ServiceMatchModel(catalog, this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("serviceMatches"));
    m_list->setAccessibleName(tr("Matching service types"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the line edit
    m_list->setMaximumHeight(150);
    m_list->setVisible(false);
    m_chosen = new QLabel(this);
    m_chosen->setObjectName(QStringLiteral("serviceChosen"));
    m_chosen->setWordWrap(true); // a long name and group, as some translations have, wraps
    m_chosen->setVisible(false);
    m_error = new FieldErrorLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_list);
    layout->addWidget(m_chosen);
    layout->addWidget(m_error);
    setFocusProxy(m_edit);

    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::textEdited, this, &ServicePickerEdit::queryEdited);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) { choose(index.row()); });
}

void ServicePickerEdit::setUsage(const QHash<QString, int> &usesByCode)
{
    m_model->picker().setUsage(usesByCode);
    m_model->setQuery(m_model->query());
}

void ServicePickerEdit::queryEdited(const QString &text)
{
    m_query = text;
    m_model->setQuery(text);
    showList(!text.trimmed().isEmpty());
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    Q_EMIT queryChanged(text);
}

void ServicePickerEdit::showList(bool show)
{
    m_list->setVisible(show && m_model->rowCount() > 0);
}

void ServicePickerEdit::choose(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const core::ServiceMatch match = m_model->match(row);
    setService(match.code, m_query);
    m_error->clear();
    Q_EMIT serviceChosen(match.code);
}

void ServicePickerEdit::setService(const QString &code, const QString &query)
{
    m_code = code;
    m_query = query;
    const core::Service *service = m_catalog.service(code);
    // In the interface's language; the ticket keeps the code.
    const core::CatalogText text;
    m_edit->setText(service ? text.name(*service) : query);
    m_chosen->setText(service
                          ? tr("✔ %1 (%2), %3").arg(text.name(*service), service->code, text.group(*service))
                          : QString());
    m_chosen->setVisible(service != nullptr);
    showList(false);
}

void ServicePickerEdit::clear()
{
    m_code.clear();
    m_query.clear();
    m_edit->clear();
    m_model->setQuery(QString());
    m_chosen->setVisible(false);
    m_error->clear();
    showList(false);
}

void ServicePickerEdit::setError(const QString &message)
{
    m_error->setText(message);
}

bool ServicePickerEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut)
        showList(false); // the list belongs to the typing; leaving the field closes it
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_model->rowCount();
        const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
            if (rows == 0)
                break;
            if (!m_list->isVisible()) {
                showList(true);
                m_list->setCurrentIndex(m_model->index(std::max(0, current)));
                return true;
            }
            m_list->setCurrentIndex(
                m_model->index(std::clamp(current + (key->key() == Qt::Key_Down ? 1 : -1), 0, rows - 1)));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & Qt::ControlModifier)
                break; // Ctrl+Enter saves the call
            if (m_list->isVisible() && current >= 0) {
                choose(current);
                // Straight on to the first question, as a call taker would.
                Q_EMIT advanceRequested();
                return true;
            }
            if (!m_code.isEmpty()) {
                Q_EMIT advanceRequested();
                return true;
            }
            break;
        case Qt::Key_Escape:
            if (m_list->isVisible()) {
                showList(false);
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace civicdesk::widgets
