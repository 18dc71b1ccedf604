// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoreleases.h"

#include "release/calendar.h"
#include "release/releasestore.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTimeZone>

namespace flowdeck::demo {

using namespace Qt::StringLiterals;

namespace {

const QString actor = u"flowdeck demo"_s;

Result<Id> idOf(const QSqlDatabase &db, const QString &table, const QString &name)
{
    auto query = store::runQuery(db, table, u"SELECT id FROM %1 WHERE name = ?"_s.arg(table), {name});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{DemoReleases::tr("The demo has no %1 named %2.").arg(table, name)};
    return query->value(0).toLongLong();
}

// The newest version of a service whose tag's pipeline runs all succeeded: what a release manager would ship.
Result<QString> greenVersion(const QSqlDatabase &db, Id serviceId)
{
    auto query = store::runQuery(
        db, DemoReleases::tr("the tags"),
        u"SELECT t.name FROM tags t JOIN services s ON s.repository_id = t.repository_id "
        "WHERE s.id = ? AND EXISTS (SELECT 1 FROM pipeline_runs r WHERE r.service_id = s.id "
        "AND r.commit_oid = t.target_oid) AND NOT EXISTS (SELECT 1 FROM pipeline_runs r WHERE r.service_id = s.id "
        "AND r.commit_oid = t.target_oid AND r.status <> 'succeeded') "
        "ORDER BY COALESCE(t.tagger_time, 0) DESC, t.id DESC LIMIT 1"_s,
        {serviceId});
    if (!query)
        return query.error();
    if (!query->next())
        return QString();
    QString name = query->value(0).toString();
    if (name.startsWith(u'v'))
        name.remove(0, 1);
    return name;
}

} // namespace

Result<void> DemoReleases::add(const store::Workspace &workspace, const QString &deployScript, Timestamp end)
{
    const QSqlDatabase db = workspace.connection();
    const QStringList serviceNames = {u"storefront-web"_s, u"checkout-service"_s};
    QList<Id> services;
    QStringList versions;
    for (const QString &name : serviceNames) {
        auto id = idOf(db, u"services"_s, name);
        if (!id)
            return id.error();
        auto version = greenVersion(db, *id);
        if (!version)
            return version.error();
        services.append(*id);
        versions.append(version->isEmpty() ? u"1.0.0"_s : *version);
    }
    auto staging = idOf(db, u"environments"_s, u"staging"_s);
    if (!staging)
        return staging.error();
    auto production = idOf(db, u"environments"_s, u"production"_s);
    if (!production)
        return production.error();

    // The backend: the bundled script, with the service, version and environment as its arguments.
    const QJsonObject config{{u"program"_s, deployScript},
                             {u"arguments"_s, QJsonArray{u"{service}"_s, u"{version}"_s, u"{environment}"_s}},
                             {u"timeout_seconds"_s, 300}};
    Id backendId = 0;
    auto stored = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto inserted = store::runQuery(
            db, tr("the backends"), u"INSERT INTO backends (name, kind, config, enabled) VALUES (?, 'process', ?, 1)"_s,
            {u"demo-deploy"_s, QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))});
        if (!inserted)
            return inserted.error();
        backendId = inserted->lastInsertId().toLongLong();
        return {};
    });
    if (!stored)
        return stored;

    release::ReleasePlan plan;
    plan.release.name = tr("Standard release");
    plan.release.description = tr("Checks, staging, approval, production and a manual look, with rollback of "
                                  "production when a deploy fails for good.");
    plan.release.isTemplate = true;
    plan.release.status = release::status::planned;
    plan.release.onFailure = u"rollback"_s;
    plan.release.createdAt = end;
    for (qsizetype i = 0; i < services.size(); ++i)
        plan.items.append(ReleaseItem{0, 0, services[i], versions[i]});

    ReleaseTask check = release::newTask(tr("Pipelines green, no open incident"), release::kind::check);
    release::TaskSettings checkSettings;
    checkSettings.conditions.pipelineGreen = true;
    checkSettings.conditions.noOpenIncident = true;
    check.config = release::taskConfig(release::kind::check, checkSettings);
    plan.tasks.append(check);

    ReleaseTask approval = release::newTask(tr("Release manager approval"), release::kind::approval);
    release::TaskSettings approvalSettings;
    approvalSettings.approvers = {u"dana"_s};
    approval.config = release::taskConfig(release::kind::approval, approvalSettings);
    approval.owner = u"dana"_s;

    ReleaseTask smoke = release::newTask(tr("Look at the shop"), release::kind::manual);
    smoke.owner = u"lee"_s;
    smoke.instructions = tr("Open the shop, put something in the cart and check out with the test card.");

    // A deploy task of the i-th service through the demo backend.
    const auto deploy = [&](const QString &name, qsizetype i, Id environment, int retries) {
        ReleaseTask made = release::newTask(name, release::kind::deploy);
        made.serviceId = services[i];
        made.environmentId = environment;
        made.backendId = backendId;
        made.maxRetries = retries;
        return made;
    };
    for (qsizetype i = 0; i < services.size(); ++i) {
        const ReleaseTask toStaging = deploy(tr("Deploy %1 to staging").arg(serviceNames[i]), i, *staging, 1);
        plan.tasks.append(toStaging);
        plan.edges.append({check.name, toStaging.name});
        plan.edges.append({toStaging.name, approval.name});
    }
    plan.tasks.append(approval);
    for (qsizetype i = 0; i < services.size(); ++i) {
        const ReleaseTask toProduction = deploy(tr("Deploy %1 to production").arg(serviceNames[i]), i, *production, 2);
        plan.tasks.append(toProduction);
        plan.edges.append({approval.name, toProduction.name});
        plan.edges.append({toProduction.name, smoke.name});
    }
    plan.tasks.append(smoke);
    for (qsizetype i = 0; i < services.size(); ++i) {
        ReleaseTask back = deploy(tr("Roll back %1 in production").arg(serviceNames[i]), i, *production, 1);
        back.isRollback = true;
        plan.tasks.append(back);
    }
    auto saved = release::savePlan(workspace, plan, actor);
    if (!saved)
        return saved.error();

    // The next release, planned for the day after tomorrow.
    const QDate day = QDateTime::fromMSecsSinceEpoch(end, Qt::UTC).date();
    const QTimeZone berlin("Europe/Berlin");
    const auto at = [&](int days, int hour) {
        return QDateTime(day.addDays(days), QTime(hour, 0), berlin).toMSecsSinceEpoch();
    };
    QList<ReleaseItem> both;
    for (qsizetype i = 0; i < services.size(); ++i)
        both.append(ReleaseItem{0, 0, services[i], versions[i]});
    auto first = release::releaseFromTemplate(workspace, saved->release.id, tr("Storefront %1").arg(versions[0]),
                                              versions[0], both, at(2, 10), actor);
    if (!first)
        return first.error();

    // A year-end freeze on production.
    const int year = day.month() == 12 && day.day() > 20 ? day.year() + 1 : day.year();
    DeploymentWindow freeze;
    freeze.name = tr("Year-end freeze");
    freeze.kind = u"blackout"_s;
    freeze.environmentId = *production;
    freeze.recurrence = u"once"_s;
    freeze.startsAt = QDateTime(QDate(year, 12, 20), QTime(0, 0), berlin).toMSecsSinceEpoch();
    freeze.endsAt = QDateTime(QDate(year + 1, 1, 5), QTime(0, 0), berlin).toMSecsSinceEpoch();
    freeze.timeZone = u"Europe/Berlin"_s;
    return workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto window = release::saveWindow(db, freeze, actor);
        if (!window)
            return window.error();
        return {};
    });
}

} // namespace flowdeck::demo
