#include "core/platform/heapreturn.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace civicdesk::core {

namespace {
#ifdef __GLIBC__
// glibc raises both thresholds on its own when a large block is freed (up to 32 MiB for mmap),
// after which an import's row buffers come from the heap and stay there. Fixing them keeps
// blocks of 128 KiB and more in mmap (unmapped on free) and trims a heap top with 128 KiB free.
constexpr int kThresholdBytes = 128 * 1024;
#endif
} // namespace

void HeapReturn::tuneForLongRun()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, kThresholdBytes);
    mallopt(M_TRIM_THRESHOLD, kThresholdBytes);
#endif
}

void HeapReturn::releaseFree()
{
#ifdef __GLIBC__
    // Also returns free pages in the middle of each arena (madvise), which trimming the top
    // alone cannot reach: worker threads' arenas are where an import's memory lives.
    malloc_trim(0);
#endif
}

} // namespace civicdesk::core
