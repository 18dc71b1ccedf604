// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/pipelinemodel.h"

namespace flowdeck::benchmarks {

/// A made-up pipeline of `stages` stages in `ranks` ranks of about equal width, named "job <rank>.<position>".
/// Most stages need one or two stages of the rank before, near their own position (parallel lanes, like the test
/// jobs of a Concourse pipeline fed by one resource); one in twenty is a gate that waits for four to eight
/// neighbours (the fixture's "promote", passed by four tests); one in a hundred also needs a stage two to eight
/// ranks back, anywhere in its rank (a long edge across lanes). The first rank builds, the gates are approvals, the
/// last rank deploys to production, one lane in ten is a security scan and the rest are tests, so that a drawing
/// shows every kind of card. The same `seed` gives the same pipeline.
graph::PipelineSpec layeredPipeline(int stages, int ranks, unsigned seed);

/// About 50 stages a rank at 2,000 stages: 9 ranks at 100, 20 at 500, 40 at 2,000.
int layeredRanks(int stages);

} // namespace flowdeck::benchmarks
