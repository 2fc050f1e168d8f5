#pragma once

#include <QObject>

class QWidget;

namespace civicdesk::widgets {

// "TRAINING – not live" on every window and dialog of a demo session. Installed once on the
// application, it marks each window as it is first shown: a strip at the top of main windows
// and of dialogs with a vertical layout, a corner label on any other window, and the title.
class TrainingBanner final : public QObject
{
    Q_OBJECT

public:
    explicit TrainingBanner(QObject *parent = nullptr);

    static QString text();
    static QString titlePrefix();
    // Marks one window now (also used for windows already shown when the filter is installed).
    static void mark(QWidget *window);
    static bool isMarked(const QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace civicdesk::widgets
