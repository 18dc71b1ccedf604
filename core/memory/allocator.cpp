// SPDX-License-Identifier: GPL-3.0-or-later
#include "memory/allocator.h"

#include <cstddef>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace flowdeck::memory {

namespace {

/// glibc refuses a higher threshold: half its largest heap of a thread (64 MiB on 64-bit systems).
constexpr std::size_t mappingThreshold = std::size_t(32) << 20;
constexpr std::size_t trimThreshold = std::size_t(256) << 20;

} // namespace

bool tuneAllocator()
{
#if defined(__GLIBC__)
    // Setting either fixes both: glibc then no longer moves them along as blocks are freed.
    return mallopt(M_MMAP_THRESHOLD, int(mappingThreshold)) == 1 && mallopt(M_TRIM_THRESHOLD, int(trimThreshold)) == 1;
#else
    return false;
#endif
}

} // namespace flowdeck::memory
