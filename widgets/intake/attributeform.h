#pragma once

#include "core/catalog/service.h"
#include "core/domain/error.h"

#include <QMap>
#include <QStringList>
#include <QWidget>

class QFormLayout;

namespace civicdesk::widgets {

class FieldErrorLabel;

// The questions of one service definition, built from its Open311 attributes in `order`:
// string -> line edit, number -> validated line edit, datetime -> date-time edit, text ->
// multi-line edit, singlevaluelist -> combo box, multivaluelist -> checkable list.
// variable=false attributes are shown as text to read to the caller.
class AttributeForm final : public QWidget
{
    Q_OBJECT

public:
    explicit AttributeForm(QWidget *parent = nullptr);

    void setService(const core::Service *service);
    QString serviceCode() const { return m_service.code; }
    void setAnswers(const QMap<QString, QStringList> &answers);
    QMap<QString, QStringList> answers() const;

    // Inline messages: field is "attributes.CODE".
    void setFieldError(const QString &field, const QString &message);
    void clearErrors();
    QWidget *inputFor(const QString &field) const;
    QList<QWidget *> inputs() const;

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Field
    {
        core::ServiceAttribute attribute;
        QWidget *input = nullptr;
        FieldErrorLabel *error = nullptr;
    };
    void clearFields();
    QWidget *createInput(const core::ServiceAttribute &a);
    QStringList valuesOf(const Field &f) const;
    void setValues(Field &f, const QStringList &values);
    void checkField(const Field &f);
    void inputChanged(QWidget *input);

    core::Service m_service;
    QList<Field> m_fields;
    QFormLayout *m_form = nullptr;
};

} // namespace civicdesk::widgets
