#include "core/store/appendonlyrepository.h"

namespace civicdesk::core {

namespace {
QString placeholders(qsizetype count, bool numbered)
{
    QStringList marks;
    for (qsizetype i = 1; i <= count; ++i)
        marks.append(numbered ? QStringLiteral("?%1").arg(i) : QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}
} // namespace

AppendOnlyRepository::AppendOnlyRepository(const Database &db, Table table)
    : m_db(db), m_table(std::move(table))
{
}

QString AppendOnlyRepository::insertIfTicketKnownSql(const Table &table)
{
    return QStringLiteral("INSERT INTO %1 (%2) SELECT %3 WHERE EXISTS (SELECT 1 FROM tickets WHERE id = ?2) "
                          "ON CONFLICT (id) DO NOTHING")
        .arg(table.name, table.columns.join(QStringLiteral(", ")), placeholders(table.columns.size(), true));
}

bool AppendOnlyRepository::appendRow(const QUuid &id, const QUuid &ticketId, const QVariantList &values) const
{
    const QSqlDatabase db = m_db.connection();
    if (!m_append || m_appendConnection != db.connectionName()) {
        m_append =
            std::make_shared<SqlQuery>(db, QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                                               .arg(m_table.name, m_table.columns.join(QStringLiteral(", ")),
                                                    placeholders(m_table.columns.size(), false)));
        m_appendConnection = db.connectionName();
    }
    SqlQuery &q = *m_append;
    q.bind(0, id.toString(QUuid::WithoutBraces)).bind(1, ticketId.toString(QUuid::WithoutBraces));
    for (int i = 0; i < values.size(); ++i)
        q.bind(i + 2, values.at(i));
    q.exec();
    return q.numRowsAffected() > 0;
}

QString AppendOnlyRepository::selectSql() const
{
    QStringList read = m_table.columns;
    read.removeAt(1); // ticket_id: the caller asked for it
    return QStringLiteral("SELECT %1 FROM %2 WHERE ticket_id = ? ORDER BY %3")
        .arg(read.join(QStringLiteral(", ")), m_table.name, m_table.orderBy);
}

} // namespace civicdesk::core
