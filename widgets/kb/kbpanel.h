#pragma once

#include "core/kb/article.h"
#include "core/kb/kbhit.h"

#include <QThreadPool>
#include <QWidget>
#include <atomic>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace civicdesk::core {
class KbHitListModel;
class KbSearch;
class LocalStore;
} // namespace civicdesk::core

namespace civicdesk::widgets {

// The knowledge-base panel beside the intake: type the caller's words, read the answer.
// Searches run on a worker pool on every keystroke; each carries a generation number and only
// the newest generation's result is shown, so a slow old query can never overwrite a newer one.
//
// Signals for the intake (wired by the main window):
//   useInCallRequested(articleId): record this article on the current call (information-only
//     call or ticket alike).
//   createRequestRequested(serviceCode): open the intake with this service already chosen.
class KbPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit KbPanel(core::LocalStore &store, QWidget *parent = nullptr);
    ~KbPanel() override;

    void focusSearch();
    // The window's action that brings the cursor here: the search field's hints name its keys.
    void setSearchAction(const QAction *action);
    QLineEdit *searchField() const { return m_search; }
    core::KbHitListModel *resultsModel() const { return m_model; }
    QString currentArticleId() const { return m_article.id; }
    int generation() const { return m_generation.load(); }

Q_SIGNALS:
    void useInCallRequested(const QString &articleId);
    void createRequestRequested(const QString &serviceCode);
    // Emitted after the results of `generation` replaced the list.
    void resultsShown(int generation);
    // Enter on a result (or in the search box) opened this article.
    void articleOpened(const QString &articleId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Outcome
    {
        QList<core::KbHit> hits;
        QString error;
    };
    void startSearch();
    void search(bool asYouType);
    void openCurrent();
    void showOutcome(int generation, const Outcome &outcome);
    void showArticle(const QString &id);
    void clearArticle();
    void giveFeedback(const QString &kind);
    void openEditor();
    void createRequest();

    core::LocalStore &m_store;
    std::unique_ptr<core::KbSearch> m_searcher;
    core::KbHitListModel *m_model = nullptr;
    std::atomic<int> m_generation{0}; // read by workers to skip work already stale
    QThreadPool m_pool;
    core::Article m_article;

    QLineEdit *m_search = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_agency = nullptr;
    QComboBox *m_audience = nullptr;
    QComboBox *m_state = nullptr;
    QListView *m_results = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_settle = nullptr;
    QTextBrowser *m_view = nullptr;
    QPushButton *m_useInCall = nullptr;
    QPushButton *m_createRequest = nullptr;
    QPushButton *m_helpful = nullptr;
    QPushButton *m_notHelpful = nullptr;
    QPushButton *m_outdated = nullptr;
    QPushButton *m_edit = nullptr;
};

} // namespace civicdesk::widgets
