# SPDX-License-Identifier: GPL-3.0-or-later
# ci/jenkins: Jenkins JSON API and Pipeline Stage View (wfapi) pages read into CI records.
target_sources(flowdeck_core PRIVATE
    ci/jenkins/jenkinspages.h ci/jenkins/jenkinspages.cpp
    ci/jenkins/jenkinsreading.h ci/jenkins/jenkinsreading.cpp
    ci/jenkins/jenkinsbuilds.cpp
    ci/jenkins/jenkinswfapi.cpp
)
