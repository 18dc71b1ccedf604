# SPDX-License-Identifier: GPL-3.0-or-later
flowdeck_add_test(tst_simulation SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_simulation.cpp LIBRARIES flowdeck_core)
