#include "widgets/intake/descriptionedit.h"

#include "core/tickets/ticketvalidator.h"
#include "widgets/appearance/themedstylesheet.h"
#include "widgets/intake/fielderrorlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace civicdesk::widgets {

DescriptionEdit::DescriptionEdit(QWidget *parent) : QWidget(parent)
{
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("description"));
    m_edit->setAccessibleName(tr("Description"));
    m_edit->setPlaceholderText(tr("What the caller says, in their words"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMinimumHeight(60);
    m_edit->setMaximumHeight(110);
    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("descriptionCounter"));
    m_counter->setAlignment(Qt::AlignRight);
    // Room for the longest count, so the error beside it never squeezes it to "0 /".
    m_counter->setMinimumWidth(m_counter->fontMetrics().horizontalAdvance(tr("%1 / %2").arg(
        QLocale().toString(88888), QLocale().toString(core::ticketvalidator::kMaxDescriptionLength))));
    m_error = new FieldErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(m_edit);
    auto *row = new QHBoxLayout;
    row->addWidget(m_error, 1);
    row->addWidget(m_counter);
    layout->addLayout(row);
    setFocusProxy(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    refresh();
}

QString DescriptionEdit::text() const
{
    return m_edit->toPlainText();
}

void DescriptionEdit::setText(const QString &text)
{
    const QSignalBlocker block(m_edit);
    m_edit->setPlainText(text);
    refresh();
}

void DescriptionEdit::setError(const QString &message)
{
    m_error->setText(message);
}

void DescriptionEdit::refresh()
{
    const int length = int(m_edit->toPlainText().size());
    const int limit = core::ticketvalidator::kMaxDescriptionLength;
    const QLocale locale;
    m_counter->setText(tr("%1 / %2").arg(locale.toString(length), locale.toString(limit)));
    ThemedStyleSheet::set(m_counter,
                          length > limit ? QStringLiteral("color: {error}; font-weight: bold;") : QString());
    if (length > limit)
        m_error->setText(tr("Too long by %1 characters").arg(length - limit));
    else if (core::ticketvalidator::containsHtml(m_edit->toPlainText()))
        m_error->setText(tr("HTML is not accepted; type plain text"));
    else
        m_error->clear();
}

} // namespace civicdesk::widgets
