# SPDX-License-Identifier: GPL-3.0-or-later
# The delivery model as graphs (pipelines and environments), its analyses and its native file format.
target_sources(flowdeck_core PRIVATE
    graph/pipelinemodel.h graph/pipelinemodel.cpp
    graph/namedgraph.h graph/namedgraph.cpp
    graph/validation.h graph/validation.cpp
    graph/graphstructure.h graph/graphstructure.cpp
    graph/criticalpath.h graph/criticalpath.cpp
    graph/stagestatistics.h graph/stagestatistics.cpp
    graph/pipelinestore.h graph/pipelinestore.cpp
    graph/environmentstore.h graph/environmentstore.cpp
    graph/nativeformat.h graph/nativeformatread.cpp graph/nativeformatwrite.cpp
    graph/dotexport.h graph/dotexport.cpp
)
