// SPDX-License-Identifier: GPL-3.0-or-later
// The user's corrections to a CI import: job names mapped onto pipeline stages (and the stored jobs moved at once),
// and environment tiers. Runs and jobs are stored through the CI store from records written here by hand; the
// expected stages follow from the stage names as the comments say.
#include "rowinserter.h"

#include "ci/cistore.h"
#include "ci/mapping/jobmapping.h"
#include "domain/delivery.h"
#include "domain/pipeline.h"
#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::ci;
using namespace flowdeck::store;
using namespace Qt::StringLiterals;

namespace {

RunRecord run(const QString &id, const QString &pipeline)
{
    RunRecord record;
    record.externalId = id;
    record.pipelineName = pipeline;
    record.project = u"petech/storefront"_s;
    record.status = QString::fromLatin1(Status::Succeeded);
    return record;
}

JobRecord job(const QString &id, const QString &runId, const QString &name, std::optional<QString> group = {})
{
    JobRecord record;
    record.externalId = id;
    record.runExternalId = runId;
    record.name = name;
    record.group = std::move(group);
    record.status = QString::fromLatin1(Status::Succeeded);
    return record;
}

/// The stage of the stored job with this external id.
OptionalId stageOf(const Workspace &workspace, const QString &externalId)
{
    auto query =
        runQuery(workspace.connection(), u"jobs"_s, u"SELECT stage_id FROM jobs WHERE external_id = ?"_s, {externalId});
    if (!query || !query->next())
        qFatal("no job %s", qPrintable(externalId));
    return fromSql<OptionalId>(query->value(0));
}

qint64 mappingCount(const Workspace &workspace)
{
    auto query = runQuery(workspace.connection(), u"stage_mappings"_s, u"SELECT count(*) FROM stage_mappings"_s);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

} // namespace

class TestJobMapping : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_workspace;
    Id m_service = 0;
    Id m_ci = 0;
    Id m_nightly = 0;
    Id m_build = 0;
    Id m_test = 0;
    Id m_lint = 0;
    Id m_deploy = 0;
    Id m_nightlyBuild = 0;

    const JobStage *find(const PipelineJobStages &stages, const QString &name)
    {
        for (const JobStage &job : stages.jobs) {
            if (job.jobName == name)
                return &job;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto created = Workspace::create(
            m_dir.filePath(u"mapping-%1.flowdeck"_s.arg(QLatin1StringView(QTest::currentTestFunction()))));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        m_workspace = *created;
        testing::RowInserter rows(*m_workspace);
        m_service = rows.add(Service{0, u"storefront"_s, {}, {}});
        m_ci = rows.add(Pipeline{0, u"CI"_s, m_service, u"test"_s, u"ci"_s, {}, {}, 1, 0});
        m_nightly = rows.add(Pipeline{0, u"Nightly"_s, m_service, u"test"_s, u"nightly"_s, {}, {}, 1, 0});
        rows.add(Pipeline{0, u"Unused"_s, m_service, u"test"_s, u"unused"_s, {}, {}, 1, 0});
        m_build = rows.add(Stage{0, m_ci, u"build"_s, u"build"_s, {}, 0});
        m_test = rows.add(Stage{0, m_ci, u"test"_s, u"test"_s, {}, 1});
        m_lint = rows.add(Stage{0, m_ci, u"lint"_s, u"test"_s, {}, 2});
        m_deploy = rows.add(Stage{0, m_ci, u"deploy"_s, u"deploy"_s, {}, 3});
        m_nightlyBuild = rows.add(Stage{0, m_nightly, u"build"_s, u"build"_s, {}, 0});
        QVERIFY2(rows.error().isEmpty(), qPrintable(rows.error()));

        Batch batch;
        batch.runs = {run(u"r1"_s, u"CI"_s), run(u"r2"_s, u"CI"_s), run(u"r3"_s, u"Nightly"_s)};
        batch.jobs = {job(u"1"_s, u"r1"_s, u"build"_s),
                      job(u"2"_s, u"r1"_s, u"test (ubuntu, 3.12)"_s),
                      job(u"3"_s, u"r1"_s, u"test (macos, 3.12)"_s),
                      job(u"4"_s, u"r1"_s, u"docs"_s),
                      job(u"5"_s, u"r1"_s, u"rollout eu"_s, u"deploy"_s),
                      job(u"6"_s, u"r1"_s, u"lint"_s),
                      job(u"7"_s, u"r2"_s, u"build"_s),
                      job(u"8"_s, u"r2"_s, u"docs"_s),
                      job(u"9"_s, u"r2"_s, u"rollout eu"_s, u"deploy"_s),
                      job(u"10"_s, u"r2"_s, u"rollout us"_s, u"deploy"_s),
                      job(u"11"_s, u"r3"_s, u"build"_s),
                      job(u"12"_s, u"r3"_s, u"docs"_s)};
        auto stored = storeBatch(*m_workspace, batch, StoreContext{QString::fromLatin1(Source::GitHub), m_service, {}});
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->jobs, 12);
    }

