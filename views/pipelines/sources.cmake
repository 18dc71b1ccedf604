# SPDX-License-Identifier: GPL-3.0-or-later
# The Pipelines page.
target_sources(flowdeck_views PRIVATE
)
