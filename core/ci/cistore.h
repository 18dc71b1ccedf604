// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/records.h"
#include "domain/types.h"
#include "result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace flowdeck::store {
class Workspace;
}

/// Storing what the CI parsers read: every record upserted by (source, external id), so that storing the same
/// page twice changes nothing, with names resolved to workspace rows on the way: runs to the pipeline of their
/// name, jobs to a stage (the user's mapping first, then by name), deployments to services and environments (made
/// when missing, environments with a tier guessed from their name that the user can correct).
namespace flowdeck::ci {

struct StoreContext
{
    /// ci::Source::GitHub, GitLab, Jenkins or Csv: the `source` column of every row written.
    QString source;
    /// The service of the source: runs, and deployments and incidents that name none, belong to it.
    OptionalId serviceId;
    /// Without a service id: the name of the service to find or create (a project's last path segment).
    QString serviceName;
};

/// How many records of each kind one or more batches stored (new or updated), and what was not taken as given.
struct StoreCounts
{
    qint64 runs = 0;
    qint64 jobs = 0;
    qint64 steps = 0;
    qint64 deployments = 0;
    qint64 deploymentStatuses = 0;
    qint64 pullRequests = 0;
    qint64 incidents = 0;
    qint64 releases = 0;
    qint64 environments = 0;
    QStringList warnings;
    /// Services whose deployments changed: their deployment ranges need recomputing.
    QSet<Id> changedServices;

    void add(const StoreCounts &other);
};

/// Stores one batch inside the caller's transaction (Workspace::write). A failure leaves the transaction to be
/// rolled back by the caller: nothing of the batch is kept.
Result<StoreCounts> storeBatch(QSqlDatabase &db, const Batch &batch, const StoreContext &context);

/// Stores one batch in its own transaction.
Result<StoreCounts> storeBatch(const store::Workspace &workspace, const Batch &batch, const StoreContext &context);

/// Stores batch after batch with its statements prepared once, for an import of many pages or files: preparing the
/// statements of a batch costs more than storing the few jobs of a page. Each batch is stored as storeBatch() stores
/// it, its names resolved to rows afresh: nothing is kept from one batch to the next but the statements. The writer
/// belongs to the connection it was made with: use it on that connection's thread (Workspace::connection()).
class BatchWriter
{
public:
    BatchWriter(const QSqlDatabase &db, StoreContext context);
    ~BatchWriter();
    BatchWriter(const BatchWriter &) = delete;
    BatchWriter &operator=(const BatchWriter &) = delete;

    /// Stores one batch inside the caller's transaction on the writer's connection, as storeBatch(db, ...) does.
    Result<StoreCounts> store(const Batch &batch);
    /// Stores one batch in its own transaction on `workspace`, whose connection of this thread the writer was made
    /// with, as storeBatch(workspace, ...) does.
    Result<StoreCounts> store(const store::Workspace &workspace, const Batch &batch);

private:
    class Statements;
    QString m_connection;
    std::unique_ptr<Statements> m_statements;
};

/// Recomputes which commits the deployments of these services shipped (deployment_commits), for those whose
/// repository is known. In its own transaction.
Result<void> recomputeDeploymentRanges(const store::Workspace &workspace, const QSet<Id> &services);

/// The tier an environment most likely has, from its name: "prod", "production", "live" -> production; "staging",
/// "stage", "preprod", "uat" -> staging; "test", "qa", "ci" -> testing; "dev", "development", "local" ->
/// development; anything else other.
QString guessTier(const QString &environmentName);

} // namespace flowdeck::ci
