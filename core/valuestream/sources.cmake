# SPDX-License-Identifier: GPL-3.0-or-later
# Value stream maps: the model, its derivation from data, storage, analysis (summary, critical path,
# bottleneck), comparison of current and future state, and the what-if simulation.
include(${CMAKE_CURRENT_LIST_DIR}/model.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/analysis.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/simulation.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/derivation.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/store.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/comparison.cmake)
