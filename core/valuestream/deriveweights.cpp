// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/derivereads.h"

#include "metrics/rowreader.h"
#include "store/query.h"
#include "valuestream/derivegraph.h"

#include <algorithm>

namespace flowdeck::valuestream::detail {

using namespace Qt::StringLiterals;

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

Result<Shipments> readShipments(const QSqlDatabase &db, const ReadScope &scope)
{
    Shipments shipments;
    const QString what = Derivation::tr("Reading the changes the deployments of the value stream shipped");
    // Two plain reads joined here: the deployments that shipped the merge commit of a pull request (with the
    // commit's repository), led by the pull requests, which find their merge commit and its deployments through
    // indexes (CROSS JOIN fixes the order on SQLite); then the deployments' runs, environments and services in one
    // pass over the table. SQL grouping them, or looking up each deployment by its id, costs several times as much.
    QVariantList values;
    QString sql = u"SELECT dc.deployment_id, c.repository_id FROM pull_requests p CROSS JOIN commits c "
                  u"CROSS JOIN deployment_commits dc WHERE p.merge_commit_oid IS NOT NULL AND "
                  u"c.repository_id = p.repository_id AND c.oid = p.merge_commit_oid AND dc.commit_id = c.id"_s;
    if (scope.repositoryId) {
        sql += u" AND p.repository_id = ?"_s;
        values.append(*scope.repositoryId);
    }
    // (deployment, repository of the merge commit): one per pull request shipped, as a commit is a deployment's once.
    std::vector<std::pair<Id, Id>> shipped;
    {
        metrics::detail::RowReader reader(db, what);
        if (auto run = reader.run(sql.toUtf8().constData(), values); !run)
            return run.error();
        while (reader.next())
            shipped.emplace_back(reader.integer(0), reader.integer(1));
        if (auto read = reader.status(); !read)
            return read.error();
    }
    if (shipped.empty())
        return shipments;
    std::sort(shipped.begin(), shipped.end());

    auto query = store::runQuery(db, what, u"SELECT id, repository_id FROM services"_s);
    if (!query)
        return query.error();
    QHash<Id, OptionalId> repositoryOf;
    while (query->next())
        repositoryOf.insert(query->value(0).toLongLong(), optionalTime(*query, 1));
    if (auto read = finished(*query, what); !read)
        return read.error();

    values.clear();
    sql = u"SELECT id, run_id, environment_id, service_id FROM deployments"_s;
    if (scope.serviceId) {
        sql += u" WHERE service_id = ?"_s;
        values.append(*scope.serviceId);
    }
    sql += u" ORDER BY id"_s;
    metrics::detail::RowReader reader(db, what);
    if (auto run = reader.run(sql.toUtf8().constData(), values); !run)
        return run.error();
    // Both in deployment order: walked side by side. The merge commits count where they are of the deployment's
    // service's repository, or of any when the service has none.
    auto next = shipped.cbegin();
    while (next != shipped.cend() && reader.next()) {
        const Id deployment = reader.integer(0);
        while (next != shipped.cend() && next->first < deployment)
            ++next;
        const OptionalId repository = repositoryOf.value(reader.integer(3));
        int pullRequests = 0;
        for (; next != shipped.cend() && next->first == deployment; ++next)
            pullRequests += !repository || *repository == next->second ? 1 : 0;
        if (pullRequests == 0)
            continue;
        shipments.byDeployment.insert(deployment, pullRequests);
        if (!reader.isNull(1))
            shipments.byRun.push_back(ShippedChanges{deployment, reader.integer(1), reader.integer(2), pullRequests});
    }
    if (auto read = reader.status(); !read)
        return read.error();
    std::sort(shipments.byRun.begin(), shipments.byRun.end(),
              [](const ShippedChanges &a, const ShippedChanges &b) { return a.run < b.run; });
    return shipments;
}

} // namespace flowdeck::valuestream::detail
