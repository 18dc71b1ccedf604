# SPDX-License-Identifier: GPL-3.0-or-later
# The Reports page.
target_sources(flowdeck_views PRIVATE
    reports/reportspage.cpp reports/reportspage.h
    reports/reportspageexport.cpp
    reports/reportscopepanel.cpp reports/reportscopepanel.h
    reports/reportpreviewview.cpp reports/reportpreviewview.h
    reports/reportpreviewload.cpp reports/reportpreviewload.h)
