# SPDX-License-Identifier: GPL-3.0-or-later
# The release engine: executing a plan through the backends, its lock, deployments rows, check gates, people's
# actions and the headless run.
target_sources(flowdeck_core PRIVATE
    release/engine.h release/engine.cpp release/engine_p.h
    release/enginedeploy.cpp
    release/engineactions.cpp
    release/enginelock.h release/enginelock.cpp
    release/deployrecord.h release/deployrecord.cpp
    release/checks.h release/checks.cpp
    release/backendfactory.cpp
    release/runrelease.cpp
    release/backendstore.h release/backendstore.cpp
)
