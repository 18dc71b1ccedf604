// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/pipelinemodel.h"

#include <QByteArray>

namespace flowdeck::graph {

/// The pipeline as a Graphviz DOT digraph, laid out left to right, titled with the pipeline's name: one box per
/// stage labelled with its name (deploy stages also with their environment), one edge from each needed stage to
/// the stage that needs it. Nodes are named s0, s1, ... in definition order, so that no stage name has to be
/// a DOT identifier; labels escape backslashes, quotes and line breaks. Needs that name no stage are left out.
QByteArray pipelineToDot(const PipelineSpec &pipeline);

} // namespace flowdeck::graph
