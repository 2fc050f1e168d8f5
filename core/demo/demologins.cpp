#include "core/demo/demologins.h"

#include "core/store/database.h"
#include "core/store/sqlquery.h"

namespace civicdesk::core {

QList<DemoLogins::Login> DemoLogins::defaults()
{
    return {{QStringLiteral("ana.calltaker"), QStringLiteral("Ana Ruiz"), QStringLiteral("calltaker")},
            {QStringLiteral("sam.supervisor"), QStringLiteral("Sam Osei"), QStringLiteral("supervisor")},
            {QStringLiteral("alex.admin"), QStringLiteral("Alex Moreau"), QStringLiteral("admin")},
            {QStringLiteral("terry.trainer"), QStringLiteral("Terry Lund"), QStringLiteral("trainer")}};
}

void DemoLogins::save(const QList<Login> &logins) const
{
    const QSqlDatabase db = m_db.connection();
    SqlQuery::execute(db, QStringLiteral("DELETE FROM demo_logins"));
    SqlQuery insert(db,
                    QStringLiteral("INSERT INTO demo_logins (login, display_name, role) VALUES (?, ?, ?)"));
    for (const Login &l : logins)
        insert.bind(0, l.login).bind(1, l.displayName).bind(2, l.role).exec();
}

QList<DemoLogins::Login> DemoLogins::all() const
{
    QList<Login> result;
    SqlQuery q(m_db.connection(),
               QStringLiteral("SELECT login, display_name, role FROM demo_logins ORDER BY rowid"));
    q.exec();
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return result;
}

QList<DemoLogins::Login> DemoLogins::withRole(const QString &role) const
{
    QList<Login> result;
    for (const Login &l : all())
        if (l.role == role)
            result.append(l);
    return result;
}

} // namespace civicdesk::core
