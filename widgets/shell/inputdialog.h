#pragma once

#include <QLineEdit>
#include <QString>
#include <QStringList>

class QWidget;

namespace civicdesk::widgets {

// QInputDialog's static prompts with a seam for tests, as MessageBox and FileDialog have: a
// test sets the next answer, and the next prompt returns it at once instead of waiting, modal,
// for typing that an offscreen test cannot give. Widgets call these in place of QInputDialog's.
class InputDialog final
{
public:
    static QString getText(QWidget *parent, const QString &title, const QString &label,
                           QLineEdit::EchoMode mode = QLineEdit::Normal, const QString &text = {},
                           bool *ok = nullptr);
    static QString getMultiLineText(QWidget *parent, const QString &title, const QString &label,
                                    const QString &text = {}, bool *ok = nullptr);
    // The answer of a non-editable list is one of `items`; a test's answer that is not one of
    // them is refused (cancelled), as the real list could not return it.
    static QString getItem(QWidget *parent, const QString &title, const QString &label,
                           const QStringList &items, int current = 0, bool editable = true,
                           bool *ok = nullptr);

    // For tests: the next prompt is not shown and returns `text`, as if typed (or picked) and
    // accepted. Each answer serves one prompt, in the order they were set.
    static void setNextText(const QString &text);
    // For tests: the next prompt is not shown and is cancelled (ok is false).
    static void setNextCancel();
    // For tests: the label of the last prompt, shown or answered, so a test can check what it asked.
    static QString lastLabel();
};

} // namespace civicdesk::widgets
