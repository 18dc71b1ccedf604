# SPDX-License-Identifier: GPL-3.0-or-later
# Readers of other tools' pipeline definitions: GitHub Actions, GitLab CI, Concourse.
target_sources(flowdeck_core PRIVATE
)
