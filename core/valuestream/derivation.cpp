// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/derivation.h"

#include "domain/pipeline.h"
#include "metrics/metrics.h"
#include "valuestream/derivegraph.h"
#include "valuestream/derivereads.h"

#include <cmath>
#include <vector>

namespace flowdeck::valuestream {

using namespace Qt::StringLiterals;
using detail::NodeEdges;
using detail::Samples;
using detail::StageRow;

namespace {

std::optional<qint64> summarised(const QList<qint64> &samples, Statistic statistic)
{
    if (samples.isEmpty())
        return std::nullopt;
    std::vector<qint64> values(samples.cbegin(), samples.cend());
    const std::optional<double> value =
        metrics::interpolatedPercentile(values, statistic == Statistic::P85 ? 85.0 : 50.0);
    return value ? std::optional<qint64>(std::llround(*value)) : std::nullopt;
}

/// A measured step made from its records.
Step measuredStep(QString sourceKey, QString kind, QString name, Samples samples, Statistic statistic, bool withWip)
{
    Step step;
    step.sourceKey = std::move(sourceKey);
    step.kind = std::move(kind);
    step.name = std::move(name);
    step.measured = true;
    step.waitMs = summarised(samples.wait, statistic);
    step.processMs = summarised(samples.process, statistic);
    if (samples.judged > 0)
        step.pctCompleteAccurate = 100.0 * double(samples.passed) / double(samples.judged);
    if (withWip)
        step.wip = samples.wip;
    step.sampleCount = samples.records;
    step.waitSamplesMs = std::move(samples.wait);
    step.processSamplesMs = std::move(samples.process);
    return step;
}

QString stepKindOfStage(const QString &stageKind)
{
    for (const char *kind :
         {StageKind::Build, StageKind::Test, StageKind::Security, StageKind::Approval, StageKind::Deploy}) {
        if (stageKind == QLatin1StringView(kind))
            return stageKind;
    }
    return QString::fromLatin1(StepKind::Other);
}

/// The pipeline whose stage graph the map follows: the one with the most runs in scope (the smaller id on a tie);
/// where no run names its pipeline, the one whose stages had jobs in the most runs.
OptionalId chosenPipeline(const QHash<Id, qint64> &runsPerPipeline, const QList<StageRow> &stages,
                          const std::vector<Samples> &stageSamples)
{
    QHash<Id, qint64> runs = runsPerPipeline;
    if (runs.isEmpty()) {
        for (qsizetype i = 0; i < stages.size(); ++i) {
            const int stageRuns = stageSamples[std::size_t(i)].runs;
            if (stageRuns > 0)
                runs[stages[i].pipelineId] = std::max<qint64>(runs.value(stages[i].pipelineId), stageRuns);
        }
    }
    OptionalId chosen;
    qint64 most = 0;
    for (auto it = runs.cbegin(); it != runs.cend(); ++it) {
        if (it.value() > most || (it.value() == most && chosen && it.key() < *chosen)) {
            chosen = it.key();
            most = it.value();
        }
    }
    return chosen;
}

/// The stage steps of the chosen pipeline, in the stage graph's order, with the edges between them.
struct StageSteps
{
    QList<Step> steps;
    /// Between indexes of `steps`.
    NodeEdges edges;
    /// The environments the pipeline's stages deploy to.
    QList<Id> deployedEnvironments;
};

Result<StageSteps> stageSteps(const detail::Reads &reads, Id pipelineId, const QList<StageRow> &stages,
                              const std::vector<Samples> &stageSamples, Statistic statistic)
{
    StageSteps result;
    // The pipeline's own stages (by position, as read); the jobs of other pipelines' stages join by name.
    QList<int> own;
    QHash<QString, int> byName;
    QHash<Id, int> byId;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (stages[i].pipelineId != pipelineId)
            continue;
        byName.insert(stages[i].name, int(own.size()));
        byId.insert(stages[i].id, int(own.size()));
        own.append(int(i));
        if (stages[i].environmentId && !result.deployedEnvironments.contains(*stages[i].environmentId))
            result.deployedEnvironments.append(*stages[i].environmentId);
    }
    const int count = int(own.size());
    std::vector<Samples> merged(static_cast<std::size_t>(count));
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const int node =
            stages[i].pipelineId == pipelineId ? byId.value(stages[i].id, -1) : byName.value(stages[i].name, -1);
        if (node >= 0)
            merged[std::size_t(node)].add(stageSamples[std::size_t(i)]);
    }

    auto stored = detail::readStageEdges(reads, pipelineId);
    if (!stored)
        return stored.error();
    NodeEdges edges;
    for (const auto &[from, to] : std::as_const(*stored)) {
        const int a = byId.value(from, -1);
        const int b = byId.value(to, -1);
        if (a >= 0 && b >= 0)
            edges.emplace_back(a, b);
    }
    std::vector<int> rank(static_cast<std::size_t>(count));
    for (int node = 0; node < count; ++node)
        rank[std::size_t(node)] = node;
    const auto ordered = detail::topologicalOrder(count, edges, rank);
    if (!ordered) {
        auto name = detail::readPipelineName(reads, pipelineId);
        if (!name)
            return name.error();
        return Error{Derivation::tr("The stage graph of the pipeline %1 has a cycle, so its value stream cannot be "
                                    "derived.")
                         .arg(*name)};
    }

