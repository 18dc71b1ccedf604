// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/criticalpath.h"

#include "graph/graphstructure.h"
#include "graph/namedgraph.h"

#include <algorithm>

namespace flowdeck::graph {

Result<CriticalPath> criticalPath(const PipelineSpec &pipeline, const QHash<QString, qint64> &durations)
{
    // analyseStructure() refuses a cycle with the message that names its stages.
    if (auto structure = analyseStructure(pipeline); !structure)
        return structure.error();

    const detail::NamedGraph graph = detail::stageGraph(pipeline);
    const int n = graph.size();
    std::vector<qint64> duration(n);
    for (int v = 0; v < n; ++v)
        duration[v] = std::max<qint64>(0, durations.value(graph.name(v), 0));
    const auto weight = [&](int v) {
        return duration[v];
    };

    // Earliest start: the longest path to a stage, each edge weighing the duration of the stage it leaves.
    const std::vector<qint64> earliestStart = graph.longestPathsTo(weight, [](int) { return 0; });
    // The longest path from a stage to the end, its own duration included.
    const std::vector<qint64> tail = graph.longestPathsFrom(weight, weight);

    CriticalPath result;
    for (int v = 0; v < n; ++v)
        result.length = std::max(result.length, earliestStart[v] + duration[v]);
    result.stages.reserve(n);
    for (int v = 0; v < n; ++v) {
        StageTiming timing;
        timing.name = graph.name(v);
        timing.duration = duration[v];
        timing.earliestStart = earliestStart[v];
        timing.earliestFinish = earliestStart[v] + duration[v];
        timing.latestStart = result.length - tail[v];
        timing.latestFinish = timing.latestStart + duration[v];
        timing.slack = timing.latestStart - timing.earliestStart;
        result.stages.append(timing);
    }

    // Walk one zero-slack chain from a stage without needs: a critical stage always has a critical successor that
    // starts when it finishes, until a stage that ends the pipeline.
    const auto critical = [&](int v) {
        return result.stages[v].slack == 0;
    };
    int current = -1;
    for (int v = 0; v < n && current < 0; ++v) {
        if (graph.inDegree(v) == 0 && critical(v))
            current = v;
    }
    while (current >= 0) {
        result.path.append(graph.name(current));
        result.stages[current].onCriticalPath = true;
        int next = -1;
        for (int w : graph.successors(current)) {
            if (critical(w) && result.stages[w].earliestStart == result.stages[current].earliestFinish) {
                next = w;
                break;
            }
        }
        current = next;
    }
    return result;
}

} // namespace flowdeck::graph
