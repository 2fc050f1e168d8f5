#pragma once

#include "core/kb/article.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace civicdesk::core {
class LocalStore;
}

namespace civicdesk::widgets {

// The article editor for users listed as KB editors: the fields with a live Markdown preview,
// the version history with what changed in each version, and the list of reviews due.
class KbEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    KbEditorDialog(core::LocalStore &store, const QString &articleId, QWidget *parent = nullptr);

    void load(const QString &articleId); // empty: a new article
    core::Article article() const;       // the fields as they stand
    bool save();                          // false (and a message) when the store refuses it

    QTabWidget *tabs() const { return m_tabs; }
    QListWidget *reviewsList() const { return m_reviews; }
    QListWidget *historyList() const { return m_history; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QTextBrowser *preview() const { return m_preview; }
    QPlainTextEdit *answerEditor() const { return m_answer; }
    QLineEdit *titleEditor() const { return m_title; }

private:
    void buildArticleTab();
    void buildHistoryTab();
    void buildReviewsTab();
    void refreshHistory();
    void refreshReviews();
    void showDiff(int row);
    void markReviewed();
    void updatePreview();

    core::LocalStore &m_store;
    core::Article m_loaded;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_questions = nullptr;
    QPlainTextEdit *m_answer = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPlainTextEdit *m_script = nullptr;
    QLineEdit *m_keywords = nullptr;
    QLineEdit *m_category = nullptr;
    QLineEdit *m_agency = nullptr;
    QLineEdit *m_serviceCodes = nullptr;
    QLineEdit *m_transfer = nullptr;
    QComboBox *m_audience = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_translationOf = nullptr;
    QDateEdit *m_reviewBy = nullptr;
    QLineEdit *m_owner = nullptr;
    QListWidget *m_history = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QListWidget *m_reviews = nullptr;
};

} // namespace civicdesk::widgets
