# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translation is not complete for the sources as they are now.
#
# Script mode: cmake -DLUPDATE=... -DTS_FILE=... -DSOURCES_LIST=... -DINCLUDE_DIRS=... -DWORK_DIR=...
#   [-DPLURAL_ONLY=ON] -P this file
# lupdate updates a copy of TS_FILE from the sources (the real file is left alone); every message that is then
# unfinished (new, changed, or never translated) or has an empty translation is reported, and the script fails.

foreach(variable IN ITEMS LUPDATE TS_FILE SOURCES_LIST WORK_DIR)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "${variable} is not set")
    endif()
endforeach()
if(NOT EXISTS "${TS_FILE}")
    message(FATAL_ERROR "${TS_FILE} does not exist: build the target update_translations to create it.")
endif()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
cmake_path(GET TS_FILE FILENAME ts_name)
set(copy "${WORK_DIR}/${ts_name}")
file(COPY_FILE "${TS_FILE}" "${copy}")

set(include_args "")
foreach(dir IN LISTS INCLUDE_DIRS)
    list(APPEND include_args "-I${dir}")
endforeach()
# PLURAL_ONLY: the file holds only the messages with a count (the source language's plural forms).
set(plural_args "")
if(PLURAL_ONLY)
    set(plural_args -pluralonly)
endif()
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none ${plural_args} ${include_args} "@${SOURCES_LIST}" -ts "${copy}"
    RESULT_VARIABLE lupdate_result
    OUTPUT_VARIABLE lupdate_output
    ERROR_VARIABLE lupdate_output)
if(NOT lupdate_result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${lupdate_result}):\n${lupdate_output}")
endif()
if(lupdate_output)
    message(STATUS "lupdate: ${lupdate_output}")
endif()

# lupdate writes one element per line; remember each message's source text to name what is missing.
# Semicolons (as in &amp;) would split the CMake list, so they become commas first.
file(READ "${copy}" content)
string(REPLACE ";" "," content "${content}")
string(REPLACE "\n" ";" lines "${content}")
set(context "")
set(source "")
set(missing 0)
set(total 0)
set(report "")
foreach(line IN LISTS lines)
    if(line MATCHES "<name>(.*)</name>")
        set(context "${CMAKE_MATCH_1}")
    elseif(line MATCHES "<source>(.*)")
        set(source "${CMAKE_MATCH_1}")
        string(REGEX REPLACE "</source>.*" "" source "${source}")
    elseif(line MATCHES "<translation")
        math(EXPR total "${total} + 1")
        if(line MATCHES "type=\"unfinished\"" OR line MATCHES "<translation></translation>"
           OR line MATCHES "<translation/>")
            math(EXPR missing "${missing} + 1")
            string(APPEND report "  ${context}: ${source}\n")
        endif()
    elseif(line MATCHES "<numerusform></numerusform>" OR line MATCHES "<numerusform/>")
        # A count's form left empty in a message otherwise marked finished.
        math(EXPR missing "${missing} + 1")
        string(APPEND report "  ${context}: ${source} (a plural form is empty)\n")
    endif()
endforeach()

if(missing GREATER 0)
    message(FATAL_ERROR "${ts_name}: ${missing} of ${total} messages have no finished translation:\n${report}"
                        "Build the target update_translations, translate them (e.g. with linguist), and mark "
                        "them finished.")
endif()
message(STATUS "${ts_name}: all ${total} messages translated")
