# SPDX-License-Identifier: GPL-3.0-or-later
# The HTTP deployment backends against a loopback server, and the transport's requests that change something.
flowdeck_add_test(tst_httpsend SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_httpsend.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
foreach(backend webhook github gitlab jenkins argocd)
    flowdeck_add_test(tst_${backend}backend
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${backend}backend.cpp ${CMAKE_CURRENT_LIST_DIR}/httpbackendtesting.h
        LIBRARIES flowdeck_testsupport flowdeck_core)
endforeach()
