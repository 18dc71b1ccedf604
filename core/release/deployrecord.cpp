// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/deployrecord.h"

#include "delivery/deploymentranges.h"
#include "store/query.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace flowdeck::release {

using namespace Qt::StringLiterals;

Result<void> DeployRecord::started(QSqlDatabase &db, const ReleaseTask &task, const QString &version,
                                   const QString &commit, const QString &token, Timestamp at, const QString &actor)
{
    if (!task.serviceId || !task.environmentId)
        return Error{tr("The deploy task '%1' names no service or environment.").arg(task.name)};
    auto written = store::runQuery(
        db, tr("the deployment of task '%1'").arg(task.name),
        u"INSERT INTO deployments (service_id, environment_id, version, commit_oid, release_task_id, status, "
        "started_at, source, external_id, triggered_by) VALUES (?, ?, ?, ?, ?, 'running', ?, ?, ?, ?) "
        "ON CONFLICT (source, external_id) DO UPDATE SET status = 'running', started_at = excluded.started_at"_s,
        {*task.serviceId, *task.environmentId, version, commit.isEmpty() ? QVariant() : QVariant(commit), task.id, at,
         source, token, actor});
    if (!written)
        return written.error();
    return {};
}

Result<void> DeployRecord::finished(QSqlDatabase &db, const QString &token, const QString &status, Timestamp at,
                                    const QString &url)
{
    const QString what = tr("the deployment %1").arg(token);
    auto written = store::runQuery(db, what,
                                   u"UPDATE deployments SET status = ?, finished_at = ?, url = COALESCE(?, url) "
                                   "WHERE source = ? AND external_id = ?"_s,
                                   {status, at, url.isEmpty() ? QVariant() : QVariant(url), source, token});
    if (!written)
        return written.error();
    if (status != u"succeeded"_s)
        return {};
    // A successful deployment ships commits: link them as an imported one would be.
    auto repository =
        store::runQuery(db, what,
                        u"SELECT s.repository_id FROM deployments d JOIN services s ON s.id = d.service_id "
                        "WHERE d.source = ? AND d.external_id = ? AND s.repository_id IS NOT NULL "
                        "AND d.commit_oid IS NOT NULL"_s,
                        {source, token});
    if (!repository)
        return repository.error();
    if (repository->next()) {
        const Id repositoryId = repository->value(0).toLongLong();
        repository->finish();
        if (auto linked = recomputeDeploymentCommits(db, repositoryId); !linked)
            return linked.error();
    }
    return {};
}

Result<QString> DeployRecord::previousVersion(const QSqlDatabase &db, Id serviceId, Id environmentId, Id releaseId)
{
    auto query =
        store::runQuery(db, tr("the previous deployment"),
                        u"SELECT d.version FROM deployments d LEFT JOIN release_tasks t ON t.id = d.release_task_id "
                        "WHERE d.service_id = ? AND d.environment_id = ? AND d.status = 'succeeded' "
                        "AND (t.release_id IS NULL OR t.release_id <> ?) "
                        "ORDER BY d.finished_at DESC, d.id DESC LIMIT 1"_s,
                        {serviceId, environmentId, releaseId});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString() : QString();
}

Result<QString> DeployRecord::commitForVersion(const QSqlDatabase &db, Id serviceId, const QString &version)
{
    if (version.isEmpty())
        return QString();
    auto tag = store::runQuery(db, tr("the commit of version %1").arg(version),
                               u"SELECT t.target_oid FROM tags t JOIN services s ON s.repository_id = t.repository_id "
                               "WHERE s.id = ? AND t.name IN (?, ?) ORDER BY t.name = ? DESC LIMIT 1"_s,
                               QVariantList{serviceId, version, QString(u"v"_s + version), version});
    if (!tag)
        return tag.error();
    if (tag->next())
        return tag->value(0).toString();
    static const QRegularExpression hex(u"^[0-9a-f]{7,40}$"_s);
    if (!hex.match(version).hasMatch())
        return QString();
    auto commit = store::runQuery(db, tr("the commit of version %1").arg(version),
                                  u"SELECT c.oid FROM commits c JOIN services s ON s.repository_id = c.repository_id "
                                  "WHERE s.id = ? AND c.oid >= ? AND c.oid < ? ORDER BY c.oid LIMIT 2"_s,
                                  QVariantList{serviceId, version, QString(version + u"g"_s)});
    if (!commit)
        return commit.error();
    QStringList found;
    while (commit->next())
        found.append(commit->value(0).toString());
    // An abbreviation that two commits share names neither.
    return found.size() == 1 ? found.constFirst() : QString();
}

} // namespace flowdeck::release
