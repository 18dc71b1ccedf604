# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the value stream store and of merging a fresh derivation into a stored map.
flowdeck_add_test(tst_mapstore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mapstore.cpp LIBRARIES flowdeck_core)
flowdeck_add_test(tst_mapmerge SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mapmerge.cpp LIBRARIES flowdeck_core)
