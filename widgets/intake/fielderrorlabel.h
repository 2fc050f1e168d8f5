#pragma once

#include <QLabel>

namespace civicdesk::widgets {

// The inline message beside a field: red, hidden while empty, announced to screen readers.
class FieldErrorLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit FieldErrorLabel(QWidget *parent = nullptr);
    void setText(const QString &text);
    void clear();
};

} // namespace civicdesk::widgets
