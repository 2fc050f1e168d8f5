#pragma once

#include "core/catalog/catalog.h"
#include "core/domain/ticketstatus.h"
#include "core/sla/slareading.h"

#include <QDateTime>
#include <QString>

namespace civicdesk::core {

// The SLA clock of a ticket: its due time from the catalogue's calendar, the pause while on
// hold, and the reading a queue shows ("3 h left", "missed by 2 d 4 h"). Pure functions of their
// inputs, so every rule is tested headless with fixed instants.
class SlaClock
{
public:
    explicit SlaClock(const Catalog &catalog) : m_catalog(catalog) {}

    // Due time of a request of this service made at requestedUtc; invalid without an SLA.
    QDateTime due(const QString &serviceCode, const QDateTime &requestedUtc) const;

    // The due time after a hold from holdStartUtc to resumeUtc: the time that was left when the
    // hold began is counted again from the resume, in the service's own clock (business or
    // calendar). A ticket that was already overdue when held stays overdue by as much.
    QDateTime resumedDue(const QString &serviceCode, const QDateTime &dueUtc, const QDateTime &holdStartUtc,
                         const QDateTime &resumeUtc) const;

    // The reading at nowUtc. closedAtUtc is the first close (invalid while open); holdStartUtc is
    // set while on hold. dueSoonSeconds is the warning time.
    SlaReading read(TicketStatus status, const QDateTime &dueUtc, const QDateTime &closedAtUtc,
                    const QDateTime &holdStartUtc, const QDateTime &nowUtc,
                    qint64 dueSoonSeconds = 4 * 3600) const;

    // "SLA consumed %" of an open ticket: wall-clock time elapsed since the request divided by
    // the wall-clock window from request to due, times 100 (over 100 when overdue). The due
    // time already carries the business calendar, so the ratio needs no calendar of its own.
    // Negative when there is no due time.
    static double consumedPercent(const QDateTime &requestedUtc, const QDateTime &dueUtc,
                                  const QDateTime &atUtc);

    // "met", "missed by 2 d 4 h", "3 h 20 min left", "overdue by 1 d", "paused, 5 h left".
    static QString describe(const SlaReading &reading);
    // "2 d 4 h", "3 h 20 min", "12 min": the two largest units, for people.
    static QString duration(qint64 seconds);

private:
    const Catalog &m_catalog;
};

} // namespace civicdesk::core
