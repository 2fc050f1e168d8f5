#include "widgets/shell/inputdialog.h"

#include <QInputDialog>
#include <QQueue>
#include <optional>

namespace civicdesk::widgets {

namespace {
// GUI thread only, like the dialogs themselves. An empty optional is a cancelled prompt.
QQueue<std::optional<QString>> nextAnswers;
QString lastAskedLabel;

// True when a test answered the prompt; then *answer and *ok hold what the dialog would return.
bool takeNextAnswer(const QString &label, QString *answer, bool *ok)
{
    lastAskedLabel = label;
    if (nextAnswers.isEmpty())
        return false;
    const std::optional<QString> next = nextAnswers.dequeue();
    if (ok)
        *ok = next.has_value();
    *answer = next.value_or(QString());
    return true;
}
} // namespace

QString InputDialog::getText(QWidget *parent, const QString &title, const QString &label,
                             QLineEdit::EchoMode mode, const QString &text, bool *ok)
{
    QString answer;
    if (takeNextAnswer(label, &answer, ok))
        return answer;
    return QInputDialog::getText(parent, title, label, mode, text, ok);
}

QString InputDialog::getMultiLineText(QWidget *parent, const QString &title, const QString &label,
                                      const QString &text, bool *ok)
{
    QString answer;
    if (takeNextAnswer(label, &answer, ok))
        return answer;
    return QInputDialog::getMultiLineText(parent, title, label, text, ok);
}

QString InputDialog::getItem(QWidget *parent, const QString &title, const QString &label,
                             const QStringList &items, int current, bool editable, bool *ok)
{
    QString answer;
    if (takeNextAnswer(label, &answer, ok)) {
        if (editable || items.contains(answer))
            return answer;
        qWarning("InputDialog: the test's answer \"%s\" is not one of the list's items; cancelled",
                 qPrintable(answer));
        if (ok)
            *ok = false;
        return {};
    }
    return QInputDialog::getItem(parent, title, label, items, current, editable, ok);
}

void InputDialog::setNextText(const QString &text)
{
    nextAnswers.enqueue(text);
}

void InputDialog::setNextCancel()
{
    nextAnswers.enqueue(std::nullopt);
}

QString InputDialog::lastLabel()
{
    return lastAskedLabel;
}

} // namespace civicdesk::widgets
