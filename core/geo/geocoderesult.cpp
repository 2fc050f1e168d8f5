#include "core/geo/geocoderesult.h"

namespace civicdesk::core {

QString GeocodeResult::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Address: return QStringLiteral("address");
    case Kind::Interpolated: return QStringLiteral("interpolated");
    case Kind::Street: return QStringLiteral("street");
    case Kind::Intersection: return QStringLiteral("intersection");
    }
    return {};
}

} // namespace civicdesk::core
