#pragma once

#include <QtGlobal>

namespace civicdesk::core {

// Where one ticket stands against its SLA at one moment.
struct SlaReading
{
    enum class State {
        None,    // the service has no SLA target
        Running, // open, more than the warning time left
        DueSoon, // open, due within the warning time
        Overdue, // open, past due
        Paused,  // on hold: the clock stands still
        Met,     // closed on time
        Missed,  // closed late
    };
    State state = State::None;
    // Running/DueSoon/Paused: seconds left; Overdue: seconds past due; Missed: seconds late;
    // Met: seconds to spare.
    qint64 seconds = 0;

    bool operator==(const SlaReading &) const = default;
};

} // namespace civicdesk::core
