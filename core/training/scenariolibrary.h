#pragma once

#include "core/training/scenario.h"
#include "core/training/scenariojson.h"

#include <QList>
#include <QStringList>

namespace civicdesk::core {

class LocalStore;

// The scenarios a trainer can pick: the built-in ones and the profile's own (the "scenarios"
// folder, where "Save as scenario" writes). Each file is checked on its own: a bad file is
// reported (file and field named) and the others still load.
class ScenarioLibrary
{
public:
    explicit ScenarioLibrary(scenariojson::Context context);

    // The context for a profile: its catalogue, its KB article ids and its geocoder.
    static scenariojson::Context contextFor(const LocalStore &store);
    static QString profileFolder(const QString &profileDirectory);

    void loadBuiltIn();
    void loadFolder(const QString &folder);
    // Parses one file's content and adds it (replacing one with the same id); false and an
    // error recorded when it is refused.
    bool add(const QByteArray &json, const QString &fileName);

    const QList<Scenario> &scenarios() const { return m_scenarios; }
    const Scenario *find(const QString &id) const;
    const QStringList &errors() const { return m_errors; }

    // Writes the scenario as <folder>/<id>.json and returns the path; throws Error.
    static QString save(const Scenario &scenario, const QString &folder);

private:
    scenariojson::Context m_context;
    QList<Scenario> m_scenarios;
    QStringList m_errors;
};

} // namespace civicdesk::core
