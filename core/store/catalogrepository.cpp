#include "core/store/catalogrepository.h"

#include "core/catalog/catalogjson.h"
#include "core/domain/clock.h"
#include "core/store/sqlitestatement.h"
#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"

namespace civicdesk::core {

void CatalogRepository::save(const Catalog &catalog) const
{
    SqlQuery(m_db.connection(), QStringLiteral("INSERT INTO catalog (id, document, loaded_at) VALUES (1, ?, ?) "
                                               "ON CONFLICT (id) DO UPDATE SET document = excluded.document, "
                                               "loaded_at = excluded.loaded_at"))
        .bind(0, QString::fromUtf8(catalogjson::serialise(catalog)))
        .bind(1, timestamps::toDb(Clock::current().nowUtc()))
        .exec();
}

std::optional<Catalog> CatalogRepository::load() const
{
    // Read natively: the document is parsed as UTF-8, so a trip through QString (decode, then
    // encode again) would only cost start-up time.
    SqliteStatement q(m_db.connection(), QStringLiteral("SELECT document FROM catalog WHERE id = 1"));
    if (!q.step())
        return std::nullopt;
    return catalogjson::parse(q.utf8(0), QStringLiteral("local store catalogue"));
}

} // namespace civicdesk::core
