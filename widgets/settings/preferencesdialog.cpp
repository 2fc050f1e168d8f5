#include "widgets/settings/preferencesdialog.h"

#include "core/demo/demosandbox.h"
#include "core/domain/error.h"
#include "core/settings/emergencytriggerlist.h"
#include "core/settings/profilelocation.h"
#include "widgets/settings/serverpage.h"
#include "widgets/settings/shortcutbinder.h"
#include "widgets/settings/shortcuttable.h"
#include "widgets/settings/triggerlisteditor.h"
#include "widgets/shell/filedialog.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace civicdesk::widgets {

namespace {
QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QPushButton *browseButton(const QString &text, const QString &name, const QString &accessible,
                          QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(accessible);
    return button;
}
} // namespace

PreferencesDialog::PreferencesDialog(const core::Profile &profile, const QList<QAction *> &actions,
                                     QWidget *parent)
    : QDialog(parent), m_profile(profile)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_initial = core::WorkstationSettings::load(profile);
    m_saved = m_initial;
    const bool sandbox = core::DemoSandbox::isSandbox(profile.directory());

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("preferencesTabs"));
    m_tabs->addTab(buildGeneral(), tr("&General"));
    m_server = new ServerPage(core::ServerSettings::load(profile), sandbox, m_tabs);
    m_tabs->addTab(m_server, tr("&Server"));
    m_tabs->addTab(buildMap(sandbox), tr("&Map"));
    QString triggerProblem;
    m_triggers =
        new TriggerListEditor(core::EmergencyTriggerList::load(profile.directory(), &triggerProblem), m_tabs);
    m_tabs->addTab(m_triggers, tr("&911 triggers"));

    QList<ShortcutTable::Entry> entries;
    for (QAction *a : actions)
        entries.append(
            {a->objectName(), ShortcutBinder::displayName(a), ShortcutBinder::defaultKeys(a), a->shortcut()});
    m_shortcuts = new ShortcutTable(entries, m_tabs);
    m_tabs->addTab(m_shortcuts, tr("S&hortcuts"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("preferencesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link)"));
    m_error->setVisible(!triggerProblem.isEmpty());
    if (!triggerProblem.isEmpty())
        m_error->setText(tr("The profile's 911 triggers do not load (%1); the built-in list is shown.")
                             .arg(triggerProblem));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Fits a 1366x768 screen with room for the taskbar; the sections scroll inside if need be.
    resize(760, 560);
}

