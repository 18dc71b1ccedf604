# SPDX-License-Identifier: GPL-3.0-or-later
# ci/github: sources of this part (target_sources(flowdeck_core PRIVATE ...)).
