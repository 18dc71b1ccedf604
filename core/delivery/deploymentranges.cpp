// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/deploymentranges.h"

#include "store/workspace.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace flowdeck {

using namespace Qt::StringLiterals;

namespace {

/// The repository's commit graph, by index: parents[i] lists the indices of commit i's stored parents.
struct CommitGraph
{
    std::vector<Id> ids;
    std::vector<std::vector<int>> parents;
    QHash<QString, int> indexByOid;
};

Result<CommitGraph> loadGraph(QSqlDatabase &db, Id repositoryId)
{
    CommitGraph graph;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, oid FROM commits WHERE repository_id = ?"_s);
    query.addBindValue(repositoryId);
    if (!query.exec())
        return store::sqlError(u"commits"_s, query.lastError());
    while (query.next()) {
        graph.indexByOid.insert(query.value(1).toString(), int(graph.ids.size()));
        graph.ids.push_back(query.value(0).toLongLong());
    }
    graph.parents.resize(graph.ids.size());
    QHash<Id, int> indexById;
    indexById.reserve(qsizetype(graph.ids.size()));
    for (std::size_t i = 0; i < graph.ids.size(); ++i)
        indexById.insert(graph.ids[i], int(i));
    query.prepare(u"SELECT p.commit_id, p.parent_oid FROM commit_parents p JOIN commits c ON c.id = p.commit_id "
                  u"WHERE c.repository_id = ? ORDER BY p.commit_id, p.position"_s);
    query.addBindValue(repositoryId);
    if (!query.exec())
        return store::sqlError(u"commit_parents"_s, query.lastError());
    while (query.next()) {
        const int parent = graph.indexByOid.value(query.value(1).toString(), -1);
        if (parent >= 0)
            graph.parents[indexById.value(query.value(0).toLongLong())].push_back(parent);
    }
    return graph;
}

/// Ancestry of the last successful deployment in one environment, kept as marks over the graph's commits.
class Shipped
{
public:
    explicit Shipped(std::size_t size)
        : m_marks(size, false)
    {}

    /// The commits reachable from `commit` that are not yet marked; marks them if `keep` and `commit`
    /// descends from the previous kept commit, else re-marks everything from `commit` alone.
    std::vector<int> ship(const CommitGraph &graph, int commit, bool keep)
    {
        std::vector<int> fresh;
        bool descends = m_previous < 0;
        std::vector<char> seen(keep ? 0 : m_marks.size(), false);
        std::vector<int> stack{commit};
        while (!stack.empty()) {
            const int next = stack.back();
            stack.pop_back();
            if (m_marks[next]) {
                descends = descends || next == m_previous;
                continue;
            }
            if (keep) {
                m_marks[next] = true;
            } else {
                if (seen[next])
                    continue;
                seen[next] = true;
            }
            fresh.push_back(next);
            for (int parent : graph.parents[next])
                stack.push_back(parent);
        }
        if (keep) {
            if (!descends) {
                // A rollback or a deployment from another line of history: what is "shipped" now is exactly
                // the ancestry of this commit.
                std::fill(m_marks.begin(), m_marks.end(), false);
                markAncestors(graph, commit);
            }
            m_previous = commit;
        }
        return fresh;
    }

private:
    void markAncestors(const CommitGraph &graph, int commit)
    {
        std::vector<int> stack{commit};
        while (!stack.empty()) {
            const int next = stack.back();
            stack.pop_back();
            if (m_marks[next])
                continue;
            m_marks[next] = true;
            for (int parent : graph.parents[next])
                stack.push_back(parent);
        }
    }

    std::vector<bool> m_marks;
    int m_previous = -1;
};

} // namespace

Result<qint64> recomputeDeploymentCommits(QSqlDatabase &db, Id repositoryId)
{
    QSqlQuery any(db);
    any.prepare(u"SELECT 1 FROM deployments d JOIN services s ON s.id = d.service_id WHERE s.repository_id = ? "
                u"LIMIT 1"_s);
    any.addBindValue(repositoryId);
    if (!any.exec())
        return store::sqlError(u"deployments"_s, any.lastError());
    if (!any.next())
        return 0;
    any.finish();

    auto graph = loadGraph(db, repositoryId);
    if (!graph)
        return graph.error();

    QSqlQuery deployments(db);
    deployments.setForwardOnly(true);
    deployments.prepare(u"SELECT d.id, d.service_id, d.environment_id, d.commit_oid, d.status FROM deployments d "
                        u"JOIN services s ON s.id = d.service_id WHERE s.repository_id = ? "
                        u"ORDER BY d.service_id, d.environment_id, coalesce(d.finished_at, d.started_at), d.id"_s);
    deployments.addBindValue(repositoryId);
    if (!deployments.exec())
        return store::sqlError(u"deployments"_s, deployments.lastError());

    struct Row
    {
        Id id;
        std::pair<Id, Id> group;
        int commit;
        bool succeeded;
    };
    std::vector<Row> rows;
    while (deployments.next()) {
        rows.push_back({deployments.value(0).toLongLong(),
                        {deployments.value(1).toLongLong(), deployments.value(2).toLongLong()},
                        graph->indexByOid.value(deployments.value(3).toString(), -1),
                        deployments.value(4).toString() == u"succeeded"_s});
    }
    deployments.finish();

    QSqlQuery clear(db);
    clear.prepare(u"DELETE FROM deployment_commits WHERE deployment_id IN (SELECT d.id FROM deployments d "
                  u"JOIN services s ON s.id = d.service_id WHERE s.repository_id = ?)"_s);
    clear.addBindValue(repositoryId);
    if (!clear.exec())
        return store::sqlError(u"deployment_commits"_s, clear.lastError());

    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO deployment_commits (deployment_id, commit_id) VALUES (?, ?)"_s);
    qint64 written = 0;
    std::optional<Shipped> shipped;
    std::pair<Id, Id> group{-1, -1};
    for (const Row &row : rows) {
        // Rows come grouped by service and environment; each group starts with nothing shipped.
        if (!shipped || row.group != group) {
            shipped.emplace(graph->ids.size());
            group = row.group;
        }
        if (row.commit < 0)
            continue;
        for (int commit : shipped->ship(*graph, row.commit, row.succeeded)) {
            insert.addBindValue(row.id);
            insert.addBindValue(graph->ids[commit]);
            if (!insert.exec())
                return store::sqlError(u"deployment_commits"_s, insert.lastError());
            ++written;
        }
    }
    return written;
}

} // namespace flowdeck
