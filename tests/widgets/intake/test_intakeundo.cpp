// The call form's undo history on a QUndoStack, driven by keys as a call taker would: Ctrl+Z and
// Ctrl+Shift+Z (the Call menu's Undo and Redo in form), one step per field, and the actions
// that the call's state (core::CallLifecycle) turns on and off.
#include "core/intake/calllifecycle.h"
#include "support/tempprofile.h"
#include "support/testmain.h"
#include "widgets/intake/attributeform.h"
#include "widgets/intake/callerpanel.h"
#include "widgets/intake/descriptionedit.h"
#include "widgets/intake/intakewidget.h"
#include "widgets/intake/locationsection.h"
#include "widgets/intake/referencereadback.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace civicdesk;
using State = core::CallLifecycle::State;
using Action = core::CallLifecycle::Action;

class TestIntakeUndo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_profile = std::make_unique<testsupport::TempProfile>();
        m_intake = std::make_unique<widgets::IntakeWidget>(m_profile->store());
        m_intake->resize(1366, 768);
        m_intake->show();
        QVERIFY(QTest::qWaitForWindowActive(m_intake.get()));
    }

    void cleanup()
    {
        m_intake.reset();
        m_profile.reset();
    }

    // Two list answers, undone one at a time with Ctrl+Z and done again with Ctrl+Shift+Z.
    void undoAndRedoByKeys()
    {
        key(Qt::Key_F2);
        QVERIFY(!m_intake->undoAction()->isEnabled()); // nothing typed yet
        QVERIFY(!m_intake->redoAction()->isEnabled());
        m_intake->startRequestForService(QStringLiteral("POTHOLE")); // a step of its own
        QComboBox *size = combo(QStringLiteral("attributes.POTHOLE_SIZE"));
        QCOMPARE(QApplication::focusWidget(), size);
        key(Qt::Key_L);
        key(Qt::Key_Tab);
        key(Qt::Key_B);
        const QStringList location = answer(QStringLiteral("POTHOLE_LOCATION"));
        QVERIFY(!location.isEmpty());
        QCOMPARE(m_intake->undoStack()->count(), 3);

        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(answer(QStringLiteral("POTHOLE_LOCATION")), QStringList());
        QCOMPARE(answer(QStringLiteral("POTHOLE_SIZE")), QStringList{QStringLiteral("LARGE")});
        QVERIFY(m_intake->redoAction()->isEnabled());
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(answer(QStringLiteral("POTHOLE_SIZE")), QStringList());
        QCOMPARE(m_intake->session().serviceCode, QStringLiteral("POTHOLE"));
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_intake->session().serviceCode, QString());
        QVERIFY(!m_intake->undoAction()->isEnabled());
        // Its questions went with the service; the Call menu's Redo brings both back.
        m_intake->redoAction()->trigger();
        QCOMPARE(m_intake->session().serviceCode, QStringLiteral("POTHOLE"));
        combo(QStringLiteral("attributes.POTHOLE_SIZE"))->setFocus();

        key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(answer(QStringLiteral("POTHOLE_SIZE")), QStringList{QStringLiteral("LARGE")});
        QCOMPARE(answer(QStringLiteral("POTHOLE_LOCATION")), QStringList());
        key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(answer(QStringLiteral("POTHOLE_LOCATION")), location);
        QVERIFY(!m_intake->redoAction()->isEnabled());
        // The focus stays in the form after the questions were rebuilt.
        QVERIFY(m_intake->isAncestorOf(QApplication::focusWidget()));
    }

    // Typing on in one field is one step; the next field starts another. A new edit after an
    // undo drops what could have been redone.
    void oneStepPerField()
    {
        key(Qt::Key_F2);
        QLineEdit *first = m_intake->callerPanel()->findChild<QLineEdit *>(QStringLiteral("callerFirstName"));
        QLineEdit *last = m_intake->callerPanel()->findChild<QLineEdit *>(QStringLiteral("callerLastName"));
        first->setFocus();
        QTest::keyClicks(first, QStringLiteral("Ana"));
        last->setFocus();
        QTest::keyClicks(last, QStringLiteral("Ruiz"));
        QCOMPARE(m_intake->undoStack()->count(), 2);
        m_intake->undoAction()->trigger();
        QCOMPARE(m_intake->session().lastName, QString());
        QCOMPARE(m_intake->session().firstName, QStringLiteral("Ana"));
        QVERIFY(m_intake->redoAction()->isEnabled());
        m_intake->descriptionEdit()->editor()->setFocus();
        QTest::keyClicks(m_intake->descriptionEdit()->editor(), QStringLiteral("Deep hole"));
        QVERIFY(!m_intake->redoAction()->isEnabled());
        QCOMPARE(m_intake->undoStack()->count(), 2);
        m_intake->undoAction()->trigger();
        QCOMPARE(m_intake->session().description, QString());
        QCOMPARE(m_intake->session().firstName, QStringLiteral("Ana"));
    }

    // What an undo puts back is only what was typed: a 911 transfer logged on the call stays.
    void undoKeepsTheLoggedTransfer()
    {
        key(Qt::Key_F2);
        m_intake->descriptionEdit()->editor()->setFocus();
        QTest::keyClicks(m_intake->descriptionEdit()->editor(), QStringLiteral("smoke from the basement"));
        key(Qt::Key_F9);
        QVERIFY(m_intake->session().emergencyTransfer);
        m_intake->undoAction()->trigger();
        QCOMPARE(m_intake->session().description, QString());
        QVERIFY(m_intake->session().emergencyTransfer);
    }

    // Every call action is on exactly when the lifecycle's table says so, in each state.
    void actionsFollowTheLifecycle()
    {
        checkActions(State::Idle);
        key(Qt::Key_F2);
        QCOMPARE(m_intake->callState(), State::InCall);
        checkActions(State::InCall);
        m_intake->startRequestForService(QStringLiteral("POTHOLE"));
        key(Qt::Key_A);
        m_intake->locationSection()->addressEdit()->setFocus();
        QTest::keyClicks(m_intake->locationSection()->addressEdit(), QStringLiteral("12 Elm St"));
        QVERIFY(m_intake->undoAction()->isEnabled());
        key(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(m_intake->callState(), State::Saving); // written on a worker: every action off
        checkActions(State::Saving);
        QTRY_COMPARE(m_intake->callState(), State::Saved);
        checkActions(State::Saved);
        // Ctrl+Z on the read-back does not reopen the saved request's form.
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_intake->callState(), State::Saved);
        m_intake->readback()->finishButton()->click();
        QCOMPARE(m_intake->callState(), State::Idle);
        checkActions(State::Idle);
    }

