#pragma once

#include <QList>
#include <QString>

namespace civicdesk::core {

class Database;

// The demo's four users, one per role (call taker, supervisor, administrator, trainer), kept in
// the store's demo_logins table. They only name who is who: the account system maps them onto
// real accounts and roles; the demo has no passwords.
class DemoLogins
{
public:
    struct Login
    {
        QString login;
        QString displayName;
        QString role; // calltaker | supervisor | admin | trainer
        bool operator==(const Login &) const = default;
    };

    explicit DemoLogins(const Database &db) : m_db(db) {}

    static QList<Login> defaults();
    void save(const QList<Login> &logins) const;
    QList<Login> all() const;
    QList<Login> withRole(const QString &role) const;

private:
    const Database &m_db;
};

} // namespace civicdesk::core
