#include "core/domain/clock.h"

#include <atomic>

namespace civicdesk::core {

namespace {
const Clock g_systemClock;
std::atomic<const Clock *> g_current{&g_systemClock};
} // namespace

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock &Clock::current()
{
    return *g_current.load();
}

void Clock::setCurrent(const Clock *clock)
{
    g_current.store(clock ? clock : &g_systemClock);
}

} // namespace civicdesk::core
