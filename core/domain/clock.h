#pragma once

#include <QDateTime>

namespace civicdesk::core {

// Where "now" comes from. Tests install a fixed clock so SLA dates and reference numbers are
// reproducible; everything else uses the system clock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const;

    static const Clock &current();
    // Replaces the clock for the whole process (tests only); nullptr restores the system clock.
    static void setCurrent(const Clock *clock);
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace civicdesk::core
