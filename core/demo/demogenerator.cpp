// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"

#include "demo/demohistory.h"
#include "store/rows.h"
#include "store/tables.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace flowdeck::demo {

using namespace Qt::StringLiterals;
using store::TableWriter;

namespace {

Timestamp startOfTodayUtc()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return QDateTime(today, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

template<typename T>
Result<Id> insert(TableWriter<T> &writer, const T &row)
{
    return writer.insert(row);
}

/// Writes a simulated history with the row ids of its service, pipeline and stages filled in.
class HistoryWriter
{
public:
    explicit HistoryWriter(QSqlDatabase &db)
        : m_db(db)
        , m_repositories(db)
        , m_services(db)
        , m_pipelines(db)
        , m_stages(db)
        , m_stageEdges(db)
        , m_pullRequests(db)
        , m_tags(db)
        , m_branches(db)
        , m_runs(db)
        , m_jobs(db)
        , m_deployments(db)
        , m_deploymentCommits(db)
        , m_incidents(db)
    {}

    Result<void> write(const ServiceProfile &profile, ServiceHistory &history, const QList<Id> &environmentIds,
                       Timestamp start, Timestamp end, DemoSummary &summary)
    {
        Repository repository;
        repository.name = profile.name;
        repository.url = u"https://git.petech.example/petech/%1.git"_s.arg(profile.name);
        repository.defaultBranch = u"main"_s;
        repository.lastImportAt = end;
        auto repositoryId = m_repositories.insert(repository);
        if (!repositoryId)
            return repositoryId.error();
        auto serviceId = m_services.insert(Service{0, profile.name, profile.description, *repositoryId});
        if (!serviceId)
            return serviceId.error();

        Pipeline pipeline;
        pipeline.name = profile.name + u" delivery"_s;
        pipeline.serviceId = *serviceId;
        pipeline.source = u"demo"_s;
        pipeline.externalId = profile.name;
        pipeline.format = u"flowdeck"_s;
        pipeline.updatedAt = start;
        auto pipelineId = m_pipelines.insert(pipeline);
        if (!pipelineId)
            return pipelineId.error();
        QList<Id> stageIds;
        const QList<StageProfile> stageProfiles = stages();
        for (int i = 0; i < stageProfiles.size(); ++i) {
            const StageProfile &stage = stageProfiles[i];
            const OptionalId environment =
                stage.environment >= 0 ? OptionalId(environmentIds[stage.environment]) : std::nullopt;
            auto stageId = m_stages.insert(Stage{0, *pipelineId, stage.name, stage.kind, environment, i});
            if (!stageId)
                return stageId.error();
            stageIds.append(*stageId);
            for (int need : stage.needs) {
                if (auto edge = m_stageEdges.insert(StageEdge{0, *pipelineId, stageIds[need], *stageId}); !edge)
                    return edge.error();
            }
        }

        // Commits, parents and files are most of the rows: written in bulk. One flush numbers the commits
        // consecutively, so their ids follow from the first.
        store::BulkInserter<Commit> commitWriter(m_db);
        for (Commit &commit : history.commits) {
            commit.repositoryId = *repositoryId;
            commitWriter.add(commit);
        }
        if (auto done = commitWriter.flush(); !done)
            return done;
        QList<Id> commitIds;
        commitIds.reserve(history.commits.size());
        for (qsizetype i = 0; i < history.commits.size(); ++i)
            commitIds.append(commitWriter.firstId() + i);
        store::BulkInserter<CommitParent> parentWriter(m_db);
        for (CommitParent parent : std::as_const(history.parents)) {
            parent.commitId = commitIds[parent.commitId];
            parentWriter.add(parent);
        }
        store::BulkInserter<CommitFile> fileWriter(m_db);
        for (qsizetype i = 0; i < history.files.size(); ++i) {
            for (CommitFile file : std::as_const(history.files[i])) {
                file.commitId = commitIds[i];
                fileWriter.add(file);
            }
        }
        if (auto done = parentWriter.flush(); !done)
            return done;
        if (auto done = fileWriter.flush(); !done)
            return done;
        for (PullRequest &pr : history.pullRequests) {
            pr.repositoryId = *repositoryId;
            if (auto done = m_pullRequests.insert(pr); !done)
                return done.error();
        }
        for (Tag &tag : history.tags) {
            tag.repositoryId = *repositoryId;
            if (auto done = m_tags.insert(tag); !done)
                return done.error();
        }
        for (Branch &branch : history.branches) {
            branch.repositoryId = *repositoryId;
            if (auto done = m_branches.insert(branch); !done)
                return done.error();
        }

        QList<QList<Id>> deploymentIds;
        deploymentIds.reserve(history.runs.size());
        for (DemoRun &run : history.runs) {
            run.run.pipelineId = *pipelineId;
            run.run.serviceId = *serviceId;
            auto runId = m_runs.insert(run.run);
            if (!runId)
                return runId.error();
            for (DemoJob &job : run.jobs) {
                job.job.runId = *runId;
                job.job.stageId = stageIds[job.stage];
                if (auto done = m_jobs.insert(job.job); !done)
                    return done.error();
            }
            QList<Id> ids;
            for (DemoDeployment &deployment : run.deployments) {
                deployment.deployment.serviceId = *serviceId;
                deployment.deployment.environmentId = environmentIds[deployment.environment];
                deployment.deployment.runId = *runId;
                auto deploymentId = m_deployments.insert(deployment.deployment);
                if (!deploymentId)
                    return deploymentId.error();
                ids.append(*deploymentId);
                for (int commit : std::as_const(deployment.commits)) {
                    if (auto done = m_deploymentCommits.insert(DeploymentCommit{*deploymentId, commitIds[commit]});
                        !done)
                        return done.error();
                }
            }
            summary.deployments += int(run.deployments.size());
            summary.jobs += int(run.jobs.size());
            deploymentIds.append(ids);
        }
        for (DemoIncident &incident : history.incidents) {
            incident.incident.serviceId = *serviceId;
            incident.incident.deploymentId = deploymentIds[incident.run][incident.deployment];
            if (auto done = m_incidents.insert(incident.incident); !done)
                return done.error();
        }
        summary.commits += int(history.commits.size());
        summary.pipelineRuns += int(history.runs.size());
        summary.incidents += int(history.incidents.size());
        ++summary.services;
        return {};
    }

private:
    QSqlDatabase m_db;
    TableWriter<Repository> m_repositories;
    TableWriter<Service> m_services;
    TableWriter<Pipeline> m_pipelines;
    TableWriter<Stage> m_stages;
    TableWriter<StageEdge> m_stageEdges;
    TableWriter<PullRequest> m_pullRequests;
    TableWriter<Tag> m_tags;
    TableWriter<Branch> m_branches;
    TableWriter<PipelineRun> m_runs;
    TableWriter<Job> m_jobs;
    TableWriter<Deployment> m_deployments;
    TableWriter<DeploymentCommit> m_deploymentCommits;
    TableWriter<Incident> m_incidents;
};

Result<bool> isEmpty(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT (SELECT count(*) FROM services) + (SELECT count(*) FROM environments) + "
                    u"(SELECT count(*) FROM repositories)"_s) ||
        !query.next())
        return store::sqlError(QCoreApplication::translate("flowdeck::demo::DemoGenerator", "Checking the workspace"),
                               query.lastError());
    return query.value(0).toLongLong() == 0;
}

} // namespace

