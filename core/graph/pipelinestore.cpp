// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/pipelinestore.h"

#include "domain/delivery.h"
#include "graph/validation.h"
#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

namespace flowdeck::graph {

using namespace Qt::StringLiterals;
using store::runQuery;

namespace {

struct PipelineStore
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::graph::PipelineStore)
};

QString quoted(const QString &name)
{
    return PipelineStore::tr("“%1”").arg(name);
}

/// The ids of environments by name, adding those the workspace does not have yet.
class EnvironmentIds
{
public:
    explicit EnvironmentIds(QSqlDatabase &db)
        : m_db(db)
        , m_writer(db)
    {}

    Result<Id> idOf(const QString &name, QStringList &added)
    {
        if (const auto known = m_ids.constFind(name); known != m_ids.constEnd())
            return *known;
        auto found = runQuery(m_db, tableName(), u"SELECT id FROM environments WHERE name = ?"_s, {name});
        if (!found)
            return found.error();
        if (found->next())
            return *m_ids.insert(name, found->value(0).toLongLong());
        auto last = runQuery(m_db, tableName(), u"SELECT COALESCE(MAX(position), -1) FROM environments"_s);
        if (!last)
            return last.error();
        const int position = last->next() ? last->value(0).toInt() + 1 : 0;
        auto inserted = m_writer.insert(Environment{0, name, QString::fromLatin1(Tier::Other), position});
        if (!inserted)
            return inserted.error();
        added.append(name);
        return *m_ids.insert(name, *inserted);
    }

private:
    static QString tableName() { return u"environments"_s; }

    QSqlDatabase &m_db;
    store::TableWriter<Environment> m_writer;
    QHash<QString, Id> m_ids;
};

Result<void> exec(QSqlDatabase &db, const QString &what, const QString &sql, const QVariantList &values)
{
    auto done = runQuery(db, what, sql, values);
    if (!done)
        return done.error();
    return {};
}

/// Gives stored stages their new names, in two steps (through names no stage can have) so that renames may swap
/// names. A rename whose old name is not stored, or whose new name the pipeline does not have, is left out.
Result<void> renameStages(QSqlDatabase &db, Id pipelineId, const PipelineSpec &pipeline,
                          const QHash<QString, QString> &renamed)
{
    QSet<QString> names;
    for (const StageSpec &stage : pipeline.stages)
        names.insert(stage.name);
    QList<std::pair<QString, QString>> renames;
    for (auto it = renamed.cbegin(); it != renamed.cend(); ++it) {
        if (it.key() != it.value() && names.contains(it.value()))
            renames.append({it.key(), it.value()});
    }
    const QString sql = u"UPDATE stages SET name = ? WHERE pipeline_id = ? AND name = ?"_s;
    for (qsizetype i = 0; i < renames.size(); ++i) {
        // A stage name never starts with a control character: the pipeline's names were validated.
        if (auto done = exec(db, u"stages"_s, sql, {u"\x01%1"_s.arg(i), pipelineId, renames[i].first}); !done)
            return done;
    }
    for (qsizetype i = 0; i < renames.size(); ++i) {
        if (auto done = exec(db, u"stages"_s, sql, {renames[i].second, pipelineId, u"\x01%1"_s.arg(i)}); !done)
            return done;
    }
    return {};
}

