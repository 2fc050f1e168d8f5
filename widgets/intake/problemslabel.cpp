#include "widgets/intake/problemslabel.h"

namespace civicdesk::widgets {

ProblemsLabel::ProblemsLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("saveProblems"));
    setWordWrap(true);
    setStyleSheet(
        QStringLiteral("background: #fdecea; color: #b00020; padding: 6px; border: 1px solid #f5c6cb;"));
    setVisible(false);
}

void ProblemsLabel::showProblems(const QList<core::FieldError> &problems, const FieldLabel &fieldLabel)
{
    QStringList lines;
    for (const core::FieldError &e : problems)
        lines.append(
            QStringLiteral("• %1: %2").arg(fieldLabel(e.field).toHtmlEscaped(), e.message.toHtmlEscaped()));
    setText(tr("<b>Not saved. Still needed:</b><br>%1").arg(lines.join(QStringLiteral("<br>"))));
    setAccessibleName(text());
    setVisible(true);
}

void ProblemsLabel::dismiss()
{
    setVisible(false);
    clear();
}

} // namespace civicdesk::widgets
