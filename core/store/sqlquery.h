#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace civicdesk::core {

// A prepared statement that throws civicdesk::core::Error instead of returning false, so a
// failed write can never be silently ignored. Values are always bound, never spliced in.
class SqlQuery
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    SqlQuery &bind(int position, const QVariant &value);
    SqlQuery &exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &column) const { return m_query.value(column); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

    // Runs one statement without parameters (DDL, pragmas).
    static void execute(const QSqlDatabase &db, const QString &sql);

private:
    QSqlQuery m_query;
    QString m_sql;
};

} // namespace civicdesk::core
