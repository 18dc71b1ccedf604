# SPDX-License-Identifier: GPL-3.0-or-later
# CI connections: the dialog that adds, edits, removes and syncs them, and corrects job stages and environment tiers.
target_sources(flowdeck_views PRIVATE
    ci/citokens.h ci/citokens.cpp
    ci/cisourcelistmodel.h ci/cisourcelistmodel.cpp
    ci/ciconnectionform.h ci/ciconnectionform.cpp
    ci/choicedelegate.h ci/choicedelegate.cpp
    ci/jobstagemodel.h ci/jobstagemodel.cpp
    ci/environmenttiermodel.h ci/environmenttiermodel.cpp
    ci/cimappingspanel.h ci/cimappingspanel.cpp
    ci/ciconnectionsdialog.h ci/ciconnectionsdialog.cpp
)
