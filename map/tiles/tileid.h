#pragma once

#include <QHashFunctions>
#include <QString>

namespace civicdesk::map {

// One XYZ tile (y grows south, as in web maps; MBTiles stores the TMS row instead).
struct TileId
{
    int z = 0;
    int x = 0;
    int y = 0;

    bool operator==(const TileId &) const = default;
    bool isValid() const { return z >= 0 && z <= 24 && x >= 0 && y >= 0 && x < (1 << z) && y < (1 << z); }
    TileId parent() const { return {z - 1, x / 2, y / 2}; }
    // The TMS row used by MBTiles: row = 2^z - 1 - y.
    int tmsRow() const { return (1 << z) - 1 - y; }
    QString toString() const { return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y); }
};

inline size_t qHash(const TileId &t, size_t seed = 0)
{
    return qHashMulti(seed, t.z, t.x, t.y);
}

} // namespace civicdesk::map
