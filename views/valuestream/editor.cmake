# SPDX-License-Identifier: GPL-3.0-or-later
# The Value stream page: the step editor and the what-if panel (simulation and comparison of current and future).
target_sources(flowdeck_views PRIVATE valuestream/stepeditor.cpp valuestream/stepeditor.h valuestream/whatifpanel.cpp
    valuestream/whatifpanel.h valuestream/leadtimesketch.cpp valuestream/leadtimesketch.h)
