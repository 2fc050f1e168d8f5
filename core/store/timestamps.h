#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QVariant>

namespace civicdesk::core::timestamps {

// The store keeps instants as INTEGER milliseconds since the epoch, UTC; NULL when unset.
inline QVariant toDb(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDateTime fromDb(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

} // namespace civicdesk::core::timestamps
