// The KB panel for a call taker on the keyboard, on a real store: the list a typed query ends on
// is the list `civicdesk-cli kb search` prints for the same words; Down reaches the results and
// Enter opens one; Tab never lands on a filter; eight results fit at 1366x768; snippets render
// their Markdown.
#include "core/kb/kbhitlistmodel.h"
#include "core/kb/kbrelevance.h"
#include "support/requireall.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/kb/kbhitdelegate.h"
#include "widgets/kb/kbpanel.h"
#include "widgets/shell/mainwindow.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTextDocument>

using namespace civicdesk;

class TestKbPanelKeyboard : public QObject
{
    Q_OBJECT

private:
    static QStringList shownIds(widgets::KbPanel &panel, int count)
    {
        QStringList out;
        for (int i = 0; i < panel.resultsModel()->rowCount() && i < count; ++i)
            out.append(panel.resultsModel()->hit(i).id);
        return out;
    }

    // What `civicdesk-cli kb search TEXT --limit N --json` prints, as ids.
    static QStringList cliIds(const QString &profile, const QString &text, int limit)
    {
        QProcess p;
        p.start(qEnvironmentVariable("CIVICDESK_CLI"),
                {QStringLiteral("--profile"), profile, QStringLiteral("kb"), QStringLiteral("search"), text,
                 QStringLiteral("--limit"), QString::number(limit), QStringLiteral("--json")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {QStringLiteral("cli failed: ") + QString::fromUtf8(p.readAllStandardError())};
        QStringList out;
        for (const QJsonValue &v : QJsonDocument::fromJson(p.readAllStandardOutput()).array())
            out.append(v.toObject().value(QLatin1String("id")).toString());
        return out;
    }

    static QStringList realQueries(int count)
    {
        QFile file(qEnvironmentVariable("CIVICDESK_SOURCE_DIR", QStringLiteral("..")) +
                   QStringLiteral("/tests/data/kb-relevance.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QStringList out;
        for (const auto &c : core::kbrelevance::parseCases(file.readAll(), file.fileName()).mid(0, count))
            out.append(c.query);
        return out;
    }

private Q_SLOTS:
    // Every prefix of 30 real caller queries is typed key by key; the list the panel ends on is
    // the CLI's list for the final text. "noise" found nothing in the panel while the CLI found 9.
    void typedQueriesEndOnTheCliList()
    {
        if (qEnvironmentVariableIsEmpty("CIVICDESK_CLI"))
            CIVICDESK_SKIP_OR_FAIL(QStringLiteral("CIVICDESK_CLI is not set (run through ctest)"));
        testsupport::TempProfile p;
        widgets::KbPanel panel(p.store());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QStringList queries{QStringLiteral("noise"), QStringLiteral("when is my trash picked up")};
        queries += realQueries(30);
        QCOMPARE(queries.size(), 32);
        for (const QString &query : std::as_const(queries)) {
            const QStringList expected = cliIds(p.directory(), query, 10);
            QVERIFY2(!expected.isEmpty(), qPrintable(query));
            panel.searchField()->setFocus();
            panel.searchField()->clear();
            QTest::keyClicks(panel.searchField(), query);
            QTRY_VERIFY2_WITH_TIMEOUT(shownIds(panel, 10) == expected,
                                      qPrintable(query + QStringLiteral(": ") +
                                                 shownIds(panel, 10).join(u',') + QStringLiteral(" vs ") +
                                                 expected.join(u',')),
                                      10000);
        }
    }

    void downReachesResultsAndEnterOpens()
    {
        testsupport::TempProfile p;
        widgets::KbPanel panel(p.store());
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QSignalSpy opened(&panel, &widgets::KbPanel::articleOpened);
        panel.searchField()->setFocus();
        QTest::keyClicks(panel.searchField(), QStringLiteral("trash "));
        QTRY_VERIFY(panel.resultsModel()->rowCount() >= 3);
        auto *results = panel.findChild<QListView *>(QStringLiteral("kbResults"));
        QTest::keyClick(panel.searchField(), Qt::Key_Down);
        QVERIFY(results->hasFocus());
        QCOMPARE(results->currentIndex().row(), 0);
        QTest::keyClick(results, Qt::Key_Down);
        QCOMPARE(results->currentIndex().row(), 1);
        const QString second = panel.resultsModel()->hit(1).id;
        QTest::keyClick(results, Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.constFirst().at(0).toString(), second);
        QCOMPARE(panel.currentArticleId(), second);
        QVERIFY(panel.findChild<QTextBrowser *>(QStringLiteral("kbArticle"))->hasFocus());
        // Enter in the search box opens the current article too.
        panel.searchField()->setFocus();
        QTest::keyClick(panel.searchField(), Qt::Key_Return);
        QCOMPARE(opened.size(), 2);
    }

    void tabNeverLandsOnAFilter()
    {
        testsupport::TempProfile p;
        widgets::KbPanel panel(p.store());
        panel.show();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        auto *language = panel.findChild<QComboBox *>(QStringLiteral("kbLanguage"));
        panel.searchField()->setFocus();
        QTest::keyClicks(panel.searchField(), QStringLiteral("permit "));
        QTRY_VERIFY(panel.resultsModel()->rowCount() > 0);
        // Around the whole tab chain and back: no filter takes the focus, so no arrow key
        // changes one unseen.
        for (int i = 0; i < 20; ++i) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QVERIFY2(!qobject_cast<QComboBox *>(focus), qPrintable(focus->objectName()));
            QTest::keyClick(focus, Qt::Key_Down);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(language->currentIndex(), 0);
        // The filters are still one mnemonic away.
        QTest::keyClick(&panel, Qt::Key_L, Qt::AltModifier);
        QTRY_VERIFY(language->hasFocus());
    }

    void eightResultsFitAt1366x768()
    {
        testsupport::TempProfile p;
        widgets::MainWindow window(p.store());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *panel = window.findChild<widgets::KbPanel *>();
        QVERIFY(panel);
        window.findChild<QDockWidget *>(QStringLiteral("kbDock"))->show();
        QTest::keyClicks(panel->searchField(), QStringLiteral("permit "));
        QTRY_VERIFY(panel->resultsModel()->rowCount() >= 10);
        auto *results = panel->findChild<QListView *>(QStringLiteral("kbResults"));
        QTest::qWait(0); // let the list lay out its rows
        int whole = 0;
        for (int i = 0; i < panel->resultsModel()->rowCount(); ++i) {
            const QRect r = results->visualRect(panel->resultsModel()->index(i, 0));
            if (!r.isEmpty() && results->viewport()->rect().contains(r))
                ++whole;
        }
        const QString shot = qEnvironmentVariable("CIVICDESK_KB_SCREENSHOT");
        if (!shot.isEmpty())
            window.grab().save(shot);
        QVERIFY2(whole >= 8,
                 qPrintable(
                     QStringLiteral("%1 whole rows in %2 px").arg(whole).arg(results->viewport()->height())));
    }

    void snippetsRenderTheirMarkdown()
    {
        const QString html = widgets::KbHitDelegate::snippetHtml(
            QStringLiteral("Quiet hours are **10 p.m. to 7 a.m.**; see [the ordinance](https://example.org) "
                           "or call _311_. # Fees … **cut"));
        QTextDocument doc;
        doc.setHtml(html);
        const QString plain = doc.toPlainText();
        QVERIFY2(!plain.contains(QStringLiteral("**")) && !plain.contains(u'[') && !plain.contains(u'#'),
                 qPrintable(plain));
        QVERIFY(html.contains(QStringLiteral("<b>10 p.m. to 7 a.m.</b>")));
        QVERIFY(html.contains(QStringLiteral("<i>311</i>")));
        QVERIFY(plain.contains(QStringLiteral("see the ordinance or call 311")));
        // A real snippet from the built-in articles that holds Markdown emphasis.
        testsupport::TempProfile p;
        widgets::KbPanel panel(p.store());
        QTest::keyClicks(panel.searchField(), QStringLiteral("quiet hours "));
        QTRY_VERIFY(panel.resultsModel()->rowCount() > 0);
        bool sawMarkup = false;
        for (int i = 0; i < panel.resultsModel()->rowCount(); ++i) {
            const QModelIndex index = panel.resultsModel()->index(i, 0);
            sawMarkup =
                sawMarkup ||
                index.data(core::KbHitListModel::SnippetRole).toString().contains(QStringLiteral("**"));
            QTextDocument row;
            row.setHtml(widgets::KbHitDelegate::html(index));
            QVERIFY2(!row.toPlainText().contains(QStringLiteral("**")), qPrintable(row.toPlainText()));
        }
        QVERIFY(sawMarkup); // the articles' own snippets do hold Markdown
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestKbPanelKeyboard)
#include "test_kbpanelkeyboard.moc"
