// Control: a core-level source reaches core's own headers.
#include "core/domain/error.h"

int civicdeskProbe()
{
    return 0;
}
