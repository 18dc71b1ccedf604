// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/import/pipelineimport.h"
#include "graph/import/yamltree.h"

namespace flowdeck::graph::importers {

/// A GitHub Actions workflow as a pipeline: a stage per job, named by its id; `needs` (one name or a list) as
/// edges; `environment` (a name or a mapping with `name:`); `uses:` of a reusable-workflow job; the size of a
/// `strategy.matrix`. Without `jobs:` it is an Error.
Result<ImportedPipeline> importGitHubWorkflow(const YamlFile &file);

} // namespace flowdeck::graph::importers
