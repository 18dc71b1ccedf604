# SPDX-License-Identifier: GPL-3.0-or-later
# Release plans: tasks, their settings, validation and order.
target_sources(flowdeck_core PRIVATE release/releaseplan.h release/releaseplan.cpp)
