# SPDX-License-Identifier: GPL-3.0-or-later
# Graph layout (Graphviz's dot, through its library).
target_sources(flowdeck_core PRIVATE
    layout/graphlayout.h layout/graphlayout.cpp
    layout/graphvizsession.h layout/graphvizsession.cpp
)

pkg_check_modules(GVC REQUIRED IMPORTED_TARGET libgvc)
target_link_libraries(flowdeck_core PRIVATE PkgConfig::GVC)

# The dot layout plugin is linked in and handed to Graphviz as a built-in, so that no plugin is loaded at run
# time and Graphviz's plugin configuration file is not needed. The plugin lives in Graphviz's own folder, which
# the dynamic loader does not search: programs linking flowdeck_core get it as a run path (kept on install).
pkg_get_variable(GVC_LIBDIR libgvc libdir)
find_library(FLOWDECK_GRAPHVIZ_DOT_LAYOUT NAMES gvplugin_dot_layout PATHS "${GVC_LIBDIR}/graphviz" NO_DEFAULT_PATH)
if(FLOWDECK_GRAPHVIZ_DOT_LAYOUT)
    get_filename_component(FLOWDECK_GRAPHVIZ_PLUGIN_DIR "${FLOWDECK_GRAPHVIZ_DOT_LAYOUT}" DIRECTORY)
    target_link_libraries(flowdeck_core PRIVATE "${FLOWDECK_GRAPHVIZ_DOT_LAYOUT}")
    target_link_options(flowdeck_core INTERFACE "LINKER:-rpath,${FLOWDECK_GRAPHVIZ_PLUGIN_DIR}")
    target_compile_definitions(flowdeck_core PRIVATE FLOWDECK_GRAPHVIZ_BUILTIN_DOT)
else()
    message(STATUS "Graphviz's dot layout plugin was not found to link: Graphviz loads it as configured")
endif()
