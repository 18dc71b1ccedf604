# SPDX-License-Identifier: GPL-3.0-or-later
# The messages about TLS from a PostgreSQL server of the test's own that accepts TLS only.
flowdeck_add_test(tst_servertls SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_servertls.cpp LIBRARIES flowdeck_core)
target_compile_definitions(tst_servertls PRIVATE
    FLOWDECK_TEST_POSTGRESQL_SCRIPT="${PROJECT_SOURCE_DIR}/scripts/test-postgresql.sh")
