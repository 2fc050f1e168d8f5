// Edit > Preferences on real widgets and real files: each section saves and reads back, bad
// input is refused naming what is wrong with nothing written, shortcuts apply at once and after
// a restart, the language switches the menus and the intake at once with the call kept, and
// every input has an accessible name and is reached by Tab.
#include "core/accounts/localsignin.h"
#include "core/demo/demosandbox.h"
#include "core/settings/emergencytriggerlist.h"
#include "core/settings/uilanguage.h"
#include "core/settings/workstationsettings.h"
#include "core/sync/serversettings.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/intake/callerpanel.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/settings/mainwindowhost.h"
#include "widgets/settings/preferencesdialog.h"
#include "widgets/settings/serverpage.h"
#include "widgets/settings/shortcutbinder.h"
#include "widgets/settings/shortcuttable.h"
#include "widgets/settings/triggerlisteditor.h"
#include "widgets/shell/mainwindow.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>

using namespace civicdesk;

namespace {
QAction *actionNamed(const QMainWindow &window, const QString &id)
{
    for (QAction *a : widgets::ShortcutBinder::actions(window))
        if (a->objectName() == id)
            return a;
    return nullptr;
}

int rowOf(const widgets::ShortcutTable &table, const QString &name)
{
    for (int row = 0; row < table.table()->rowCount(); ++row)
        if (table.table()->item(row, 0)->text().endsWith(name))
            return row;
    return -1;
}

void clickOk(QDialog &dialog)
{
    auto *box = dialog.findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool isInput(QWidget *w)
{
    return qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
           qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractButton *>(w) ||
           qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QKeySequenceEdit *>(w) ||
           qobject_cast<QAbstractItemView *>(w);
}

// The input a focused widget belongs to (a spin box's or key editor's inner line edit).
QWidget *inputOf(QWidget *w)
{
    for (QWidget *p = w; p; p = p->parentWidget())
        if (qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QKeySequenceEdit *>(p) ||
            qobject_cast<QComboBox *>(p))
            return p;
    return w;
}
} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<testsupport::TempProfile> m_profile;

private Q_SLOTS:
    void init() { m_profile = std::make_unique<testsupport::TempProfile>(); }
    void cleanup()
    {
        core::UiLanguage::apply(QStringLiteral("en"));
        m_profile.reset();
    }

    void eachSectionSavesAndReloads()
    {
        const core::Profile profile(m_profile->directory());
        widgets::MainWindow window(m_profile->store());
        {
            widgets::PreferencesDialog dialog(profile, widgets::ShortcutBinder::actions(window));
            dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("fr")));
            auto *server = dialog.serverPage();
            server->findChild<QLineEdit *>(QStringLiteral("prefsServerHost"))
                ->setText(QStringLiteral("db.city.example"));
            server->findChild<QSpinBox *>(QStringLiteral("prefsServerPort"))->setValue(6432);
            server->findChild<QLineEdit *>(QStringLiteral("prefsServerDatabase"))
                ->setText(QStringLiteral("civic"));
            server->findChild<QLineEdit *>(QStringLiteral("prefsServerUser"))
                ->setText(QStringLiteral("desk7"));
            server->findChild<QComboBox *>(QStringLiteral("prefsServerSslMode"))
                ->setCurrentText(QStringLiteral("require"));
            dialog.onlineMapButton()->setChecked(true);
            dialog.xyzUrlEdit()->setText(QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png"));
            dialog.xyzAttributionEdit()->setText(QStringLiteral("© Example tiles"));
            dialog.xyzMaxZoomBox()->setValue(18);
            auto *triggers = dialog.triggerEditor();
            QTest::mouseClick(triggers->addButton(), Qt::LeftButton);
            triggers->keyEdit()->clear();
            QTest::keyClicks(triggers->keyEdit(), QStringLiteral("sinkhole"));
            QTest::keyClicks(triggers->patternsEdit(), QStringLiteral("\\bsink ?hole\\b"));
            auto *shortcuts = dialog.shortcutTable();
            const int row = rowOf(*shortcuts, QStringLiteral("Refresh"));
            QVERIFY(row >= 0);
            shortcuts->table()->setCurrentCell(row, 0);
            QVERIFY(shortcuts->assign(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R)));
            clickOk(dialog);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QStringList warnings;
        const core::WorkstationSettings saved = core::WorkstationSettings::load(profile, &warnings);
        QVERIFY(warnings.isEmpty());
        QCOMPARE(saved.language, QStringLiteral("fr"));
        QCOMPARE(saved.mapSource, core::WorkstationSettings::MapSource::OnlineXyz);
        QCOMPARE(saved.xyzMaxZoom, 18);
        QCOMPARE(saved.shortcuts.value(QStringLiteral("refreshAction")), QStringLiteral("Ctrl+Alt+R"));
        const core::ServerSettings server = core::ServerSettings::load(profile);
        QCOMPARE(server.url, QStringLiteral("postgresql://db.city.example:6432/civic"));
        QCOMPARE(server.user, QStringLiteral("desk7"));
        QCOMPARE(core::EmergencyTriggerList::load(profile.directory()).triggers.last().key,
                 QStringLiteral("sinkhole"));

