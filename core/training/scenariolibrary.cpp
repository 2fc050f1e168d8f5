#include "core/training/scenariolibrary.h"

#include "core/domain/error.h"
#include "core/geo/geocoder.h"
#include "core/store/localstore.h"
#include "core/store/sqlquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <memory>

namespace civicdesk::core {

ScenarioLibrary::ScenarioLibrary(scenariojson::Context context) : m_context(std::move(context)) {}

scenariojson::Context ScenarioLibrary::contextFor(const LocalStore &store)
{
    scenariojson::Context c;
    c.catalog = &store.catalog();
    SqlQuery q(store.database().connection(), QStringLiteral("SELECT id FROM kb_articles WHERE state <> ?"));
    q.bind(0, QStringLiteral("retired")).exec();
    while (q.next())
        c.articleIds.insert(q.value(0).toString());
    // One geocoder for the whole load; only exact house numbers and interpolations count.
    auto geocoder = std::make_shared<Geocoder>(store.database());
    c.geocode = [geocoder](const QString &address) -> std::optional<GeoPoint> {
        const std::vector<GeocodeResult> hits = geocoder->geocode(address, 1);
        if (hits.empty() || (hits.front().kind != GeocodeResult::Kind::Address &&
                             hits.front().kind != GeocodeResult::Kind::Interpolated))
            return std::nullopt;
        return hits.front().point;
    };
    return c;
}

QString ScenarioLibrary::profileFolder(const QString &profileDirectory)
{
    return QDir(profileDirectory).filePath(QStringLiteral("scenarios"));
}

bool ScenarioLibrary::add(const QByteArray &json, const QString &fileName)
{
    try {
        Scenario s = scenariojson::parse(json, fileName, m_context);
        for (Scenario &existing : m_scenarios) {
            if (existing.id == s.id) {
                existing = std::move(s);
                return true;
            }
        }
        m_scenarios.append(std::move(s));
        return true;
    } catch (const Error &e) {
        m_errors.append(e.message());
        return false;
    }
}

void ScenarioLibrary::loadBuiltIn()
{
    const QDir dir(QStringLiteral(":/civicdesk/training"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            add(f.readAll(), name);
    }
}

void ScenarioLibrary::loadFolder(const QString &folder)
{
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            m_errors.append(QCoreApplication::translate("ScenarioLibrary", "%1: cannot read: %2")
                                .arg(f.fileName(), f.errorString()));
            continue;
        }
        // Larger than any script: a wrong file picked by mistake, not a scenario.
        if (f.size() > 1024 * 1024) {
            m_errors.append(
                QCoreApplication::translate("ScenarioLibrary", "%1: larger than 1 MB, not a scenario")
                    .arg(f.fileName()));
            continue;
        }
        add(f.readAll(), f.fileName());
    }
}

const Scenario *ScenarioLibrary::find(const QString &id) const
{
    for (const Scenario &s : m_scenarios)
        if (s.id == id)
            return &s;
    return nullptr;
}

QString ScenarioLibrary::save(const Scenario &scenario, const QString &folder)
{
    if (!QDir().mkpath(folder))
        throw Error(
            QCoreApplication::translate("ScenarioLibrary", "%1: cannot create the folder").arg(folder));
    QSaveFile f(QDir(folder).filePath(scenario.id + QStringLiteral(".json")));
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(scenariojson::toJson(scenario)).toJson()) < 0 || !f.commit())
        throw Error(QCoreApplication::translate("ScenarioLibrary", "%1: cannot write: %2")
                        .arg(f.fileName(), f.errorString()));
    return f.fileName();
}

} // namespace civicdesk::core
