#pragma once

#include "core/domain/error.h"
#include "core/intake/wrapupcode.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace civicdesk::widgets {

class FieldErrorLabel;

// Ends a call that produced no ticket: how it ended (resolved on call, information only,
// transferred and to where, duplicate of which ticket, caller hung up, ...) and why.
// The intake screen validates through core and closes the dialog only when the call is logged.
class WrapUpDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit WrapUpDialog(QWidget *parent = nullptr);

    void setValues(core::WrapUpCode code, const QString &reason, const QString &transferTo,
                   const QString &duplicateReference, const QString &kbArticle);
    core::WrapUpCode code() const;
    QString reason() const;
    QString transferTo() const;
    QString duplicateReference() const;
    void setFieldErrors(const QList<core::FieldError> &errors);

    QComboBox *codeBox() const { return m_code; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *transferEdit() const { return m_transferTo; }
    QLineEdit *duplicateEdit() const { return m_duplicate; }

Q_SIGNALS:
    void wrapUpRequested();

private:
    void updateFields();

    QComboBox *m_code = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_transferTo = nullptr;
    QLineEdit *m_duplicate = nullptr;
    QLabel *m_kbArticle = nullptr;
    FieldErrorLabel *m_error = nullptr;
};

} // namespace civicdesk::widgets
