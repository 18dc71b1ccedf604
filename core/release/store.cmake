# SPDX-License-Identifier: GPL-3.0-or-later
# Release plans in the workspace, the audit log, the deployment calendar and workspace trust.
target_sources(flowdeck_core PRIVATE
    release/releasestore.h release/releasestore.cpp
    release/audit.h release/audit.cpp
    release/calendar.h release/calendar.cpp
    release/trust.h release/trust.cpp
)
