# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of ci/store.
flowdeck_add_test(tst_cistore SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cistore.cpp LIBRARIES flowdeck_testsupport flowdeck_core)
flowdeck_add_test(tst_cijobsteps SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cijobsteps.cpp LIBRARIES flowdeck_core)
# The environments an import made, on both engines and with another import making them meanwhile on PostgreSQL.
flowdeck_add_test(tst_environmentsmade SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_environmentsmade.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
