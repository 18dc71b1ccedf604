// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "metrics/readconnection.h"
#include "metrics/rowreader.h"
#include "metrics/sharedscans.h"
#include "result.h"
#include "taskcontrol.h"
#include "valuestream/derivation.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>
#include <vector>

namespace flowdeck::valuestream {

/// The translation context of the derivation's names and messages.
struct Derivation
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::valuestream::Derivation)
};

} // namespace flowdeck::valuestream

/// What a value stream derivation reads from the workspace, before it becomes steps.
namespace flowdeck::valuestream::detail {

/// How to reach a PostgreSQL workspace again, and the snapshot of a derivation's transaction, exported for a second
/// connection to read in.
struct ServerSnapshot
{
    QString driver;
    QString host;
    int port = -1;
    QString database;
    QString user;
    QString password;
    QString options;
    QString id;
};

/// A connection of the calling thread's own to a PostgreSQL workspace that reads in an exported snapshot, so that it
/// sees exactly what the derivation's transaction sees; closed, and its name freed, when it goes.
class SnapshotConnection
{
public:
    explicit SnapshotConnection(const ServerSnapshot &snapshot);
    ~SnapshotConnection();
    SnapshotConnection(const SnapshotConnection &) = delete;
    SnapshotConnection &operator=(const SnapshotConnection &) = delete;

    /// Whether it opened and took the snapshot.
    bool isReady() const { return m_ready; }
    const QSqlDatabase &database() const { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_ready = false;
};

/// Where all reads of one derivation go, in one snapshot of the workspace (an import may write meanwhile): a
/// read-only connection of its own to the workspace's file, which maps the file into memory and holds one read
/// transaction; else, where the caller's connection is inside a transaction (only it sees what that wrote) or has no
/// file, the caller's connection, inside a transaction of its own where it is not in one already. On PostgreSQL the
/// caller's connection, in a repeatable-read, read-only transaction of its own where it is not in one already, whose
/// snapshot a second connection can share (exportSnapshot()).
class Reads
{
public:
    /// `twoThreads`: whether to open the second connection (see hasSecond()).
    explicit Reads(const QSqlDatabase &db, bool twoThreads = true);
    ~Reads();
    Reads(const Reads &) = delete;
    Reads &operator=(const Reads &) = delete;

    /// A reader on the connection read; `what` names what is read, for the message of a failure.
    metrics::detail::RowReader reader(const QString &what) const;
    /// Whether a second thread can read too: on SQLite through a second read-only connection of its own, which took
    /// its snapshot right after the first (only where the reads go through a connection of their own); on PostgreSQL
    /// through a connection it opens in the snapshot exportSnapshot() gives (only in a transaction this began).
    bool hasSecond() const { return m_second != nullptr || m_shareable; }
    /// A reader on the second SQLite connection (hasSecond() and not onServer() only).
    metrics::detail::RowReader secondReader(const QString &what) const;
    /// The snapshot of the transaction on PostgreSQL, for a SnapshotConnection (hasSecond() and onServer() only; on
    /// the thread of the caller's connection): nothing where the server cannot export one.
    std::optional<ServerSnapshot> exportSnapshot() const;
    /// Whether the reads go to PostgreSQL: there a table without ORDER BY comes in no particular order, where
    /// SQLite's plain reads come in rowid (= id) order.
    bool onServer() const { return m_server; }
    /// `sql` with ` ORDER BY <order>` appended on PostgreSQL, as it is on SQLite: the order SQLite reads the rows in
    /// anyway (by rowid or through the index it uses), which some reads rely on.
    QString inSqliteOrder(QString sql, QStringView order) const;

private:
    QSqlDatabase m_db;
    bool m_server = false;
    /// Whether the transaction on the caller's PostgreSQL connection is one this began.
    bool m_serverBegan = false;
    /// Whether a second connection may share its snapshot (a second thread was asked for).
    bool m_shareable = false;
    std::unique_ptr<metrics::detail::ReadConnection> m_own;
    std::unique_ptr<metrics::detail::ReadConnection> m_second;
    /// The caller's connection, where the transaction is one this began on it.
    sqlite3 *m_began = nullptr;
};

/// deriveMap(), its jobs read by one thread where `twoThreads` is false.
/// With `shared`, the metrics read at the same time (see metrics::detail::SharedScans): the derivation reads the
/// jobs for both and counts the pull requests shipped along the metrics' scan of the deployments' commits.
Result<Map> deriveMap(const QSqlDatabase &db, const DerivationScope &scope, const TaskControl &control, bool twoThreads,
                      metrics::detail::SharedScans *shared = nullptr);

/// The records behind one step, before they are summarised.
struct Samples
{
    QList<qint64> wait;
    QList<qint64> process;
    /// Records that gave a wait, a process time or a %C&A verdict.
    int records = 0;
    /// Items whose first attempt ended succeeded or failed, and those of them that succeeded.
    int judged = 0;
    int passed = 0;
    /// Items waiting in front of the step at the end of the period.
    int wip = 0;
    /// Runs with a job of the stage (stage steps only).
    int runs = 0;

