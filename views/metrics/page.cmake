# SPDX-License-Identifier: GPL-3.0-or-later
# The Metrics page, its tiles, scope and drill-down.
target_sources(flowdeck_views PRIVATE
    metrics/metricspage.h metrics/metricspage.cpp
    metrics/metricspageload.h metrics/metricspageload.cpp
    metrics/metricssettings.h metrics/metricssettings.cpp
    metrics/metrictile.h metrics/metrictile.cpp
    metrics/doratiles.h metrics/doratiles.cpp
    metrics/flowfigures.h metrics/flowfigures.cpp
    metrics/figurerow.h metrics/figurerow.cpp
    metrics/pullrequestfigures.h metrics/pullrequestfigures.cpp
    metrics/phasebar.h metrics/phasebar.cpp
    metrics/drilldowndialog.h metrics/drilldowndialog.cpp
)
