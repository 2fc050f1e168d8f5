#include "widgets/intake/fielderrorlabel.h"

namespace civicdesk::widgets {

FieldErrorLabel::FieldErrorLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("fieldError"));
    setStyleSheet(QStringLiteral("color: #b00020;"));
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
