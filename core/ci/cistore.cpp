// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/cistore.h"

#include "ci/jobinserter.h"
#include "ci/recordnames.h"
#include "ci/stepwriter.h"

#include "delivery/deploymentranges.h"
#include "domain/delivery.h"
#include "domain/history.h"
#include "domain/pipeline.h"
#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace flowdeck::ci {

using namespace Qt::StringLiterals;

namespace {

using detail::CiStore;
using detail::JobInserter;
using detail::Prepared;
using detail::RecordNames;
using detail::RunRef;
using detail::StepWriter;

bool isTerminal(const QString &status)
{
    return status == QLatin1String(Status::Succeeded) || status == QLatin1String(Status::Failed) ||
           status == QLatin1String(Status::Canceled) || status == QLatin1String(Status::Skipped);
}

class BatchStore
{
public:
    BatchStore(const QSqlDatabase &db, StoreContext storeContext)
        : m_db(db)
        , m_sqlite(store::sqlite::handle(db))
        , m_context(std::move(storeContext))
        , m_runs(db, runUpdates())
        , m_jobs(db)
        , m_newJobs(m_sqlite)
        , m_deployments(db)
        , m_statuses(db)
        , m_pullRequests(db)
        , m_incidents(db)
        , m_releases(db)
        , m_steps(db)
        , m_names(db, m_context)
        , m_statusesOfDeployment(db, u"deployment_statuses"_s,
                                 u"SELECT status, at FROM deployment_statuses WHERE deployment_id = ? "
                                 u"ORDER BY at IS NULL, at, id"_s)
        , m_updateDeployment(db, u"deployments"_s, u"UPDATE deployments SET status = ?, finished_at = ? WHERE id = ?"_s)
        , m_serviceOfDeployment(db, u"deployments"_s, u"SELECT service_id FROM deployments WHERE id = ?"_s)
    {}

    BatchStore(const BatchStore &) = delete;
    BatchStore &operator=(const BatchStore &) = delete;

    /// Stores one batch; what the previous batch found out (names resolved to rows) is forgotten first, so that
    /// each batch reads the workspace as it is.
    Result<StoreCounts> store(const Batch &batch)
    {
        m_counts = StoreCounts();
        m_names.forget();
        m_counts.warnings = batch.warnings;
        const auto steps = {&BatchStore::storeEnvironments, &BatchStore::storeRuns,     &BatchStore::storeJobs,
                            &BatchStore::storeDeployments,  &BatchStore::storeStatuses, &BatchStore::storePullRequests,
                            &BatchStore::storeIncidents,    &BatchStore::storeReleases};
        for (auto step : steps) {
            if (auto done = (this->*step)(batch); !done)
                return done.error();
        }
        m_counts.environments = m_names.environmentsMade();
        return std::move(m_counts);
    }

private:
    /// A run read again from a page that lists it without its times (GitLab's pipeline list) or its commit, branch
    /// and event (a Jenkins stage view page) keeps those it has; its finish only while its status stays the same (a
    /// run started again is not finished).
    static QHash<QString, QString> runUpdates()
    {
        return {{u"commit_oid"_s, u"COALESCE(excluded.commit_oid, pipeline_runs.commit_oid)"_s},
                {u"branch"_s, u"COALESCE(excluded.branch, pipeline_runs.branch)"_s},
                {u"event"_s, u"COALESCE(excluded.event, pipeline_runs.event)"_s},
                {u"created_at"_s, u"COALESCE(excluded.created_at, pipeline_runs.created_at)"_s},
                {u"started_at"_s, u"COALESCE(excluded.started_at, pipeline_runs.started_at)"_s},
                {u"finished_at"_s, u"CASE WHEN excluded.finished_at IS NULL AND excluded.status = pipeline_runs.status "
                                   u"THEN pipeline_runs.finished_at ELSE excluded.finished_at END"_s}};
    }

    Result<void> storeEnvironments(const Batch &batch)
    {
        for (const EnvironmentRecord &record : batch.environments) {
            // An environment that exists keeps its tier: the user may have corrected it.
            if (auto id = m_names.environmentId(record.name, record.tier); !id)
                return id.error();
        }
        return {};
    }

