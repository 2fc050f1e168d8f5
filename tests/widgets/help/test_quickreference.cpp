// F1 opens the quick reference at the page for the screen in front of the user; every page
// exists in every language; every shortcut a page names is a shortcut of an action.
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/help/helptopics.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/help/helpwindow.h"
#include "widgets/help/shortcutreference.h"
#include "widgets/kb/kbpanel.h"
#include "widgets/map/mapview.h"
#include "widgets/map/ticketmappanel.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/training/democonsole.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>

using namespace civicdesk;

namespace {
QString firstLine(const QString &topic, const QString &language)
{
    const QString text = widgets::HelpTopics::markdown(topic, language);
    QString heading = text.section(u'\n', 0, 0);
    heading.remove(QRegularExpression(QStringLiteral("^#+\\s*")));
    return heading;
}

QSet<QString> matches(const QString &text, const QRegularExpression &re)
{
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}

const QRegularExpression kPlaceholder(QStringLiteral("\\{\\{key:([A-Za-z0-9_]+)\\}\\}"));
const QRegularExpression kHelpLink(QStringLiteral("\\(help:([a-z]+)\\)"));
} // namespace

class TestQuickReference : public QObject
{
    Q_OBJECT

    std::unique_ptr<testsupport::TempProfile> m_profile;
    std::unique_ptr<widgets::MainWindow> m_window;

