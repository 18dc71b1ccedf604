# SPDX-License-Identifier: GPL-3.0-or-later
# The Releases page: the plan and template editor and the new release dialog.
target_sources(flowdeck_views PRIVATE
    releases/planeditor.h releases/planeditor_p.h releases/planeditor.cpp releases/planeditortasks.cpp
    releases/newreleasedialog.cpp
    releases/plandraft.h releases/plandraft.cpp releases/planchoices.h releases/planchoices.cpp
    releases/planeditcommand.h releases/planeditcommand.cpp releases/plantaskmodel.h releases/plantaskmodel.cpp
    releases/carriedservicesmodel.h releases/carriedservicesmodel.cpp releases/countdelegate.h
    releases/countdelegate.cpp releases/optionaltimeedit.h releases/optionaltimeedit.cpp
    releases/tasksettingsform.h releases/tasksettingsform.cpp releases/planfieldsform.h releases/planfieldsform.cpp)
