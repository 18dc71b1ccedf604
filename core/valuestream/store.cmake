# SPDX-License-Identifier: GPL-3.0-or-later
# The value stream store: maps kept in the workspace, and the merge of a fresh derivation into a stored map.
target_sources(flowdeck_core PRIVATE valuestream/mapstore.cpp valuestream/mapstore.h valuestream/mapmerge.cpp)
