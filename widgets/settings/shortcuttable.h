#pragma once

#include <QKeySequence>
#include <QList>
#include <QMap>
#include <QString>
#include <QWidget>

class QAction;
class QKeySequenceEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace civicdesk::widgets {

// Preferences' shortcuts: every action of the main window with its shortcut. The selected
// action's keys are edited below the table with a QKeySequenceEdit; keys that another action
// already has are refused, naming that action.
class ShortcutTable final : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QString id;   // the action's object name: what the settings file keys on
        QString name; // what the user reads, in the current language
        QKeySequence defaultKeys;
        QKeySequence keys;
    };

    explicit ShortcutTable(QList<Entry> entries, QWidget *parent = nullptr);

    // Every action's shortcut now, by id, in QKeySequence::PortableText.
    QMap<QString, QString> effective() const;
    // Only the shortcuts that differ from the defaults: what the settings file keeps.
    QMap<QString, QString> changed() const;

    QTableWidget *table() const { return m_table; }
    QKeySequenceEdit *keyEdit() const { return m_edit; }
    QLabel *messageLabel() const { return m_message; }
    // Sets the selected action's keys as the editor would; false (and a message naming the other
    // action) when another action has them.
    bool assign(const QKeySequence &keys);

private:
    void select(int row);
    void updateRow(int row);

    QList<Entry> m_entries;
    QTableWidget *m_table = nullptr;
    QKeySequenceEdit *m_edit = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_default = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace civicdesk::widgets
