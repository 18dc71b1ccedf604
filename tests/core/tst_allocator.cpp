// SPDX-License-Identifier: GPL-3.0-or-later
// tuneAllocator(): large blocks come from the heap and stay in the process once freed.
#include "memory/allocator.h"

#include <QTest>

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define FLOWDECK_OWN_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FLOWDECK_OWN_ALLOCATOR 1
#endif
#endif

using namespace flowdeck;

class TestAllocator : public QObject
{
    Q_OBJECT

private slots:
    void largeBlocksComeFromTheHeapAndStay()
    {
#if !defined(__GLIBC__)
        QSKIP("Only the GNU C library's allocator is tuned.");
#elif defined(FLOWDECK_OWN_ALLOCATOR)
        QSKIP("The address sanitizer replaces the C library's allocator.");
#else
        QVERIFY(memory::tuneAllocator());
        // 16 MiB: by default glibc maps a block this large on its own and unmaps it when it is freed.
        constexpr std::size_t size = std::size_t(16) << 20;
        const struct mallinfo2 before = mallinfo2();
        // Volatile, so that the compiler cannot leave out a block nobody reads.
        void *volatile block = std::malloc(size);
        QVERIFY(block);
        std::memset(block, 1, size);
        const struct mallinfo2 holding = mallinfo2();
        QCOMPARE(holding.hblks, before.hblks);
        QVERIFY(holding.arena >= before.arena + size);
        std::free(block);
        // Freed at the heap's end, it stays for the next block rather than going back to the system.
        const struct mallinfo2 after = mallinfo2();
        QCOMPARE(after.arena, holding.arena);
        QVERIFY(after.fordblks >= size);
#endif
    }
};

QTEST_GUILESS_MAIN(TestAllocator)
#include "tst_allocator.moc"
