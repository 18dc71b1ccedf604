// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/environmentstore.h"

#include "domain/delivery.h"
#include "graph/validation.h"
#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace flowdeck::graph {

using namespace Qt::StringLiterals;
using store::runQuery;

namespace {

struct EnvironmentStore
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::graph::EnvironmentStore)
};

struct StoredEnvironment
{
    Id id = 0;
    QString name;
    bool referenced = false;
};

Result<QList<StoredEnvironment>> storedEnvironments(QSqlDatabase &db)
{
    auto query = runQuery(db, u"environments"_s,
                          u"SELECT e.id, e.name, "
                          u"EXISTS (SELECT 1 FROM deployments d WHERE d.environment_id = e.id) OR "
                          u"EXISTS (SELECT 1 FROM stages s WHERE s.environment_id = e.id) OR "
                          u"EXISTS (SELECT 1 FROM release_tasks r WHERE r.environment_id = e.id) "
                          u"FROM environments e ORDER BY e.position, e.id"_s);
    if (!query)
        return query.error();
    QList<StoredEnvironment> environments;
    while (query->next())
        environments.append(
            StoredEnvironment{query->value(0).toLongLong(), query->value(1).toString(), query->value(2).toBool()});
    return environments;
}

} // namespace

Result<SavedEnvironments> saveEnvironmentGraph(const store::Workspace &workspace,
                                               const EnvironmentGraphSpec &environments)
{
    if (const QList<Problem> problems = validate(environments); !problems.isEmpty())
        return Error{EnvironmentStore::tr("The environments cannot be saved:\n%1").arg(describeProblems(problems))};

    SavedEnvironments saved;
    auto written = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto stored = storedEnvironments(db);
        if (!stored)
            return stored.error();
        QSet<QString> names;
        for (const EnvironmentSpec &environment : environments.environments)
            names.insert(environment.name);

        if (auto done = runQuery(db, u"environment_edges"_s, u"DELETE FROM environment_edges"_s); !done)
            return done.error();
        int position = int(environments.environments.size());
        for (const StoredEnvironment &environment : std::as_const(*stored)) {
            if (names.contains(environment.name))
                continue;
            if (environment.referenced) {
                saved.kept.append(environment.name);
                auto moved = runQuery(db, u"environments"_s, u"UPDATE environments SET position = ? WHERE id = ?"_s,
                                      {position++, environment.id});
                if (!moved)
                    return moved.error();
            } else {
                saved.removed.append(environment.name);
                auto removed =
                    runQuery(db, u"environments"_s, u"DELETE FROM environments WHERE id = ?"_s, {environment.id});
                if (!removed)
                    return removed.error();
            }
        }

        // An upsert by name updates the row in place, so its id, and what refers to it, stay.
        store::TableWriter<Environment> writer(db);
        QHash<QString, Id> ids;
        for (int i = 0; i < environments.environments.size(); ++i) {
            const EnvironmentSpec &spec = environments.environments[i];
            const QString tier = spec.tier.isEmpty() ? QString::fromLatin1(Tier::Other) : spec.tier;
            auto id = writer.upsert(Environment{0, spec.name, tier, i});
            if (!id)
                return id.error();
            ids.insert(spec.name, *id);
        }
        store::TableWriter<EnvironmentEdge> edgeWriter(db);
        for (const EnvironmentSpec &spec : environments.environments) {
            QSet<QString> written;
            for (const QString &target : spec.promotesTo) {
                if (written.contains(target))
                    continue;
                written.insert(target);
                if (auto edge = edgeWriter.insert(EnvironmentEdge{0, ids.value(spec.name), ids.value(target)}); !edge)
                    return edge.error();
            }
        }
        return {};
    });
    if (!written)
        return written.error();
    return saved;
}

Result<EnvironmentGraphSpec> loadEnvironmentGraph(const QSqlDatabase &db)
{
    auto rows = store::loadRows<Environment>(db, {}, {}, u"position, id"_s);
    if (!rows)
        return rows.error();
    EnvironmentGraphSpec graph;
    QHash<Id, qsizetype> indexOf;
    for (const Environment &row : std::as_const(*rows)) {
        indexOf.insert(row.id, graph.environments.size());
        graph.environments.append(EnvironmentSpec{row.name, row.tier, {}, {}});
    }
    auto edges = runQuery(db, u"environment_edges"_s,
                          u"SELECT from_environment_id, to_environment_id FROM environment_edges ORDER BY id"_s);
    if (!edges)
        return edges.error();
    while (edges->next()) {
        const qsizetype from = indexOf.value(edges->value(0).toLongLong(), -1);
        const qsizetype to = indexOf.value(edges->value(1).toLongLong(), -1);
        if (from >= 0 && to >= 0)
            graph.environments[from].promotesTo.append(graph.environments[to].name);
    }
    return graph;
}

} // namespace flowdeck::graph
