#pragma once

#include "core/geo/geometry.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace civicdesk::core {

// One step of a scripted call: at `atSeconds` the caller says `text` (or, for an event, the
// trainee sees it: "the line goes quiet", "background: a siren").
struct ScenarioLine
{
    int atSeconds = 0;
    QString speaker = QStringLiteral("caller"); // caller | event
    QString text;
    bool operator==(const ScenarioLine &) const = default;
};

// What a good call taker does with the call, hidden from the trainee. Each criterion is graded
// only when the scenario sets it.
struct ScenarioExpectation
{
    QString serviceCode;
    // Where the ticket must be pinned: a point (given, or the address resolved at load) within
    // a radius, or "outside the city": no ticket may be made.
    std::optional<GeoPoint> location;
    QString locationAddress;
    double withinMetres = 75.0;
    bool outsideCity = false;
    // Attribute code -> required value key (empty: any answer will do).
    QMap<QString, QString> attributes;
    QString kbArticle;
    std::optional<bool> duplicate;
    std::optional<bool> transfer911;
    QString wrapUp;
    int timeLimitSeconds = 0; // 0: none
    bool operator==(const ScenarioExpectation &) const = default;
};

// A training scenario (format in docs/training.md).
struct Scenario
{
    QString id;
    QString title;
    QString summary;
    QString level = QStringLiteral("beginner"); // beginner | intermediate | advanced
    QString language = QStringLiteral("en");    // the caller's language (BCP 47)
    QString callerName;
    QString callerPhone;
    QString callerMood; // calm, worried, angry...
    QList<ScenarioLine> timeline;
    ScenarioExpectation expected;
    QString source; // file it came from (":/civicdesk/training/x.json" for built-ins)
    bool operator==(const Scenario &) const = default;
};

} // namespace civicdesk::core
