# SPDX-License-Identifier: GPL-3.0-or-later
# The text formats of a report: JSON, CSV folder, HTML with inline SVG charts.
target_sources(flowdeck_core PRIVATE
    report/reportjson.cpp
    report/reportcsv.cpp
)
target_sources(flowdeck_core PRIVATE
    report/svgplot.h report/svgplot.cpp
    report/charts.cpp
)
