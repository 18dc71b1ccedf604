# SPDX-License-Identifier: GPL-3.0-or-later
# The Environments page.
target_sources(flowdeck_views PRIVATE
    environments/environmentspage.h environments/environmentspage.cpp
    environments/environmentgraphitems.h environments/environmentgraphitems.cpp
)