QWidget *PreferencesDialog::buildGeneral()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("generalPage"));
    const QString chosen = core::ProfileLocation::chosen();
    m_initialProfileFolder = chosen.isEmpty() ? m_profile.directory() : chosen;
    m_profileFolder = new QLineEdit(m_initialProfileFolder, page);
    m_profileFolder->setObjectName(QStringLiteral("prefsProfileFolder"));
    m_profileFolder->setAccessibleName(tr("Profile folder"));
    auto *browse = browseButton(tr("&Browse…"), QStringLiteral("prefsProfileBrowse"),
                                tr("Choose the profile folder"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            FileDialog::getExistingDirectory(this, tr("Profile folder"), m_profileFolder->text());
        if (!folder.isEmpty())
            m_profileFolder->setText(folder);
    });
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileFolder, 1);
    profileRow->addWidget(browse);

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("prefsLanguage"));
    m_language->setAccessibleName(tr("Language"));
    // Each language in its own words, so that a user lost in a language they do not read can
    // still find theirs.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initial.language)));

    auto *form = new QFormLayout;
    auto *profileLabel = new QLabel(tr("&Profile folder:"), page);
    profileLabel->setBuddy(m_profileFolder);
    form->addRow(profileLabel, profileRow);
    form->addRow(
        note(tr("Holds the local store and these settings. A new folder is used from the next start; "
                "--profile and CIVICDESK_PROFILE still win over it. The current profile is %1.")
                 .arg(QDir::toNativeSeparators(m_profile.directory())),
             page));
    auto *languageLabel = new QLabel(tr("&Language:"), page);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);
    form->addRow(note(tr("The console switches language at once; an open call stays as it is."), page));
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget *PreferencesDialog::buildMap(bool sandbox)
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("mapPage"));
    m_city = new QRadioButton(tr("&City renderer (offline, from the imported city layers)"), page);
    m_city->setObjectName(QStringLiteral("prefsMapCity"));
    m_city->setAccessibleName(tr("Map source: offline city renderer"));
    m_mbtiles = new QRadioButton(tr("MB&Tiles file"), page);
    m_mbtiles->setObjectName(QStringLiteral("prefsMapMbtiles"));
    m_mbtiles->setAccessibleName(tr("Map source: MBTiles file"));
    m_online = new QRadioButton(tr("&Online tile server (XYZ)"), page);
    m_online->setObjectName(QStringLiteral("prefsMapOnline"));
    m_online->setAccessibleName(tr("Map source: online tile server"));
    auto *group = new QButtonGroup(page);
    for (QRadioButton *b : {m_city, m_mbtiles, m_online})
        group->addButton(b);

    m_mbtilesFile = new QLineEdit(m_initial.mbtilesFile, page);
    m_mbtilesFile->setObjectName(QStringLiteral("prefsMapMbtilesFile"));
    m_mbtilesFile->setAccessibleName(tr("MBTiles file"));
    auto *browse = browseButton(tr("Bro&wse…"), QStringLiteral("prefsMapMbtilesBrowse"),
                                tr("Choose the MBTiles file"), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = FileDialog::getOpenFileName(this, tr("MBTiles file"), m_mbtilesFile->text(),
                                                         tr("MBTiles (*.mbtiles);;All files (*)"));
        if (!file.isEmpty())
            m_mbtilesFile->setText(file);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_mbtilesFile, 1);
    fileRow->addWidget(browse);
    m_xyzUrl = new QLineEdit(m_initial.xyzUrl, page);
    m_xyzUrl->setObjectName(QStringLiteral("prefsMapXyzUrl"));
    m_xyzUrl->setAccessibleName(tr("Tile URL template"));
    m_xyzUrl->setPlaceholderText(QStringLiteral("https://tiles.example.org/{z}/{x}/{y}.png"));
    m_xyzAttribution = new QLineEdit(m_initial.xyzAttribution, page);
    m_xyzAttribution->setObjectName(QStringLiteral("prefsMapXyzAttribution"));
    m_xyzAttribution->setAccessibleName(tr("Tile attribution"));
    m_xyzMaxZoom = new QSpinBox(page);
    m_xyzMaxZoom->setObjectName(QStringLiteral("prefsMapXyzMaxZoom"));
    m_xyzMaxZoom->setAccessibleName(tr("Highest zoom level of the tile server"));
    m_xyzMaxZoom->setRange(0, 22);
    m_xyzMaxZoom->setValue(m_initial.xyzMaxZoom);

    auto *form = new QFormLayout;
    form->addRow(m_city);
    form->addRow(m_mbtiles);
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_mbtilesFile);
    form->addRow(fileLabel, fileRow);
    form->addRow(m_online);
    auto *urlLabel = new QLabel(tr("&URL:"), page);
    urlLabel->setBuddy(m_xyzUrl);
    form->addRow(urlLabel, m_xyzUrl);
    auto *attributionLabel = new QLabel(tr("&Attribution:"), page);
    attributionLabel->setBuddy(m_xyzAttribution);
    form->addRow(attributionLabel, m_xyzAttribution);
    auto *zoomLabel = new QLabel(tr("Highest &zoom:"), page);
    zoomLabel->setBuddy(m_xyzMaxZoom);
    form->addRow(zoomLabel, m_xyzMaxZoom);
    form->addRow(note(sandbox
                          ? tr("This is a training sandbox: the online tile server stays off.")
                          : tr("The online source needs the network and shows the provider's attribution. "
                               "Maps opened after OK use the new source."),
                      page));

    switch (m_initial.mapSource) {
    case core::WorkstationSettings::MapSource::CityRenderer:
        m_city->setChecked(true);
        break;
    case core::WorkstationSettings::MapSource::MbTilesFile:
        m_mbtiles->setChecked(true);
        break;
    case core::WorkstationSettings::MapSource::OnlineXyz:
        m_online->setChecked(!sandbox);
        m_city->setChecked(sandbox);
        break;
    }
    const auto enable = [=, this] {
        m_mbtilesFile->setEnabled(m_mbtiles->isChecked());
        browse->setEnabled(m_mbtiles->isChecked());
        for (QWidget *w : {static_cast<QWidget *>(m_xyzUrl), static_cast<QWidget *>(m_xyzAttribution),
                           static_cast<QWidget *>(m_xyzMaxZoom)})
            w->setEnabled(m_online->isChecked());
    };
    connect(group, &QButtonGroup::buttonToggled, this, enable);
    enable();
    m_online->setEnabled(!sandbox);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget *PreferencesDialog::section(Section s) const
{
    return m_tabs->widget(static_cast<int>(s));
}