    Result<void> storeRuns(const Batch &batch)
    {
        if (batch.runs.isEmpty())
            return {};
        auto service = m_names.contextService();
        if (!service)
            return service.error();
        for (const RunRecord &record : batch.runs) {
            auto pipeline = m_names.pipelineId(record.pipelineName, *service);
            if (!pipeline)
                return pipeline.error();
            PipelineRun run;
            run.pipelineId = *pipeline;
            run.serviceId = *service;
            run.source = m_context.source;
            run.externalId = record.externalId;
            run.number = record.number;
            run.commitOid = record.commitOid;
            run.branch = record.branch;
            run.event = record.event;
            run.status = record.status;
            run.createdAt = record.createdAt;
            run.startedAt = record.startedAt;
            run.finishedAt = record.finishedAt;
            run.url = record.url;
            if (!record.pipelineName.isEmpty())
                run.name = record.pipelineName;
            run.attempt = record.attempt;
            auto id = m_runs.upsert(run);
            if (!id)
                return id.error();
            m_names.rememberRun(record.externalId, RunRef{*id, run.pipelineId});
            ++m_counts.runs;
        }
        return {};
    }

    /// The job a record describes, with its run and stage resolved to rows; nullopt, with a warning, when its run
    /// is not imported.
    Result<std::optional<Job>> resolvedJob(const JobRecord &record)
    {
        auto run = m_names.runRef(record.runExternalId);
        if (!run)
            return run.error();
        if (!run->has_value()) {
            m_counts.warnings.append(CiStore::tr("Job %1 \"%2\" belongs to run %3, which is not imported: skipped. "
                                                 "Import the run first.")
                                         .arg(record.externalId, record.name, record.runExternalId));
            return std::optional<Job>();
        }
        Job job;
        job.source = m_context.source;
        job.runId = (*run)->id;
        if ((*run)->pipelineId) {
            auto stage = m_names.stageId(*(*run)->pipelineId, record);
            if (!stage)
                return stage.error();
            job.stageId = *stage;
        }
        job.name = record.name;
        job.externalId = record.externalId;
        job.status = record.status;
        job.attempt = record.attempt;
        job.queuedAt = record.queuedAt;
        job.startedAt = record.startedAt;
        job.finishedAt = record.finishedAt;
        job.runner = record.runner;
        job.url = record.url;
        job.groupName = record.group;
        job.pausedMs = record.pausedMs;
        return std::optional<Job>(std::move(job));
    }

    Result<void> storeJobs(const Batch &batch)
    {
        if (batch.jobs.isEmpty())
            return {};
        if (!m_sqlite)
            return storeJobsOneByOne(batch);
        QList<Job> jobs;
        QList<const JobRecord *> records;
        jobs.reserve(batch.jobs.size());
        records.reserve(batch.jobs.size());
        for (const JobRecord &record : batch.jobs) {
            auto job = resolvedJob(record);
            if (!job)
                return job.error();
            if (!*job)
                continue;
            jobs.append(std::move(**job));
            records.append(&record);
        }
        auto nextId = m_newJobs.nextId();
        if (!nextId)
            return nextId.error();
        // Up to 32 jobs a statement, with the ids SQLite would give them. When a job of them is stored already (or
        // earlier in this batch), which the statement leaves out, each of them is upserted on its own as
        // storeJobsOneByOne does: in order, so that a job given twice ends as the later one, its steps too.
        for (qsizetype first = 0; first < jobs.size(); first += JobInserter::rowsAStatement) {
            const int count = int(std::min<qsizetype>(JobInserter::rowsAStatement, jobs.size() - first));
            for (int i = 0; i < count; ++i)
                jobs[first + i].id = (*nextId)++;
            auto allNew = m_newJobs.insert(jobs.constData() + first, count);
            if (!allNew)
                return allNew.error();
            for (int i = 0; i < count; ++i) {
                const Job &job = jobs.at(first + i);
                const QList<StepRecord> &steps = records.at(first + i)->steps;
                ++m_counts.jobs;
                Id id = job.id;
                if (!*allNew) {
                    auto upserted = m_jobs.upsert(job);
                    if (!upserted)
                        return upserted.error();
                    id = *upserted;
                }
                if (!steps.isEmpty())
                    m_counts.steps += m_steps.add(id, steps);
            }
        }
        return m_steps.flush();
    }

