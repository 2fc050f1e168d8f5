#include "core/intake/ticketsaveworker.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>

namespace civicdesk::core {

TicketSaveWorker::TicketSaveWorker(IntakeService &service, QObject *parent)
    : QObject(parent), m_service(service)
{
    // One thread that never expires: saves come minutes apart, and reopening the connection (and
    // its page cache) for each would cost more than the thread.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &TicketSaveWorker::deliver);
}

TicketSaveWorker::~TicketSaveWorker()
{
    m_watcher.disconnect(this);
    m_pool.waitForDone();
}

bool TicketSaveWorker::start(const PreparedSave &prepared)
{
    if (m_busy)
        return false;
    m_busy = true;
    IntakeService *service = &m_service;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [service, prepared]() -> Outcome {
        Database::commitWithoutWaitingOnThisThread();
        Outcome out;
        try {
            out.result = service->writeSave(prepared);
        } catch (const Error &e) {
            out.message = e.message();
            out.problems = e.fieldErrors();
        } catch (const std::exception &e) {
            out.message = QCoreApplication::translate("TicketSaveWorker", "the ticket was not saved: %1")
                              .arg(QString::fromLocal8Bit(e.what()));
        }
        return out;
    }));
    return true;
}

void TicketSaveWorker::finish()
{
    if (!m_busy)
        return;
    m_watcher.waitForFinished();
    deliver();
}

void TicketSaveWorker::deliver()
{
    // finish() may have delivered already; the watcher's own signal then comes late.
    if (!m_busy || !m_watcher.isFinished())
        return;
    m_busy = false;
    const Outcome out = m_watcher.result();
    if (out.result)
        Q_EMIT saved(*out.result);
    else
        Q_EMIT failed(out.message, out.problems);
}

} // namespace civicdesk::core
