# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of ci/github: the REST page readers against the shared fixtures and the issues page in data/ci/github.
flowdeck_add_test(tst_githubpages SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_githubpages.cpp LIBRARIES flowdeck_core)