    /// Each job upserted on its own: on engines other than SQLite.
    Result<void> storeJobsOneByOne(const Batch &batch)
    {
        for (const JobRecord &record : batch.jobs) {
            auto job = resolvedJob(record);
            if (!job)
                return job.error();
            if (!*job)
                continue;
            auto id = m_jobs.upsert(**job);
            if (!id)
                return id.error();
            ++m_counts.jobs;
            if (!record.steps.isEmpty())
                m_counts.steps += m_steps.add(*id, record.steps);
        }
        return m_steps.flush();
    }

    Result<void> storeDeployments(const Batch &batch)
    {
        for (const DeploymentRecord &record : batch.deployments) {
            auto service = record.service.isEmpty() ? m_names.contextService() : m_names.serviceId(record.service);
            if (!service)
                return service.error();
            auto environment = m_names.environmentId(record.environment, std::nullopt);
            if (!environment)
                return environment.error();
            Deployment deployment;
            deployment.serviceId = *service;
            deployment.environmentId = *environment;
            deployment.version = record.version;
            deployment.commitOid = record.commitOid;
            if (deployment.commitOid && deployment.commitOid->size() < 40) {
                auto full = m_names.fullCommitOid(*deployment.commitOid);
                if (!full)
                    return full.error();
                deployment.commitOid = *full;
            }
            if (record.runExternalId) {
                auto run = m_names.runRef(*record.runExternalId);
                if (!run)
                    return run.error();
                if (run->has_value())
                    deployment.runId = (*run)->id;
            }
            deployment.status = record.status;
            deployment.startedAt = record.startedAt;
            deployment.finishedAt = record.finishedAt;
            deployment.source = m_context.source;
            deployment.externalId = record.externalId;
            deployment.triggeredBy = record.triggeredBy;
            deployment.url = record.url;
            auto id = m_deployments.upsert(deployment);
            if (!id)
                return id.error();
            m_names.rememberDeployment(record.externalId, *id);
            // Storing the deployment again must not undo what its statuses said.
            if (auto applied = applyStatuses(*id); !applied)
                return applied.error();
            m_counts.changedServices.insert(*service);
            ++m_counts.deployments;
        }
        return {};
    }

    Result<void> storeStatuses(const Batch &batch)
    {
        QSet<Id> touched;
        for (const DeploymentStatusRecord &record : batch.deploymentStatuses) {
            auto deployment = m_names.deploymentId(record.deploymentExternalId);
            if (!deployment)
                return deployment.error();
            if (!deployment->has_value()) {
                m_counts.warnings.append(CiStore::tr("Status %1 of deployment %2, which is not imported: skipped.")
                                             .arg(record.externalId, record.deploymentExternalId));
                continue;
            }
            const DeploymentStatus status{0,         **deployment,     record.status,
                                          record.at, m_context.source, record.externalId};
            if (auto id = m_statuses.upsert(status); !id)
                return id.error();
            touched.insert(**deployment);
            ++m_counts.deploymentStatuses;
        }
        for (Id deployment : std::as_const(touched)) {
            if (auto applied = applyStatuses(deployment); !applied)
                return applied.error();
            auto service = m_serviceOfDeployment.run({deployment});
            if (!service)
                return service.error();
            if ((*service)->next())
                m_counts.changedServices.insert((*service)->value(0).toLongLong());
            (*service)->finish();
        }
        return {};
    }

    /// A deployment's status follows its statuses: the first that ends it (success, failure, error) gives the
    /// outcome and the finish time; until then the latest says whether it is queued or running.
    Result<void> applyStatuses(Id deployment)
    {
        auto statuses = m_statusesOfDeployment.run({deployment});
        if (!statuses)
            return statuses.error();
        std::optional<QString> status;
        OptionalTime finishedAt;
        while ((*statuses)->next()) {
            status = (*statuses)->value(0).toString();
            if (isTerminal(*status)) {
                finishedAt = store::optionalTime((*statuses)->value(1));
                break;
            }
        }
        (*statuses)->finish();
        if (!status)
            return {};
        auto updated = m_updateDeployment.run({*status, store::toSql(finishedAt), deployment});
        if (!updated)
            return updated.error();
        return {};
    }

