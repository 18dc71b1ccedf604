# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of ci/csv: the CSV reader, and deployments and incidents read from the files in data/ci/csv.
flowdeck_add_test(tst_csvreader SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_csvreader.cpp LIBRARIES flowdeck_core)
flowdeck_add_test(tst_csvimport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_csvimport.cpp LIBRARIES flowdeck_core)
