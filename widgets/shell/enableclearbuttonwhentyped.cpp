#include "widgets/shell/enableclearbuttonwhentyped.h"

#include <QLineEdit>

#include <memory>

namespace civicdesk::widgets {

void enableClearButtonWhenTyped(QLineEdit *edit)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(edit, &QLineEdit::textChanged, edit, [edit, connection] {
        QObject::disconnect(*connection);
        edit->setClearButtonEnabled(true);
    });
}

} // namespace civicdesk::widgets
