#pragma once

#include "core/store/localstore.h"

#include <QTemporaryDir>
#include <memory>

namespace civicdesk::testsupport {

// A throw-away profile folder with an open local store (built-in catalogue, workstation "TST").
class TempProfile
{
public:
    TempProfile();
    QString directory() const { return m_dir.path(); }
    core::LocalStore &store() { return *m_store; }
    // Closes and reopens the store, as a restart would.
    void reopen();
    void close() { m_store.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::LocalStore> m_store;
};

} // namespace civicdesk::testsupport
