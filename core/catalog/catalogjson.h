#pragma once

#include "core/catalog/catalog.h"

#include <QByteArray>
#include <QString>

namespace civicdesk::core::catalogjson {

// Reads CivicDesk's catalogue format (README.md, "Service catalogue format"). Throws
// civicdesk::core::Error naming the source, the line for syntax errors, and the JSON path and
// field for content errors, e.g. "catalog.json: services[3] (POTHOLE).attributes[0].datatype: ...".
Catalog parse(const QByteArray &json, const QString &sourceName);
Catalog load(const QString &fileName);

QByteArray serialise(const Catalog &catalog);

// The catalogue compiled into CivicDesk (resources/catalog/sample-catalog.json).
Catalog builtIn();

} // namespace civicdesk::core::catalogjson