/// Writes the stages and edges of `pipeline` for the stored pipeline `pipelineId`, keeping the ids of stages
/// whose names were stored before (or that `renamed` renames).
Result<void> writeStages(QSqlDatabase &db, Id pipelineId, const PipelineSpec &pipeline,
                         const QHash<QString, QString> &renamed, QStringList &added)
{
    if (auto done = renameStages(db, pipelineId, pipeline, renamed); !done)
        return done;
    auto stored = runQuery(db, u"stages"_s, u"SELECT id, name FROM stages WHERE pipeline_id = ?"_s, {pipelineId});
    if (!stored)
        return stored.error();
    QSet<QString> names;
    for (const StageSpec &stage : pipeline.stages)
        names.insert(stage.name);
    QList<Id> gone;
    while (stored->next()) {
        if (!names.contains(stored->value(1).toString()))
            gone.append(stored->value(0).toLongLong());
    }
    if (auto done = exec(db, u"stage_edges"_s, u"DELETE FROM stage_edges WHERE pipeline_id = ?"_s, {pipelineId}); !done)
        return done;
    for (Id id : std::as_const(gone)) {
        if (auto done = exec(db, u"stages"_s, u"DELETE FROM stages WHERE id = ?"_s, {id}); !done)
            return done;
    }

    EnvironmentIds environments(db);
    store::TableWriter<Stage> stageWriter(db);
    QHash<QString, Id> stageIds;
    for (int i = 0; i < pipeline.stages.size(); ++i) {
        const StageSpec &spec = pipeline.stages[i];
        Stage stage{0,
                    pipelineId,
                    spec.name,
                    spec.kind.isEmpty() ? QString::fromLatin1(StageKind::Other) : spec.kind,
                    std::nullopt,
                    i};
        if (!spec.environment.isEmpty()) {
            auto environment = environments.idOf(spec.environment, added);
            if (!environment)
                return environment.error();
            stage.environmentId = *environment;
        }
        auto id = stageWriter.upsert(stage);
        if (!id)
            return id.error();
        stageIds.insert(spec.name, *id);
    }

    store::TableWriter<StageEdge> edgeWriter(db);
    for (const StageSpec &spec : pipeline.stages) {
        QSet<QString> written;
        for (const QString &need : spec.needs) {
            if (written.contains(need))
                continue;
            written.insert(need);
            if (auto edge =
                    edgeWriter.insert(StageEdge{0, pipelineId, stageIds.value(need), stageIds.value(spec.name)});
                !edge)
                return edge.error();
        }
    }
    return {};
}

} // namespace

PipelineSaveOptions PipelineSaveOptions::editOf(const Pipeline &stored)
{
    PipelineSaveOptions options;
    options.source = stored.source;
    options.externalId = stored.externalId;
    options.format = stored.format;
    options.definition = stored.definition;
    options.serviceId = stored.serviceId;
    options.expectedRevision = stored.revision;
    return options;
}

Result<SavedPipeline> savePipeline(const store::Workspace &workspace, const PipelineSpec &pipeline,
                                   const PipelineSaveOptions &options)
{
    if (pipeline.name.isEmpty())
        return Error{PipelineStore::tr("A pipeline without a name cannot be saved.")};
    if (const QList<Problem> problems = validate(pipeline); !problems.isEmpty())
        return Error{PipelineStore::tr("Pipeline %1 cannot be saved:\n%2")
                         .arg(quoted(pipeline.name), describeProblems(problems))};

    const QString externalId = options.externalId.isEmpty() ? pipeline.name : options.externalId;
    SavedPipeline saved;
    auto written = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        // On PostgreSQL another session's save can be under way at the same moment: FOR UPDATE waits for it and
        // then reads the revision it left, so that the check below refuses a stale edit instead of overwriting.
        // SQLite has one writer at a time and no FOR UPDATE.
        const QString lock = db.driverName() == u"QPSQL"_s ? u" FOR UPDATE"_s : QString();
        auto existing = runQuery(db, u"pipelines"_s,
                                 u"SELECT revision FROM pipelines WHERE source = ? AND external_id = ?"_s + lock,
                                 {options.source, externalId});
        if (!existing)
            return existing.error();
        const std::optional<int> storedRevision =
            existing->next() ? std::optional<int>(existing->value(0).toInt()) : std::nullopt;
        if (options.expectedRevision && !storedRevision)
            return Error{PipelineStore::tr("Pipeline %1 is no longer in the workspace; the edit was not saved.")
                             .arg(quoted(pipeline.name))};
        if (options.expectedRevision && *storedRevision != *options.expectedRevision)
            return Error{PipelineStore::tr("Pipeline %1 was changed elsewhere (it is at revision %2, this edit "
                                           "started from revision %3); the edit was not saved.")
                             .arg(quoted(pipeline.name))
                             .arg(*storedRevision)
                             .arg(*options.expectedRevision)};

        Pipeline row;
        row.name = pipeline.name;
        row.serviceId = options.serviceId;
        row.source = options.source;
        row.externalId = externalId;
        row.format = options.format;
        row.definition = options.definition;
        row.revision = storedRevision ? *storedRevision + 1 : 1;
        row.updatedAt = QDateTime::currentMSecsSinceEpoch();
        store::TableWriter<Pipeline> writer(db);
        auto id = writer.upsert(row);
        if (!id)
            return id.error();
        saved.pipelineId = *id;
        saved.revision = row.revision;
        return writeStages(db, *id, pipeline, options.renamedStages, saved.addedEnvironments);
    });
    if (!written)
        return written.error();
    return saved;
}