    void add(const Samples &other);
};

/// Whose history and when: the derivation's scope with the service resolved.
struct ReadScope
{
    Timestamp from = 0;
    Timestamp to = 0;
    OptionalId serviceId;
    /// The service's repository; nothing with a service that has none (then it has no pull requests).
    OptionalId repositoryId;
};

struct ServiceRow
{
    QString name;
    OptionalId repositoryId;
};

struct StageRow
{
    Id id = 0;
    Id pipelineId = 0;
    QString name;
    QString kind;
    OptionalId environmentId;
    int position = 0;
};

struct EnvironmentRow
{
    Id id = 0;
    QString name;
};

// The reading helpers the derivation's queries share.
/// Runs `sql` on `reader`, which then steps through its rows.
Result<void> run(metrics::detail::RowReader &reader, const QString &sql, const QVariantList &values = {});
/// "?, ?, ..." for the ids, which are appended to `values`.
QString placeholders(const QList<Id> &ids, QVariantList &values);
/// The condition on a run `r` of the scope's service, its values appended to `values`: of the service or of one of
/// its pipelines; empty for every service.
QString runService(const ReadScope &scope, QVariantList &values);

/// The service with `id`, or nothing when there is none.
Result<std::optional<ServiceRow>> readService(const Reads &reads, Id id);

/// Coding (pull request opened - first commit) and review (merged - opened) of the pull requests merged in the
/// period; the review's WIP counts the pull requests open at its end.
struct PullRequestSamples
{
    Samples coding;
    Samples review;
};
Result<PullRequestSamples> readPullRequests(const Reads &reads, const ReadScope &scope);

/// Every stage of every pipeline, by position then id.
Result<QList<StageRow>> readStages(const Reads &reads);
/// The stage graph of one pipeline: (from stage id, to stage id).
Result<QList<std::pair<Id, Id>>> readStageEdges(const Reads &reads, Id pipelineId);
Result<QString> readPipelineName(const Reads &reads, Id pipelineId);

/// The runs in scope.
struct ScopeRuns
{
    /// Their ids, in order.
    std::vector<Id> ids;
    /// How many runs each pipeline has (runs without a pipeline are not counted).
    QHash<Id, qint64> perPipeline;
    /// How many runs they were picked from: every run of the workspace, or of the scope's service.
    qint64 read = 0;
};
Result<ScopeRuns> readRuns(const Reads &reads, const ReadScope &scope);

/// How the stages hang together, one entry per entry of the stages read.
struct StageLinks
{
    /// The entries of the stages each stage needs: its predecessors in its pipeline's stage graph.
    std::vector<std::vector<int>> needs;
    /// The environment of the first stage at or after each stage, in its pipeline's stage graph order (ties by
    /// position), that deploys to one: the changes that deployment shipped weigh the stage's jobs.
    std::vector<OptionalId> weighingEnvironment;
};
Result<StageLinks> readStageLinks(const Reads &reads, const QList<StageRow> &stages);

/// How many pull requests one deployment shipped, counted by their merge commits.
struct ShippedChanges
{
    Id deployment = 0;
    /// 0 for a deployment without a run.
    Id run = 0;
    Id environment = 0;
    int pullRequests = 0;
};
/// The deployments that shipped the merge commit of a pull request: the commits of the deployment's service's
/// repository, or of any repository when the service has none. Only the scope's service's, where it has one, and only
/// those the derivation weighs: the deployments of the runs in scope (`runs`, in order) and those that started in the
/// period.
struct Shipments
{
    /// Those with a run, in run order.
    std::vector<ShippedChanges> byRun;
    /// The pull requests shipped, by deployment id.
    QHash<Id, int> byDeployment;
};

/// A deployment whose shipped pull requests the derivation needs (see Shipments), before they are counted.
struct Weighed
{
    Id id = 0;
    OptionalId run;
    Id environment = 0;
    /// The repository whose merge commits count; nothing for any.
    OptionalId repository;
    int pullRequests = 0;
};

/// The deployments weighed, in id order, and the stretches of ids that hold nothing else (of those read).
struct WeighedDeployments
{
    std::vector<Weighed> deployments;
    std::vector<std::pair<Id, Id>> stretches;
};
Result<WeighedDeployments> readWeighed(const Reads &reads, const ReadScope &scope, const std::vector<Id> &runs);

/// Something that counts the pull requests the deployments shipped along every row of deployment_commits, read by
/// another part (see metrics::detail::SharedScans); it reads the merge commits of the pull requests first. Nothing
/// where no pull request has a merge commit among the commits.
Result<std::shared_ptr<metrics::detail::DeploymentCommitVisitor>> shipmentCounter(const Reads &reads,
                                                                                  const ReadScope &scope);

/// The shipments of `weighed`: counted by `counted` (one that shipmentCounter() made of the same scope, which visited
/// every row of deployment_commits), else read here.
Result<Shipments> countShipments(const Reads &reads, const ReadScope &scope, WeighedDeployments weighed,
                                 const metrics::detail::DeploymentCommitVisitor *counted);

/// The jobs of one run at one stage, each counted once: how many wait and process samples and records they gave, and
/// the run's verdict at the stage. The pull requests the run's deployments shipped weigh them after (see weighJobs()).
struct RunAtStage
{
    Id run = 0;
    qint32 waits = 0;
    qint32 processes = 0;
    qint32 records = 0;
    /// Whether a first attempt ended succeeded or failed, and whether none of those failed.
    bool judged = false;
    bool passed = false;
};

/// The jobs of the runs in scope summed up per stage, each counted once, with what weighJobs() needs to weigh them.
struct StageJobs
{
    /// One entry per stage.
    std::vector<Samples> samples;
    /// Per stage, the runs that had jobs of it, in run order.
    std::vector<std::vector<RunAtStage>> runs;
};

/// The jobs of the runs in scope (`runs`, in order), summed up per stage: one entry per entry of `stages`. A first
/// attempt waits from the latest finish of the stages it needs in its run (those that finished by its start), else from
/// its queueing; a retry from its queueing. Each job counts once here, weighJobs() weighs them after.
/// With `runSums`, also every job of each run (with a stage or not) summed up per entry of `runs` as
/// metrics::detail::RunJobSums says, for the metrics read at the same time. `mostRuns`: the runs are most of the
/// workspace's, so that reading every job in the table's order may cost less than reading theirs by run.
Result<StageJobs> readStageSamples(const Reads &reads, const ReadScope &scope, const std::vector<Id> &runs,
                                   bool mostRuns, const QList<StageRow> &stages, const StageLinks &links,
                                   const TaskControl &control,
                                   std::vector<std::pair<qint64, qint64>> *runSums = nullptr);

/// The samples of `jobs` with each job counted as many times as its run's deployment to the stage's weighing
/// environment shipped pull requests (once when it shipped none or there is none), in the order they were read: the
/// samples of a job counted w times follow each other w times. `shipments` in run order.
std::vector<Samples> weighJobs(StageJobs jobs, const StageLinks &links, const std::vector<ShippedChanges> &shipments);

/// Every environment, in the order of the promotion path (position, then id).
Result<QList<EnvironmentRow>> readEnvironments(const Reads &reads);

/// The deployments in scope to the environments marked in `promoted` (one flag per entry of `environments`),
/// summed up per environment; the waits count from the arrival of the same version in the environment before. Each
/// deployment counts once for every pull request it shipped (`shipped`, by deployment id), at least once.
Result<std::vector<Samples>> readPromotionSamples(const Reads &reads, const ReadScope &scope,
                                                  const QList<EnvironmentRow> &environments,
                                                  const std::vector<bool> &promoted, const QHash<Id, int> &shipped);

} // namespace flowdeck::valuestream::detail
