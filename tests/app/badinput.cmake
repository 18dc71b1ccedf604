# SPDX-License-Identifier: GPL-3.0-or-later
# The bad-input corpus of tests/data/bad, each case run through the flowdeck executable.
flowdeck_add_test(tst_badinput SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_badinput.cpp
    LIBRARIES flowdeck_testsupport Qt6::Sql)
target_compile_definitions(tst_badinput PRIVATE
    FLOWDECK_BINARY="$<TARGET_FILE:flowdeck>"
    FLOWDECK_BAD_CORPUS="${PROJECT_SOURCE_DIR}/tests/data/bad"
    FLOWDECK_CSV_SAMPLES="${PROJECT_SOURCE_DIR}/tests/core/data/ci/csv")
add_dependencies(tst_badinput flowdeck)
