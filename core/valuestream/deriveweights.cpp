// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/derivereads.h"

#include "metrics/rowreader.h"
#include "store/query.h"
#include "valuestream/derivegraph.h"

namespace flowdeck::valuestream::detail {

using namespace Qt::StringLiterals;

namespace {

/// The pull requests each deployment that meets `condition` (on a deployment `d` and its run `r`) shipped, counted
/// by their merge commits among the commits it shipped: the commits of its service's repository, or of any
/// repository when the service has none (a pull request's merge commit is one of its own repository's). Deployments
/// that shipped none are left out; the rest come in run order.
Result<std::vector<ShippedChanges>> readShipped(const QSqlDatabase &db, const QString &condition,
                                                const QVariantList &values)
{
    const QString what = Derivation::tr("Reading the changes the deployments of the value stream shipped");
    const QByteArray sql =
        (u"SELECT d.id, d.run_id, d.environment_id, count(DISTINCT p.id) FROM deployments d "
         u"JOIN services s ON s.id = d.service_id JOIN deployment_commits dc ON dc.deployment_id = d.id "
         u"JOIN commits c ON c.id = dc.commit_id JOIN pull_requests p ON p.merge_commit_oid = c.oid "
         u"LEFT JOIN pipeline_runs r ON r.id = d.run_id "
         u"WHERE p.repository_id = c.repository_id AND (s.repository_id IS NULL OR c.repository_id = s.repository_id) "
         u"AND "_s +
         condition + u" GROUP BY d.id ORDER BY d.run_id, d.id"_s)
            .toUtf8();
    metrics::detail::RowReader reader(db, what);
    if (auto run = reader.run(sql.constData(), values); !run)
        return run.error();
    std::vector<ShippedChanges> shipped;
    while (reader.next()) {
        shipped.push_back(ShippedChanges{reader.integer(0), reader.isNull(1) ? Id(0) : reader.integer(1),
                                         reader.integer(2), int(reader.integer(3))});
    }
    if (auto read = reader.status(); !read)
        return read.error();
    return shipped;
}

} // namespace

Result<StageLinks> readStageLinks(const QSqlDatabase &db, const QList<StageRow> &stages)
{
    StageLinks links;
    links.needs.resize(std::size_t(stages.size()));
    links.weighingEnvironment.resize(std::size_t(stages.size()));
    const QString what = Derivation::tr("Reading the stage graphs of the value stream");
    auto query = store::runQuery(db, what, u"SELECT pipeline_id, from_stage_id, to_stage_id FROM stage_edges"_s);
    if (!query)
        return query.error();
    QHash<Id, int> entry;
    for (qsizetype i = 0; i < stages.size(); ++i)
        entry.insert(stages[i].id, int(i));
    QHash<Id, std::vector<std::pair<int, int>>> edgesOf;
    while (query->next()) {
        const int from = entry.value(query->value(1).toLongLong(), -1);
        const int to = entry.value(query->value(2).toLongLong(), -1);
        if (from < 0 || to < 0 || stages[from].pipelineId != stages[to].pipelineId)
            continue;
        links.needs[std::size_t(to)].push_back(from);
        edgesOf[stages[from].pipelineId].emplace_back(from, to);
    }
    if (auto read = finished(*query, what); !read)
        return read.error();

    // Per pipeline: its stages in the stage graph's order (ties, and a graph with a cycle, by position), walked
    // backwards to carry the environment of the next stage that deploys to one.
    QHash<Id, std::vector<int>> stagesOf;
    for (qsizetype i = 0; i < stages.size(); ++i)
        stagesOf[stages[i].pipelineId].push_back(int(i));
    for (auto it = stagesOf.cbegin(); it != stagesOf.cend(); ++it) {
        const std::vector<int> &own = it.value();
        const int count = int(own.size());
        QHash<int, int> local;
        std::vector<int> rank(std::size_t(own.size()));
        for (int node = 0; node < count; ++node) {
            local.insert(own[std::size_t(node)], node);
            rank[std::size_t(node)] = node;
        }
        NodeEdges edges;
        for (const auto &[from, to] : edgesOf.value(it.key()))
            edges.emplace_back(local.value(from), local.value(to));
        const std::vector<int> order = topologicalOrder(count, edges, rank).value_or(rank);
        OptionalId next;
        for (auto node = order.crbegin(); node != order.crend(); ++node) {
            const int stage = own[std::size_t(*node)];
            if (stages[stage].environmentId)
                next = stages[stage].environmentId;
            links.weighingEnvironment[std::size_t(stage)] = next;
        }
    }
    return links;
}

Result<std::vector<ShippedChanges>> readRunShipments(const QSqlDatabase &db, const ReadScope &scope)
{
    QVariantList values;
    const QString condition = u"d.run_id IS NOT NULL AND "_s + runScope(scope, values, false);
    return readShipped(db, condition, values);
}

Result<QHash<Id, int>> readDeploymentShipments(const QSqlDatabase &db, const ReadScope &scope,
                                               const QList<Id> &environmentIds)
{
    QVariantList values{scope.from, scope.to};
    QString condition = u"d.started_at >= ? AND d.started_at < ? AND d.environment_id IN ("_s +
                        placeholders(environmentIds, values) + u')';
    if (scope.serviceId) {
        condition += u" AND d.service_id = ?"_s;
        values.append(*scope.serviceId);
    }
    auto shipped = readShipped(db, condition, values);
    if (!shipped)
        return shipped.error();
    QHash<Id, int> byDeployment;
    for (const ShippedChanges &entry : std::as_const(*shipped))
        byDeployment.insert(entry.deployment, entry.pullRequests);
    return byDeployment;
}

} // namespace flowdeck::valuestream::detail
