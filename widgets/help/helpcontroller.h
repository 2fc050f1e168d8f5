#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace civicdesk::widgets {

class HelpWindow;

// Help > Quick reference (F1): opens the help at the page for the screen in front of the user.
class HelpController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpController)

public:
    // Puts "Quick reference" first in the help menu.
    HelpController(QMainWindow &window, QMenu &helpMenu);

    QAction *quickReferenceAction() const { return m_action; }
    // The topic F1 opens now: the screen that has the focus, else the main tab shown.
    QString contextTopic() const;
    void showHelp(const QString &topic);
    HelpWindow *helpWindow() const;

private:
    QMainWindow &m_window;
    QAction *m_action = nullptr;
    QPointer<HelpWindow> m_help;
};

} // namespace civicdesk::widgets
