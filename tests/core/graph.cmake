# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the graph model, its analyses and its native format.
flowdeck_add_test(tst_graphanalysis SOURCES tst_graphanalysis.cpp LIBRARIES flowdeck_core)
flowdeck_add_test(tst_graphstore SOURCES tst_graphstore.cpp LIBRARIES flowdeck_testsupport flowdeck_core)
flowdeck_add_test(tst_graphformat SOURCES tst_graphformat.cpp LIBRARIES flowdeck_core)
