#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace civicdesk::core {

// Notes only ever grow: they are inserted, never edited or deleted, so two workstations can
// merge their notes as a plain union keyed by id.
struct Note
{
    QUuid id;
    QDateTime createdAt; // UTC
    QString author;
    QString text;
    bool internal = false; // internal notes never leave CivicDesk (not in Open311 exports)

    bool operator==(const Note &) const = default;
};

} // namespace civicdesk::core
