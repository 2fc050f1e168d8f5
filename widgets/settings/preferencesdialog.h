#pragma once

#include "core/profile/profile.h"
#include "core/settings/workstationsettings.h"
#include "core/sync/serversettings.h"

#include <QDialog>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace civicdesk::widgets {

class ServerPage;
class ShortcutTable;
class TriggerListEditor;

// Edit > Preferences: everything the profile's settings file holds, plus the profile folder
// and the 911 triggers. OK checks every section with core's rules first and writes nothing
// when one is wrong (it shows the section and says what); then it writes them all.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const core::Profile &profile, const QList<QAction *> &actions,
                      QWidget *parent = nullptr);

    enum Section { GeneralSection, ServerSection, MapSection, TriggerSection, ShortcutSection };
    QTabWidget *tabs() const { return m_tabs; }
    QWidget *section(Section s) const;

    QComboBox *languageBox() const { return m_language; }
    QLineEdit *profileEdit() const { return m_profileFolder; }
    ServerPage *serverPage() const { return m_server; }
    TriggerListEditor *triggerEditor() const { return m_triggers; }
    ShortcutTable *shortcutTable() const { return m_shortcuts; }
    QRadioButton *cityMapButton() const { return m_city; }
    QRadioButton *mbtilesMapButton() const { return m_mbtiles; }
    QRadioButton *onlineMapButton() const { return m_online; }
    QLineEdit *mbtilesEdit() const { return m_mbtilesFile; }
    QLineEdit *xyzUrlEdit() const { return m_xyzUrl; }
    QLineEdit *xyzAttributionEdit() const { return m_xyzAttribution; }
    QSpinBox *xyzMaxZoomBox() const { return m_xyzMaxZoom; }
    QLabel *errorLabel() const { return m_error; }

    // What OK saved (valid after accept).
    const core::WorkstationSettings &saved() const { return m_saved; }
    bool languageChanged() const { return m_saved.language != m_initial.language; }
    bool serverChanged() const { return m_serverSaved; }
    bool mapChanged() const;
    bool triggersChanged() const { return m_triggersSaved; }
    core::ServerSettings serverSettings() const;
    QString password() const;

    void accept() override;

private:
    QWidget *buildGeneral();
    QWidget *buildMap(bool sandbox);
    core::WorkstationSettings collect() const;
    void fail(Section section, const QString &message);

    core::Profile m_profile;
    core::WorkstationSettings m_initial;
    core::WorkstationSettings m_saved;
    QString m_initialProfileFolder;
    bool m_serverSaved = false;
    bool m_triggersSaved = false;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_profileFolder = nullptr;
    QComboBox *m_language = nullptr;
    ServerPage *m_server = nullptr;
    QRadioButton *m_city = nullptr;
    QRadioButton *m_mbtiles = nullptr;
    QRadioButton *m_online = nullptr;
    QLineEdit *m_mbtilesFile = nullptr;
    QLineEdit *m_xyzUrl = nullptr;
    QLineEdit *m_xyzAttribution = nullptr;
    QSpinBox *m_xyzMaxZoom = nullptr;
    TriggerListEditor *m_triggers = nullptr;
    ShortcutTable *m_shortcuts = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace civicdesk::widgets
