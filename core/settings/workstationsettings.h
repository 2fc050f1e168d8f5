#pragma once

#include "core/profile/profile.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace civicdesk::core {

// What the Preferences dialog edits in the profile's civicdesk.ini besides the server
// connection (ServerSettings keeps [sync]): the language, the map source and the shortcuts.
// Loading never fails: a value of the wrong type, or a file written by a newer CivicDesk, keeps
// the default for that key and says which key in warnings(), so one bad line costs one setting.
struct WorkstationSettings
{
    // The version this build writes as [console] settings_version.
    static constexpr int kVersion = 1;

    enum class MapSource { CityRenderer, MbTilesFile, OnlineXyz };

    // "" follows the system locale; otherwise one of languageCodes().
    QString language;
    MapSource mapSource = MapSource::CityRenderer;
    QString mbtilesFile;
    QString xyzUrl;
    QString xyzAttribution;
    int xyzMaxZoom = 19;
    // Action id (the QAction's object name) -> key sequence in QKeySequence::PortableText; only
    // the shortcuts the user changed. An empty sequence means "no shortcut".
    QMap<QString, QString> shortcuts;

    static QStringList languageCodes(); // en, es, fr
    static QString mapSourceKey(MapSource source);

    // Throws Error naming the key (as ServerSettings::validate does) when a value is unusable.
    void validate() const;
    // The action that already uses `keys`, other than `actionId`, among `effective` (every
    // action's current shortcut, by id); empty when the keys are free or empty.
    static QString shortcutOwner(const QMap<QString, QString> &effective, const QString &actionId,
                                 const QString &keys);

    static WorkstationSettings load(const Profile &profile, QStringList *warnings = nullptr);
    // Writes the keys this struct owns and leaves the others ([sync], window state) alone.
    void save(const Profile &profile) const;
};

} // namespace civicdesk::core
