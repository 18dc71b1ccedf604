# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the graph layout.
flowdeck_add_test(tst_graphlayout SOURCES tst_graphlayout.cpp LIBRARIES flowdeck_core)
