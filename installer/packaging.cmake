# SPDX-License-Identifier: GPL-3.0-or-later
# CPack settings for the .deb and the .tar.gz (the generators are chosen by the release package preset).

set(CPACK_PACKAGE_NAME flowdeck)
set(CPACK_PACKAGE_VENDOR "The Flowdeck developers")
set(CPACK_PACKAGE_CONTACT "The Flowdeck developers <flowdeck@flowdeck.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Release orchestration and value stream mapping")
# The long description, in lines short enough for dpkg and package managers.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Flowdeck brings release orchestration and value stream mapping together in\n"
    "one desktop application. It imports what really happened from git and CI\n"
    "into a workspace (a single SQLite file), shows every service in every\n"
    "environment, maps the value stream from commit to production, measures\n"
    "delivery performance, runs releases through deployment backends and writes\n"
    "reports for leadership.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/")

# Debian: dpkg-shlibdeps finds the shared libraries; the Qt plugins loaded at run time are named here: the SQLite
# driver and the SVG icon engine. The X11 platform plugin comes with libqt6gui6; qt6-wayland adds native Wayland.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n, qt6-wayland")

# The .tar.gz (the .deb is named the Debian way by DEB-DEFAULT above).
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${CPACK_PACKAGE_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")

include(CPack)
