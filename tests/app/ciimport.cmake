# SPDX-License-Identifier: GPL-3.0-or-later
# `flowdeck import files|csv` run as a separate process on copies of the shared CI fixtures and the CSV samples.
flowdeck_add_test(tst_ciimportcommand SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ciimportcommand.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
target_compile_definitions(tst_ciimportcommand PRIVATE
    FLOWDECK_BINARY="$<TARGET_FILE:flowdeck>"
    FLOWDECK_CSV_SAMPLES="${PROJECT_SOURCE_DIR}/tests/core/data/ci/csv")
add_dependencies(tst_ciimportcommand flowdeck)
