# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the value stream model, derivation, storage, analysis, comparison and simulation.
include(${CMAKE_CURRENT_LIST_DIR}/model.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/analysis.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/simulation.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/derivation.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/store.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/comparison.cmake)
