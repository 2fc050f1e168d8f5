#include "core/store/sqlquery.h"

#include "core/domain/error.h"

#include <QSqlError>

namespace civicdesk::core {

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql) : m_query(db), m_sql(sql)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        throw Error(QStringLiteral("database: %1 (in: %2)").arg(m_query.lastError().text(), sql.simplified().left(120)));
}

namespace {
// QtSql binds a null QString as SQL NULL. CivicDesk's text columns are NOT NULL with '' for
// "nothing", so an unset string becomes ''. A deliberate NULL is a typed null QVariant.
QVariant normalised(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}
} // namespace

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, normalised(value));
    return *this;
}

SqlQuery &SqlQuery::bind(int position, const QVariant &value)
{
    m_query.bindValue(position, normalised(value));
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query.exec())
        throw Error(QStringLiteral("database: %1 (in: %2)").arg(m_query.lastError().text(), m_sql.simplified().left(120)));
    return *this;
}

void SqlQuery::execute(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw Error(QStringLiteral("database: %1 (in: %2)").arg(q.lastError().text(), sql.simplified().left(120)));
}

} // namespace civicdesk::core
