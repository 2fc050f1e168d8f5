#pragma once

#include <QUuid>

namespace civicdesk::core {

// A version 7 UUID (RFC 9562): 48 bits of Unix time in milliseconds, then random bits. Ids are
// still made offline and unique, but new rows land at the end of the primary-key index instead
// of at random places in it, which keeps million-row stores fast to write.
QUuid timeOrderedUuid();

} // namespace civicdesk::core
