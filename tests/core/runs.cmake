# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the run log: pipeline runs and jobs as the Runs page lists them.
flowdeck_add_test(tst_runlog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_runlog.cpp LIBRARIES flowdeck_testsupport flowdeck_core)
