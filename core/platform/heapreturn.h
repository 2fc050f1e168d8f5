#pragma once

namespace civicdesk::core {

// How the process gives freed memory back to the system. A console stays open all day, and a
// big job (an import, a sync catch-up) allocates and frees tens of megabytes on worker threads;
// glibc's malloc then keeps those pages, and RSS stays at the job's peak for the rest of the
// shift. Does nothing on other C libraries.
class HeapReturn final
{
public:
    HeapReturn() = delete;

    // Once, at start, before threads exist: gives freed memory back early instead of keeping it.
    static void tuneForLongRun();
    // After a big job: hands back what the allocator still keeps free in every arena.
    static void releaseFree();
};

} // namespace civicdesk::core