    Result<void> storePullRequests(const Batch &batch)
    {
        for (const PullRequestRecord &record : batch.pullRequests) {
            auto repository = m_names.repositoryId(record.repository, record.url);
            if (!repository)
                return repository.error();
            PullRequest request;
            request.repositoryId = *repository;
            request.number = record.number;
            request.title = record.title;
            request.author = record.author;
            request.headBranch = record.headBranch;
            request.baseBranch = record.baseBranch;
            request.createdAt = record.createdAt;
            request.mergedAt = record.mergedAt;
            request.closedAt = record.closedAt;
            request.mergeCommitOid = record.mergeCommitOid;
            request.source = m_context.source;
            request.externalId = record.externalId;
            request.url = record.url;
            if (auto id = m_pullRequests.upsert(request); !id)
                return id.error();
            ++m_counts.pullRequests;
        }
        return {};
    }

    Result<void> storeIncidents(const Batch &batch)
    {
        for (const IncidentRecord &record : batch.incidents) {
            auto service = record.service.isEmpty() ? m_names.contextService() : m_names.serviceId(record.service);
            if (!service)
                return service.error();
            Incident incident;
            incident.serviceId = *service;
            if (record.deploymentExternalId) {
                auto deployment = m_names.deploymentId(*record.deploymentExternalId);
                if (!deployment)
                    return deployment.error();
                incident.deploymentId = *deployment;
                if (!deployment->has_value()) {
                    m_counts.warnings.append(
                        CiStore::tr("Incident %1 \"%2\" names deployment %3, which is not imported: "
                                    "it is stored without that link.")
                            .arg(record.externalId, record.title, *record.deploymentExternalId));
                }
            }
            incident.commitOid = record.commitOid;
            incident.title = record.title;
            incident.severity = record.severity;
            incident.startedAt = record.startedAt;
            incident.resolvedAt = record.resolvedAt;
            incident.source = m_context.source;
            incident.externalId = record.externalId;
            incident.url = record.url;
            if (auto id = m_incidents.upsert(incident); !id)
                return id.error();
            ++m_counts.incidents;
        }
        return {};
    }

    Result<void> storeReleases(const Batch &batch)
    {
        for (const ReleaseRecord &record : batch.releases) {
            const PublishedRelease release{0,
                                           record.repository,
                                           record.tagName,
                                           record.name,
                                           record.targetCommitish,
                                           record.draft,
                                           record.prerelease,
                                           record.createdAt,
                                           record.publishedAt,
                                           m_context.source,
                                           record.externalId,
                                           record.url};
            if (auto id = m_releases.upsert(release); !id)
                return id.error();
            ++m_counts.releases;
        }
        return {};
    }

    QSqlDatabase m_db;
    sqlite3 *m_sqlite = nullptr;
    const StoreContext m_context;
    StoreCounts m_counts;
    store::RowUpserter<PipelineRun> m_runs;
    store::RowUpserter<Job> m_jobs;
    JobInserter m_newJobs;
    store::RowUpserter<Deployment> m_deployments;
    store::RowUpserter<DeploymentStatus> m_statuses;
    store::RowUpserter<PullRequest> m_pullRequests;
    store::RowUpserter<Incident> m_incidents;
    store::RowUpserter<PublishedRelease> m_releases;
    StepWriter m_steps;
    RecordNames m_names;
    Prepared m_statusesOfDeployment;
    Prepared m_updateDeployment;
    Prepared m_serviceOfDeployment;
};

} // namespace

void StoreCounts::add(const StoreCounts &other)
{
    runs += other.runs;
    jobs += other.jobs;
    steps += other.steps;
    deployments += other.deployments;
    deploymentStatuses += other.deploymentStatuses;
    pullRequests += other.pullRequests;
    incidents += other.incidents;
    releases += other.releases;
    environments += other.environments;
    warnings += other.warnings;
    changedServices.unite(other.changedServices);
}

