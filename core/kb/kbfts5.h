#pragma once

#include <QSqlDatabase>

struct fts5_api;
struct sqlite3;

namespace civicdesk::core::kbfts5 {

// The SQLite handle of a connection; throws core::Error when it is not a SQLite connection.
sqlite3 *handle(const QSqlDatabase &db);
// The FTS5 API of a connection (SQLite's documented "SELECT fts5(?1)" handshake), or nullptr.
fts5_api *api(sqlite3 *db);

} // namespace civicdesk::core::kbfts5
