// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/backendstore.h"

#include "release/audit.h"
#include "release/releaseplan.h"
#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace flowdeck::release {

using namespace Qt::StringLiterals;

Result<QList<Backend>> BackendStore::list(const QSqlDatabase &db)
{
    auto query = store::runQuery(db, tr("the backends"), store::selectStatement<Backend>() + u" ORDER BY name"_s);
    if (!query)
        return query.error();
    QList<Backend> backends;
    while (query->next())
        backends.append(store::readRow<Backend>(*query));
    return backends;
}

Result<QString> BackendStore::check(const Backend &backend, const BackendContext &context)
{
    if (backend.name.trimmed().isEmpty())
        return Error{tr("A backend needs a name.")};
    if (!kinds().contains(backend.kind))
        return Error{tr("The backend '%1' has the unknown kind '%2'; use one of %3.")
                         .arg(backend.name, backend.kind, kinds().join(u", "_s))};
    QJsonParseError parsed;
    const QJsonDocument config = QJsonDocument::fromJson(backend.config.toUtf8(), &parsed);
    if (parsed.error != QJsonParseError::NoError || !config.isObject()) {
        return Error{tr("The configuration of the backend '%1' is not a JSON object: %2 at character %3.")
                         .arg(backend.name, parsed.error != QJsonParseError::NoError ? parsed.errorString()
                                                                                     : tr("another JSON value"))
                         .arg(parsed.offset + 1)};
    }
    Backend enabled = backend;
    enabled.enabled = true;
    auto made = makeBackend(enabled, context);
    if (!made)
        return made.error();
    DeployRequest sample;
    sample.release = tr("Release 1.0");
    sample.service = u"shop"_s;
    sample.version = u"1.0.0"_s;
    sample.environment = u"production"_s;
    sample.token = u"r1-t1-a1"_s;
    sample.attempt = 1;
    return (*made)->describe(sample);
}

Result<Backend> BackendStore::save(const store::Workspace &workspace, Backend backend, const QString &actor)
{
    backend.name = backend.name.trimmed();
    if (auto checked = check(backend); !checked)
        return checked.error();
    auto stored = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto clash = store::runQuery(db, tr("the backends"), u"SELECT id FROM backends WHERE name = ? AND id <> ?"_s,
                                     {backend.name, backend.id});
        if (!clash)
            return clash.error();
        if (clash->next())
            return Error{tr("There is already a backend named '%1'.").arg(backend.name)};
        const bool creating = backend.id == 0;
        if (creating) {
            auto inserted = store::runQuery(db, tr("the backends"),
                                            u"INSERT INTO backends (name, kind, config, enabled) VALUES (?, ?, ?, ?)"_s,
                                            {backend.name, backend.kind, backend.config, backend.enabled ? 1 : 0});
            if (!inserted)
                return inserted.error();
            backend.id = inserted->lastInsertId().toLongLong();
        } else {
            auto updated =
                store::runQuery(db, tr("the backends"),
                                u"UPDATE backends SET name = ?, kind = ?, config = ?, enabled = ? WHERE id = ?"_s,
                                {backend.name, backend.kind, backend.config, backend.enabled ? 1 : 0, backend.id});
            if (!updated)
                return updated.error();
            if (updated->numRowsAffected() == 0)
                return Error{tr("The backend '%1' was removed elsewhere.").arg(backend.name)};
        }
        return appendAudit(db, AuditEntry{0, QDateTime::currentMSecsSinceEpoch(), actor,
                                          creating ? u"backend.create"_s : u"backend.edit"_s, u"backend"_s, backend.id,
                                          u"succeeded"_s,
                                          tr("%1 (%2): %3").arg(backend.name, backend.kind, backend.config)});
    });
    if (!stored)
        return stored.error();
    return backend;
}

Result<void> BackendStore::remove(const store::Workspace &workspace, Id backendId, const QString &actor)
{
    return workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto name = store::runQuery(db, tr("the backends"), u"SELECT name FROM backends WHERE id = ?"_s, {backendId});
        if (!name)
            return name.error();
        if (!name->next())
            return Error{tr("There is no backend %1.").arg(backendId)};
        const QString backendName = name->value(0).toString();
        auto users = store::runQuery(
            db, tr("the release tasks"),
            u"SELECT r.name FROM release_tasks t JOIN releases r ON r.id = t.release_id WHERE t.backend_id = ? "
            "AND r.is_template = 0 AND r.status NOT IN ('succeeded', 'failed', 'rolled_back', 'aborted') "
            "ORDER BY r.name"_s,
            {backendId});
        if (!users)
            return users.error();
        QStringList releases;
        while (users->next()) {
            if (!releases.contains(users->value(0).toString()))
                releases.append(users->value(0).toString());
        }
        if (!releases.isEmpty()) {
            return Error{tr("The backend '%1' deploys tasks of releases that have not ended: %2. Change their plans "
                            "first.")
                             .arg(backendName, releases.join(u", "_s))};
        }
        auto removed = store::runQuery(db, tr("the backends"), u"DELETE FROM backends WHERE id = ?"_s, {backendId});
        if (!removed)
            return removed.error();
        return appendAudit(db, AuditEntry{0, QDateTime::currentMSecsSinceEpoch(), actor, u"backend.delete"_s,
                                          u"backend"_s, backendId, u"succeeded"_s, backendName});
    });
}

QStringList BackendStore::kinds()
{
    return {u"process"_s, u"webhook"_s, u"github"_s, u"gitlab"_s, u"jenkins"_s, u"argocd"_s};
}

QString BackendStore::exampleConfig(const QString &kind)
{
    QJsonObject config;
    if (kind == u"process"_s) {
        config = {{u"program"_s, u"/opt/deploy/deploy.sh"_s},
                  {u"arguments"_s, QJsonArray{u"{service}"_s, u"{version}"_s, u"{environment}"_s}},
                  {u"timeout_seconds"_s, 900}};
    } else if (kind == u"webhook"_s) {
        config = {{u"url"_s, u"https://deploy.example.com/hooks/deploy"_s},
                  {u"status_url"_s, u"https://deploy.example.com/jobs/{id}"_s},
                  {u"secret"_s, true}};
    } else if (kind == u"github"_s) {
        config = {{u"api"_s, u"https://api.github.com"_s},
                  {u"repository"_s, u"owner/repository"_s},
                  {u"workflow"_s, u"deploy.yml"_s},
                  {u"ref"_s, u"main"_s}};
    } else if (kind == u"gitlab"_s) {
        config = {
            {u"api"_s, u"https://gitlab.com/api/v4"_s}, {u"project"_s, u"group/project"_s}, {u"ref"_s, u"main"_s}};
    } else if (kind == u"jenkins"_s) {
        config = {{u"job_url"_s, u"https://ci.example.com/job/deploy"_s}, {u"user"_s, u"deployer"_s}};
    } else if (kind == u"argocd"_s) {
        config = {{u"server"_s, u"https://argocd.example.com"_s},
                  {u"application"_s, u"storefront-production"_s},
                  {u"revision_from"_s, u"version"_s}};
    }
    return QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Indented));
}

} // namespace flowdeck::release
