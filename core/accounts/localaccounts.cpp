#include "core/accounts/localaccounts.h"

#include "core/domain/clock.h"
#include "core/domain/error.h"
#include "core/store/sqlquery.h"
#include "core/store/timestamps.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <sodium.h>

namespace civicdesk::core {

namespace {
void initSodium()
{
    if (sodium_init() < 0)
        throw Error(QCoreApplication::translate(
            "LocalAccounts", "accounts: the password library (libsodium) could not start"));
}

void checkPassword(const QString &password)
{
    if (password.size() < 8)
        throw Error(
            QCoreApplication::translate("LocalAccounts", "password: at least 8 characters"),
            {{QStringLiteral("password"), QCoreApplication::translate("LocalAccounts", "too short")}});
    if (password.size() > 1024)
        throw Error(QCoreApplication::translate("LocalAccounts", "password: at most 1024 characters"),
                    {{QStringLiteral("password"), QCoreApplication::translate("LocalAccounts", "too long")}});
}

Account fromRow(const SqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(),
            role::fromKey(q.value(2).toString()).value_or(Role::CallTaker)};
}
} // namespace

QString LocalAccounts::hash(const QString &password)
{
    initSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error(QCoreApplication::translate("LocalAccounts", "password: out of memory while hashing"));
    return QString::fromLatin1(out);
}

Account LocalAccounts::add(const Account &account, const QString &password) const
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!validName.match(account.name).hasMatch())
        throw Error(QCoreApplication::translate("LocalAccounts",
                                                "name: 1 to 64 letters, digits, dots, dashes or underscores"),
                    {{QStringLiteral("name"), QCoreApplication::translate("LocalAccounts", "invalid")}});
    checkPassword(password);
    if (find(account.name))
        throw Error(
            QCoreApplication::translate("LocalAccounts", "name: an account %1 already exists")
                .arg(account.name),
            {{QStringLiteral("name"), QCoreApplication::translate("LocalAccounts", "already exists")}});
    Account saved = account;
    if (saved.displayName.trimmed().isEmpty())
        saved.displayName = saved.name;
    SqlQuery(
        m_db.connection(),
        QStringLiteral("INSERT INTO local_accounts (name, display_name, role, password_hash, created_at) "
                       "VALUES (?, ?, ?, ?, ?)"))
        .bind(0, saved.name)
        .bind(1, saved.displayName)
        .bind(2, role::toKey(saved.role))
        .bind(3, hash(password))
        .bind(4, timestamps::toDb(Clock::current().nowUtc()))
        .exec();
    return saved;
}

void LocalAccounts::setPassword(const QString &name, const QString &password) const
{
    checkPassword(password);
    SqlQuery q(m_db.connection(),
               QStringLiteral("UPDATE local_accounts SET password_hash = ? WHERE name = ?"));
    q.bind(0, hash(password)).bind(1, name).exec();
    if (q.numRowsAffected() != 1)
        throw Error(QCoreApplication::translate("LocalAccounts", "name: no account %1").arg(name),
                    {{QStringLiteral("name"), QCoreApplication::translate("LocalAccounts", "not found")}});
}

void LocalAccounts::setRole(const QString &name, Role role) const
{
    SqlQuery q(m_db.connection(), QStringLiteral("UPDATE local_accounts SET role = ? WHERE name = ?"));
    q.bind(0, role::toKey(role)).bind(1, name).exec();
    if (q.numRowsAffected() != 1)
        throw Error(QCoreApplication::translate("LocalAccounts", "name: no account %1").arg(name),
                    {{QStringLiteral("name"), QCoreApplication::translate("LocalAccounts", "not found")}});
}

std::optional<Account> LocalAccounts::verify(const QString &name, const QString &password) const
{
    initSodium();
    SqlQuery q(
        m_db.connection(),
        QStringLiteral("SELECT name, display_name, role, password_hash FROM local_accounts WHERE name = ?"));
    q.bind(0, name).exec();
    if (!q.next())
        return std::nullopt;
    const QByteArray stored = q.value(3).toString().toLatin1();
    const QByteArray utf8 = password.toUtf8();
    if (crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                 static_cast<unsigned long long>(utf8.size())) != 0)
        return std::nullopt;
    return fromRow(q);
}

std::optional<Account> LocalAccounts::find(const QString &name) const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT name, display_name, role FROM local_accounts WHERE name = ?"));
    q.bind(0, name).exec();
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<Account> LocalAccounts::all() const
{
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT name, display_name, role FROM local_accounts ORDER BY name"));
    q.exec();
    QList<Account> list;
    while (q.next())
        list.append(fromRow(q));
    return list;
}

bool LocalAccounts::isEmpty() const
{
    SqlQuery q(m_db.connection(), QStringLiteral("SELECT 1 FROM local_accounts LIMIT 1"));
    q.exec();
    return !q.next();
}

} // namespace civicdesk::core
