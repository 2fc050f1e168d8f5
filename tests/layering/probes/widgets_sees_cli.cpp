// Must not build: the CLI's folder is private to civicdesk-cli.
#include "cli/command.h"

int civicdeskProbe()
{
    return 0;
}
