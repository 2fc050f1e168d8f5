#include "core/store/localstore.h"

#include "core/catalog/catalogjson.h"
#include "core/domain/error.h"
#include "core/domain/referencenumber.h"
#include "core/store/catalogrepository.h"

#include <QCoreApplication>

namespace civicdesk::core {

namespace {
const QString kWorkstationKey = QStringLiteral("workstation_code");
const QString kActorKey = QStringLiteral("actor");
} // namespace

LocalStore::LocalStore(const Profile &profile) : m_profile(profile)
{
    m_profile.ensureWritable();
    m_db = std::make_unique<Database>(m_profile.storePath());
    if (m_db->meta(kWorkstationKey).isEmpty())
        m_db->setMeta(kWorkstationKey, referencenumber::randomWorkstationCode());
    const CatalogRepository catalogs(*m_db);
    if (auto stored = catalogs.load()) {
        m_catalog = std::move(*stored);
    } else {
        m_catalog = catalogjson::builtIn();
        catalogs.save(m_catalog);
    }
}

LocalStore::~LocalStore() = default;

QString LocalStore::workstationCode() const
{
    return m_db->meta(kWorkstationKey);
}

void LocalStore::setWorkstationCode(const QString &code)
{
    if (!referencenumber::isValidWorkstationCode(code))
        throw Error(QCoreApplication::translate("LocalStore",
                                                "workstation code \"%1\" must be 3 characters from %2")
                        .arg(code, QString::fromLatin1(referencenumber::kAlphabet)),
                    {{QStringLiteral("workstation"), QStringLiteral("invalid code")}});
    m_db->setMeta(kWorkstationKey, code);
}

QString LocalStore::actor() const
{
    QString fallback = qEnvironmentVariable("USER");
    if (fallback.isEmpty())
        fallback = QStringLiteral("calltaker");
    return m_db->meta(kActorKey, fallback);
}

void LocalStore::setActor(const QString &name)
{
    m_db->setMeta(kActorKey, name);
}

void LocalStore::replaceCatalog(const Catalog &catalog)
{
    CatalogRepository(*m_db).save(catalog);
    m_catalog = catalog;
}

} // namespace civicdesk::core
