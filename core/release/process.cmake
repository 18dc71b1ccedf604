# SPDX-License-Identifier: GPL-3.0-or-later
# Deployment backends in general, and the process backend with its supervising runner (app/runner).
target_sources(flowdeck_core PRIVATE
    release/backend.h release/backend.cpp
    release/processbackend.h release/processbackend.cpp
    release/processrunner.h release/processrunner.cpp)
# Where the installed runner is, from the installed flowdeck program (both are moved together by a prefix).
file(RELATIVE_PATH flowdeck_runner_relative_dir "${CMAKE_INSTALL_FULL_BINDIR}" "${CMAKE_INSTALL_FULL_LIBDIR}/flowdeck")
set_source_files_properties(release/backend.cpp PROPERTIES
    COMPILE_DEFINITIONS "FLOWDECK_RUNNER_RELATIVE_DIR=\"${flowdeck_runner_relative_dir}\"")
