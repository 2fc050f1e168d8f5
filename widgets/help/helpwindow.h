#pragma once

#include <QWidget>

class QListWidget;
class QMainWindow;
class QTextBrowser;

namespace civicdesk::widgets {

// The quick reference: topics on the left, the page on the right (a QTextBrowser over the
// Markdown shipped in the binary, with every shortcut read from the main window's actions).
class HelpWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpWindow)

public:
    explicit HelpWindow(const QMainWindow &window, QWidget *parent = nullptr);

    void showTopic(const QString &topic);
    QString currentTopic() const { return m_topic; }
    QTextBrowser *browser() const { return m_browser; }
    // The page as shown: placeholders replaced by the live shortcuts.
    static QString renderMarkdown(const QString &markdown, const QMainWindow &window);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTopics();

    const QMainWindow &m_window;
    QListWidget *m_topics = nullptr;
    QTextBrowser *m_browser = nullptr;
    QString m_topic;
};

} // namespace civicdesk::widgets
