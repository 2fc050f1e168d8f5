#pragma once

#include <QFrame>

class QAction;
class QLabel;
class QPushButton;

namespace civicdesk::widgets {

// Says that the phone system put another caller through while a call is open, and lets the
// call taker choose: park the current call (it stays as a draft to restore) and take the new
// one, or ignore the pop and stay on the call. Nothing happens to the open call until then.
class IncomingCallBar final : public QFrame
{
    Q_OBJECT

public:
    explicit IncomingCallBar(QWidget *parent = nullptr);

    // Shows the bar for this number (as displayed, extension included).
    void showCaller(const QString &displayNumber);
    void dismiss();
    QString caller() const { return m_caller; }
    QAction *parkAction() const { return m_park; } // Alt+P while the bar shows
    QPushButton *ignoreButton() const { return m_ignore; }
    QLabel *textLabel() const { return m_text; }

Q_SIGNALS:
    void parkRequested(const QString &displayNumber);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *m_park = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_ignore = nullptr;
    QString m_caller;
};

} // namespace civicdesk::widgets
