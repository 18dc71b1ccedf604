// SPDX-License-Identifier: GPL-3.0-or-later
#include "layeredpipeline.h"

#include "domain/pipeline.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace flowdeck::benchmarks {

using namespace Qt::StringLiterals;

graph::PipelineSpec layeredPipeline(int stages, int ranks, unsigned seed)
{
    std::mt19937 random(seed);
    auto below = [&random](int bound) {
        return int(random() % unsigned(std::max(bound, 1)));
    };
    graph::PipelineSpec pipeline;
    pipeline.name = u"layered, %1 stages"_s.arg(stages);
    std::vector<std::vector<int>> byRank(static_cast<std::size_t>(ranks));
    for (int i = 0; i < stages; ++i) {
        const int rank = int(qint64(i) * ranks / stages);
        const int position = int(byRank[std::size_t(rank)].size());
        byRank[std::size_t(rank)].push_back(i);
        graph::StageSpec stage;
        stage.name = u"job %1.%2"_s.arg(rank).arg(position);
        if (rank == 0) {
            stage.kind = QString::fromLatin1(StageKind::Build);
        } else if (rank == ranks - 1) {
            stage.kind = QString::fromLatin1(StageKind::Deploy);
            stage.environment = u"production"_s;
        } else {
            stage.kind = QString::fromLatin1(position % 10 == 9 ? StageKind::Security : StageKind::Test);
        }
        pipeline.stages.append(stage);
    }
    for (int rank = 1; rank < ranks; ++rank) {
        const std::vector<int> &before = byRank[std::size_t(rank - 1)];
        const std::vector<int> &here = byRank[std::size_t(rank)];
        const int width = int(before.size());
        for (int position = 0; position < int(here.size()); ++position) {
            graph::StageSpec &stage = pipeline.stages[here[std::size_t(position)]];
            const int near = std::clamp(int(qint64(position) * width / int(here.size())), 0, width - 1);
            std::vector<int> needs{near};
            const int roll = below(100);
            const bool gate = roll < 5;
            const int extra = gate ? 3 + below(5) : roll < 40 ? 1 : 0;
            if (gate && rank < ranks - 1)
                stage.kind = QString::fromLatin1(StageKind::Approval);
            for (int k = 0; k < extra; ++k)
                needs.push_back(std::clamp(near - 4 + below(9), 0, width - 1));
            std::sort(needs.begin(), needs.end());
            needs.erase(std::unique(needs.begin(), needs.end()), needs.end());
            for (int need : needs)
                stage.needs.append(pipeline.stages.at(before[std::size_t(need)]).name);
            if (rank >= 2 && below(100) == 0) {
                const std::vector<int> &far = byRank[std::size_t(rank - 2 - below(std::min(rank - 1, 7)))];
                stage.needs.append(pipeline.stages.at(far[std::size_t(below(int(far.size())))]).name);
            }
        }
    }
    return pipeline;
}

int layeredRanks(int stages)
{
    return std::max(2, int(std::lround(std::sqrt(double(stages)) * 0.9)));
}

} // namespace flowdeck::benchmarks
