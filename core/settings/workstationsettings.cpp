#include "core/settings/workstationsettings.h"

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace civicdesk::core {

namespace {
const QString kVersionKey = QStringLiteral("console/settings_version");
const QString kLanguageKey = QStringLiteral("console/language");
const QString kSourceKey = QStringLiteral("map/source");
const QString kMbtilesKey = QStringLiteral("map/mbtiles_file");
const QString kUrlKey = QStringLiteral("map/xyz_url");
const QString kAttributionKey = QStringLiteral("map/xyz_attribution");
const QString kMaxZoomKey = QStringLiteral("map/xyz_max_zoom");
const QString kShortcutsGroup = QStringLiteral("shortcuts");

QString say(const char *text)
{
    return QCoreApplication::translate("WorkstationSettings", text);
}

// QSettings hands back strings from an ini file (or, within one process, what was set), and a
// list where a value had a comma: a list is the wrong type for every key here.
bool isText(const QVariant &value)
{
    const int type = value.typeId();
    return type != QMetaType::QStringList && type != QMetaType::QVariantList && type != QMetaType::QVariantMap &&
           value.canConvert<QString>();
}
} // namespace

QStringList WorkstationSettings::languageCodes()
{
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString WorkstationSettings::mapSourceKey(MapSource source)
{
    switch (source) {
    case MapSource::CityRenderer:
        return QStringLiteral("city");
    case MapSource::MbTilesFile:
        return QStringLiteral("mbtiles");
    case MapSource::OnlineXyz:
        return QStringLiteral("online");
    }
    return QStringLiteral("city");
}

void WorkstationSettings::validate() const
{
    if (!language.isEmpty() && !languageCodes().contains(language))
        throw Error(say("language \"%1\" must be one of %2")
                        .arg(language, languageCodes().join(QStringLiteral(", "))),
                    {{QStringLiteral("language"), say("unknown language")}});
    if (mapSource == MapSource::MbTilesFile && !QFileInfo(mbtilesFile).isFile())
        throw Error(say("the MBTiles file \"%1\" does not exist").arg(mbtilesFile),
                    {{QStringLiteral("mbtiles_file"), say("no such file")}});
    if (mapSource == MapSource::OnlineXyz) {
        // The placeholders are not URL characters: check the URL they stand in.
        QString sample = xyzUrl;
        for (const char *placeholder : {"{z}", "{x}", "{y}", "{s}"})
            sample.replace(QLatin1String(placeholder), QLatin1String("0"));
        const QUrl url(sample, QUrl::StrictMode);
        const bool http = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
        if (!url.isValid() || !http || url.host().isEmpty() || !xyzUrl.contains(QLatin1String("{z}")) ||
            !xyzUrl.contains(QLatin1String("{x}")) || !xyzUrl.contains(QLatin1String("{y}")))
            throw Error(say("tile URL \"%1\" must be an http(s) URL with {z}, {x} and {y}").arg(xyzUrl),
                        {{QStringLiteral("xyz_url"), say("not a tile URL template")}});
        if (xyzAttribution.trimmed().isEmpty())
            throw Error(say("an online tile source needs its attribution (the tile provider's terms)"),
                        {{QStringLiteral("xyz_attribution"), say("is required")}});
    }
    if (xyzMaxZoom < 0 || xyzMaxZoom > 22)
        throw Error(say("maximum zoom %1 must be between 0 and 22").arg(xyzMaxZoom),
                    {{QStringLiteral("xyz_max_zoom"), say("out of range")}});
    QMap<QString, QString> seen;
    for (auto it = shortcuts.cbegin(); it != shortcuts.cend(); ++it) {
        const QString other = shortcutOwner(seen, it.key(), it.value());
        if (!other.isEmpty())
            throw Error(say("%1 is used by both %2 and %3").arg(it.value(), other, it.key()),
                        {{it.key(), say("shortcut already used")}});
        seen.insert(it.key(), it.value());
    }
}

QString WorkstationSettings::shortcutOwner(const QMap<QString, QString> &effective, const QString &actionId,
                                           const QString &keys)
{
    if (keys.isEmpty())
        return {};
    for (auto it = effective.cbegin(); it != effective.cend(); ++it)
        if (it.key() != actionId && it.value().compare(keys, Qt::CaseInsensitive) == 0)
            return it.key();
    return {};
}

WorkstationSettings WorkstationSettings::load(const Profile &profile, QStringList *warnings)
{
    WorkstationSettings out;
    QSettings s(profile.settingsPath(), QSettings::IniFormat);
    const QString file = QFileInfo(profile.settingsPath()).fileName();
    const auto warn = [&](const QString &key, const QString &why) {
        if (warnings)
            warnings->append(QStringLiteral("%1: %2: %3").arg(file, key, why));
    };
    const auto text = [&](const QString &key, QString fallback) {
        const QVariant v = s.value(key);
        if (!v.isValid())
            return fallback;
        if (!isText(v)) {
            warn(key, say("not a single value; the default is kept"));
            return fallback;
        }
        return v.toString();
    };

    // A file from a newer CivicDesk may mean things this build does not know: keep its values
    // where they parse, and say so, rather than refuse to start.
    const QVariant version = s.value(kVersionKey);
    bool versionOk = true;
    const int fileVersion = version.isValid() ? version.toString().toInt(&versionOk) : kVersion;
    if (!versionOk)
        warn(kVersionKey, say("not a number"));
    else if (fileVersion > kVersion)
        warn(kVersionKey, say("written by a newer CivicDesk (settings version %1, this one reads %2); "
                              "values this version does not understand keep their defaults")
                              .arg(fileVersion)
                              .arg(kVersion));

    const QString language = text(kLanguageKey, QString()).trimmed().toLower();
    if (!language.isEmpty() && language != QLatin1String("system") && !languageCodes().contains(language))
        warn(kLanguageKey, say("unknown language \"%1\"; the system language is used").arg(language));
    else if (language != QLatin1String("system"))
        out.language = language;

    const QString source = text(kSourceKey, QString());
    out.mbtilesFile = text(kMbtilesKey, QString());
    out.xyzUrl = text(kUrlKey, QString());
    out.xyzAttribution = text(kAttributionKey, QString());
    if (source.isEmpty()) {
        // Before settings version 1 an online source was on whenever a URL was set.
        out.mapSource = out.xyzUrl.isEmpty() ? MapSource::CityRenderer : MapSource::OnlineXyz;
    } else if (source == mapSourceKey(MapSource::CityRenderer)) {
        out.mapSource = MapSource::CityRenderer;
    } else if (source == mapSourceKey(MapSource::MbTilesFile)) {
        out.mapSource = MapSource::MbTilesFile;
    } else if (source == mapSourceKey(MapSource::OnlineXyz)) {
        out.mapSource = MapSource::OnlineXyz;
    } else {
        warn(kSourceKey, say("unknown map source \"%1\"; the city renderer is used").arg(source));
    }
    const QString zoom = text(kMaxZoomKey, QString());
    if (!zoom.isEmpty()) {
        bool ok = false;
        const int z = zoom.toInt(&ok);
        if (ok && z >= 0 && z <= 22)
            out.xyzMaxZoom = z;
        else
            warn(kMaxZoomKey,
                 say("\"%1\" is not a zoom level from 0 to 22; %2 is used").arg(zoom).arg(out.xyzMaxZoom));
    }

    QMap<QString, QString> seen;
    s.beginGroup(kShortcutsGroup);
    const QStringList ids = s.childKeys();
    for (const QString &id : ids) {
        const QVariant v = s.value(id);
        const QString key = kShortcutsGroup + u'/' + id;
        if (!isText(v)) {
            warn(key, say("not a single key sequence; the default shortcut is kept"));
            continue;
        }
        const QString keys = v.toString().trimmed();
        const QString other = shortcutOwner(seen, id, keys);
        if (!other.isEmpty()) {
            warn(key, say("%1 is already the shortcut of %2; the default shortcut is kept").arg(keys, other));
            continue;
        }
        seen.insert(id, keys);
    }
    s.endGroup();
    out.shortcuts = seen;
    return out;
}

void WorkstationSettings::save(const Profile &profile) const
{
    validate();
    QSettings s(profile.settingsPath(), QSettings::IniFormat);
    s.setValue(kVersionKey, kVersion);
    s.setValue(kLanguageKey, language.isEmpty() ? QStringLiteral("system") : language);
    s.setValue(kSourceKey, mapSourceKey(mapSource));
    s.setValue(kMbtilesKey, mbtilesFile);
    s.setValue(kUrlKey, xyzUrl);
    s.setValue(kAttributionKey, xyzAttribution);
    s.setValue(kMaxZoomKey, xyzMaxZoom);
    s.remove(kShortcutsGroup);
    s.beginGroup(kShortcutsGroup);
    for (auto it = shortcuts.cbegin(); it != shortcuts.cend(); ++it)
        s.setValue(it.key(), it.value());
    s.endGroup();
    s.sync();
    if (s.status() != QSettings::NoError)
        throw Error(say("cannot write the settings file %1").arg(profile.settingsPath()));
}

} // namespace civicdesk::core
