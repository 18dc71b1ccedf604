# SPDX-License-Identifier: GPL-3.0-or-later
flowdeck_add_test(tst_metricsload SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_metricsload.cpp LIBRARIES flowdeck_core)
