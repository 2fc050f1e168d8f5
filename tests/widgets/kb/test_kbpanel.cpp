// The KB panel with real widgets (offscreen) on a real store: typing searches off the UI thread,
// only the newest result is shown, articles render, and the buttons do what they say.
#include "core/kb/kbhitlistmodel.h"
#include "core/kb/kbrepository.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/kb/kbeditordialog.h"
#include "widgets/kb/kbpanel.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/messagebox.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextBrowser>

using namespace civicdesk;

class TestKbPanel : public QObject
{
    Q_OBJECT

private:
    static QString topId(widgets::KbPanel &panel)
    {
        return panel.resultsModel()->rowCount() ? panel.resultsModel()->hit(0).id : QString();
    }

    // Every input of `top` has an accessible name, and every one a user types into or picks
    // from has a label whose mnemonic focuses it. Parts of composite widgets (a date edit's line
    // edit, a combo's popup list) are skipped: the composite is what is labelled.
    static void checkLabelled(QWidget &top)
    {
        QSet<const QWidget *> buddies;
        for (const QLabel *label : top.findChildren<QLabel *>()) {
            if (label->buddy())
                buddies.insert(label->buddy());
        }
        int checked = 0;
        for (QWidget *w : top.findChildren<QWidget *>()) {
            if (w->window() != &top || qobject_cast<QAbstractSpinBox *>(w->parentWidget())
                || qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            const bool editable = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractSpinBox *>(w) || (qobject_cast<QPlainTextEdit *>(w));
            const bool view = qobject_cast<QAbstractItemView *>(w) || qobject_cast<QTextBrowser *>(w);
            if (!editable && !view)
                continue;
            ++checked;
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName() + QStringLiteral(" has no accessible name")));
            if (editable)
                QVERIFY2(buddies.contains(w), qPrintable(w->objectName() + QStringLiteral(" has no label buddy")));
        }
        QVERIFY(checked > 0);
    }