Result<DemoSummary> generateDemo(const store::Workspace &workspace, const DemoOptions &options,
                                 const TaskControl &control)
{
    const Timestamp end = options.end != 0 ? options.end : startOfTodayUtc();
    const Timestamp start = QDateTime::fromMSecsSinceEpoch(end, Qt::UTC).addMonths(-options.months).toMSecsSinceEpoch();
    const QList<ServiceProfile> profiles = services();
    DemoSummary summary;

    auto written = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto empty = isEmpty(db);
        if (!empty)
            return empty.error();
        if (!*empty)
            return Error{QCoreApplication::translate(
                             "flowdeck::demo::DemoGenerator",
                             "The demo can only be written into an empty workspace; %1 already holds data.")
                             .arg(workspace.displayName())};

        TableWriter<Environment> environmentWriter(db);
        TableWriter<EnvironmentEdge> edgeWriter(db);
        QList<Id> environmentIds;
        const QList<EnvironmentProfile> environmentProfiles = environments();
        for (int i = 0; i < environmentProfiles.size(); ++i) {
            auto id =
                environmentWriter.insert(Environment{0, environmentProfiles[i].name, environmentProfiles[i].tier, i});
            if (!id)
                return id.error();
            if (!environmentIds.isEmpty()) {
                if (auto edge = edgeWriter.insert(EnvironmentEdge{0, environmentIds.constLast(), *id}); !edge)
                    return edge.error();
            }
            environmentIds.append(*id);
        }
        summary.environments = int(environmentIds.size());

        // One random stream per service, so that changing one service's profile leaves the others alone.
        HistoryWriter writer(db);
        for (int i = 0; i < profiles.size(); ++i) {
            if (control.isCanceled())
                return Error{TaskControl::canceledMessage()};
            DemoRandom random(options.seed * 1000003u + quint64(i));
            ServiceHistory history = simulateService(profiles[i], start, end, random);
            if (auto done = writer.write(profiles[i], history, environmentIds, start, end, summary); !done)
                return done;
            control.report(i + 1, profiles.size());
        }

        QSqlQuery settings(db);
        settings.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                         u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        for (const auto &[key, value] : {std::pair{u"workspace.title"_s, u"PETech (demo)"_s},
                                         std::pair{u"demo.seed"_s, QString::number(options.seed)},
                                         std::pair{u"demo.end"_s, QString::number(end)}}) {
            settings.addBindValue(key);
            settings.addBindValue(value);
            if (!settings.exec())
                return store::sqlError(u"settings"_s, settings.lastError());
        }
        return {};
    });
    if (!written)
        return written.error();
    return summary;
}

} // namespace flowdeck::demo
