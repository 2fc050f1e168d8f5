#include "widgets/intake/fielderrorlabel.h"

#include "widgets/appearance/themedstylesheet.h"

namespace civicdesk::widgets {

FieldErrorLabel::FieldErrorLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("fieldError"));
    ThemedStyleSheet::set(this, QStringLiteral("color: {error};"));
    setWordWrap(true);
    setVisible(false);
}

void FieldErrorLabel::setText(const QString &text)
{
    QLabel::setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
}

void FieldErrorLabel::clear()
{
    setText(QString());
}

} // namespace civicdesk::widgets
