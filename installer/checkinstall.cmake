# SPDX-License-Identifier: GPL-3.0-or-later
# Script mode: cmake -DBUILD_DIR=... -DPREFIX=... -DBINDIR=... -DLIBDIR=... -DDATADIR=... -DAPP_ID=... -P this file
# Installs the build into PREFIX and fails unless the programs and every desktop integration file are there.

file(REMOVE_RECURSE "${PREFIX}")
execute_process(
    COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed:\n${output}")
endif()

set(expected
    "${BINDIR}/flowdeck"
    "${LIBDIR}/flowdeck/flowdeck-runner"
    "${DATADIR}/applications/${APP_ID}.desktop"
    "${DATADIR}/metainfo/${APP_ID}.metainfo.xml"
    "${DATADIR}/mime/packages/${APP_ID}.xml"
    "${DATADIR}/icons/hicolor/scalable/apps/${APP_ID}.svg"
    "${DATADIR}/doc/flowdeck/LICENSE")
set(missing "")
foreach(path IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${path}")
        string(APPEND missing "  ${path}\n")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "Not installed:\n${missing}")
endif()

# The launcher and the metainfo must name the installed icon, program and launcher.
file(READ "${PREFIX}/${DATADIR}/applications/${APP_ID}.desktop" desktop)
if(NOT desktop MATCHES "\nIcon=${APP_ID}\n" OR NOT desktop MATCHES "\nExec=flowdeck ")
    message(FATAL_ERROR "${APP_ID}.desktop does not start the installed program with the installed icon")
endif()
file(READ "${PREFIX}/${DATADIR}/metainfo/${APP_ID}.metainfo.xml" metainfo)
if(NOT metainfo MATCHES "<launchable type=\"desktop-id\">${APP_ID}.desktop</launchable>")
    message(FATAL_ERROR "the metainfo does not name the launcher ${APP_ID}.desktop")
endif()
file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "installed layout is complete")
