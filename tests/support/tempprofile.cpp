#include "support/tempprofile.h"

namespace civicdesk::testsupport {

TempProfile::TempProfile()
{
    reopen();
    m_store->setWorkstationCode(QStringLiteral("TST"));
    m_store->setActor(QStringLiteral("tester"));
}

void TempProfile::reopen()
{
    m_store.reset();
    m_store = std::make_unique<core::LocalStore>(core::Profile(m_dir.path()));
}

} // namespace civicdesk::testsupport
