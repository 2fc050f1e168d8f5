#pragma once

#include "core/catalog/catalog.h"
#include "core/store/database.h"

#include <optional>

namespace civicdesk::core {

class CatalogRepository
{
public:
    explicit CatalogRepository(const Database &db) : m_db(db) {}

    void save(const Catalog &catalog) const;
    std::optional<Catalog> load() const; // nullopt until a catalogue has been loaded

private:
    const Database &m_db;
};

} // namespace civicdesk::core
