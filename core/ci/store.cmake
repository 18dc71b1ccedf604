# SPDX-License-Identifier: GPL-3.0-or-later
# ci/store: sources of this part (target_sources(flowdeck_core PRIVATE ...)).
