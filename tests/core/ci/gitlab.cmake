# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of ci/gitlab.
flowdeck_add_test(tst_gitlabpages SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gitlabpages.cpp LIBRARIES flowdeck_core)
