# SPDX-License-Identifier: GPL-3.0-or-later
# The backends and deployment calendar dialogs.
flowdeck_add_test(tst_releasedialogs SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_releasedialogs.cpp LIBRARIES flowdeck_views)