    void openWindow(bool training)
    {
        m_window = std::make_unique<widgets::MainWindow>(m_profile->store());
        if (training)
            new widgets::DemoConsole(*m_window, m_profile->store());
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    widgets::HelpWindow *pressF1()
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, Qt::Key_F1);
        auto *help = m_window->findChild<widgets::HelpWindow *>();
        return help && help->isVisible() ? help : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_profile = std::make_unique<testsupport::TempProfile>();
    }
    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void helpMenuShowsQuickReferenceWithF1()
    {
        openWindow(false);
        auto *action = m_window->findChild<QAction *>(QStringLiteral("quickReferenceAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F1));
        QMenu *helpMenu = nullptr;
        for (QAction *top : m_window->menuBar()->actions()) {
            if (top->menu() && top->menu()->actions().contains(action))
                helpMenu = top->menu();
        }
        QVERIFY2(helpMenu, "Quick reference is not in a menu");
        QCOMPARE(helpMenu->actions().constFirst(), action);
        QCOMPARE(helpMenu->title(), QStringLiteral("&Help"));
    }

    void f1OpensTheSectionOfTheScreen_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<QString>("topic");
        QTest::newRow("intake") << QStringLiteral("intake") << QStringLiteral("call");
        QTest::newRow("tickets") << QStringLiteral("tickets") << QStringLiteral("tickets");
        QTest::newRow("queue") << QStringLiteral("queue") << QStringLiteral("queue");
        QTest::newRow("dashboard") << QStringLiteral("dashboard") << QStringLiteral("dashboard");
        QTest::newRow("kb dock") << QStringLiteral("kb") << QStringLiteral("kb");
        QTest::newRow("map dock") << QStringLiteral("map") << QStringLiteral("map");
        QTest::newRow("training") << QStringLiteral("training") << QStringLiteral("training");
    }

    void f1OpensTheSectionOfTheScreen()
    {
        QFETCH(QString, screen);
        QFETCH(QString, topic);
        openWindow(screen == QLatin1String("training"));
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        const auto showTab = [&](const QString &name) {
            QWidget *page = m_window->findChild<QWidget *>(name);
            QVERIFY2(page, qPrintable(name));
            tabs->setCurrentWidget(page);
            tabs->tabBar()->setFocus(); // the focus on the tab itself, not inside a page
        };
        if (screen == QLatin1String("intake")) {
            QTest::keyClick(m_window.get(), Qt::Key_F2); // a call: the focus is in the form
            QVERIFY(m_window->intake()->isAncestorOf(QApplication::focusWidget()));
        } else if (screen == QLatin1String("tickets")) {
            QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
            QTRY_VERIFY(m_window->ticketView()->hasFocus());
        } else if (screen == QLatin1String("queue")) {
            showTab(QStringLiteral("queuePage"));
        } else if (screen == QLatin1String("dashboard")) {
            showTab(QStringLiteral("dashboardPage"));
        } else if (screen == QLatin1String("kb")) {
            QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
            QTRY_VERIFY(m_window->findChild<widgets::KbPanel *>()->isAncestorOf(QApplication::focusWidget()));
        } else if (screen == QLatin1String("map")) {
            QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier);
            widgets::TicketMapPanel *panel = m_window->ensureMapPanel();
            QTRY_VERIFY(panel->isVisible());
            auto *map = panel->findChild<widgets::MapView *>();
            QVERIFY(map);
            map->setFocus();
            QTRY_VERIFY(map->hasFocus());
        } else if (screen == QLatin1String("training")) {
            auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("trainingDock"));
            QVERIFY(dock);
            dock->show();
            dock->raise();
            QWidget *inside = nullptr;
            for (QWidget *w : dock->widget()->findChildren<QWidget *>()) {
                if (w->focusPolicy() & Qt::TabFocus && w->isEnabled()) {
                    inside = w;
                    break;
                }
            }
            QVERIFY(inside);
            inside->setFocus();
            QTRY_VERIFY(inside->hasFocus());
        }

        widgets::HelpWindow *help = pressF1();
        QVERIFY2(help, "F1 opened no help window");
        QCOMPARE(help->currentTopic(), topic);
        // The page is that topic's page, in English, with its shortcuts filled in.
        const QString shown = help->browser()->toPlainText();
        QVERIFY2(shown.contains(firstLine(topic, QStringLiteral("en"))), qPrintable(shown.left(200)));
        QVERIFY2(!shown.contains(QStringLiteral("{{key:")), qPrintable(shown));
    }

    void everyHelpFileExistsInEveryLanguage()
    {
        const QStringList languages = widgets::HelpTopics::languages();
        QCOMPARE(languages, (QStringList{QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")}));
        for (const widgets::HelpTopics::Topic &topic : widgets::HelpTopics::all()) {
            if (topic.id == widgets::HelpTopics::kShortcuts)
                continue;
            QFile english(widgets::HelpTopics::resourcePath(QStringLiteral("en"), topic.id));
            QVERIFY2(english.open(QIODevice::ReadOnly), qPrintable(english.fileName()));
            const QString en = QString::fromUtf8(english.readAll());
            for (const QString &language : languages) {
                QFile file(widgets::HelpTopics::resourcePath(language, topic.id));
                QVERIFY2(file.open(QIODevice::ReadOnly),
                         qPrintable(file.fileName() + QStringLiteral(" is missing")));
                const QString text = QString::fromUtf8(file.readAll());
                QVERIFY2(text.startsWith(QStringLiteral("# ")), qPrintable(file.fileName()));
                // The same shortcuts and links in every language: a translation drops none.
                QCOMPARE(matches(text, kPlaceholder), matches(en, kPlaceholder));
                QCOMPARE(matches(text, kHelpLink), matches(en, kHelpLink));
                if (language != QLatin1String("en"))
                    QVERIFY2(text != en,
                             qPrintable(file.fileName() + QStringLiteral(" is the English text")));
            }
        }
        // And no page in the resources that no topic lists.
        QSet<QString> ids;
        for (const auto &t : widgets::HelpTopics::all())
            ids.insert(t.id);
        for (const QString &language : languages) {
            for (const QString &name : QDir(QStringLiteral(":/help/") + language).entryList(QDir::Files))
                QVERIFY2(ids.contains(name.chopped(3)), qPrintable(language + u'/' + name));
        }
    }

    void everyShortcutInTheHelpMatchesAnAction()
    {
        openWindow(true); // with the training console, whose shortcuts the help names too
        const widgets::ShortcutReference shortcuts(*m_window);
        // A literal key in the text would go stale when a shortcut changes: only placeholders.
        const QRegularExpression literalKey(
            QStringLiteral("\\b(Ctrl|Alt|Shift|Strg|Maj|Mayús)\\s*\\+|\\bF(1[0-2]|[1-9])\\b"));
        for (const QString &language : widgets::HelpTopics::languages()) {
            for (const widgets::HelpTopics::Topic &topic : widgets::HelpTopics::all()) {
                if (topic.id == widgets::HelpTopics::kShortcuts)
                    continue;
                const QString text = widgets::HelpTopics::markdown(topic.id, language);
                const QString where = language + u'/' + topic.id;
                const QRegularExpressionMatch literal = literalKey.match(text);
                QVERIFY2(!literal.hasMatch(),
                         qPrintable(where + QStringLiteral(": literal key ") + literal.captured(0)));
                const QString rendered = widgets::HelpWindow::renderMarkdown(text, *m_window);
                for (const QString &name : matches(text, kPlaceholder)) {
                    QAction *action = shortcuts.action(name);
                    QVERIFY2(action, qPrintable(where + QStringLiteral(": no action ") + name));
                    QVERIFY2(!action->shortcut().isEmpty(),
                             qPrintable(where + QStringLiteral(": no shortcut on ") + name));
                    QVERIFY2(rendered.contains(action->shortcut().toString(QKeySequence::NativeText)),
                             qPrintable(where + u' ' + name));
                }
            }
        }
    }

    void shortcutPageIsMadeFromTheActions()
    {
        openWindow(false);
        // A changed shortcut shows at once: the page is read from the actions, not written down.
        auto *find = m_window->findChild<QAction *>(QStringLiteral("findAction"));
        QVERIFY(find);
        find->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_9));
        m_window->findChild<QAction *>(QStringLiteral("quickReferenceAction"))->trigger();
        auto *help = m_window->findChild<widgets::HelpWindow *>();
        QVERIFY(help);
        help->showTopic(widgets::HelpTopics::kShortcuts);
        const QString page = help->browser()->toPlainText();
        QVERIFY2(page.contains(QStringLiteral("Ctrl+Alt+9")), qPrintable(page));
        QVERIFY(page.contains(QStringLiteral("Find by reference")));
        // Every menu action with a shortcut is listed, under its menu.
        const widgets::ShortcutReference reference(*m_window);
        QVERIFY(reference.entries().size() > 20);
        for (const auto &entry : reference.entries()) {
            for (const QKeySequence &keys : entry.keys)
                QVERIFY2(page.contains(keys.toString(QKeySequence::NativeText)), qPrintable(entry.action));
        }
        // The tickets page names the new key too.
        help->showTopic(QStringLiteral("tickets"));
        QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("Ctrl+Alt+9")));
    }

    void helpFollowsTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("heading");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Atender una llamada");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Prendre un appel");
        QTest::newRow("de falls back to en") << QStringLiteral("de") << QStringLiteral("Take a call");
    }

    void helpFollowsTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, heading);
        QLocale::setDefault(QLocale(language));
        openWindow(false);
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        widgets::HelpWindow *help = pressF1();
        QVERIFY(help);
        QCOMPARE(help->currentTopic(), QStringLiteral("call"));
        QVERIFY2(help->browser()->toPlainText().contains(heading),
                 qPrintable(help->browser()->toPlainText().left(100)));
    }

    void linksBetweenPagesWork()
    {
        openWindow(false);
        m_window->findChild<QAction *>(QStringLiteral("quickReferenceAction"))->trigger();
        auto *help = m_window->findChild<widgets::HelpWindow *>();
        QVERIFY(help);
        help->showTopic(widgets::HelpTopics::kOverview);
        Q_EMIT help->browser()->anchorClicked(QUrl(QStringLiteral("help:kb")));
        QCOMPARE(help->currentTopic(), QStringLiteral("kb"));
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestQuickReference)
#include "test_quickreference.moc"
