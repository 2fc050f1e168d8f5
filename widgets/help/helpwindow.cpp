#include "widgets/help/helpwindow.h"

#include "widgets/help/helptopics.h"
#include "widgets/help/shortcutreference.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMainWindow>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QUrl>

namespace civicdesk::widgets {

HelpWindow::HelpWindow(const QMainWindow &window, QWidget *parent)
    : QWidget(parent, Qt::Window), m_window(window)
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("CivicDesk quick reference"));
    m_topics = new QListWidget(this);
    m_topics->setObjectName(QStringLiteral("helpTopics"));
    m_topics->setAccessibleName(tr("Help topics"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("Help page"));
    m_browser->setOpenLinks(false);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("helpSplitter"));
    splitter->addWidget(m_topics);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    splitter->setSizes({em * 16, em * 44});
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    resize(em * 64, em * 40);
    fillTopics();
    // The longest topic title shown whole, in every language.
    m_topics->setMinimumWidth(m_topics->sizeHintForColumn(0) + 2 * m_topics->frameWidth() + em);
    splitter->setSizes({m_topics->minimumWidth(), em * 44});

    connect(m_topics, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showTopic(m_topics->item(row)->data(Qt::UserRole).toString());
    });
    // Links between pages are help:<topic>; others open nowhere (the help works offline).
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("help"))
            showTopic(url.path());
    });
}

void HelpWindow::fillTopics()
{
    const QSignalBlocker block(m_topics);
    m_topics->clear();
    for (const HelpTopics::Topic &t : HelpTopics::all()) {
        auto *item = new QListWidgetItem(t.title, m_topics);
        item->setData(Qt::UserRole, t.id);
    }
}

void HelpWindow::showTopic(const QString &topic)
{
    m_topic = topic;
    const QString language = HelpTopics::languageFor(QLocale());
    if (topic == HelpTopics::kShortcuts) {
        const ShortcutReference shortcuts(m_window);
        m_browser->setHtml(
            QStringLiteral("<h1>%1</h1><p>%2</p>%3")
                .arg(tr("Keyboard shortcuts").toHtmlEscaped(),
                     tr("Read from the menus as they are now, so changed keys show here.").toHtmlEscaped(),
                     shortcuts.toHtml()));
    } else {
        m_browser->setMarkdown(renderMarkdown(HelpTopics::markdown(topic, language), m_window));
    }
    const QSignalBlocker block(m_topics);
    for (int row = 0; row < m_topics->count(); ++row) {
        if (m_topics->item(row)->data(Qt::UserRole).toString() == topic)
            m_topics->setCurrentRow(row);
    }
}

QString HelpWindow::renderMarkdown(const QString &markdown, const QMainWindow &window)
{
    // {{key:actionName}} is the shortcut of the window's action of that name, as it is now.
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{key:([A-Za-z0-9_]+)\\}\\}"));
    const ShortcutReference shortcuts(window);
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(markdown); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += markdown.mid(last, m.capturedStart() - last);
        const QString keys = shortcuts.keysFor(m.captured(1));
        out += keys.isEmpty() ? tr("(no shortcut)") : QStringLiteral("**%1**").arg(keys);
        last = m.capturedEnd();
    }
    out += markdown.mid(last);
    return out;
}

void HelpWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A language switched while the help is open: titles and page in the new language.
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("CivicDesk quick reference"));
        fillTopics();
        if (!m_topic.isEmpty())
            showTopic(m_topic);
    }
}

} // namespace civicdesk::widgets
