// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace flowdeck::memory {

/// Sets the C library's allocator up for a process that analyses large workspaces again and again: blocks up to
/// 32 MiB come from its heaps rather than from a mapping of their own, and up to 256 MiB freed at a heap's end stay
/// in the process. The next analysis then reuses that memory instead of asking the system for fresh pages, each of
/// which costs a page fault on first use. Call once, at the start of main(), before any thread starts. Returns
/// whether the allocator took both settings; false where the C library has no such settings (not glibc).
bool tuneAllocator();

} // namespace flowdeck::memory
