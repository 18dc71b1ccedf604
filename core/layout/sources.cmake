# SPDX-License-Identifier: GPL-3.0-or-later
# Graph layout (Graphviz).
target_sources(flowdeck_core PRIVATE
    layout/graphlayout.h
)
