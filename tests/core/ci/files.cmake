# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of ci/files: folders of saved responses (copies of the shared fixtures) imported, and the text scanner.
flowdeck_add_test(tst_savedresponses SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_savedresponses.cpp
                  LIBRARIES flowdeck_testsupport flowdeck_core)
