# SPDX-License-Identifier: GPL-3.0-or-later
# The JSON of `flowdeck metrics --json`, from reports filled in by hand.
flowdeck_add_test(tst_metricsjson SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_metricsjson.cpp LIBRARIES flowdeck_core)
