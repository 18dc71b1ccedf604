// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/import/pipelineimport.h"
#include "graph/import/yamltree.h"

#include <optional>

namespace flowdeck::graph::importers {

/// The format a file name says: a workflow under .github/workflows, a .gitlab-ci.yml (or a name ending so).
std::optional<PipelineFormat> formatFromFileName(const QString &path);

/// The format the top level of a definition says: `pipeline:` (Flowdeck); `jobs:` as a list of jobs with `plan:`
/// (Concourse); `jobs:` as a mapping with `on:` or jobs with `runs-on:`, `steps:` or `uses:` (GitHub Actions);
/// `stages:`, or a mapping with `script:`, `trigger:`, `extends:` or `stage:` (GitLab CI).
std::optional<PipelineFormat> formatFromContent(const YamlValue &root);

} // namespace flowdeck::graph::importers
