// Must not build: map/ is above core/.
#include "map/projection/webmercator.h"

int civicdeskProbe()
{
    return 0;
}
