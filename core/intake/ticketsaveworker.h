#pragma once

#include "core/domain/error.h"
#include "core/intake/intakeservice.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <optional>

namespace civicdesk::core {

// Writes the call taker's ticket saves on a thread of its own, so that the console keeps running
// while a save waits for the store's write lock (an import's batch, a sync pull's commit) and for
// the disk. One save at a time; the result comes back by signal on the thread that started it.
// The thread lives as long as this object, so its connection to the store stays open between
// calls (and closes when the thread ends).
class TicketSaveWorker final : public QObject
{
    Q_OBJECT

public:
    explicit TicketSaveWorker(IntakeService &service, QObject *parent = nullptr);
    // Waits for a save that is being written (without signalling it): a save is never lost.
    ~TicketSaveWorker() override;
    Q_DISABLE_COPY_MOVE(TicketSaveWorker)

    // Starts writing a prepared save; false, and nothing happens, while one is being written.
    bool start(const PreparedSave &prepared);
    bool isBusy() const { return m_busy; }
    // Blocks until the save being written has landed or failed, and signals it now (the window
    // is closing). Does nothing when no save runs.
    void finish();

Q_SIGNALS:
    void saved(const civicdesk::core::IntakeResult &result);
    // Nothing was written: the draft is still in the store. problems: by field, when known.
    void failed(const QString &message, const QList<civicdesk::core::FieldError> &problems);

private:
    struct Outcome
    {
        std::optional<IntakeResult> result;
        QString message;
        QList<FieldError> problems;
    };

    void deliver();

    IntakeService &m_service;
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
    bool m_busy = false;
};

} // namespace civicdesk::core