core::WorkstationSettings PreferencesDialog::collect() const
{
    core::WorkstationSettings s = m_initial;
    s.language = m_language->currentData().toString();
    s.mapSource = m_online->isChecked()    ? core::WorkstationSettings::MapSource::OnlineXyz
                  : m_mbtiles->isChecked() ? core::WorkstationSettings::MapSource::MbTilesFile
                                           : core::WorkstationSettings::MapSource::CityRenderer;
    s.mbtilesFile = m_mbtilesFile->text().trimmed();
    s.xyzUrl = m_xyzUrl->text().trimmed();
    s.xyzAttribution = m_xyzAttribution->text().trimmed();
    s.xyzMaxZoom = m_xyzMaxZoom->value();
    s.shortcuts = m_shortcuts->changed();
    return s;
}

bool PreferencesDialog::mapChanged() const
{
    return m_saved.mapSource != m_initial.mapSource || m_saved.mbtilesFile != m_initial.mbtilesFile ||
           m_saved.xyzUrl != m_initial.xyzUrl || m_saved.xyzAttribution != m_initial.xyzAttribution ||
           m_saved.xyzMaxZoom != m_initial.xyzMaxZoom;
}

core::ServerSettings PreferencesDialog::serverSettings() const
{
    return m_server->settings();
}

QString PreferencesDialog::password() const
{
    return m_server->password();
}

void PreferencesDialog::fail(Section section, const QString &message)
{
    m_tabs->setCurrentIndex(static_cast<int>(section));
    m_error->setText(message);
    m_error->show();
}

void PreferencesDialog::accept()
{
    // Everything is checked before anything is written: a refusal changes nothing.
    const core::WorkstationSettings settings = collect();
    try {
        settings.validate();
    } catch (const core::Error &e) {
        const QString field = e.fieldErrors().isEmpty() ? QString() : e.fieldErrors().first().field;
        fail(field == QLatin1String("language") ? GeneralSection
             : field.startsWith(QLatin1String("xyz")) || field.startsWith(QLatin1String("mbtiles"))
                 ? MapSection
                 : ShortcutSection,
             e.message());
        return;
    }
    const bool serverChanged = !m_server->isSandbox() && m_server->isChanged();
    const core::ServerSettings server = m_server->settings();
    if (serverChanged && server.isConfigured()) {
        try {
            server.validate();
        } catch (const core::Error &e) {
            fail(ServerSection, e.message());
            return;
        }
    }
    const core::EmergencyTriggerList triggers = m_triggers->list();
    if (m_triggers->isChanged() && !m_triggers->isReset()) {
        try {
            triggers.validate();
        } catch (const core::Error &e) {
            fail(TriggerSection, e.message());
            return;
        }
    }
    const QString folder = m_profileFolder->text().trimmed();
    const bool profileChanged = QDir::cleanPath(folder) != QDir::cleanPath(m_initialProfileFolder);
    try {
        if (profileChanged)
            core::ProfileLocation::choose(folder);
    } catch (const core::Error &e) {
        fail(GeneralSection, e.message());
        return;
    }
    try {
        settings.save(m_profile);
    } catch (const core::Error &e) {
        fail(GeneralSection, e.message());
        return;
    }
    m_saved = settings;
    try {
        if (serverChanged) {
            server.save(m_profile);
            m_serverSaved = true;
        }
        if (m_triggers->isReset())
            core::EmergencyTriggerList::reset(m_profile.directory());
        else if (m_triggers->isChanged())
            triggers.save(m_profile.directory());
        m_triggersSaved = m_triggers->isChanged();
    } catch (const core::Error &e) {
        fail(serverChanged && !m_serverSaved ? ServerSection : TriggerSection, e.message());
        return;
    }
    QDialog::accept();
}

} // namespace civicdesk::widgets
