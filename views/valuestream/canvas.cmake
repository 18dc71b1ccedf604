# SPDX-License-Identifier: GPL-3.0-or-later
# The Value stream page: the map in lean notation (layout, painting, the canvas widget) and its SVG and PNG export.
target_sources(flowdeck_views PRIVATE
    valuestream/mapcanvas.h valuestream/mapcanvas.cpp valuestream/mapcanvaszoom.cpp
    valuestream/mapexport.h valuestream/mapexport.cpp
    valuestream/maplayout.h valuestream/maplayout.cpp
    valuestream/mappainter.h valuestream/mappainter.cpp valuestream/mappainterladder.cpp
    valuestream/mappaintertext.h valuestream/mappaintertext.cpp)
