#pragma once

#include "core/open311/open311document.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace civicdesk::core::open311reader {

// One request that could not be read, and where: "line 12" (XML) or "[3]" (JSON, 0-based).
struct Problem
{
    QString where;
    QString reason;
};

struct Result
{
    Open311Document document;
    QList<Problem> skipped; // requests only: the document is read, these items are not
};

// Reads any Open311 GeoReport v2 document, JSON or XML (decided by the first character).
// Lenient where real servers deviate (see docs/open311.md), strict where a wrong guess would
// corrupt data: a missing service_code or an unknown datatype throws Error naming the source,
// the position and the field. `expected` resolves an empty "[]" and lets the caller get a
// clear error when a server saved an error document instead of the data.
Result read(const QByteArray &data, const QString &sourceName,
            std::optional<Open311Document::Kind> expected = std::nullopt);

// The spec's own JSON examples write codes as numbers with leading zeros ("service_code":001),
// which no JSON parser accepts. This quotes such numbers outside strings ("001"), keeping the
// zeros an id needs, and logs each repair with its line and column. Valid JSON is unchanged.
QByteArray quoteLeadingZeroNumbers(const QByteArray &json, QStringList *repairs = nullptr);

} // namespace civicdesk::core::open311reader
