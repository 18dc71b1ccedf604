# SPDX-License-Identifier: GPL-3.0-or-later
# The deployment backends that work over HTTP: webhook, GitHub Actions, GitLab, Jenkins and Argo CD.
target_sources(flowdeck_core PRIVATE
    release/httpbackends.h release/httpbackends.cpp
    release/httpbackendkinds.h
    release/httpbackendsupport.h release/httpbackendsupport.cpp
    release/webhookbackend.cpp
    release/githubbackend.cpp
    release/gitlabbackend.cpp
    release/jenkinsbackend.cpp
    release/argocdbackend.cpp)
