#pragma once

#include <QString>

namespace civicdesk::core::synccursor {

// The pull cursor is opaque outside this file: today it holds the server's snapshot xmin (an
// xid8), tomorrow it could hold one position per shard. Anything unreadable means "from the
// start", which is always safe because applying a change twice changes nothing.
QString encode(const QString &serverPosition);
QString decode(const QString &cursor);

} // namespace civicdesk::core::synccursor
