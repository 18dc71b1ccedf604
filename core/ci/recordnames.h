// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/mapping/jobmapping.h"
#include "ci/records.h"
#include "domain/types.h"
#include "result.h"
#include "store/rows.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

namespace flowdeck::ci {
struct StoreContext;
}

/// Inside the CI store (ci/cistore.cpp): the statements it runs again and again, and the names of records resolved
/// to workspace rows.
namespace flowdeck::ci::detail {

/// The translation context of the store's messages.
struct CiStore
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::ci::CiStore)
};

class Prepared;

/// The rows a Prepared statement gives, read as a QSqlQuery's: next() to each row, value() of its columns, finish()
/// when done.
class PreparedRows
{
public:
    bool next();
    QVariant value(int column) const;
    void finish();

private:
    friend class Prepared;
    /// Other engines: Qt's query.
    QSqlQuery *m_query = nullptr;
    /// SQLite: the statement, stepped to its first row (if any) by the run.
    sqlite3_stmt *m_statement = nullptr;
    bool m_rowPending = false;
    bool m_onRow = false;
};

/// A statement prepared on first use and run again with new values, for the lookups a batch makes per record. On
/// SQLite through SQLite's own API: a batch of a few jobs makes several look-ups, which Qt's bookkeeping (values as
/// QVariants, a result object for each run) would make cost more than the jobs' rows.
class Prepared
{
public:
    Prepared(const QSqlDatabase &db, QString what, QString sql)
        : m_query(db)
        , m_what(std::move(what))
        , m_sql(std::move(sql))
        , m_sqlite(store::sqlite::handle(db))
    {
        m_query.setForwardOnly(true);
    }
    ~Prepared();
    Prepared(const Prepared &) = delete;
    Prepared &operator=(const Prepared &) = delete;

    /// Runs the statement with `values`; its rows are read from the rows returned, until the next run.
    Result<PreparedRows *> run(const QVariantList &values = {});

private:
    QSqlQuery m_query;
    QString m_what;
    QString m_sql;
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_prepared = false;
    PreparedRows m_rows;
};

/// A prepared lookup that returns the first column of its first row, or nothing.
class Lookup
{
public:
    Lookup(const QSqlDatabase &db, QString what, QString sql)
        : m_statement(db, std::move(what), std::move(sql))
    {}

    Result<std::optional<qint64>> find(const QVariantList &values)
    {
        auto query = m_statement.run(values);
        if (!query)
            return query.error();
        std::optional<qint64> found;
        if ((*query)->next() && !(*query)->value(0).isNull())
            found = (*query)->value(0).toLongLong();
        (*query)->finish();
        return found;
    }

private:
    Prepared m_statement;
};

struct RunRef
{
    Id id = 0;
    OptionalId pipelineId;
};

/// What the records of one batch name, resolved to workspace rows: services and environments (made when missing,
/// environments with a tier), pipelines, runs and deployments already stored, the stage of a job, the repository
/// of a pull request, a whole commit id. Each answer is kept until forget(), which the store calls before every
/// batch, so that a batch reads the workspace as it is.
class RecordNames
{
public:
    RecordNames(const QSqlDatabase &db, const StoreContext &context);

    void forget();
    /// Environments made since forget().
    qint64 environmentsMade() const { return m_environmentsMade; }

    /// The service of the source being imported (made from its name when missing).
    Result<Id> contextService();
    Result<Id> serviceId(const QString &name);
    Result<Id> environmentId(const QString &name, const std::optional<QString> &tier);
    Result<OptionalId> pipelineId(const QString &name, Id service);
    Result<std::optional<RunRef>> runRef(const QString &externalId);
    void rememberRun(const QString &externalId, RunRef run);
    Result<OptionalId> deploymentId(const QString &externalId);
    void rememberDeployment(const QString &externalId, Id deployment);
    /// The stage a job belongs to, by the rule of ci/mapping/jobmapping.h.
    Result<OptionalId> stageId(Id pipeline, const JobRecord &job);
    /// The repository pull requests belong to: the service's, else the one of that name, else a new one whose
    /// clone URL is read from the request's web address.
    Result<Id> repositoryId(const QString &name, const std::optional<QString> &webUrl);
    /// An abbreviated commit id (from a spreadsheet) made whole when exactly one imported commit starts with it;
    /// otherwise kept as written.
    Result<QString> fullCommitOid(const QString &prefix);

private:
    Result<const StageLookup *> stageLookup(Id pipeline);
    Result<OptionalId> contextServiceIfAny();

    QSqlDatabase m_db;
    const StoreContext &m_context;
    Lookup m_serviceByName;
    Lookup m_environmentByName;
    Lookup m_pipelineByName;
    Prepared m_runByExternalId;
    Lookup m_deploymentByExternalId;
    Lookup m_repositoryByName;
    Lookup m_serviceRepository;
    Prepared m_stagesOfPipeline;
    Prepared m_mappingsOfPipeline;
    Prepared m_commitsByPrefix;
    Prepared m_nextEnvironmentPosition;
    Lookup m_insertEnvironment;
    QHash<QString, Id> m_serviceCache;
    QHash<QString, Id> m_environmentCache;
    QHash<QString, OptionalId> m_pipelineCache;
    QHash<QString, RunRef> m_runCache;
    QHash<QString, Id> m_deploymentCache;
    QHash<QString, Id> m_repositoryCache;
    QHash<Id, StageLookup> m_stageLookups;
    qint64 m_environmentsMade = 0;
};

/// Inserts the service called `name` and returns its id. When another import (another connection) has inserted it
/// since it was looked up, that row is kept and its id returned, instead of failing on the unique name.
Result<Id> insertService(const QSqlDatabase &db, const QString &name);

} // namespace flowdeck::ci::detail
