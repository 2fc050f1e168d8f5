#pragma once

#include <QSqlDatabase>

namespace civicdesk::core {

// Scope guard: everything between construction and commit() lands together or not at all.
// Leaving the scope without commit() (an exception, an early return) rolls back. On SQLite it
// is a write transaction from the start (BEGIN IMMEDIATE).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace civicdesk::core
