// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/recordnames.h"

#include "ci/cistore.h"
#include "domain/delivery.h"
#include "domain/history.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QRegularExpression>
#include <QSqlError>

namespace flowdeck::ci::detail {

using namespace Qt::StringLiterals;

namespace {

/// https://github.com/o/r/pull/7 -> https://github.com/o/r.git; https://gitlab.com/g/p/-/merge_requests/7 ->
/// https://gitlab.com/g/p.git.
std::optional<QString> cloneUrl(const std::optional<QString> &webUrl)
{
    if (!webUrl)
        return std::nullopt;
    static const QRegularExpression request(u"^(https?://.+?)(?:/-)?/(?:pull|merge_requests)/\\d+/?$"_s);
    const QRegularExpressionMatch match = request.match(*webUrl);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1) + u".git"_s;
}

/// Upsert assignments that leave a row as it is stored: for a name another import (another connection) inserted
/// since it was looked up, the insert returns that row's id instead of failing on the unique name.
template<typename T>
QHash<QString, QString> keepStored()
{
    QHash<QString, QString> updates;
    for (const QString &column : store::columnNames<T>())
        updates.insert(column, store::tableName<T>() + u'.' + column);
    return updates;
}

} // namespace

RecordNames::RecordNames(const QSqlDatabase &db, const StoreContext &context)
    : m_db(db)
    , m_context(context)
    , m_serviceByName(db, u"services"_s, u"SELECT id FROM services WHERE name = ?"_s)
    , m_environmentByName(db, u"environments"_s, u"SELECT id FROM environments WHERE name = ?"_s)
    , m_pipelineByName(db, u"pipelines"_s,
                       u"SELECT id FROM pipelines WHERE name = ? "
                       u"ORDER BY CASE WHEN service_id = ? THEN 0 ELSE 1 END, id LIMIT 1"_s)
    , m_runByExternalId(db, u"pipeline_runs"_s,
                        u"SELECT id, pipeline_id FROM pipeline_runs WHERE source = ? AND external_id = ?"_s)
    , m_deploymentByExternalId(db, u"deployments"_s,
                               u"SELECT id FROM deployments WHERE source = ? AND external_id = ?"_s)
    , m_repositoryByName(db, u"repositories"_s, u"SELECT id FROM repositories WHERE name = ?"_s)
    , m_serviceRepository(db, u"services"_s, u"SELECT repository_id FROM services WHERE id = ?"_s)
    , m_stagesOfPipeline(db, u"stages"_s, u"SELECT id, name FROM stages WHERE pipeline_id = ?"_s)
    , m_mappingsOfPipeline(db, u"stage_mappings"_s,
                           u"SELECT job_name, stage_id FROM stage_mappings WHERE pipeline_id = ?"_s)
    , m_commitsByPrefix(db, u"commits"_s, u"SELECT DISTINCT oid FROM commits WHERE oid >= ? AND oid < ? LIMIT 2"_s)
    , m_nextEnvironmentPosition(db, u"environments"_s, u"SELECT COALESCE(MAX(position) + 1, 0) FROM environments"_s)
    // A row only when this statement made the environment: on a server, one another import made meanwhile is
    // kept as it is and is not counted as made here.
    , m_insertEnvironment(db, u"environments"_s,
                          u"INSERT INTO environments (name, tier, position) VALUES (?, ?, ?) "
                          u"ON CONFLICT (name) DO NOTHING RETURNING id"_s)
{}

bool PreparedRows::next()
{
    if (m_query)
        return m_query->next();
    if (!m_statement)
        return false;
    if (m_rowPending) {
        m_rowPending = false;
        m_onRow = true;
        return true;
    }
    m_onRow = m_onRow && sqlite3_step(m_statement) == SQLITE_ROW;
    return m_onRow;
}

QVariant PreparedRows::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    if (!m_statement || !m_onRow)
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(m_statement, column)));
    }
    default:
        return {};
    }
}

void PreparedRows::finish()
{
    if (m_query)
        m_query->finish();
    else if (m_statement)
        sqlite3_reset(m_statement);
    m_rowPending = false;
    m_onRow = false;
}

