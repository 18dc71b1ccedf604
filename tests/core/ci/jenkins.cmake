# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of ci/jenkins.
flowdeck_add_test(tst_jenkinspages SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_jenkinspages.cpp LIBRARIES flowdeck_core)
