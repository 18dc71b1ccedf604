# SPDX-License-Identifier: GPL-3.0-or-later
# ci/store: what the parsers read, stored in the workspace.
target_sources(flowdeck_core PRIVATE
    ci/cistore.h ci/cistore.cpp
    ci/recordnames.h ci/recordnames.cpp
    ci/stepwriter.h ci/stepwriter.cpp
    ci/sqlitetexts.h
    ci/asciicopy.h
    ci/jobinserter.h ci/jobinserter.cpp
)
