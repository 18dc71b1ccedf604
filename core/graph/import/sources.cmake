# SPDX-License-Identifier: GPL-3.0-or-later
# Readers of other tools' pipeline definitions: GitHub Actions, GitLab CI, Concourse; any pipeline file's import.
target_sources(flowdeck_core PRIVATE
    graph/import/pipelineimport.h graph/import/pipelineimport.cpp
    graph/import/importnotes.h
    graph/import/yamltree.h graph/import/yamltree.cpp
    graph/import/yamlguard.h graph/import/yamlguard.cpp
    graph/import/formatdetection.h graph/import/formatdetection.cpp
    graph/import/stagekinds.h graph/import/stagekinds.cpp
    graph/import/stagedraft.h graph/import/stagedraft.cpp
    graph/import/githubimport.h graph/import/githubimport.cpp
    graph/import/githubmatrix.h graph/import/githubmatrix.cpp
    graph/import/gitlabconfig.h graph/import/gitlabconfig.cpp
    graph/import/gitlabimport.h graph/import/gitlabimport.cpp
    graph/import/concourseimport.h graph/import/concourseimport.cpp
    graph/import/pipelinefile.h graph/import/pipelinefile.cpp
)
