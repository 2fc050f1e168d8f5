#pragma once

#include "core/intake/callsession.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace civicdesk::core {
class CallerHistoryModel;
class Database;
} // namespace civicdesk::core

namespace civicdesk::widgets {

// Who is calling: the number (formatted as typed, kept as E.164), name, email, anonymity,
// language and channel, with the caller's earlier tickets and calls beside it.
class FieldErrorLabel;

class CallerPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CallerPanel(const core::Database &db, QWidget *parent = nullptr);

    void load(const core::CallSession &session);
    void store(core::CallSession &session) const;
    void clear();
    // Shows an inline error next to caller.phone / caller.email; an empty message clears it.
    void setFieldError(const QString &field, const QString &message);
    void clearErrors();
    QWidget *inputFor(const QString &field) const;
    QLineEdit *phoneEdit() const { return m_phone; }
    QWidget *lastInput() const;
    core::CallerHistoryModel *history() const { return m_history; }

Q_SIGNALS:
    void changed();

private:
    void phoneEdited(const QString &text);
    void checkPhone(bool finished);
    void checkEmail(bool finished);
    void lookUpHistory();

    QLineEdit *m_phone = nullptr;
    FieldErrorLabel *m_phoneError = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    FieldErrorLabel *m_emailError = nullptr;
    QCheckBox *m_anonymous = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_channel = nullptr;
    QListView *m_historyView = nullptr;
    QLabel *m_historySummary = nullptr;
    core::CallerHistoryModel *m_history = nullptr;
};

} // namespace civicdesk::widgets
