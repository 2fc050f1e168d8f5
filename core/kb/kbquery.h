#pragma once

#include <QString>

namespace civicdesk::core {

// What to look for. Empty filters match everything, except that retired articles are left out
// unless `state` asks for them.
struct KbQuery
{
    QString text;
    int limit = 10;
    bool asYouType = true; // the last word may be unfinished
    QString agency;
    QString audience;
    QString state;
    QString language;
};

} // namespace civicdesk::core
