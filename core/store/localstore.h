#pragma once

#include "core/catalog/catalog.h"
#include "core/profile/profile.h"
#include "core/store/database.h"

#include <memory>

namespace civicdesk::core {

// One profile's local store, ready to use: the database, this workstation's identity and the
// service catalogue. Opening a new profile initialises it (a random workstation code and the
// built-in catalogue), so every entry point works on a fresh folder.
class LocalStore
{
public:
    explicit LocalStore(const Profile &profile);
    ~LocalStore();
    Q_DISABLE_COPY_MOVE(LocalStore)

    const Profile &profile() const { return m_profile; }
    Database &database() { return *m_db; }
    const Database &database() const { return *m_db; }

    QString workstationCode() const;
    void setWorkstationCode(const QString &code);
    // Who the audit trail names for changes made here.
    QString actor() const;
    void setActor(const QString &name);

    const Catalog &catalog() const { return m_catalog; }
    void replaceCatalog(const Catalog &catalog);

private:
    Profile m_profile;
    std::unique_ptr<Database> m_db;
    Catalog m_catalog;
};

} // namespace civicdesk::core
