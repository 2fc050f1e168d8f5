#pragma once

#include "core/training/scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <functional>

namespace civicdesk::core {

class Catalog;

// Reads and writes training scenarios (docs/training.md). Reading checks everything a grade
// will rely on, so that a bad scenario is refused when it is loaded, never when it is graded:
// throws Error naming the file and the field ("pothole.json: expected.service_code: unknown
// service \"POTHOL\"").
namespace scenariojson {

struct Context
{
    const Catalog *catalog = nullptr; // services and their attributes
    QSet<QString> articleIds;         // knowledge-base articles that exist
    // Turns an expected address into a point (the profile's geocoder); unset: addresses are
    // accepted as they are and graded by point only when the scenario also gives lat/lon.
    std::function<std::optional<GeoPoint>(const QString &)> geocode;
};

Scenario parse(const QByteArray &json, const QString &fileName, const Context &context);
QJsonObject toJson(const Scenario &scenario);
// "1:05" or "65" -> 65; -1 when unreadable.
int parseTime(const QString &text);
QString formatTime(int seconds);

} // namespace scenariojson
} // namespace civicdesk::core
