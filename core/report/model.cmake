# SPDX-License-Identifier: GPL-3.0-or-later
# The report model: scope, sections and the data gathered for them.
target_sources(flowdeck_core PRIVATE
    report/report.h report/report.cpp
    report/reporttext.h
)
target_sources(flowdeck_core PRIVATE
    report/gather_p.h report/gather.cpp
    report/gathervaluestream.cpp
    report/gatherrecords.cpp
    report/summary.cpp
)
