# SPDX-License-Identifier: GPL-3.0-or-later
# The Releases page: the release list and calendar, a release's task graph with live states, the task details with
# their output and people's actions, and the runner that executes releases on a worker thread.
target_sources(flowdeck_views PRIVATE
    releases/releasespage.h releases/releasespage.cpp releases/releasespageload.cpp
    releases/releasespageactions.cpp
    releases/releaseload.h releases/releaseload.cpp
    releases/releasestyle.h releases/releasestyle.cpp
    releases/releaselistmodel.h releases/releaselistmodel.cpp
    releases/releasecalendar.h releases/releasecalendar.cpp
    releases/calendarpanel.h releases/calendarpanel.cpp
    releases/taskboxitem.h releases/taskboxitem.cpp
    releases/taskgraphview.h releases/taskgraphview.cpp
    releases/taskdetails.h releases/taskdetails.cpp
    releases/releaserunner.h releases/releaserunner.cpp
    releases/releaserunnerworker.h releases/releaserunnerworker.cpp
)