class BatchWriter::Statements : public BatchStore
{
public:
    using BatchStore::BatchStore;
};

BatchWriter::BatchWriter(const QSqlDatabase &db, StoreContext context)
    : m_connection(db.connectionName())
    , m_statements(std::make_unique<Statements>(db, std::move(context)))
{}

BatchWriter::~BatchWriter() = default;

Result<StoreCounts> BatchWriter::store(const Batch &batch)
{
    return m_statements->store(batch);
}

Result<StoreCounts> BatchWriter::store(const store::Workspace &workspace, const Batch &batch)
{
    std::optional<StoreCounts> counts;
    auto written = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        // The statements belong to one connection; another thread's would not see this transaction.
        if (db.connectionName() != m_connection)
            return Error{
                CiStore::tr("Records were to be stored through a connection other than the one they were prepared "
                            "for; nothing was stored.")};
        auto stored = store(batch);
        if (!stored)
            return stored.error();
        counts = std::move(*stored);
        return {};
    });
    if (!written)
        return written.error();
    return std::move(*counts);
}

Result<StoreCounts> storeBatch(QSqlDatabase &db, const Batch &batch, const StoreContext &storeContext)
{
    BatchWriter writer(db, storeContext);
    return writer.store(batch);
}

Result<StoreCounts> storeBatch(const store::Workspace &workspace, const Batch &batch, const StoreContext &storeContext)
{
    BatchWriter writer(workspace.connection(), storeContext);
    return writer.store(workspace, batch);
}

Result<void> recomputeDeploymentRanges(const store::Workspace &workspace, const QSet<Id> &services)
{
    if (services.isEmpty())
        return {};
    return workspace.write([&](QSqlDatabase &db) -> Result<void> {
        QSet<Id> repositories;
        for (Id service : services) {
            auto repository =
                store::runQuery(db, u"services"_s, u"SELECT repository_id FROM services WHERE id = ?"_s, {service});
            if (!repository)
                return repository.error();
            if (repository->next() && !repository->value(0).isNull())
                repositories.insert(repository->value(0).toLongLong());
        }
        for (Id repository : std::as_const(repositories)) {
            if (auto links = recomputeDeploymentCommits(db, repository); !links)
                return links.error();
        }
        return {};
    });
}

QString guessTier(const QString &environmentName)
{
    static const QRegularExpression word(u"[a-z]+"_s);
    const QString name = environmentName.toLower();
    static const QHash<QString, const char *> tiers = {
        {u"prod"_s, Tier::Production},
        {u"production"_s, Tier::Production},
        {u"prd"_s, Tier::Production},
        {u"live"_s, Tier::Production},
        {u"staging"_s, Tier::Staging},
        {u"stage"_s, Tier::Staging},
        {u"stg"_s, Tier::Staging},
        {u"preprod"_s, Tier::Staging},
        {u"uat"_s, Tier::Staging},
        {u"preproduction"_s, Tier::Staging},
        {u"test"_s, Tier::Testing},
        {u"testing"_s, Tier::Testing},
        {u"qa"_s, Tier::Testing},
        {u"ci"_s, Tier::Testing},
        {u"integration"_s, Tier::Testing},
        {u"dev"_s, Tier::Development},
        {u"development"_s, Tier::Development},
        {u"local"_s, Tier::Development},
        {u"sandbox"_s, Tier::Development},
        {u"review"_s, Tier::Development},
    };
    // The first word that names a tier decides: "production-eu" is production, "pre-production" staging.
    if (name.contains(u"pre-prod"_s) || name.contains(u"pre_prod"_s))
        return QString::fromLatin1(Tier::Staging);
    for (auto match = word.globalMatch(name); match.hasNext();) {
        if (const auto tier = tiers.constFind(match.next().captured()); tier != tiers.cend())
            return QString::fromLatin1(*tier);
    }
    return QString::fromLatin1(Tier::Other);
}

} // namespace flowdeck::ci