    void resolvesLikeTheStore()
    {
        StageLookup lookup;
        lookup.byName = {{u"build"_s, 1}, {u"test"_s, 2}, {u"deploy"_s, 3}};
        lookup.mapped = {{u"docs"_s, OptionalId(1)}, {u"build"_s, OptionalId()}};
        // The mapping wins, even over a stage of the same name; a null mapping is deliberately no stage.
        QCOMPARE(resolveStage(lookup, u"docs"_s, {}), (ResolvedStage{1, StageMatch::Mapping}));
        QCOMPARE(resolveStage(lookup, u"build"_s, {}), (ResolvedStage{{}, StageMatch::Mapping}));
        QCOMPARE(automaticStage(lookup, u"build"_s, {}), (ResolvedStage{1, StageMatch::Name}));
        QCOMPARE(resolveStage(lookup, u"test (ubuntu, 3.12)"_s, u"deploy"_s), (ResolvedStage{2, StageMatch::Matrix}));
        QCOMPARE(resolveStage(lookup, u"rollout"_s, u"deploy"_s), (ResolvedStage{3, StageMatch::Group}));
        // A name that starts with the parenthesis has no name before a matrix suffix.
        QCOMPARE(resolveStage(lookup, u" (test)"_s, {}), ResolvedStage{});
        QCOMPARE(resolveStage(lookup, u"package"_s, u"release"_s), ResolvedStage{});
    }

    void listsPipelinesWithJobs()
    {
        auto pipelines = mappablePipelines(*m_workspace);
        QVERIFY2(pipelines, qPrintable(pipelines.errorMessage()));
        // "Unused" has no runs; CI's runs have 10 jobs, Nightly's 2.
        const QList<MappablePipeline> expected{{m_ci, u"CI"_s, u"storefront"_s, 10},
                                               {m_nightly, u"Nightly"_s, u"storefront"_s, 2}};
        QCOMPARE(*pipelines, expected);
    }

