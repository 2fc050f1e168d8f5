#pragma once

#include <QString>

namespace civicdesk::core {

// Where a request at a location goes: the district it lies in and the agency and queue the
// routing rules choose for its service there.
struct LocationRouting
{
    QString district;   // empty outside every district or without a location
    QString agency;     // the rule's agency, else the service's default agency
    QString queue;      // empty when no rule applies
    bool byRule = false; // false: the agency is the service's default

    bool operator==(const LocationRouting &) const = default;
};

} // namespace civicdesk::core
