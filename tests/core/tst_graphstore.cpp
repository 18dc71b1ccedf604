// SPDX-License-Identifier: GPL-3.0-or-later
// Pipelines and the promotion graph saved into and loaded from a real workspace file, and the stage statistics
// read from job rows written by hand.
#include "fixturerows.h"
#include "fixturetime.h"
#include "rowinserter.h"

#include "graph/criticalpath.h"
#include "graph/environmentstore.h"
#include "graph/pipelinestore.h"
#include "graph/stagestatistics.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::graph;
using namespace flowdeck::store;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

StageSpec stage(const QString &name, const QString &kind, const QStringList &needs = {},
                const QString &environment = {})
{
    StageSpec s;
    s.name = name;
    s.kind = kind;
    s.needs = needs;
    s.environment = environment;
    return s;
}

/// build -> test -> deploy-staging -> deploy-production (which also needs test).
PipelineSpec checkout()
{
    return PipelineSpec{
        u"checkout"_s,
        {stage(u"build"_s, u"build"_s), stage(u"test"_s, u"test"_s, {u"build"_s}),
         stage(u"deploy-staging"_s, u"deploy"_s, {u"test"_s}, u"staging"_s),
         stage(u"deploy-production"_s, u"deploy"_s, {u"deploy-staging"_s, u"test"_s}, u"production"_s)}};
}

EnvironmentSpec environment(const QString &name, const QString &tier, const QStringList &promotesTo = {})
{
    return EnvironmentSpec{name, tier, promotesTo, SourceLocation{}};
}

qint64 count(const Workspace &workspace, const QString &sql, const QVariantList &values = {})
{
    auto query = runQuery(workspace.connection(), u"count"_s, sql, values);
    if (!query || !query->next())
        return -1;
    return query->value(0).toLongLong();
}

Id idOf(const Workspace &workspace, const QString &sql, const QVariantList &values)
{
    return count(workspace, sql, values);
}

} // namespace

class TestGraphStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::shared_ptr<Workspace> newWorkspace()
    {
        auto created = Workspace::create(m_dir.filePath(u"graph-%1.flowdeck"_s.arg(++m_files)));
        if (!created)
            qWarning("%s", qPrintable(created.errorMessage()));
        return created ? *created : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pipelineRoundTrip()
    {
        auto workspace = newWorkspace();
        QVERIFY(workspace);
        auto saved = savePipeline(*workspace, checkout());
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        QCOMPARE(saved->revision, 1);
        // The workspace had no environments: the two the deploy stages name are added, in the order met.
        QCOMPARE(saved->addedEnvironments, QStringList({u"staging"_s, u"production"_s}));
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM stages"_s), 4);
        // build->test, test->deploy-staging, deploy-staging->deploy-production, test->deploy-production.
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM stage_edges"_s), 4);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM environments WHERE tier = 'other'"_s), 2);

        auto loaded = loadPipeline(workspace->connection(), saved->pipelineId);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->spec, checkout());
        QCOMPARE(loaded->row.name, u"checkout"_s);
        QCOMPARE(loaded->row.source, u"flowdeck"_s);
        QCOMPARE(loaded->row.externalId, u"checkout"_s);
        QCOMPARE(loaded->row.revision, 1);
        QVERIFY(loaded->row.updatedAt > T);

        auto missing = loadPipeline(workspace->connection(), saved->pipelineId + 100);
        QVERIFY(!missing);
        QCOMPARE(missing.errorMessage(),
                 u"The workspace has no pipeline with the id %1."_s.arg(saved->pipelineId + 100));
    }

    void savingAgainReplacesStagesAndKeepsTheirIds()
    {
        auto workspace = newWorkspace();
        QVERIFY(workspace);
        auto first = savePipeline(*workspace, checkout());
        QVERIFY2(first, qPrintable(first.errorMessage()));
        const QString stageId = u"SELECT id FROM stages WHERE pipeline_id = ? AND name = ?"_s;
        const Id build = idOf(*workspace, stageId, {first->pipelineId, u"build"_s});
        const Id production = idOf(*workspace, stageId, {first->pipelineId, u"deploy-production"_s});
        RowInserter in(*workspace);
        const Id run = in.add(runRow(Status::Succeeded, T, T, T + hour));
        Job buildJob = jobRow(run, u"build"_s, Status::Succeeded, T, T + minute, T + 2 * minute);
        buildJob.stageId = build;
        const Id buildJobId = in.add(buildJob);
        Job testJob = jobRow(run, u"test"_s, Status::Succeeded, T, T + minute, T + 2 * minute);
        testJob.stageId = idOf(*workspace, stageId, {first->pipelineId, u"test"_s});
        const Id testJobId = in.add(testJob);
        QVERIFY2(in.error().isEmpty(), qPrintable(in.error()));

        // test is renamed to unit, deploy-staging goes away, a lint stage comes first.
        const PipelineSpec changed{
            u"checkout"_s,
            {stage(u"lint"_s, u"test"_s), stage(u"build"_s, u"build"_s), stage(u"unit"_s, u"test"_s, {u"build"_s}),
             stage(u"deploy-production"_s, u"deploy"_s, {u"unit"_s, u"lint"_s}, u"production"_s)}};
        auto second = savePipeline(*workspace, changed);
        QVERIFY2(second, qPrintable(second.errorMessage()));
        QCOMPARE(second->pipelineId, first->pipelineId);
        QCOMPARE(second->revision, 2);
        QVERIFY(second->addedEnvironments.isEmpty());
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM pipelines"_s), 1);
        QCOMPARE(idOf(*workspace, stageId, {first->pipelineId, u"build"_s}), build);
        QCOMPARE(idOf(*workspace, stageId, {first->pipelineId, u"deploy-production"_s}), production);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM stages"_s), 4);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM stages WHERE name IN ('test', 'deploy-staging')"_s), 0);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM stage_edges"_s), 3);
        QCOMPARE(count(*workspace, u"SELECT position FROM stages WHERE name = 'build'"_s), 1);
        // The job of build still belongs to it; the job of the removed test stage belongs to no stage now.
        QCOMPARE(count(*workspace, u"SELECT stage_id FROM jobs WHERE id = ?"_s, {buildJobId}), build);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM jobs WHERE id = ? AND stage_id IS NULL"_s, {testJobId}), 1);

        auto loaded = loadPipeline(workspace->connection(), first->pipelineId);
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->spec, changed);
        QCOMPARE(loaded->row.revision, 2);
    }

    void renamedStagesKeepTheirIdsAndJobs()
    {
        auto workspace = newWorkspace();
        QVERIFY(workspace);
        auto first = savePipeline(*workspace, checkout());
        QVERIFY2(first, qPrintable(first.errorMessage()));
        const QString stageId = u"SELECT id FROM stages WHERE pipeline_id = ? AND name = ?"_s;
        const Id build = idOf(*workspace, stageId, {first->pipelineId, u"build"_s});
        const Id test = idOf(*workspace, stageId, {first->pipelineId, u"test"_s});
        RowInserter in(*workspace);
        const Id run = in.add(runRow(Status::Succeeded, T, T, T + hour));
        Job testJob = jobRow(run, u"test"_s, Status::Succeeded, T, T + minute, T + 2 * minute);
        testJob.stageId = test;
        const Id testJobId = in.add(testJob);
        QVERIFY2(in.error().isEmpty(), qPrintable(in.error()));

        // test becomes unit, told as a rename: the same row, its job still with it.
        PipelineSpec renamed = checkout();
        for (StageSpec &stage : renamed.stages) {
            if (stage.name == u"test"_s)
                stage.name = u"unit"_s;
            stage.needs.replaceInStrings(QRegularExpression(u"^test$"_s), u"unit"_s);
        }
        PipelineSaveOptions options;
        options.renamedStages = {{u"test"_s, u"unit"_s}};
        auto second = savePipeline(*workspace, renamed, options);
        QVERIFY2(second, qPrintable(second.errorMessage()));
        QCOMPARE(idOf(*workspace, stageId, {first->pipelineId, u"unit"_s}), test);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM stages WHERE name = 'test'"_s), 0);
        QCOMPARE(count(*workspace, u"SELECT stage_id FROM jobs WHERE id = ?"_s, {testJobId}), test);
        QCOMPARE(loadPipeline(workspace->connection(), first->pipelineId)->spec, renamed);

        // Two stages swap names: each row keeps its own id under the other's name.
        PipelineSpec swapped = renamed;
        for (StageSpec &stage : swapped.stages) {
            stage.name = stage.name == u"build"_s ? u"unit"_s : stage.name == u"unit"_s ? u"build"_s : stage.name;
            for (QString &need : stage.needs)
                need = need == u"build"_s ? u"unit"_s : need == u"unit"_s ? u"build"_s : need;
        }
        options.renamedStages = {{u"build"_s, u"unit"_s}, {u"unit"_s, u"build"_s}};
        auto third = savePipeline(*workspace, swapped, options);
        QVERIFY2(third, qPrintable(third.errorMessage()));
        QCOMPARE(idOf(*workspace, stageId, {first->pipelineId, u"unit"_s}), build);
        QCOMPARE(idOf(*workspace, stageId, {first->pipelineId, u"build"_s}), test);
        QCOMPARE(count(*workspace, u"SELECT stage_id FROM jobs WHERE id = ?"_s, {testJobId}), test);
        QCOMPARE(loadPipeline(workspace->connection(), first->pipelineId)->spec, swapped);

        // A rename of a stage that is not stored, or to a name the pipeline does not have, changes nothing more.
        options.renamedStages = {{u"nothing"_s, u"lint"_s}, {u"build"_s, u"absent"_s}};
        auto fourth = savePipeline(*workspace, swapped, options);
        QVERIFY2(fourth, qPrintable(fourth.errorMessage()));
        QCOMPARE(idOf(*workspace, stageId, {first->pipelineId, u"build"_s}), test);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM stages WHERE pipeline_id = ?"_s, {first->pipelineId}),
                 qint64(swapped.stages.size()));
    }

    void anEditBasedOnAnOldRevisionIsRefused()
    {
        auto workspace = newWorkspace();
        QVERIFY(workspace);
        auto saved = savePipeline(*workspace, checkout());
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        auto stored = loadPipeline(workspace->connection(), saved->pipelineId);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));

        // Someone else saves first (revision 2); this edit still starts from revision 1.
        PipelineSpec theirs = checkout();
        theirs.stages.removeLast();
        QVERIFY(savePipeline(*workspace, theirs));
        PipelineSpec mine = checkout();
        mine.stages[0].kind = u"security"_s;
        auto refused = savePipeline(*workspace, mine, PipelineSaveOptions::editOf(stored->row));
        QVERIFY(!refused);
        QCOMPARE(refused.errorMessage(), u"Pipeline “checkout” was changed elsewhere (it is at revision 2, this edit "
                                         u"started from revision 1); the edit was not saved."_s);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM stages"_s), 3);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM stages WHERE kind = 'security'"_s), 0);

        // Based on the current revision it goes through, under the same identity.
        auto current = loadPipeline(workspace->connection(), saved->pipelineId);
        QVERIFY(current);
        auto edited = savePipeline(*workspace, mine, PipelineSaveOptions::editOf(current->row));
        QVERIFY2(edited, qPrintable(edited.errorMessage()));
        QCOMPARE(edited->pipelineId, saved->pipelineId);
        QCOMPARE(edited->revision, 3);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM stages WHERE kind = 'security'"_s), 1);
    }

    void anInvalidPipelineIsNotSaved()
    {
        auto workspace = newWorkspace();
        QVERIFY(workspace);
        PipelineSpec cyclic = checkout();
        cyclic.stages[0].needs = QStringList{u"test"_s};
        cyclic.stages[0].location = SourceLocation{u"checkout.yml"_s, 4, 5};
        auto refused = savePipeline(*workspace, cyclic);
        QVERIFY(!refused);
        QCOMPARE(refused.errorMessage(),
                 u"Pipeline “checkout” cannot be saved:\ncheckout.yml:4:5: Stages need each other in a cycle (each "
                 u"needs the one before it): “build” → “test” → “build”."_s);
        PipelineSpec unnamed = checkout();
        unnamed.name.clear();
        QCOMPARE(savePipeline(*workspace, unnamed).errorMessage(), u"A pipeline without a name cannot be saved."_s);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM pipelines"_s), 0);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM environments"_s), 0);
    }

    void listingAndFindingPipelines()
    {
        auto workspace = newWorkspace();
        QVERIFY(workspace);
        RowInserter in(*workspace);
        const Id shop = in.add(Service{0, u"shop"_s, {}, {}});
        QVERIFY2(in.error().isEmpty(), qPrintable(in.error()));
        PipelineSaveOptions imported;
        imported.source = u"github"_s;
        imported.externalId = u".github/workflows/ci.yml"_s;
        imported.format = u"github"_s;
        imported.definition = u"jobs: {}"_s;
        imported.serviceId = shop;
        auto fromGithub = savePipeline(*workspace, PipelineSpec{u"ci"_s, {stage(u"build"_s, u"build"_s)}}, imported);
        QVERIFY2(fromGithub, qPrintable(fromGithub.errorMessage()));
        auto native = savePipeline(*workspace, checkout());
        QVERIFY2(native, qPrintable(native.errorMessage()));

        auto listed = listPipelines(workspace->connection());
        QVERIFY2(listed, qPrintable(listed.errorMessage()));
        QCOMPARE(listed->size(), 2);
        // By name: checkout before ci.
        QCOMPARE(listed->at(0).row.name, u"checkout"_s);
        QCOMPARE(listed->at(0).stageCount, 4);
        QCOMPARE(listed->at(0).edgeCount, 4);
        QCOMPARE(listed->at(0).service, QString());
        QCOMPARE(listed->at(1).row.name, u"ci"_s);
        QCOMPARE(listed->at(1).row.source, u"github"_s);
        QCOMPARE(listed->at(1).row.externalId, u".github/workflows/ci.yml"_s);
        QCOMPARE(listed->at(1).row.format, std::optional<QString>(u"github"_s));
        QCOMPARE(listed->at(1).row.definition, std::optional<QString>(u"jobs: {}"_s));
        QCOMPARE(listed->at(1).service, u"shop"_s);
        QCOMPARE(listed->at(1).stageCount, 1);
        QCOMPARE(listed->at(1).edgeCount, 0);

        QCOMPARE(findPipeline(workspace->connection(), u"ci"_s).value(), fromGithub->pipelineId);
        QCOMPARE(findPipeline(workspace->connection(), u"nope"_s).errorMessage(),
                 u"The workspace has no pipeline named “nope”."_s);
        // The same name saved natively is another pipeline: the name no longer finds just one.
        auto second = savePipeline(*workspace, PipelineSpec{u"ci"_s, {}});
        QVERIFY2(second, qPrintable(second.errorMessage()));
        QCOMPARE(
            findPipeline(workspace->connection(), u"ci"_s).errorMessage(),
            u"Several pipelines are named “ci”: %1 from github (.github/workflows/ci.yml); %2 from flowdeck (ci)."_s
                .arg(fromGithub->pipelineId)
                .arg(second->pipelineId));
    }

    void environmentGraphRoundTrip()
    {
        auto workspace = newWorkspace();
        QVERIFY(workspace);
        const EnvironmentGraphSpec graph{
            {environment(u"dev"_s, u"development"_s, {u"test"_s}), environment(u"test"_s, u"testing"_s, {u"staging"_s}),
             environment(u"staging"_s, u"staging"_s, {u"production"_s}), environment(u"production"_s, u"production"_s),
             environment(u"hotfix"_s, u"other"_s, {u"production"_s})}};
        auto saved = saveEnvironmentGraph(*workspace, graph);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        QVERIFY(saved->removed.isEmpty());
        QVERIFY(saved->kept.isEmpty());
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM environment_edges"_s), 4);
        auto loaded = loadEnvironmentGraph(workspace->connection());
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        QCOMPARE(*loaded, graph);

        // A pipeline deploying to staging and production now finds them.
        auto pipeline = savePipeline(*workspace, checkout());
        QVERIFY2(pipeline, qPrintable(pipeline.errorMessage()));
        QVERIFY(pipeline->addedEnvironments.isEmpty());
    }

    void environmentsKeepTheirIdsAndWhatRefersToThem()
    {
        auto workspace = newWorkspace();
        QVERIFY(workspace);
        const EnvironmentGraphSpec before{
            {environment(u"dev"_s, u"development"_s, {u"test"_s}), environment(u"test"_s, u"testing"_s, {u"staging"_s}),
             environment(u"staging"_s, u"staging"_s, {u"production"_s}), environment(u"production"_s, u"production"_s),
             environment(u"hotfix"_s, u"other"_s, {u"production"_s})}};
        QVERIFY(saveEnvironmentGraph(*workspace, before));
        const QString environmentId = u"SELECT id FROM environments WHERE name = ?"_s;
        const Id dev = idOf(*workspace, environmentId, {u"dev"_s});
        const Id staging = idOf(*workspace, environmentId, {u"staging"_s});
        const Id production = idOf(*workspace, environmentId, {u"production"_s});
        RowInserter in(*workspace);
        const Id shop = in.add(Service{0, u"shop"_s, {}, {}});
        const Id deployment = in.add(deploymentRow(shop, staging, u"1.0"_s, Status::Succeeded, T, T + minute));
        in.add(deploymentRow(shop, production, u"1.0"_s, Status::Succeeded, T + hour, T + hour + minute));
        QVERIFY2(in.error().isEmpty(), qPrintable(in.error()));

        // staging and test leave the graph, qa comes in.
        const EnvironmentGraphSpec after{
            {environment(u"dev"_s, u"development"_s, {u"qa"_s}), environment(u"qa"_s, u"testing"_s, {u"production"_s}),
             environment(u"production"_s, u"production"_s), environment(u"hotfix"_s, u"other"_s, {u"production"_s})}};
        auto saved = saveEnvironmentGraph(*workspace, after);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        // test had nothing referring to it; staging has a deployment and stays, without promotions, at the end.
        QCOMPARE(saved->removed, QStringList({u"test"_s}));
        QCOMPARE(saved->kept, QStringList({u"staging"_s}));
        QCOMPARE(idOf(*workspace, environmentId, {u"dev"_s}), dev);
        QCOMPARE(idOf(*workspace, environmentId, {u"staging"_s}), staging);
        QCOMPARE(idOf(*workspace, environmentId, {u"production"_s}), production);
        QCOMPARE(count(*workspace, u"SELECT environment_id FROM deployments WHERE id = ?"_s, {deployment}), staging);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM deployments"_s), 2);

        auto loaded = loadEnvironmentGraph(workspace->connection());
        QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
        EnvironmentGraphSpec expected = after;
        expected.environments.append(environment(u"staging"_s, u"staging"_s));
        QCOMPARE(*loaded, expected);

        EnvironmentGraphSpec cyclic = after;
        cyclic.environments[2].promotesTo = QStringList{u"dev"_s};
        auto refused = saveEnvironmentGraph(*workspace, cyclic);
        QVERIFY(!refused);
        QCOMPARE(refused.errorMessage(), u"The environments cannot be saved:\nPromotions lead in a cycle: “dev” → “qa” "
                                         u"→ “production” → “dev”."_s);
        QCOMPARE(count(*workspace, u"SELECT COUNT(*) FROM environment_edges"_s), 3);
    }

    void stageStatisticsFromJobs()
    {
        auto workspace = newWorkspace();
        QVERIFY(workspace);
        const PipelineSpec spec{u"shop"_s,
                                {stage(u"build"_s, u"build"_s), stage(u"test"_s, u"test"_s, {u"build"_s}),
                                 stage(u"deploy"_s, u"deploy"_s, {u"test"_s}, u"production"_s)}};
        auto saved = savePipeline(*workspace, spec);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        auto other = savePipeline(*workspace, PipelineSpec{u"other"_s, {stage(u"build"_s, u"build"_s)}});
        QVERIFY2(other, qPrintable(other.errorMessage()));
        const QString stageId = u"SELECT id FROM stages WHERE pipeline_id = ? AND name = ?"_s;
        const Id build = idOf(*workspace, stageId, {saved->pipelineId, u"build"_s});
        const Id test = idOf(*workspace, stageId, {saved->pipelineId, u"test"_s});
        const Id otherBuild = idOf(*workspace, stageId, {other->pipelineId, u"build"_s});

        RowInserter in(*workspace);
        const Id run1 = in.add(runRow(Status::Succeeded, T, T, T + hour));
        const Id run2 = in.add(runRow(Status::Succeeded, T + hour, T + hour, T + 2 * hour));
        const Id run3 = in.add(runRow(Status::Failed, T + 2 * hour, T + 2 * hour, T + 4 * hour));
        const Id run4 = in.add(runRow(Status::Failed, T + 5 * hour, T + 5 * hour, T + 6 * hour));
        const auto job = [&](Id run, OptionalId stageId, const char *status, OptionalTime queued, OptionalTime started,
                             OptionalTime finished, int attempt = 1) {
            Job row = jobRow(run, u"job"_s, status, queued, started, finished);
            row.stageId = stageId;
            row.attempt = attempt;
            in.add(row);
        };
        // build: queues 2, 4, 1, 3 min; runs 10, 6, 20, 8 min; run 3 failed once and was retried.
        job(run1, build, Status::Succeeded, T, T + 2 * minute, T + 12 * minute);
        job(run2, build, Status::Succeeded, T + hour, T + hour + 4 * minute, T + hour + 10 * minute);
        job(run3, build, Status::Failed, T + 2 * hour, T + 2 * hour + minute, T + 2 * hour + 21 * minute);
        job(run3, build, Status::Succeeded, T + 3 * hour, T + 3 * hour + 3 * minute, T + 3 * hour + 11 * minute, 2);
        // test: a queue of 1 min and a run of 5; a canceled job that never started; a run of 7 without a queue
        // time; a job whose start lies before its queue time (no queue counted) and ran 3 min.
        job(run1, test, Status::Succeeded, T + 12 * minute, T + 13 * minute, T + 18 * minute);
        job(run2, test, Status::Canceled, T + hour + 10 * minute, {}, {});
        job(run2, test, Status::Succeeded, {}, T + hour + 11 * minute, T + hour + 18 * minute, 2);
        job(run4, test, Status::Failed, T + 5 * hour, T + 5 * hour - minute, T + 5 * hour + 2 * minute);
        // Jobs of another pipeline's stage and of no stage do not count.
        job(run1, otherBuild, Status::Failed, T, T + 50 * minute, T + 90 * minute);
        job(run1, std::nullopt, Status::Failed, T, T + 50 * minute, T + 90 * minute);
        QVERIFY2(in.error().isEmpty(), qPrintable(in.error()));

        auto statistics = loadStageStatistics(workspace->connection(), saved->pipelineId);
        QVERIFY2(statistics, qPrintable(statistics.errorMessage()));
        QCOMPARE(statistics->size(), 3);

        const StageStatistics &b = statistics->at(0);
        QCOMPARE(b.stageId, build);
        QCOMPARE(b.name, u"build"_s);
        QCOMPARE(b.jobCount, 4);
        QCOMPARE(b.runCount, 3);
        QCOMPARE(b.succeeded, 3);
        QCOMPARE(b.failed, 1);
        QCOMPARE(b.successRate(), std::optional<double>(0.75));
        // Queues sorted 1, 2, 3, 4 min: (2 + 3) / 2 = 2.5 min. Runs sorted 6, 8, 10, 20 min: 9 min.
        QCOMPARE(b.medianQueueMs, std::optional<qint64>(150'000));
        QCOMPARE(b.medianRunMs, std::optional<qint64>(540'000));

        const StageStatistics &t = statistics->at(1);
        QCOMPARE(t.name, u"test"_s);
        QCOMPARE(t.jobCount, 4);
        QCOMPARE(t.runCount, 3);
        QCOMPARE(t.succeeded, 2);
        QCOMPARE(t.failed, 1);
        QCOMPARE(t.successRate(), std::optional<double>(2.0 / 3.0));
        // One queue (1 min); runs 5, 7, 3 min: the median is 5 min.
        QCOMPARE(t.medianQueueMs, std::optional<qint64>(60'000));
        QCOMPARE(t.medianRunMs, std::optional<qint64>(300'000));

        const StageStatistics &d = statistics->at(2);
        QCOMPARE(d.name, u"deploy"_s);
        QCOMPARE(d.jobCount, 0);
        QCOMPARE(d.runCount, 0);
        QCOMPARE(d.successRate(), std::optional<double>());
        QCOMPARE(d.medianQueueMs, std::optional<qint64>());
        QCOMPARE(d.medianRunMs, std::optional<qint64>());

        // build 2.5 + 9 = 11.5 min, test 1 + 5 = 6 min, deploy unknown (0): the chain takes 17.5 min.
        const QHash<QString, qint64> durations = observedDurations(*statistics);
        QCOMPARE(durations, (QHash<QString, qint64>{{u"build"_s, 690'000}, {u"test"_s, 360'000}}));
        auto path = criticalPath(spec, durations);
        QVERIFY2(path, qPrintable(path.errorMessage()));
        QCOMPARE(path->length, 1'050'000);
        QCOMPARE(path->path, QStringList({u"build"_s, u"test"_s, u"deploy"_s}));
    }
};

QTEST_GUILESS_MAIN(TestGraphStore)
#include "tst_graphstore.moc"
