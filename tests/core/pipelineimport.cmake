# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the pipeline importers, on the real files in shared fixtures.
flowdeck_add_test(tst_pipelineimport SOURCES tst_pipelineimport.cpp pipelineimporttesting.h LIBRARIES flowdeck_core)