    void listsJobNamesWithTheirStages()
    {
        auto stages = jobStages(*m_workspace, m_ci);
        QVERIFY2(stages, qPrintable(stages.errorMessage()));
        QCOMPARE(stages->pipelineName, u"CI"_s);
        QCOMPARE(stages->stages.size(), 4);
        QCOMPARE(stages->stages[0].name, u"build"_s);
        QCOMPARE(stages->stages[3].name, u"deploy"_s);

        QStringList names;
        for (const JobStage &job : stages->jobs)
            names.append(job.jobName);
        QCOMPARE(names, (QStringList{u"build"_s, u"docs"_s, u"lint"_s, u"rollout eu"_s, u"rollout us"_s,
                                     u"test (macos, 3.12)"_s, u"test (ubuntu, 3.12)"_s}));
        const JobStage *build = find(*stages, u"build"_s);
        QCOMPARE(build->jobs, 2); // r1 and r2; the Nightly run's build is another pipeline's
        QCOMPARE(build->choice, MappingChoice::automatic());
        QCOMPARE(build->resolved, (ResolvedStage{m_build, StageMatch::Name}));
        QCOMPARE(build->automatic, build->resolved);
        QCOMPARE(find(*stages, u"docs"_s)->resolved, ResolvedStage{});
        QCOMPARE(find(*stages, u"rollout eu"_s)->group, std::optional<QString>(u"deploy"_s));
        QCOMPARE(find(*stages, u"rollout eu"_s)->resolved, (ResolvedStage{m_deploy, StageMatch::Group}));
        QCOMPARE(find(*stages, u"test (macos, 3.12)"_s)->resolved, (ResolvedStage{m_test, StageMatch::Matrix}));

        // What the list says is what the store did.
        QCOMPARE(stageOf(*m_workspace, u"1"_s), OptionalId(m_build));
        QCOMPARE(stageOf(*m_workspace, u"3"_s), OptionalId(m_test));
        QCOMPARE(stageOf(*m_workspace, u"4"_s), OptionalId());
        QCOMPARE(stageOf(*m_workspace, u"10"_s), OptionalId(m_deploy));

        auto missing = jobStages(*m_workspace, 9999);
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().contains(u"9999"_s), qPrintable(missing.errorMessage()));
    }

    void mappingMovesStoredJobs()
    {
        // "docs" onto build: both CI jobs called docs move; Nightly's docs job stays without a stage.
        auto changed = setJobMapping(*m_workspace, m_ci, u"docs"_s, MappingChoice::stage(m_build));
        QVERIFY2(changed, qPrintable(changed.errorMessage()));
        QCOMPARE(*changed, 2);
        QCOMPARE(stageOf(*m_workspace, u"4"_s), OptionalId(m_build));
        QCOMPARE(stageOf(*m_workspace, u"8"_s), OptionalId(m_build));
        QCOMPARE(stageOf(*m_workspace, u"12"_s), OptionalId());

        // "lint" deliberately onto no stage, though a stage has its name.
        changed = setJobMapping(*m_workspace, m_ci, u"lint"_s, MappingChoice::noStage());
        QVERIFY2(changed, qPrintable(changed.errorMessage()));
        QCOMPARE(*changed, 1);
        QCOMPARE(stageOf(*m_workspace, u"6"_s), OptionalId());
        auto stages = jobStages(*m_workspace, m_ci);
        QVERIFY2(stages, qPrintable(stages.errorMessage()));
        const JobStage *lint = find(*stages, u"lint"_s);
        QCOMPARE(lint->choice, MappingChoice::noStage());
        QCOMPARE(lint->resolved, (ResolvedStage{{}, StageMatch::Mapping}));
        QCOMPARE(lint->automatic, (ResolvedStage{m_lint, StageMatch::Name}));
        QCOMPARE(find(*stages, u"docs"_s)->choice, MappingChoice::stage(m_build));
        QCOMPARE(mappingCount(*m_workspace), 2);

        // The same choice again changes nothing.
        changed = setJobMapping(*m_workspace, m_ci, u"lint"_s, MappingChoice::noStage());
        QVERIFY2(changed, qPrintable(changed.errorMessage()));
        QCOMPARE(*changed, 0);

        // Back to automatic: the mapping row goes, the job finds its stage by name again.
        changed = setJobMapping(*m_workspace, m_ci, u"lint"_s, MappingChoice::automatic());
        QVERIFY2(changed, qPrintable(changed.errorMessage()));
        QCOMPARE(*changed, 1);
        QCOMPARE(stageOf(*m_workspace, u"6"_s), OptionalId(m_lint));
        QCOMPARE(mappingCount(*m_workspace), 1);

        // A later import of a "docs" job follows the mapping too.
        Batch more;
        more.runs = {run(u"r4"_s, u"CI"_s)};
        more.jobs = {job(u"13"_s, u"r4"_s, u"docs"_s)};
        auto stored = storeBatch(*m_workspace, more, StoreContext{QString::fromLatin1(Source::GitHub), m_service, {}});
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stageOf(*m_workspace, u"13"_s), OptionalId(m_build));
    }

    void mappingWithoutJobsIsListed()
    {
        auto changed = setJobMapping(*m_workspace, m_ci, u"package"_s, MappingChoice::stage(m_deploy));
        QVERIFY2(changed, qPrintable(changed.errorMessage()));
        QCOMPARE(*changed, 0);
        auto stages = jobStages(*m_workspace, m_ci);
        QVERIFY2(stages, qPrintable(stages.errorMessage()));
        QCOMPARE(stages->jobs.size(), 8);
        QCOMPARE(stages->jobs.constLast().jobName, u"package"_s);
        QCOMPARE(stages->jobs.constLast().jobs, 0);
        QCOMPARE(stages->jobs.constLast().resolved, (ResolvedStage{m_deploy, StageMatch::Mapping}));
    }

    void refusesWrongMappings()
    {
        // Nightly's build stage is not a stage of CI.
        auto changed = setJobMapping(*m_workspace, m_ci, u"build"_s, MappingChoice::stage(m_nightlyBuild));
        QVERIFY(!changed);
        QVERIFY2(changed.errorMessage().contains(u"\"CI\""_s) && changed.errorMessage().contains(u"\"build\""_s),
                 qPrintable(changed.errorMessage()));
        changed = setJobMapping(*m_workspace, 9999, u"build"_s, MappingChoice::noStage());
        QVERIFY(!changed);
        QVERIFY2(changed.errorMessage().contains(u"9999"_s), qPrintable(changed.errorMessage()));
        changed = setJobMapping(*m_workspace, m_ci, QString(), MappingChoice::noStage());
        QVERIFY(!changed);
        // Nothing was written.
        QCOMPARE(mappingCount(*m_workspace), 0);
        QCOMPARE(stageOf(*m_workspace, u"1"_s), OptionalId(m_build));
    }

    void reappliesAfterStagesChange()
    {
        QVERIFY(setJobMapping(*m_workspace, m_ci, u"docs"_s, MappingChoice::stage(m_build)));
        // A stage called "rollout us" appears (a pipeline file imported again): only the job of that name moves
        // to it; docs keeps its mapping; nothing else changes.
        testing::RowInserter rows(*m_workspace);
        const Id rolloutUs = rows.add(Stage{0, m_ci, u"rollout us"_s, u"deploy"_s, {}, 4});
        QVERIFY2(rows.error().isEmpty(), qPrintable(rows.error()));
        QCOMPARE(stageOf(*m_workspace, u"10"_s), OptionalId(m_deploy));
        auto changed = reapplyJobMappings(*m_workspace, m_ci);
        QVERIFY2(changed, qPrintable(changed.errorMessage()));
        QCOMPARE(*changed, 1);
        QCOMPARE(stageOf(*m_workspace, u"10"_s), OptionalId(rolloutUs));
        QCOMPARE(stageOf(*m_workspace, u"9"_s), OptionalId(m_deploy));
        QCOMPARE(stageOf(*m_workspace, u"4"_s), OptionalId(m_build));
        changed = reapplyJobMappings(*m_workspace, m_ci);
        QVERIFY2(changed, qPrintable(changed.errorMessage()));
        QCOMPARE(*changed, 0);
        QVERIFY(!reapplyJobMappings(*m_workspace, 9999));
    }

    void setsEnvironmentTiers()
    {
        testing::RowInserter rows(*m_workspace);
        const Id live = rows.add(Environment{0, u"prod-eu"_s, QString::fromLatin1(Tier::Other), 0});
        QVERIFY2(rows.error().isEmpty(), qPrintable(rows.error()));
        QVERIFY(setEnvironmentTier(*m_workspace, live, QString::fromLatin1(Tier::Production)));
        auto environments = loadRows<Environment>(m_workspace->connection(), u"id = ?"_s, {live});
        QVERIFY(environments);
        QCOMPARE(environments->constFirst().tier, u"production"_s);

        auto wrong = setEnvironmentTier(*m_workspace, live, u"prod"_s);
        QVERIFY(!wrong);
        QVERIFY2(wrong.errorMessage().contains(u"\"prod\""_s) && wrong.errorMessage().contains(u"staging"_s),
                 qPrintable(wrong.errorMessage()));
        auto missing = setEnvironmentTier(*m_workspace, 9999, QString::fromLatin1(Tier::Staging));
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().contains(u"9999"_s), qPrintable(missing.errorMessage()));
        environments = loadRows<Environment>(m_workspace->connection(), u"id = ?"_s, {live});
        QCOMPARE(environments->constFirst().tier, u"production"_s);
    }
};

QTEST_GUILESS_MAIN(TestJobMapping)
#include "tst_jobmapping.moc"
