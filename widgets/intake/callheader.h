#pragma once

#include <QDateTime>
#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QTimer;

namespace civicdesk::widgets {

// The line above the call: the running handle time, where the call stands ("Call in
// progress", "Saved K7M-4HX-2C9R…") and a button for each main call action.
class CallHeader final : public QWidget
{
    Q_OBJECT

public:
    CallHeader(const QList<QAction *> &buttons, QWidget *parent = nullptr);

    // The handle time runs from startedAt (UTC), ticking once a second, until stopTimer().
    void startTimer(const QDateTime &startedAt);
    void stopTimer();
    void setStatus(const QString &text);
    QString status() const;
    QLabel *timerLabel() const { return m_handleTime; }

private:
    void tick();

    QLabel *m_handleTime = nullptr; // the call's running handle time, mm:ss
    QLabel *m_status = nullptr;
    QTimer *m_tick = nullptr; // once a second while a call is open, to update the label
    QDateTime m_startedAt;
};

} // namespace civicdesk::widgets
