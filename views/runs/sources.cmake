# SPDX-License-Identifier: GPL-3.0-or-later
# The Runs page: pipeline runs and their jobs, filtered, with a timeline of the selected run.
target_sources(flowdeck_views PRIVATE
    runs/runspage.h runs/runspage.cpp
    runs/runfilterbar.h runs/runfilterbar.cpp
    runs/runlogloader.h runs/runlogloader.cpp
    runs/runtablemodel.h runs/runtablemodel.cpp
    runs/jobtablemodel.h runs/jobtablemodel.cpp
    runs/rundetailsview.h runs/rundetailsview.cpp
    runs/runtimeline.h runs/runtimeline.cpp
)
