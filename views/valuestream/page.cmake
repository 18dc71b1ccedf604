# SPDX-License-Identifier: GPL-3.0-or-later
# The Value stream page: its load, the edits with undo and their storage, and the page itself.
target_sources(flowdeck_views PRIVATE
    valuestream/valuestreamload.h valuestream/valuestreamload.cpp
    valuestream/mapeditor.h valuestream/mapeditor.cpp
    valuestream/valuestreampage.h valuestream/valuestreampage.cpp valuestream/valuestreampageload.cpp
    valuestream/valuestreampagetools.cpp
    valuestream/presentationwindow.h valuestream/presentationwindow.cpp
)
