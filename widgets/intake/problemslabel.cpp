#include "widgets/intake/problemslabel.h"

#include "widgets/appearance/themedstylesheet.h"

namespace civicdesk::widgets {

ProblemsLabel::ProblemsLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("saveProblems"));
    setWordWrap(true);
    ThemedStyleSheet::set(
        this, QStringLiteral(
                  "background: {error-bg}; color: {error}; padding: 6px; border: 1px solid {error-border};"));
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
