// Control: a widgets-level source reaches widgets', map's and core's headers.
#include "core/domain/error.h"
#include "map/projection/webmercator.h"
#include "widgets/map/mapview.h"

int civicdeskProbe()
{
    return 0;
}