private:
    void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget *w = QApplication::focusWidget();
        QTest::keyClick(w ? w : m_intake.get(), k, mods);
    }

    QComboBox *combo(const QString &field) const
    {
        return qobject_cast<QComboBox *>(m_intake->attributeForm()->inputFor(field));
    }

    QStringList answer(const QString &code) const { return m_intake->session().attributes.value(code); }

    void checkActions(State state)
    {
        core::CallLifecycle::Conditions c;
        c.draftWaiting = false;
        c.duplicateChosen = false;
        c.canUndo = m_intake->undoStack()->canUndo();
        c.canRedo = m_intake->undoStack()->canRedo();
        const QList<QPair<Action, QAction *>> actions{
            {Action::NewCall, m_intake->newCallAction()},
            {Action::Save, m_intake->saveAction()},
            {Action::InformationOnly, m_intake->informationOnlyAction()},
            {Action::WrapUp, m_intake->wrapUpAction()},
            {Action::Transfer911, m_intake->transferAction()},
            {Action::Discard, m_intake->discardAction()},
            {Action::Undo, m_intake->undoAction()},
            {Action::Redo, m_intake->redoAction()},
            {Action::Restore, m_intake->restoreAction()},
            {Action::LinkDuplicate, m_intake->linkDuplicateAction()}};
        for (const auto &[action, qaction] : actions)
            QVERIFY2(qaction->isEnabled() == core::CallLifecycle::enables(state, action, c),
                     qPrintable(core::CallLifecycle::key(state) + u' ' + core::CallLifecycle::key(action)));
    }

    std::unique_ptr<testsupport::TempProfile> m_profile;
    std::unique_ptr<widgets::IntakeWidget> m_intake;
};

CIVICDESK_WIDGET_TEST_MAIN(TestIntakeUndo)
#include "test_intakeundo.moc"
