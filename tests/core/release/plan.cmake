# SPDX-License-Identifier: GPL-3.0-or-later
flowdeck_add_test(tst_releaseplan SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_releaseplan.cpp LIBRARIES flowdeck_core)
