# SPDX-License-Identifier: GPL-3.0-or-later
# ci/files: a folder of saved API responses read with the providers' parsers and stored.
target_sources(flowdeck_core PRIVATE
    ci/files/backgroundcheckpoints.h ci/files/backgroundcheckpoints.cpp
    ci/files/filereader.h ci/files/filereader.cpp
    ci/files/jsontext.h ci/files/jsontext.cpp
    ci/files/readahead.h
    ci/files/savedresponses.h ci/files/savedresponses.cpp
)
