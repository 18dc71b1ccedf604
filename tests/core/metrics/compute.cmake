# SPDX-License-Identifier: GPL-3.0-or-later
# The metrics computed from facts written by hand, and the benchmark tables.
flowdeck_add_test(tst_metricscompute SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_metricscompute.cpp
    ${CMAKE_CURRENT_LIST_DIR}/metricsfacts.h LIBRARIES flowdeck_core)
flowdeck_add_test(tst_metricsfailures SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_metricsfailures.cpp
    ${CMAKE_CURRENT_LIST_DIR}/metricsfacts.h LIBRARIES flowdeck_core)
flowdeck_add_test(tst_metricslevels SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_metricslevels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/metricsfacts.h LIBRARIES flowdeck_core)
