# SPDX-License-Identifier: GPL-3.0-or-later
# The Pipelines page.
target_sources(flowdeck_views PRIVATE
    pipelines/pipelinespage.h pipelines/pipelinespage.cpp
    pipelines/pipelinegraphpanel.h pipelines/pipelinegraphpanel.cpp
    pipelines/pipelinegraphview.h pipelines/pipelinegraphview.cpp
    pipelines/pipelinescene.h pipelines/pipelinescene.cpp
    pipelines/stagecarditem.h pipelines/stagecarditem.cpp
    pipelines/stageedgeitem.h pipelines/stageedgeitem.cpp
    pipelines/stagekindstyle.h pipelines/stagekindstyle.cpp
    pipelines/graphminimap.h pipelines/graphminimap.cpp
    pipelines/pipelinegraphdata.h pipelines/pipelinegraphdata.cpp
    pipelines/pipelinelistmodel.h pipelines/pipelinelistmodel.cpp
    pipelines/pipelinelistdelegate.h pipelines/pipelinelistdelegate.cpp
    pipelines/pipelineedits.h pipelines/pipelineedits.cpp
    pipelines/pipelineeditor.h pipelines/pipelineeditor.cpp
    pipelines/pipelineeditcommand.h pipelines/pipelineeditcommand.cpp
    pipelines/stageediting.h pipelines/stageediting.cpp
    pipelines/pipelinefileimport.h pipelines/pipelinefileimport.cpp
    pipelines/pipelineicons.h pipelines/pipelineicons.cpp
    pipelines/addstagedialog.h pipelines/addstagedialog.cpp
    pipelines/renamestagedialog.h pipelines/renamestagedialog.cpp
    pipelines/connectstagesdialog.h pipelines/connectstagesdialog.cpp
)
