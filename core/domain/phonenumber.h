#pragma once

#include <QString>
#include <optional>

namespace civicdesk::core::phonenumber {

// Normalises what a caller dictates ("(555) 123-4567", "555.123.4567 x12", "+44 20 7946 0958")
// to E.164. Numbers without a country code are taken as North American (+1), the home of 311.
// Returns nullopt when the input cannot be a phone number.
std::optional<QString> toE164(const QString &input);

// Formats digits as they are typed, for display: "5551234" -> "555-1234",
// "5551234567" -> "(555) 123-4567". International numbers keep their + and digits. An
// extension is kept apart: "+15551234567;ext=22" -> "+1 (555) 123-4567 x22".
QString formatForDisplay(const QString &input);

} // namespace civicdesk::core::phonenumber
