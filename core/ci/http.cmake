# SPDX-License-Identifier: GPL-3.0-or-later
# ci/http: sources of this part (target_sources(flowdeck_core PRIVATE ...)).
target_sources(flowdeck_core PRIVATE
    ci/httpfetch.h ci/httpfetch.cpp
)
