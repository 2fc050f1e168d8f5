#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/shell/mainwindow.h"

#include <QAction>
#include <QMap>
#include <QMenu>
#include <QTest>

using namespace civicdesk;

namespace {
// The widgets (not menus) an action's shortcut is bound to.
QList<QWidget *> boundWidgets(const QAction *action)
{
    QList<QWidget *> widgets;
    for (QObject *o : action->associatedObjects()) {
        auto *w = qobject_cast<QWidget *>(o);
        if (w && !qobject_cast<QMenu *>(w))
            widgets.append(w);
    }
    return widgets;
}

bool nested(const QWidget *a, const QWidget *b)
{
    return a == b || a->isAncestorOf(b) || b->isAncestorOf(a);
}
} // namespace

// Two enabled actions that answer the same key in the same place cancel each other: Qt calls the
// key ambiguous and triggers neither (the call form's Undo and the queue's Undo both take Ctrl+Z).
// Every key that two of the main window's actions share must belong to places that never
// overlap, so whichever has the focus gets it.
class TestShortcutClash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedKeysAnswerInSeparatePlaces()
    {
        testsupport::TempProfile profile;
        widgets::MainWindow window(profile.store());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QMap<QString, QList<QAction *>> byKey;
        for (QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                if (!key.isEmpty())
                    byKey[key.toString(QKeySequence::PortableText)].append(action);
            }
        }
        QVERIFY(byKey.contains(QStringLiteral("Ctrl+Z")));
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            const QList<QAction *> &actions = it.value();
            for (qsizetype i = 0; i < actions.size(); ++i) {
                for (qsizetype j = i + 1; j < actions.size(); ++j) {
                    const QAction *a = actions.at(i);
                    const QAction *b = actions.at(j);
                    const QString pair =
                        QStringLiteral("%1: %2 and %3").arg(it.key(), a->objectName(), b->objectName());
                    QVERIFY2(a->shortcutContext() == Qt::WidgetWithChildrenShortcut &&
                                 b->shortcutContext() == Qt::WidgetWithChildrenShortcut,
                             qPrintable(pair + QStringLiteral(" are both live window-wide")));
                    for (const QWidget *wa : boundWidgets(a)) {
                        for (const QWidget *wb : boundWidgets(b))
                            QVERIFY2(!nested(wa, wb),
                                     qPrintable(pair + QStringLiteral(" overlap in ") + wa->objectName() +
                                                QLatin1Char('/') + wb->objectName()));
                    }
                }
            }
        }
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestShortcutClash)
#include "test_shortcutclash.moc"
