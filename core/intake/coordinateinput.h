#pragma once

#include <QString>
#include <optional>

namespace civicdesk::core::coordinateinput {

// Latitude and longitude as a call taker types them: decimal degrees, a comma or a point as
// the decimal mark, an optional N/S/E/W suffix ("40.7128 N", "74.006 W").
enum class Axis { Latitude, Longitude };

// The value in decimal degrees, or nullopt when empty or invalid.
std::optional<double> parse(const QString &text, Axis axis);
// Why the text is not a valid coordinate; nullopt when it is valid or empty.
std::optional<QString> problem(const QString &text, Axis axis);

} // namespace civicdesk::core::coordinateinput