Prepared::~Prepared()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Result<PreparedRows *> Prepared::run(const QVariantList &values)
{
    if (!m_sqlite) {
        if (!m_prepared) {
            if (!m_query.prepare(m_sql))
                return store::sqlError(m_what, m_query.lastError());
            m_prepared = true;
        }
        m_query.finish();
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, values[i]);
        if (!m_query.exec())
            return store::sqlError(m_what, m_query.lastError());
        m_rows.m_query = &m_query;
        return &m_rows;
    }
    if (!m_statement) {
        const QByteArray sql = m_sql.toUtf8();
        if (sqlite3_prepare_v3(m_sqlite, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                               nullptr) != SQLITE_OK)
            return store::sqlite::error(m_sqlite, m_what);
    }
    m_rows.finish();
    m_rows.m_statement = m_statement;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const int index = i + 1;
        // NULL for what Qt's driver binds as NULL: a null variant, and a null QString (not an empty one).
        if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().isNull())) {
            sqlite3_bind_null(m_statement, index);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::Bool:
            sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        default: {
            const QByteArray text = value.toString().toUtf8();
            sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            break;
        }
        }
    }
    // Run as QSqlQuery::exec() runs it: a statement that changes rows has done so when run() returns.
    const int status = sqlite3_step(m_statement);
    if (status != SQLITE_ROW && status != SQLITE_DONE) {
        const Error error = store::sqlite::error(m_sqlite, m_what);
        sqlite3_reset(m_statement);
        return error;
    }
    m_rows.m_rowPending = status == SQLITE_ROW;
    m_rows.m_onRow = m_rows.m_rowPending;
    return &m_rows;
}

void RecordNames::forget()
{
    m_serviceCache.clear();
    m_environmentCache.clear();
    m_pipelineCache.clear();
    m_runCache.clear();
    m_deploymentCache.clear();
    m_repositoryCache.clear();
    m_stageLookups.clear();
    m_environmentsMade = 0;
}

void RecordNames::rememberRun(const QString &externalId, RunRef run)
{
    m_runCache.insert(externalId, run);
}

void RecordNames::rememberDeployment(const QString &externalId, Id deployment)
{
    m_deploymentCache.insert(externalId, deployment);
}

Result<QString> RecordNames::fullCommitOid(const QString &prefix)
{
    const QString lower = prefix.toLower();
    auto found = m_commitsByPrefix.run({lower, QString(lower + u'g')});
    if (!found)
        return found.error();
    QStringList matches;
    while ((*found)->next())
        matches.append((*found)->value(0).toString());
    (*found)->finish();
    return matches.size() == 1 ? matches.constFirst() : prefix;
}

Result<Id> RecordNames::contextService()
{
    if (m_context.serviceId)
        return *m_context.serviceId;
    if (m_context.serviceName.isEmpty())
        return Error{CiStore::tr("These records name no service, and none was given for the import.")};
    return serviceId(m_context.serviceName);
}

Result<Id> RecordNames::serviceId(const QString &name)
{
    if (const auto cached = m_serviceCache.constFind(name); cached != m_serviceCache.cend())
        return *cached;
    auto found = m_serviceByName.find({name});
    if (!found)
        return found.error();
    Id id = 0;
    if (found->has_value()) {
        id = **found;
    } else {
        auto inserted = insertService(m_db, name);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    }
    m_serviceCache.insert(name, id);
    return id;
}

Result<Id> insertService(const QSqlDatabase &db, const QString &name)
{
    store::RowUpserter<Service> writer(db, keepStored<Service>());
    return writer.upsert(Service{0, name, {}, {}});
}

Result<Id> RecordNames::environmentId(const QString &name, const std::optional<QString> &tier)
{
    if (name.trimmed().isEmpty())
        return Error{CiStore::tr("A deployment names no environment.")};
    if (const auto cached = m_environmentCache.constFind(name); cached != m_environmentCache.cend())
        return *cached;
    auto found = m_environmentByName.find({name});
    if (!found)
        return found.error();
    Id id = 0;
    if (found->has_value()) {
        id = **found;
    } else {
        auto position = m_nextEnvironmentPosition.run();
        if (!position)
            return position.error();
        const int next = (*position)->next() ? (*position)->value(0).toInt() : 0;
        (*position)->finish();
        auto inserted = m_insertEnvironment.find({name, tier.value_or(guessTier(name)), next});
        if (!inserted)
            return inserted.error();
        if (inserted->has_value()) {
            id = **inserted;
            ++m_environmentsMade;
        } else {
            auto made = m_environmentByName.find({name});
            if (!made)
                return made.error();
            if (!made->has_value())
                return Error{CiStore::tr("The environment %1 could be neither stored nor found.").arg(name)};
            id = **made;
        }
    }
    m_environmentCache.insert(name, id);
    return id;
}

