# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the pipeline importers, on the real files in shared fixtures.
flowdeck_add_test(tst_pipelineimport SOURCES tst_pipelineimport.cpp pipelineimporttesting.h LIBRARIES flowdeck_core)
flowdeck_add_test(tst_pipelineimportgithub SOURCES tst_pipelineimportgithub.cpp pipelineimporttesting.h
    LIBRARIES flowdeck_core)
flowdeck_add_test(tst_pipelineimportgitlab SOURCES tst_pipelineimportgitlab.cpp pipelineimporttesting.h
    LIBRARIES flowdeck_core)
flowdeck_add_test(tst_pipelineimportconcourse SOURCES tst_pipelineimportconcourse.cpp pipelineimporttesting.h
    LIBRARIES flowdeck_core)
flowdeck_add_test(tst_pipelineimportyaml SOURCES tst_pipelineimportyaml.cpp pipelineimporttesting.h
    LIBRARIES flowdeck_core)
