#pragma once

#include "core/domain/error.h"

#include <QLabel>
#include <functional>

namespace civicdesk::widgets {

// Above the form after a refused save: "Not saved. Still needed:" and one line per problem,
// each with the label of its field.
class ProblemsLabel final : public QLabel
{
    Q_OBJECT

public:
    using FieldLabel = std::function<QString(const QString &field)>;

    explicit ProblemsLabel(QWidget *parent = nullptr);

    void showProblems(const QList<core::FieldError> &problems, const FieldLabel &fieldLabel);
    // Hides and empties the list.
    void dismiss();
};

} // namespace civicdesk::widgets
