# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the Value stream page: the step editor and the what-if panel.
flowdeck_add_test(tst_stepeditor SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_stepeditor.cpp LIBRARIES flowdeck_views)
