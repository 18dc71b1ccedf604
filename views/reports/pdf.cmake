# SPDX-License-Identifier: GPL-3.0-or-later
# The PDF rendering of a report (A4 and Letter).
target_sources(flowdeck_views PRIVATE
    reports/reportdocument.h reports/reportdocument.cpp
    reports/reportpagebuilder.h reports/reportpagebuilder.cpp
    reports/reportwording.h reports/reportwording.cpp
    reports/reporthtml.cpp
    reports/reportwrite.cpp
)
