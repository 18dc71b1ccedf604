# SPDX-License-Identifier: GPL-3.0-or-later
# Reports: the PDF renderer and the Reports page (scope, sections, preview, export).
include(${CMAKE_CURRENT_LIST_DIR}/pdf.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/page.cmake)
