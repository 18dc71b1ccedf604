// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/import/pipelineimport.h"
#include "graph/import/yamltree.h"

namespace flowdeck::graph::importers {

/// A Concourse pipeline as a pipeline: a stage per job; each job named in a `get` step's `passed:` is an edge to
/// the job of that step, wherever the step sits (in_parallel, aggregate, do, try, across, and the on_success,
/// on_failure, on_error, on_abort and ensure hooks). `((var))` placeholders stay as written. Without `jobs:` it
/// is an Error.
Result<ImportedPipeline> importConcoursePipeline(const YamlFile &file);

} // namespace flowdeck::graph::importers
