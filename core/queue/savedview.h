#pragma once

#include <QString>

namespace civicdesk::core {

// A named queue view ("My team's overdue potholes"), personal or shared with the team.
struct SavedView
{
    QString id;
    QString name;
    QString owner;
    bool shared = false;
    QString query; // QueueQuery::toString()

    bool operator==(const SavedView &) const = default;
};

} // namespace civicdesk::core
