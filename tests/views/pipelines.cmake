# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the Pipelines page.
flowdeck_add_test(tst_pipelinespage SOURCES tst_pipelinespage.cpp LIBRARIES flowdeck_testsupport flowdeck_views)
set_tests_properties(tst_pipelinespage PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC")
