#pragma once

#include <QObject>

namespace civicdesk::widgets {

// For `civicdesk --quit-after-first-paint`: waits for the first paint of a window, prints the
// milliseconds since the process started (as the kernel recorded it, so the dynamic loader and
// static initialisers count too), then quits the application.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintProbe(QObject *parent = nullptr);
    void watch(QWidget *window);

    // Milliseconds since this process started, from /proc on Linux.
    static double millisecondsSinceProcessStart();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};

} // namespace civicdesk::widgets
