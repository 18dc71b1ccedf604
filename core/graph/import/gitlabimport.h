// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/import/pipelineimport.h"
#include "graph/import/yamltree.h"

namespace flowdeck::graph::importers {

/// A GitLab CI configuration as a pipeline: a stage per job (not the hidden `.name` templates nor the global
/// keywords), with local includes merged and `extends` applied. A job's edges are its `needs` (names, mappings
/// with `job:`, one mapping, or [] to start at once); a job without `needs` waits for every job of the nearest
/// earlier stage that has jobs, in the order of `stages:` (GitLab's build, test, deploy when not declared,
/// between .pre and .post).
Result<ImportedPipeline> importGitLabCi(const YamlFile &file);

} // namespace flowdeck::graph::importers