    // Stages without a single record are left out, their edges bridged; the rest go in topological order with
    // ties by position.
    std::vector<bool> keep(static_cast<std::size_t>(count));
    QList<int> kept;
    std::vector<int> keptIndex(std::size_t(count), -1);
    for (int node = 0; node < count; ++node) {
        keep[std::size_t(node)] = merged[std::size_t(node)].records > 0;
        if (keep[std::size_t(node)]) {
            keptIndex[std::size_t(node)] = int(kept.size());
            kept.append(node);
        }
    }
    NodeEdges keptEdges;
    for (const auto &[from, to] : detail::bridged(count, edges, keep))
        keptEdges.emplace_back(keptIndex[std::size_t(from)], keptIndex[std::size_t(to)]);
    std::vector<int> keptRank(static_cast<std::size_t>(kept.size()));
    for (qsizetype k = 0; k < kept.size(); ++k)
        keptRank[std::size_t(k)] = int(k);
    const std::vector<int> order = *detail::topologicalOrder(int(kept.size()), keptEdges, keptRank);
    std::vector<int> stepIndex(static_cast<std::size_t>(kept.size()));
    for (std::size_t position = 0; position < order.size(); ++position) {
        const int node = kept[order[position]];
        const StageRow &stage = stages[own[node]];
        stepIndex[std::size_t(order[position])] = int(position);
        result.steps.append(measuredStep(u"stage:"_s + stage.name, stepKindOfStage(stage.kind), stage.name,
                                         std::move(merged[std::size_t(node)]), statistic, true));
    }
    for (const auto &[from, to] : keptEdges)
        result.edges.emplace_back(stepIndex[std::size_t(from)], stepIndex[std::size_t(to)]);
    return result;
}

} // namespace

Result<Map> deriveMap(const QSqlDatabase &db, const DerivationScope &scope, const TaskControl &control)
{
    return detail::deriveMap(db, scope, control, true);
}

