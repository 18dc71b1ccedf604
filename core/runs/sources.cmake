# SPDX-License-Identifier: GPL-3.0-or-later
# Pipeline runs and their jobs as the Runs page lists them: filtered, newest first, a page at a time.
target_sources(flowdeck_core PRIVATE
    runs/runlog.h runs/runlog.cpp
)
