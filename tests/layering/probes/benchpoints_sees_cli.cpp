// Must not build: linking the benchmark points exports cli/bench/, not the rest of the CLI.
#include "cli/command.h"

int civicdeskProbe()
{
    return 0;
}
