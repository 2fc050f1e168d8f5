// Must not build: widgets/ is above core/.
#include "widgets/map/mapview.h"

int civicdeskProbe()
{
    return 0;
}
