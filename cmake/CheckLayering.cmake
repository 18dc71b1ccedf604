# SPDX-License-Identifier: GPL-3.0-or-later
# Layering is part of the build: a library whose sources include a module it must not depend on fails to
# build, with the file and line named. core never reaches QtGui/QtWidgets; views never reach app.

set(_flowdeck_layering_script ${CMAKE_CURRENT_LIST_DIR}/layering_scan.cmake)

function(flowdeck_check_layering target)
    cmake_parse_arguments(ARG "" "" "FORBIDDEN" ${ARGN})
    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    set(files)
    foreach(source IN LISTS sources)
        if(NOT IS_ABSOLUTE ${source})
            set(source ${source_dir}/${source})
        endif()
        list(APPEND files ${source})
    endforeach()
    string(REPLACE ";" "," forbidden "${ARG_FORBIDDEN}")
    string(REPLACE ";" "," file_list "${files}")
    set(stamp ${CMAKE_CURRENT_BINARY_DIR}/${target}_layering.stamp)
    add_custom_command(
        OUTPUT ${stamp}
        COMMAND ${CMAKE_COMMAND} -DFORBIDDEN=${forbidden} -DFILES=${file_list} -DSTAMP=${stamp}
                -P ${_flowdeck_layering_script}
        DEPENDS ${files} ${_flowdeck_layering_script}
        COMMENT "Checking that ${target} includes none of: ${ARG_FORBIDDEN}"
        VERBATIM)
    add_custom_target(${target}_layering DEPENDS ${stamp})
    add_dependencies(${target} ${target}_layering)
endfunction()