private Q_SLOTS:
    void everyInputIsLabelled()
    {
        testsupport::TempProfile p;
        widgets::KbPanel panel(p.store());
        checkLabelled(panel);
        QCOMPARE(panel.findChild<QComboBox *>(QStringLiteral("kbAgency"))->accessibleName(), QStringLiteral("Agency filter"));
        core::KbRepository(p.store().database()).setEditors({p.store().actor()});
        widgets::KbEditorDialog dialog(p.store(), QStringLiteral("kb-svc-pothole"));
        checkLabelled(dialog);
    }

    void typingShowsResults()
    {
        testsupport::TempProfile p;
        widgets::KbPanel panel(p.store());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::keyClicks(panel.searchField(), QStringLiteral("potho"));
        QTRY_COMPARE(topId(panel), QStringLiteral("kb-svc-pothole"));
        // The top article is shown, rendered from Markdown (no literal ** left).
        auto *view = panel.findChild<QTextBrowser *>(QStringLiteral("kbArticle"));
        QTRY_VERIFY(view->toPlainText().contains(QStringLiteral("Report a pothole")));
        QVERIFY(!view->toPlainText().contains(QStringLiteral("**")));
        QCOMPARE(panel.currentArticleId(), QStringLiteral("kb-svc-pothole"));
    }

    void staleResultsNeverWin()
    {
        testsupport::TempProfile p;
        widgets::KbPanel panel(p.store());
        QSignalSpy shown(&panel, &widgets::KbPanel::resultsShown);
        // Every keystroke starts a search; only the last generation may reach the list.
        QTest::keyClicks(panel.searchField(), QStringLiteral("streetlight out"));
        const int last = panel.generation();
        QTRY_VERIFY(!shown.isEmpty() && shown.constLast().at(0).toInt() == last);
        for (const auto &args : std::as_const(shown))
            QVERIFY(args.at(0).toInt() <= last);
        QCOMPARE(shown.constLast().at(0).toInt(), last);
        QCOMPARE(topId(panel), QStringLiteral("kb-svc-streetlight-out"));
        // Clearing the field empties the list at once.
        panel.searchField()->clear();
        QCOMPARE(panel.resultsModel()->rowCount(), 0);
        QTest::keyClicks(panel.searchField(), QStringLiteral("graffiti"));
        QTRY_COMPARE(topId(panel), QStringLiteral("kb-svc-graffiti"));
    }

    void buttonsEmitAndRecord()
    {
        testsupport::TempProfile p;
        widgets::KbPanel panel(p.store());
        QSignalSpy use(&panel, &widgets::KbPanel::useInCallRequested);
        QSignalSpy create(&panel, &widgets::KbPanel::createRequestRequested);
        QTest::keyClicks(panel.searchField(), QStringLiteral("pothole"));
        QTRY_COMPARE(panel.currentArticleId(), QStringLiteral("kb-svc-pothole"));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("kbUseInCall")), Qt::LeftButton);
        QCOMPARE(use.size(), 1);
        QCOMPARE(use.first().at(0).toString(), QStringLiteral("kb-svc-pothole"));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("kbCreateRequest")), Qt::LeftButton);
        QCOMPARE(create.size(), 1);
        QCOMPARE(create.first().at(0).toString(), QStringLiteral("POTHOLE"));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("kbHelpful")), Qt::LeftButton);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("kbNotHelpful")), Qt::LeftButton);
        const core::Article a = *core::KbRepository(p.store().database()).find(QStringLiteral("kb-svc-pothole"));
        QCOMPARE(a.helpful, 1);
        QCOMPARE(a.notHelpful, 1);
        // A general-information article has no service: "Create request" is off.
        panel.searchField()->clear();
        QTest::keyClicks(panel.searchField(), QStringLiteral("library hours"));
        QTRY_COMPARE(panel.currentArticleId(), QStringLiteral("kb-gen-library-hours"));
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("kbCreateRequest"))->isEnabled());
    }

    void editButtonOnlyForEditors()
    {
        testsupport::TempProfile p;
        {
            widgets::KbPanel panel(p.store());
            QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("kbEdit"))->isHidden());
        }
        core::KbRepository(p.store().database()).setEditors({p.store().actor()});
        widgets::KbPanel panel(p.store());
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("kbEdit"))->isHidden());
    }

    void editorSavesVersionsAndShowsDiff()
    {
        testsupport::TempProfile p;
        const core::KbRepository repo(p.store().database());
        repo.ensureBuiltIn();
        repo.setEditors({p.store().actor()});
        widgets::KbEditorDialog dialog(p.store(), QStringLiteral("kb-svc-pothole"));
        QCOMPARE(dialog.titleEditor()->text(), QStringLiteral("Report a pothole"));
        dialog.answerEditor()->setPlainText(QStringLiteral("Potholes are fixed in **3 days**."));
        QVERIFY(dialog.preview()->toPlainText().contains(QStringLiteral("Potholes are fixed in 3 days")));
        QVERIFY(dialog.save());
        QCOMPARE(repo.find(QStringLiteral("kb-svc-pothole"))->version, 2);
        QCOMPARE(dialog.historyList()->count(), 2);
        dialog.historyList()->setCurrentRow(1);
        QVERIFY(dialog.diffView()->toPlainText().contains(QStringLiteral("+ Potholes are fixed in **3 days**.")));
        // Reviews due: articles whose review date has passed are listed.
        core::Article old = *repo.find(QStringLiteral("kb-gen-library-hours"));
        old.reviewBy = QDate::currentDate().addDays(-3);
        repo.save(old, p.store().actor());
        widgets::KbEditorDialog again(p.store(), {});
        bool listed = false;
        for (int i = 0; i < again.reviewsList()->count(); ++i)
            listed |= again.reviewsList()->item(i)->data(Qt::UserRole).toString() == QLatin1String("kb-gen-library-hours");
        QVERIFY(listed);
    }

    // The editor asks core, and shows core's refusal: a user taken off the editors' list while
    // the editor is open saves nothing, and a new article may not take an existing id.
    void editorShowsWhatCoreRefuses()
    {
        testsupport::TempProfile p;
        const core::KbRepository repo(p.store().database());
        repo.ensureBuiltIn();
        repo.setEditors({p.store().actor()});
        widgets::KbEditorDialog dialog(p.store(), QStringLiteral("kb-svc-pothole"));
        repo.setEditors({QStringLiteral("someone-else")});
        dialog.answerEditor()->setPlainText(QStringLiteral("Potholes are never fixed."));
        widgets::MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!dialog.save());
        QCOMPARE(widgets::MessageBox::lastText(),
                 QStringLiteral("%1 may not edit the knowledge base").arg(p.store().actor()));
        QCOMPARE(repo.find(QStringLiteral("kb-svc-pothole"))->version, 1);

        repo.setEditors({p.store().actor()});
        dialog.load({});
        dialog.titleEditor()->setText(QStringLiteral("A second pothole article"));
        dialog.findChild<QLineEdit *>(QStringLiteral("kbEditId"))->setText(QStringLiteral("kb-svc-pothole"));
        dialog.answerEditor()->setPlainText(QStringLiteral("Another answer."));
        widgets::MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!dialog.save());
        QCOMPARE(widgets::MessageBox::lastText(),
                 QStringLiteral("an article with id kb-svc-pothole already exists"));
        QCOMPARE(repo.find(QStringLiteral("kb-svc-pothole"))->title, QStringLiteral("Report a pothole"));
    }

    void ctrlKFocusesSearchInMainWindow()
    {
        testsupport::TempProfile p;
        widgets::MainWindow window(p.store());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *panel = window.findChild<widgets::KbPanel *>();
        QVERIFY(panel);
        window.findChild<QDockWidget *>(QStringLiteral("kbDock"))->hide();
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(panel->isVisible());
        QTRY_VERIFY(panel->searchField()->hasFocus());
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestKbPanel)
#include "test_kbpanel.moc"
