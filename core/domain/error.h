#pragma once

#include <QList>
#include <QString>
#include <stdexcept>

namespace civicdesk::core {

// One problem with one named field. Every message a user sees names the field it is about.
struct FieldError
{
    QString field;
    QString message;
};

// The single exception type of civicdesk_core. Callers show what() to the user as one line;
// fieldErrors() lets a form put each message beside its own field.
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message, QList<FieldError> fieldErrors = {})
        : std::runtime_error(message.toStdString()), m_message(message), m_fieldErrors(std::move(fieldErrors))
    {
    }

    QString message() const { return m_message; }
    const QList<FieldError> &fieldErrors() const { return m_fieldErrors; }

private:
    QString m_message;
    QList<FieldError> m_fieldErrors;
};

} // namespace civicdesk::core
