// Must not build: tests/support is for the test targets only.
#include "support/tempprofile.h"

int civicdeskProbe()
{
    return 0;
}
