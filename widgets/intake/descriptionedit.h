#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace civicdesk::widgets {

class FieldErrorLabel;

// The free-text description: plain text only, with a live count against the 4,000 limit.
class DescriptionEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit DescriptionEdit(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    QPlainTextEdit *editor() const { return m_edit; }
    QLabel *counter() const { return m_counter; }
    void setError(const QString &message);

Q_SIGNALS:
    void changed();

private:
    void refresh();

    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_counter = nullptr;
    FieldErrorLabel *m_error = nullptr;
};

} // namespace civicdesk::widgets