Result<Map> detail::deriveMap(const QSqlDatabase &db, const DerivationScope &scope, const TaskControl &control,
                              bool twoThreads, metrics::detail::SharedScans *shared)
{
    if (scope.to <= scope.from) {
        return Error{Derivation::tr("The period of a value stream must end after it begins (from %1 to %2).")
                         .arg(scope.from)
                         .arg(scope.to)};
    }
    const detail::Reads reads(db, twoThreads);
    constexpr int phases = 5;
    const auto canceled = [&control](int done) {
        control.report(done, phases);
        return control.isCanceled();
    };

    Map map;
    map.serviceId = scope.serviceId;
    map.state = MapState::Current;
    map.periodFrom = scope.from;
    map.periodTo = scope.to;
    map.statistic = scope.statistic;
    detail::ReadScope read{scope.from, scope.to, scope.serviceId, std::nullopt};
    if (scope.serviceId) {
        auto service = detail::readService(reads, *scope.serviceId);
        if (!service)
            return service.error();
        if (!*service)
            return Error{Derivation::tr("There is no service with the id %1 to derive a value stream for.")
                             .arg(*scope.serviceId)};
        map.name = (*service)->name;
        read.repositoryId = (*service)->repositoryId;
    } else {
        map.name = Derivation::tr("All services");
    }
    if (canceled(0))
        return Error{TaskControl::canceledMessage()};

    // What metrics read at the same time wait for comes first: the runs whose jobs this reads, and what to count
    // along their scan of the deployments' commits.
    auto stages = detail::readStages(reads);
    if (!stages)
        return stages.error();
    auto runs = detail::readRuns(reads, read);
    if (!runs)
        return runs.error();
    std::shared_ptr<metrics::detail::DeploymentCommitVisitor> counter;
    if (shared) {
        // Without a stage, no job is read.
        shared->jobRuns.set(stages->isEmpty() ? std::vector<Id>() : runs->ids);
        auto made = detail::shipmentCounter(reads, read);
        if (!made)
            return made.error();
        counter = std::move(*made);
        shared->deploymentCommits.set(counter);
    }
    auto weighed = detail::readWeighed(reads, read, runs->ids);
    if (!weighed)
        return weighed.error();

    auto pullRequests = detail::readPullRequests(reads, read);
    if (!pullRequests)
        return pullRequests.error();
    if (canceled(1))
        return Error{TaskControl::canceledMessage()};

    auto links = detail::readStageLinks(reads, *stages);
    if (!links)
        return links.error();
    // The jobs first, each counted once, and weighed by the pull requests their runs shipped after: meanwhile the
    // metrics read at the same time count those along their scan of the deployments' commits.
    std::vector<std::pair<qint64, qint64>> runSums;
    // Across every service, at least half of the workspace's runs are most of them.
    const bool mostRuns = !read.serviceId && qint64(runs->ids.size()) * 2 >= runs->read;
    auto jobs = detail::readStageSamples(reads, read, runs->ids, mostRuns, *stages, *links, control,
                                         shared ? &runSums : nullptr);
    if (!jobs)
        return jobs.error();
    if (shared)
        shared->jobSums.set(std::move(runSums));
    const metrics::detail::DeploymentCommitVisitor *counted = nullptr;
    if (counter) {
        const bool *visited = shared->deploymentCommitsVisited.wait([&control] { return control.isCanceled(); });
        if (control.isCanceled())
            return Error{TaskControl::canceledMessage()};
        counted = visited && *visited ? counter.get() : nullptr;
    }
    auto shipments = detail::countShipments(reads, read, std::move(*weighed), counted);
    if (!shipments)
        return shipments.error();
    const std::vector<Samples> stageSamples = detail::weighJobs(std::move(*jobs), *links, shipments->byRun);
    if (canceled(2))
        return Error{TaskControl::canceledMessage()};

    StageSteps stagePart;
    if (const OptionalId pipeline = chosenPipeline(runs->perPipeline, *stages, stageSamples)) {
        auto made = stageSteps(reads, *pipeline, *stages, stageSamples, scope.statistic);
        if (!made)
            return made.error();
        stagePart = std::move(*made);
    }
    if (canceled(3))
        return Error{TaskControl::canceledMessage()};

    auto environments = detail::readEnvironments(reads);
    if (!environments)
        return environments.error();
    std::vector<bool> promoted(static_cast<std::size_t>(environments->size()));
    for (qsizetype e = 0; e < environments->size(); ++e)
        promoted[std::size_t(e)] = !stagePart.deployedEnvironments.contains((*environments)[e].id);
    auto promotionSamples = detail::readPromotionSamples(reads, read, *environments, promoted, shipments->byDeployment);
    if (!promotionSamples)
        return promotionSamples.error();
    if (canceled(4))
        return Error{TaskControl::canceledMessage()};

    // Every candidate step in stream order, with the flow between them; those without a record are left out after.
    QList<Step> candidates;
    candidates.append(measuredStep(u"coding"_s, QString::fromLatin1(StepKind::Coding), Derivation::tr("Coding"),
                                   std::move(pullRequests->coding), scope.statistic, false));
    candidates.append(measuredStep(u"review"_s, QString::fromLatin1(StepKind::Review), Derivation::tr("Review"),
                                   std::move(pullRequests->review), scope.statistic, true));
    const int firstStage = int(candidates.size());
    const int stageCount = int(stagePart.steps.size());
    candidates.append(stagePart.steps);
    const int firstPromotion = int(candidates.size());
    for (qsizetype e = 0; e < environments->size(); ++e) {
        if (!promoted[std::size_t(e)])
            continue;
        const detail::EnvironmentRow &environment = (*environments)[e];
        candidates.append(measuredStep(u"promotion:"_s + environment.name, QString::fromLatin1(StepKind::Promotion),
                                       Derivation::tr("Deploy to %1").arg(environment.name),
                                       std::move((*promotionSamples)[std::size_t(e)]), scope.statistic, false));
    }
    const int count = int(candidates.size());

    NodeEdges flow{{0, 1}};
    for (const auto &[from, to] : stagePart.edges)
        flow.emplace_back(firstStage + from, firstStage + to);
    for (const int source : detail::sources(stageCount, stagePart.edges))
        flow.emplace_back(1, firstStage + source);
    if (firstPromotion < count) {
        if (stageCount == 0)
            flow.emplace_back(1, firstPromotion);
        for (const int sink : detail::sinks(stageCount, stagePart.edges))
            flow.emplace_back(firstStage + sink, firstPromotion);
        for (int node = firstPromotion; node + 1 < count; ++node)
            flow.emplace_back(node, node + 1);
    }
    std::vector<bool> keep(static_cast<std::size_t>(count));
    std::vector<int> position(std::size_t(count), -1);
    for (int node = 0; node < count; ++node) {
        keep[std::size_t(node)] = candidates[node].sampleCount > 0;
        if (keep[std::size_t(node)]) {
            position[std::size_t(node)] = int(map.steps.size());
            map.steps.append(std::move(candidates[node]));
            map.steps.last().id = -Id(map.steps.size());
        }
    }
    QList<std::pair<Id, Id>> edges;
    bool line = true;
    for (const auto &[from, to] : detail::bridged(count, flow, keep)) {
        const int a = position[std::size_t(from)];
        const int b = position[std::size_t(to)];
        line = line && b == a + 1;
        edges.append({map.steps[a].id, map.steps[b].id});
    }
    // A line in list order needs no edges.
    if (!line || edges.size() != std::max<qsizetype>(0, map.steps.size() - 1))
        map.edges = edges;
    control.report(phases, phases);
    return map;
}

} // namespace flowdeck::valuestream
