// Hints, tooltips and placeholders that name a shortcut follow the shortcut: after Preferences
// binds other keys (ShortcutBinder::apply, as OK does), every such text names the new keys and
// none still names the old ones.
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/intake/emergencybanner.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/settings/shortcutbinder.h"
#include "widgets/shell/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace civicdesk;

namespace {
QString native(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}
} // namespace

class TestShortcutHints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textsFollowARebinding_data()
    {
        QTest::addColumn<QString>("actionId");
        QTest::addColumn<QString>("widget"); // object name of what shows the hint
        QTest::addColumn<QString>("what");   // placeholder, tooltip or text
        QTest::newRow("knowledge base search, placeholder")
            << QStringLiteral("knowledgeBaseAction") << QStringLiteral("kbSearch")
            << QStringLiteral("placeholder");
        QTest::newRow("knowledge base search, tooltip")
            << QStringLiteral("knowledgeBaseAction") << QStringLiteral("kbSearch")
            << QStringLiteral("tooltip");
        QTest::newRow("find by reference") << QStringLiteral("findAction") << QStringLiteral("findReference")
                                           << QStringLiteral("placeholder");
        QTest::newRow("status filter") << QStringLiteral("focusFilterAction")
                                       << QStringLiteral("statusFilter") << QStringLiteral("tooltip");
        QTest::newRow("no call page")
            << QStringLiteral("actionNewCall") << QStringLiteral("idlePage") << QStringLiteral("text");
        QTest::newRow("911 banner button") << QStringLiteral("actionTransfer911")
                                           << QStringLiteral("emergencyTransfer") << QStringLiteral("text");
        QTest::newRow("911 banner tooltip")
            << QStringLiteral("actionTransfer911") << QStringLiteral("emergencyTransfer")
            << QStringLiteral("tooltip");
    }

    void textsFollowARebinding()
    {
        QFETCH(QString, actionId);
        QFETCH(QString, widget);
        QFETCH(QString, what);
        testsupport::TempProfile profile;
        widgets::MainWindow window(profile.store());
        QAction *action = window.findChild<QAction *>(actionId);
        QVERIFY2(action, qPrintable(actionId));
        auto *shown = window.findChild<QWidget *>(widget);
        QVERIFY2(shown, qPrintable(widget));
        const auto text = [&]() -> QString {
            if (what == QLatin1String("tooltip"))
                return shown->toolTip();
            if (what == QLatin1String("placeholder"))
                return qobject_cast<QLineEdit *>(shown)->placeholderText();
            if (auto *label = qobject_cast<QLabel *>(shown))
                return label->text();
            return qobject_cast<QPushButton *>(shown)->text();
        };
        const QString before = native(action->shortcut());
        QVERIFY(!before.isEmpty());
        QVERIFY2(text().contains(before), qPrintable(text()));

        const QKeySequence rebound(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_J);
        widgets::ShortcutBinder::apply(widgets::ShortcutBinder::actions(window),
                                       {{actionId, rebound.toString(QKeySequence::PortableText)}});
        QCOMPARE(action->shortcut(), rebound);
        QVERIFY2(text().contains(native(rebound)), qPrintable(text()));
        QVERIFY2(!text().contains(before), qPrintable(text()));

        // Back to the default keys, as Preferences' "Reset" does.
        widgets::ShortcutBinder::apply(widgets::ShortcutBinder::actions(window), {});
        QVERIFY2(text().contains(before), qPrintable(text()));
        QVERIFY2(!text().contains(native(rebound)), qPrintable(text()));
    }

    void actionTooltipsFollowEvenFromNoKeys()
    {
        testsupport::TempProfile profile;
        widgets::MainWindow window(profile.store());
        QAction *refresh = window.findChild<QAction *>(QStringLiteral("refreshAction"));
        QVERIFY(refresh);
        const QString tip = refresh->toolTip();
        widgets::ShortcutBinder::apply(widgets::ShortcutBinder::actions(window),
                                       {{QStringLiteral("refreshAction"), QString()}});
        QVERIFY(refresh->shortcut().isEmpty());
        QVERIFY2(!refresh->toolTip().contains(QLatin1Char('(')), qPrintable(refresh->toolTip()));
        const QKeySequence rebound(Qt::CTRL | Qt::ALT | Qt::Key_J);
        widgets::ShortcutBinder::apply(
            widgets::ShortcutBinder::actions(window),
            {{QStringLiteral("refreshAction"), rebound.toString(QKeySequence::PortableText)}});
        QVERIFY2(refresh->toolTip().endsWith(QStringLiteral("(%1)").arg(native(rebound))),
                 qPrintable(refresh->toolTip()));
        widgets::ShortcutBinder::apply(widgets::ShortcutBinder::actions(window), {});
        QCOMPARE(refresh->toolTip(), tip);
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestShortcutHints)
#include "test_shortcuthints.moc"
