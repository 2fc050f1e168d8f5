// MessageBox and FileDialog: the seams through which widget tests answer modal dialogs.
#include "support/testmain.h"
#include "widgets/shell/filedialog.h"
#include "widgets/shell/messagebox.h"

#include <QMessageBox>
#include <QPushButton>

using namespace civicdesk;
using widgets::FileDialog;
using widgets::MessageBox;

class TestDialogSeams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersServeBoxesInOrder()
    {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        MessageBox::setNextAnswer(QMessageBox::No);
        QCOMPARE(MessageBox::question(nullptr, QStringLiteral("T"), QStringLiteral("first?")),
                 QMessageBox::Yes);
        QCOMPARE(MessageBox::lastText(), QStringLiteral("first?"));
        QCOMPARE(MessageBox::warning(nullptr, QStringLiteral("T"), QStringLiteral("second")),
                 QMessageBox::No);
        QCOMPARE(MessageBox::lastText(), QStringLiteral("second"));
    }

    void noButtonDropsUnusedAnswers()
    {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QCOMPARE(MessageBox::critical(nullptr, QStringLiteral("T"), QStringLiteral("x")),
                 QMessageBox::Cancel);
    }

    // A box built by the caller takes the same answers; without one it runs modal, here closed
    // by its default button.
    void builtBoxes()
    {
        QMessageBox box(QMessageBox::Question, QStringLiteral("T"), QStringLiteral("built"),
                        QMessageBox::Yes | QMessageBox::No);
        box.button(QMessageBox::Yes)->setText(QStringLiteral("&Restore"));
        MessageBox::setNextAnswer(QMessageBox::No);
        QCOMPARE(MessageBox::exec(box), QMessageBox::No);
        QCOMPARE(MessageBox::lastText(), QStringLiteral("built"));
        QVERIFY(!box.isVisible());

        QMessageBox shown(QMessageBox::Question, QStringLiteral("T"), QStringLiteral("shown"),
                          QMessageBox::Yes | QMessageBox::No);
        shown.setDefaultButton(QMessageBox::Yes);
        QMetaObject::invokeMethod(
            &shown, [&shown] { shown.defaultButton()->click(); }, Qt::QueuedConnection);
        QCOMPARE(MessageBox::exec(shown), QMessageBox::Yes);
    }

    void fileNamesServePickersInOrder()
    {
        FileDialog::setNextFileName(QStringLiteral("/tmp/a.csv"));
        FileDialog::setNextFileName({});
        FileDialog::setNextFileName(QStringLiteral("/tmp"));
        QCOMPARE(FileDialog::getSaveFileName(nullptr, QStringLiteral("Save")), QStringLiteral("/tmp/a.csv"));
        QCOMPARE(FileDialog::getOpenFileName(nullptr, QStringLiteral("Open")), QString()); // cancelled
        QCOMPARE(FileDialog::getExistingDirectory(nullptr, QStringLiteral("Folder")), QStringLiteral("/tmp"));
    }
};

CIVICDESK_WIDGET_TEST_MAIN(TestDialogSeams)
#include "test_dialogseams.moc"
