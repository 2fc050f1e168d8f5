#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace civicdesk::core {
class Catalog;
class ServiceMatchModel;
} // namespace civicdesk::core

namespace civicdesk::widgets {

class FieldErrorLabel;

// Type-ahead service type picker: type a few letters, Up/Down move through the matches, Enter
// picks one, Escape closes the list. Matches come from core::ServiceMatchModel.
class ServicePickerEdit final : public QWidget
{
    Q_OBJECT

public:
    explicit ServicePickerEdit(const core::Catalog &catalog, QWidget *parent = nullptr);

    core::ServiceMatchModel *matches() const { return m_model; }
    QLineEdit *lineEdit() const { return m_edit; }
    QListView *list() const { return m_list; }
    QString serviceCode() const { return m_code; }
    QString query() const { return m_query; }
    void setUsage(const QHash<QString, int> &usesByCode);
    // Shows a chosen service (restore, "Create request" from the knowledge base).
    void setService(const QString &code, const QString &query = {});
    void clear();
    void setError(const QString &message);

Q_SIGNALS:
    void serviceChosen(const QString &code);
    void queryChanged(const QString &query);
    // Enter on a chosen service: move on to its first question.
    void advanceRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void queryEdited(const QString &text);
    void choose(int row);
    void showList(bool show);

    const core::Catalog &m_catalog;
    QLineEdit *m_edit = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_chosen = nullptr;
    FieldErrorLabel *m_error = nullptr;
    core::ServiceMatchModel *m_model = nullptr;
    QString m_code;
    QString m_query;
};

} // namespace civicdesk::widgets
