// Must not build: widgets/ is above map/.
#include "widgets/map/mapview.h"

int civicdeskProbe()
{
    return 0;
}
