#pragma once

#include "core/accounts/role.h"
#include "core/queue/savedview.h"
#include "core/store/database.h"

#include <QList>
#include <optional>

namespace civicdesk::core {

// Saved queue views in the local store: a user sees their own and every shared one.
class SavedViewRepository
{
public:
    explicit SavedViewRepository(const Database &db) : m_db(db) {}

    QList<SavedView> visibleTo(const QString &user) const;
    std::optional<SavedView> find(const QString &id) const;
    // Validates the name and the query string; only roles that may share views share them.
    // Saving under a name the owner already uses replaces that view.
    SavedView save(SavedView view, Role role) const;
    // Only the owner removes a view.
    void remove(const QString &id, const QString &user) const;

private:
    const Database &m_db;
};

} // namespace civicdesk::core
