#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QMap>
#include <optional>
#include <utility>
#include <vector>

namespace civicdesk::core {

// The sums behind the dashboard's ticket figures, for any set of tickets: one UTC day's, kept
// as a blob in the store (DashboardDays), or a range's, added up from its days. Sums add up
// exactly (counts and histograms), so a range summed from days equals the range summed from
// its tickets; the SLA-consumed sum is kept as a linear function of "now", so that a day
// summed last week still gives today's figure.
class DashboardSums final
{
public:
    struct Counts
    {
        qint64 tickets = 0;
        qint64 closed = 0;
        qint64 onTime = 0;
        qint64 withTarget = 0;
    };
    // One ticket as the dashboard reads it; the views are valid for the call only.
    struct Ticket
    {
        qint64 requested = 0;
        QByteArrayView status;
        QByteArrayView service;
        QByteArrayView agency;
        QByteArrayView channel;
        std::optional<qint64> expected;
        std::optional<qint64> closeTime; // COALESCE(closed_at, updated_at)
    };
    using DayPair = std::pair<qint64, qint64>; // (UTC day requested, UTC day closed or -1: open)

    // base (ms since the epoch) anchors the SLA-consumed sums; near the tickets' times keeps
    // their rounding small.
    explicit DashboardSums(qint64 base = 0) : m_base(base) {}

    // inRange false: a ticket requested before the range, which counts only in the backlog.
    void add(const Ticket &ticket, bool inRange);
    void addAll(const DashboardSums &other);
    void addBacklogOf(const DashboardSums &other);

    QByteArray toBlob() const;
    // Throws Error for a blob that toBlob() did not write.
    static DashboardSums fromBlob(const QByteArray &blob);

    // Tickets by UTC hour (ms / 3,600,000).
    const QMap<qint64, qint64> &utcHours() const { return m_utcHours; }
    // By (service, agency, channel); split a key with combinationParts().
    const QHash<QByteArray, Counts> &combinations() const { return m_combinations; }
    static std::vector<QByteArray> combinationParts(const QByteArray &key);
    // Closed tickets by whole hours from request to close, per service code.
    QMap<QByteArray, QMap<qint64, qint64>> hoursToClose() const;
    // The sum of every running ticket's SLA consumed % at now, and how many there are.
    double consumedSum(qint64 now) const { return double(now - m_base) * m_consumedPerMs - m_consumedAtBase; }
    qint64 consumedCount() const { return m_consumedCount; }
    const QMap<DayPair, qint64> &backlogPairs() const { return m_pairs; }

private:
    enum StatusClass : char { Other, Closed, Running };
    StatusClass statusClass(QByteArrayView status);

    qint64 m_base = 0;
    QMap<qint64, qint64> m_utcHours;
    QHash<QByteArray, Counts> m_combinations;
    QHash<QByteArray, std::vector<qint64>> m_hoursToClose;      // dense below kDenseHours
    QHash<QByteArray, QMap<qint64, qint64>> m_longHoursToClose; // the rare longer ones
    double m_consumedPerMs = 0.0;                               // sum of 100 / (due - requested)
    double m_consumedAtBase = 0.0; // sum of 100 * (requested - base) / (due - requested)
    qint64 m_consumedCount = 0;
    QMap<DayPair, qint64> m_pairs;
    QHash<QByteArray, StatusClass> m_statusClasses; // a cache, not part of the sums
};

} // namespace civicdesk::core
