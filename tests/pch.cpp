// SPDX-License-Identifier: GPL-3.0-or-later
// The source of the libraries that make the test suites' precompiled headers (tests/CMakeLists.txt); it has
// nothing of its own.