Result<StoredPipeline> loadPipeline(const QSqlDatabase &db, Id pipelineId)
{
    auto rows = store::loadRows<Pipeline>(db, u"id = ?"_s, {pipelineId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{PipelineStore::tr("The workspace has no pipeline with the id %1.").arg(pipelineId)};
    StoredPipeline stored;
    stored.row = rows->constFirst();
    stored.spec.name = stored.row.name;

    auto stages = runQuery(db, u"stages"_s,
                           u"SELECT s.id, s.name, s.kind, e.name FROM stages s "
                           u"LEFT JOIN environments e ON e.id = s.environment_id "
                           u"WHERE s.pipeline_id = ? ORDER BY s.position, s.id"_s,
                           {pipelineId});
    if (!stages)
        return stages.error();
    QHash<Id, qsizetype> indexOf;
    QHash<Id, QString> nameOf;
    while (stages->next()) {
        StageSpec stage;
        const Id id = stages->value(0).toLongLong();
        stage.name = stages->value(1).toString();
        stage.kind = stages->value(2).toString();
        stage.environment = stages->value(3).toString();
        indexOf.insert(id, stored.spec.stages.size());
        nameOf.insert(id, stage.name);
        stored.spec.stages.append(stage);
    }

    auto edges = runQuery(db, u"stage_edges"_s,
                          u"SELECT from_stage_id, to_stage_id FROM stage_edges WHERE pipeline_id = ? ORDER BY id"_s,
                          {pipelineId});
    if (!edges)
        return edges.error();
    while (edges->next()) {
        const Id from = edges->value(0).toLongLong();
        const Id to = edges->value(1).toLongLong();
        if (indexOf.contains(to) && nameOf.contains(from))
            stored.spec.stages[indexOf.value(to)].needs.append(nameOf.value(from));
    }
    return stored;
}

Result<QList<PipelineListing>> listPipelines(const QSqlDatabase &db)
{
    QStringList columns{u"p.id"_s};
    for (const QString &column : store::columnNames<Pipeline>())
        columns.append(u"p."_s + column);
    auto query = runQuery(db, u"pipelines"_s,
                          u"SELECT "_s + columns.join(u", "_s) +
                              u", COALESCE(sv.name, ''), "
                              u"(SELECT COUNT(*) FROM stages s WHERE s.pipeline_id = p.id), "
                              u"(SELECT COUNT(*) FROM stage_edges se WHERE se.pipeline_id = p.id) "
                              u"FROM pipelines p LEFT JOIN services sv ON sv.id = p.service_id "
                              u"ORDER BY p.name, p.id"_s);
    if (!query)
        return query.error();
    QList<PipelineListing> listings;
    const auto extra = int(columns.size());
    while (query->next()) {
        PipelineListing listing;
        listing.row = store::readRow<Pipeline>(*query);
        listing.service = query->value(extra).toString();
        listing.stageCount = query->value(extra + 1).toInt();
        listing.edgeCount = query->value(extra + 2).toInt();
        listings.append(listing);
    }
    return listings;
}

Result<Id> findPipeline(const QSqlDatabase &db, const QString &name)
{
    auto query = runQuery(db, u"pipelines"_s,
                          u"SELECT id, source, external_id FROM pipelines WHERE name = ? ORDER BY id"_s, {name});
    if (!query)
        return query.error();
    QList<Id> ids;
    QStringList origins;
    while (query->next()) {
        ids.append(query->value(0).toLongLong());
        origins.append(
            PipelineStore::tr("%1 from %2 (%3)")
                .arg(QString::number(ids.constLast()), query->value(1).toString(), query->value(2).toString()));
    }
    if (ids.isEmpty())
        return Error{PipelineStore::tr("The workspace has no pipeline named %1.").arg(quoted(name))};
    if (ids.size() > 1)
        return Error{PipelineStore::tr("Several pipelines are named %1: %2.").arg(quoted(name), origins.join(u"; "_s))};
    return ids.constFirst();
}

} // namespace flowdeck::graph
