#pragma once

#include "core/settings/emergencytriggerlist.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace civicdesk::widgets {

// Preferences' 911 triggers: the list of emergency kinds, and for the one selected its key,
// label and phrases (regular expressions, one per line). Checking the list is core's
// (EmergencyTriggerList::validate); this only edits it.
class TriggerListEditor final : public QWidget
{
    Q_OBJECT

public:
    TriggerListEditor(const core::EmergencyTriggerList &list, QWidget *parent = nullptr);

    core::EmergencyTriggerList list() const;
    bool isChanged() const { return m_changed; }
    // True when "Reset to built-in" was pressed and nothing edited since.
    bool isReset() const { return m_reset; }

    QListWidget *triggerList() const { return m_triggers; }
    QLineEdit *keyEdit() const { return m_key; }
    QPlainTextEdit *patternsEdit() const { return m_patterns; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void showTrigger(int row);
    void storeTrigger();
    void fillList();

    core::EmergencyTriggerList m_list;
    int m_row = -1;
    bool m_changed = false;
    bool m_reset = false;
    bool m_loading = false;
    QListWidget *m_triggers = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_label = nullptr;
    QPlainTextEdit *m_patterns = nullptr;
    QPlainTextEdit *m_also = nullptr;
    QPlainTextEdit *m_exceptions = nullptr;
    QLineEdit *m_services = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace civicdesk::widgets
