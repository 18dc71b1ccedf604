# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the Environments page.
flowdeck_add_test(tst_environmentspage SOURCES tst_environmentspage.cpp LIBRARIES flowdeck_testsupport flowdeck_views)
set_tests_properties(tst_environmentspage PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC")
