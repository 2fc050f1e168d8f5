#pragma once

#include <QMessageBox>
#include <QString>

namespace civicdesk::widgets {

// QMessageBox's static boxes with a seam for tests, as KeePassXC has: a test sets the next
// answer, and the next box returns it at once instead of waiting, modal, for a click that an
// offscreen test cannot give. Widgets call these in place of QMessageBox::warning and friends.
class MessageBox final
{
public:
    static QMessageBox::StandardButton
    critical(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Ok,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton
    warning(QWidget *parent, const QString &title, const QString &text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok,
            QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton
    information(QWidget *parent, const QString &title, const QString &text,
                QMessageBox::StandardButtons buttons = QMessageBox::Ok,
                QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

    // A box the caller built (informative text, buttons renamed), shown modal and answered like
    // the others; returns the standard button clicked.
    static QMessageBox::StandardButton exec(QMessageBox &box);

    // For tests: the next box is not shown and returns `answer`. Each answer serves one box, and
    // answers set one after another serve the boxes in that order (a question, then a second
    // one). NoButton drops the answers no box took.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // For tests: the text of the last box, shown or answered, so a test can check what it said.
    static QString lastText();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent, const QString &title,
                                           const QString &text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};

} // namespace civicdesk::widgets
