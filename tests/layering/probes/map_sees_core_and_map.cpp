// Control: a map-level source reaches map's own headers and core's.
#include "core/domain/error.h"
#include "map/projection/webmercator.h"

int civicdeskProbe()
{
    return 0;
}