        // A new dialog shows what was saved.
        widgets::PreferencesDialog again(profile, widgets::ShortcutBinder::actions(window));
        QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("fr"));
        QVERIFY(again.onlineMapButton()->isChecked());
        QCOMPARE(again.xyzAttributionEdit()->text(), QStringLiteral("© Example tiles"));
        QCOMPARE(again.serverPage()->findChild<QLineEdit *>(QStringLiteral("prefsServerHost"))->text(),
                 QStringLiteral("db.city.example"));
        QCOMPARE(again.serverPage()->findChild<QSpinBox *>(QStringLiteral("prefsServerPort"))->value(), 6432);
        QCOMPARE(again.triggerEditor()->triggerList()->count(),
                 core::EmergencyTriggerList::builtIn().triggers.size() + 1);
    }

    void badInputIsRefusedAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<int>("section");
        QTest::addColumn<QString>("says");
        QTest::newRow("tile URL") << QStringLiteral("url") << int(widgets::PreferencesDialog::MapSection)
                                  << QStringLiteral("{z}, {x} and {y}");
        QTest::newRow("mbtiles file")
            << QStringLiteral("mbtiles") << int(widgets::PreferencesDialog::MapSection)
            << QStringLiteral("does not exist");
        QTest::newRow("trigger regex")
            << QStringLiteral("regex") << int(widgets::PreferencesDialog::TriggerSection)
            << QStringLiteral("triggers[0].patterns");
        QTest::newRow("server sslmode")
            << QStringLiteral("verify") << int(widgets::PreferencesDialog::ServerSection)
            << QStringLiteral("CA certificate");
        QTest::newRow("profile folder")
            << QStringLiteral("profile") << int(widgets::PreferencesDialog::GeneralSection)
            << QStringLiteral("full path");
    }
    void badInputIsRefusedAndNothingIsWritten()
    {
        QFETCH(QString, problem);
        QFETCH(int, section);
        QFETCH(QString, says);
        const core::Profile profile(m_profile->directory());
        widgets::MainWindow window(m_profile->store());
        const QByteArray iniBefore = fileBytes(profile.settingsPath());
        widgets::PreferencesDialog dialog(profile, widgets::ShortcutBinder::actions(window));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("es")));
        if (problem == QLatin1String("url")) {
            dialog.onlineMapButton()->setChecked(true);
            dialog.xyzUrlEdit()->setText(QStringLiteral("https://tiles.example.org/tile.png"));
            dialog.xyzAttributionEdit()->setText(QStringLiteral("x"));
        } else if (problem == QLatin1String("mbtiles")) {
            dialog.mbtilesMapButton()->setChecked(true);
            dialog.mbtilesEdit()->setText(m_profile->directory() + QStringLiteral("/none.mbtiles"));
        } else if (problem == QLatin1String("regex")) {
            dialog.triggerEditor()->triggerList()->setCurrentRow(0);
            dialog.triggerEditor()->patternsEdit()->appendPlainText(QStringLiteral("(unclosed"));
        } else if (problem == QLatin1String("verify")) {
            auto *server = dialog.serverPage();
            server->findChild<QLineEdit *>(QStringLiteral("prefsServerHost"))
                ->setText(QStringLiteral("db.example"));
            server->findChild<QComboBox *>(QStringLiteral("prefsServerSslMode"))
                ->setCurrentText(QStringLiteral("verify-full"));
        } else {
            dialog.profileEdit()->setText(QStringLiteral("relative/folder"));
        }
        dialog.show();
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.tabs()->currentIndex(), section);
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY2(dialog.errorLabel()->text().contains(says), qPrintable(dialog.errorLabel()->text()));
        QCOMPARE(fileBytes(profile.settingsPath()), iniBefore);
        QVERIFY(!QFile::exists(core::EmergencyTriggerList::filePath(profile.directory())));
    }

    void shortcutConflictIsRefusedNamingTheOtherAction()
    {
        widgets::MainWindow window(m_profile->store());
        widgets::PreferencesDialog dialog(core::Profile(m_profile->directory()),
                                          widgets::ShortcutBinder::actions(window));
        auto *shortcuts = dialog.shortcutTable();
        const int row = rowOf(*shortcuts, QStringLiteral("Refresh"));
        shortcuts->table()->setCurrentCell(row, 0);
        const QString before = shortcuts->table()->item(row, 1)->text();
        // Ctrl+K is the knowledge base's.
        QVERIFY(!shortcuts->assign(QKeySequence(Qt::CTRL | Qt::Key_K)));
        QVERIFY2(shortcuts->messageLabel()->text().contains(QStringLiteral("Knowledge base")),
                 qPrintable(shortcuts->messageLabel()->text()));
        QCOMPARE(shortcuts->table()->item(row, 1)->text(), before);
        QVERIFY(shortcuts->changed().isEmpty());
    }

    void shortcutChangeAppliesAndSurvivesARestart()
    {
        {
            widgets::MainWindow window(m_profile->store());
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QAction *prefs = actionNamed(window, QStringLiteral("actionPreferences"));
            QVERIFY(prefs);
            QCOMPARE(prefs->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
            prefs->trigger();
            auto *dialog = window.findChild<widgets::PreferencesDialog *>();
            QVERIFY(dialog);
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            auto *shortcuts = dialog->shortcutTable();
            const int row = rowOf(*shortcuts, QStringLiteral("Refresh"));
            shortcuts->table()->setCurrentCell(row, 0);
            // Typed into the key editor, as a user does; it commits when typing pauses.
            shortcuts->keyEdit()->setFocus();
            QTest::keyClick(shortcuts->keyEdit(), Qt::Key_J, Qt::ControlModifier | Qt::AltModifier);
            QTRY_COMPARE(shortcuts->table()->item(row, 1)->text(),
                         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J).toString(QKeySequence::NativeText));
            clickOk(*dialog);
            QCOMPARE(actionNamed(window, QStringLiteral("refreshAction"))->shortcut(),
                     QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
        }
        m_profile->reopen();
        widgets::MainWindow restarted(m_profile->store());
        QCOMPARE(actionNamed(restarted, QStringLiteral("refreshAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
        // The other actions kept theirs.
        QCOMPARE(actionNamed(restarted, QStringLiteral("knowledgeBaseAction"))->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_K));
    }

    void languageSwitchesAtOnceAndTheCallSurvives()
    {
        widgets::MainWindowHost host(m_profile->store(), core::LocalSignIn::beforeSignIn(m_profile->store()));
        host.window()->show();
        QVERIFY(QTest::qWaitForWindowActive(host.window()));
        host.window()->intake()->startNewCall(QStringLiteral("+15551234567"));
        QVERIFY(host.window()->intake()->isCallOpen());
        const QString phone = host.window()->intake()->callerPanel()->phoneEdit()->text();
        QVERIFY(!phone.isEmpty());
        QCOMPARE(host.window()->menuBar()->actions().first()->text(), QStringLiteral("&File"));

        actionNamed(*host.window(), QStringLiteral("actionPreferences"))->trigger();
        auto *dialog = host.window()->findChild<widgets::PreferencesDialog *>();
        QVERIFY(dialog);
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("es")));
        clickOk(*dialog);

        QTRY_COMPARE(host.window()->menuBar()->actions().first()->text(), QStringLiteral("&Archivo"));
        QCOMPARE(host.window()->intake()->newCallAction()->text(), QStringLiteral("&Nueva llamada"));
        QCOMPARE(host.window()->windowTitle(), QStringLiteral("CivicDesk"));
        QVERIFY(host.window()->isVisible());
        // The call goes on in the new language.
        QVERIFY(host.window()->intake()->isCallOpen());
        QCOMPARE(host.window()->intake()->callerPanel()->phoneEdit()->text(), phone);
        QCOMPARE(core::WorkstationSettings::load(core::Profile(m_profile->directory())).language,
                 QStringLiteral("es"));

        // And back, through the dialog of the new window.
        actionNamed(*host.window(), QStringLiteral("actionPreferences"))->trigger();
        dialog = host.window()->findChild<widgets::PreferencesDialog *>();
        QVERIFY(dialog);
        dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData(QStringLiteral("en")));
        clickOk(*dialog);
        QTRY_COMPARE(host.window()->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QVERIFY(host.window()->intake()->isCallOpen());
    }

    void demoModeDisablesTheServerAndOnlineTiles()
    {
        core::DemoSandbox::writeMarker(m_profile->directory(), {{QStringLiteral("seed"), 1}});
        widgets::MainWindow window(m_profile->store());
        widgets::PreferencesDialog dialog(core::Profile(m_profile->directory()),
                                          widgets::ShortcutBinder::actions(window));
        const auto fields = dialog.serverPage()->findChildren<QWidget *>();
        int inputs = 0;
        for (QWidget *w : fields) {
            if (!isInput(w) || w->parentWidget() != dialog.serverPage())
                continue;
            ++inputs;
            QVERIFY2(!w->isEnabled(), qPrintable(w->objectName()));
        }
        QVERIFY(inputs >= 8);
        QVERIFY(!dialog.onlineMapButton()->isEnabled());
        clickOk(dialog); // the rest still saves
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void testConnectionRunsAndNamesARefusedPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        widgets::MainWindow window(m_profile->store());
        widgets::PreferencesDialog dialog(core::Profile(m_profile->directory()),
                                          widgets::ShortcutBinder::actions(window));
        auto *server = dialog.serverPage();
        server->findChild<QLineEdit *>(QStringLiteral("prefsServerHost"))
            ->setText(QStringLiteral("127.0.0.1"));
        server->findChild<QSpinBox *>(QStringLiteral("prefsServerPort"))->setValue(port);
        server->findChild<QComboBox *>(QStringLiteral("prefsServerSslMode"))
            ->setCurrentText(QStringLiteral("disable"));
        QTest::mouseClick(server->testButton(), Qt::LeftButton);
        QVERIFY(!server->testButton()->isEnabled()); // running, and the UI still turns
        QTRY_VERIFY_WITH_TIMEOUT(server->testButton()->isEnabled(), 12000);
        QVERIFY2(server->testResultLabel()->text().contains(QStringLiteral("refused")),
                 qPrintable(server->testResultLabel()->text()));
    }

    void everyInputHasANameAndIsReachedByTab()
    {
        widgets::MainWindow window(m_profile->store());
        widgets::PreferencesDialog dialog(core::Profile(m_profile->directory()),
                                          widgets::ShortcutBinder::actions(window));
        dialog.onlineMapButton()->setChecked(true); // every map field enabled
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        for (int tab = 0; tab < dialog.tabs()->count(); ++tab) {
            dialog.tabs()->setCurrentIndex(tab);
            QWidget *page = dialog.tabs()->widget(tab);
            QSet<QWidget *> reached;
            dialog.tabs()->tabBar()->setFocus();
            for (int i = 0; i < 80; ++i) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                reached.insert(inputOf(QApplication::focusWidget()));
            }
            const auto all = page->findChildren<QWidget *>();
            for (QWidget *w : all) {
                if (!isInput(w) || !w->isVisibleTo(page) || !w->isEnabled() || inputOf(w) != w ||
                    qobject_cast<QAbstractItemView *>(w->parentWidget()) || w->focusPolicy() == Qt::NoFocus)
                    continue;
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
                QVERIFY2(a && !a->text(QAccessible::Name).trimmed().isEmpty(),
                         qPrintable(QStringLiteral("%1 on %2 has no accessible name")
                                        .arg(w->objectName(), page->objectName())));
                // Radio buttons of one group are one Tab stop; the arrow keys move between them.
                if (qobject_cast<QRadioButton *>(w)) {
                    bool groupReached = false;
                    for (QWidget *r : std::as_const(reached))
                        groupReached = groupReached || (qobject_cast<QRadioButton *>(r) &&
                                                        r->parentWidget() == w->parentWidget());
                    QVERIFY2(groupReached, qPrintable(w->objectName()));
                    continue;
                }
                QVERIFY2(
                    reached.contains(w),
                    qPrintable(QStringLiteral("%1 (%2) on %3 is not reached by Tab")
                                   .arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()),
                                        page->objectName())));
            }
        }
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestPreferencesDialog)
#include "test_preferencesdialog.moc"
