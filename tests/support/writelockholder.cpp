#include "support/writelockholder.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace civicdesk::testsupport {

WriteLockHolder::WriteLockHolder(const QString &databasePath)
{
    m_thread = std::thread([this, databasePath] { hold(databasePath); });
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_held || !m_error.isEmpty(); });
}

WriteLockHolder::~WriteLockHolder()
{
    release();
    m_thread.join();
}

bool WriteLockHolder::held() const
{
    const std::lock_guard lock(m_mutex);
    return m_held;
}

QString WriteLockHolder::error() const
{
    const std::lock_guard lock(m_mutex);
    return m_error;
}

void WriteLockHolder::release()
{
    const std::lock_guard lock(m_mutex);
    m_release = true;
    m_changed.notify_all();
}

void WriteLockHolder::hold(const QString &path)
{
    const QString name = QStringLiteral("write-lock-holder-%1").arg(quintptr(this));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        bool ok = db.open();
        QString why = db.lastError().text();
        if (ok) {
            QSqlQuery begin(db);
            ok = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
            why = begin.lastError().text();
        }
        std::unique_lock lock(m_mutex);
        m_held = ok;
        m_error = ok ? QString() : why;
        m_changed.notify_all();
        if (ok) {
            m_changed.wait(lock, [this] { return m_release; });
            lock.unlock();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace civicdesk::testsupport
