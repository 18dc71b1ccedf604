# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of ci/mapping.
flowdeck_add_test(tst_jobmapping SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_jobmapping.cpp LIBRARIES flowdeck_testsupport flowdeck_core)
