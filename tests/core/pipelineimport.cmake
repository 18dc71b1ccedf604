# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the pipeline importers, on the real files in shared fixtures, and of a pipeline file saved into a workspace.
flowdeck_add_test(tst_pipelineimport SOURCES tst_pipelineimport.cpp pipelineimporttesting.h LIBRARIES flowdeck_core)
flowdeck_add_test(tst_pipelineimportgithub SOURCES tst_pipelineimportgithub.cpp pipelineimporttesting.h
    LIBRARIES flowdeck_core)
flowdeck_add_test(tst_pipelineimportgitlab SOURCES tst_pipelineimportgitlab.cpp pipelineimporttesting.h
    LIBRARIES flowdeck_core)
flowdeck_add_test(tst_pipelineimportconcourse SOURCES tst_pipelineimportconcourse.cpp pipelineimporttesting.h
    LIBRARIES flowdeck_core)
flowdeck_add_test(tst_pipelineimportyaml SOURCES tst_pipelineimportyaml.cpp pipelineimporttesting.h
    LIBRARIES flowdeck_core)
flowdeck_add_test(tst_pipelinefile SOURCES tst_pipelinefile.cpp pipelineimporttesting.h
    LIBRARIES flowdeck_testsupport flowdeck_core)
