# SPDX-License-Identifier: GPL-3.0-or-later
# Reports for leadership: what a report holds (gathered from metrics, the value stream and releases) and its
# text formats (JSON, CSV, self-contained HTML with SVG charts).
include(${CMAKE_CURRENT_LIST_DIR}/model.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/formats.cmake)
