#pragma once

#include <QString>

namespace civicdesk::core::emailaddress {

// A pragmatic check for addresses callers dictate: one @, a dotted domain, no spaces.
// It refuses what is surely wrong rather than trying to accept every RFC 5322 curiosity.
bool isValid(const QString &email);

} // namespace civicdesk::core::emailaddress