Result<OptionalId> RecordNames::pipelineId(const QString &name, Id service)
{
    if (name.isEmpty())
        return OptionalId();
    if (const auto cached = m_pipelineCache.constFind(name); cached != m_pipelineCache.cend())
        return *cached;
    auto found = m_pipelineByName.find({name, service});
    if (!found)
        return found.error();
    const OptionalId id = found->has_value() ? OptionalId(**found) : std::nullopt;
    m_pipelineCache.insert(name, id);
    return id;
}

Result<std::optional<RunRef>> RecordNames::runRef(const QString &externalId)
{
    if (const auto cached = m_runCache.constFind(externalId); cached != m_runCache.cend())
        return std::optional<RunRef>(*cached);
    auto found = m_runByExternalId.run({m_context.source, externalId});
    if (!found)
        return found.error();
    if (!(*found)->next())
        return std::optional<RunRef>();
    const RunRef ref{(*found)->value(0).toLongLong(), store::fromSql<OptionalId>((*found)->value(1))};
    (*found)->finish();
    m_runCache.insert(externalId, ref);
    return std::optional<RunRef>(ref);
}

Result<OptionalId> RecordNames::deploymentId(const QString &externalId)
{
    if (const auto cached = m_deploymentCache.constFind(externalId); cached != m_deploymentCache.cend())
        return OptionalId(*cached);
    auto found = m_deploymentByExternalId.find({m_context.source, externalId});
    if (!found)
        return found.error();
    if (found->has_value())
        m_deploymentCache.insert(externalId, **found);
    return *found;
}

Result<OptionalId> RecordNames::stageId(Id pipeline, const JobRecord &job)
{
    auto lookup = stageLookup(pipeline);
    if (!lookup)
        return lookup.error();
    return resolveStage(**lookup, job.name, job.group).stageId;
}

Result<const StageLookup *> RecordNames::stageLookup(Id pipeline)
{
    if (const auto cached = m_stageLookups.constFind(pipeline); cached != m_stageLookups.cend())
        return &*cached;
    StageLookup index;
    auto stages = m_stagesOfPipeline.run({pipeline});
    if (!stages)
        return stages.error();
    while ((*stages)->next())
        index.byName.insert((*stages)->value(1).toString(), (*stages)->value(0).toLongLong());
    (*stages)->finish();
    auto mappings = m_mappingsOfPipeline.run({pipeline});
    if (!mappings)
        return mappings.error();
    while ((*mappings)->next())
        index.mapped.insert((*mappings)->value(0).toString(), store::fromSql<OptionalId>((*mappings)->value(1)));
    (*mappings)->finish();
    return &*m_stageLookups.insert(pipeline, std::move(index));
}

Result<Id> RecordNames::repositoryId(const QString &name, const std::optional<QString> &webUrl)
{
    if (const auto cached = m_repositoryCache.constFind(name); cached != m_repositoryCache.cend())
        return *cached;
    std::optional<qint64> id;
    if (auto service = contextServiceIfAny(); !service) {
        return service.error();
    } else if (*service) {
        auto found = m_serviceRepository.find({**service});
        if (!found)
            return found.error();
        id = *found;
    }
    if (!id && !name.isEmpty()) {
        auto found = m_repositoryByName.find({name});
        if (!found)
            return found.error();
        id = *found;
    }
    if (!id) {
        if (name.isEmpty())
            return Error{CiStore::tr("A pull request names no repository.")};
        Repository repository;
        repository.name = name;
        repository.url = cloneUrl(webUrl);
        store::RowUpserter<Repository> writer(m_db, keepStored<Repository>());
        auto inserted = writer.upsert(repository);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    }
    m_repositoryCache.insert(name, *id);
    return *id;
}

Result<OptionalId> RecordNames::contextServiceIfAny()
{
    if (!m_context.serviceId && m_context.serviceName.isEmpty())
        return OptionalId();
    auto service = contextService();
    if (!service)
        return service.error();
    return OptionalId(*service);
}

} // namespace flowdeck::ci::detail
