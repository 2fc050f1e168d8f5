// Control: what links civicdesk_benchpoints reaches its one header.
#include "cli/bench/benchpoints.h"

int civicdeskProbe()
{
    return 0;
}
