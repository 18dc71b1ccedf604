// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/checks.h"

#include "release/deployrecord.h"
#include "store/query.h"

#include <QSqlQuery>

namespace flowdeck::release {

using namespace Qt::StringLiterals;

namespace {

class CheckText
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::release::CheckText)
};

struct CarriedService
{
    Id id = 0;
    QString name;
    QString version;
};

// The services a check is about: the task's own, else every service the release carries, with the version the
// release carries of each.
Result<QList<CarriedService>> carriedServices(const QSqlDatabase &db, const ReleasePlan &plan, const ReleaseTask &task)
{
    QList<CarriedService> services;
    auto versionOf = [&](Id serviceId) {
        for (const ReleaseItem &item : plan.items) {
            if (item.serviceId == serviceId)
                return item.version;
        }
        return task.version.value_or(plan.release.version);
    };
    QList<Id> ids;
    if (task.serviceId) {
        ids.append(*task.serviceId);
    } else {
        for (const ReleaseItem &item : plan.items)
            ids.append(item.serviceId);
    }
    for (Id id : std::as_const(ids)) {
        auto name =
            store::runQuery(db, CheckText::tr("the services"), u"SELECT name FROM services WHERE id = ?"_s, {id});
        if (!name)
            return name.error();
        CarriedService service{id, name->next() ? name->value(0).toString() : QString::number(id), versionOf(id)};
        if (task.serviceId && task.version && !task.version->isEmpty())
            service.version = *task.version;
        services.append(service);
    }
    return services;
}

Result<bool> pipelineGreen(const QSqlDatabase &db, const CarriedService &service, QStringList &findings)
{
    auto commit = DeployRecord::commitForVersion(db, service.id, service.version);
    if (!commit)
        return commit.error();
    auto runs = store::runQuery(db, CheckText::tr("the pipeline runs of %1").arg(service.name),
                                u"SELECT status, COUNT(*) FROM pipeline_runs WHERE service_id = ? AND "
                                "(branch = ? OR (? <> '' AND commit_oid = ?)) GROUP BY status ORDER BY status"_s,
                                {service.id, service.version, *commit, *commit});
    if (!runs)
        return runs.error();
    int all = 0;
    int green = 0;
    QStringList others;
    while (runs->next()) {
        const QString status = runs->value(0).toString();
        const int count = runs->value(1).toInt();
        all += count;
        if (status == u"succeeded"_s)
            green += count;
        else
            others.append(CheckText::tr("%1 %2").arg(count).arg(status));
    }
    const QString subject = u"%1 %2"_s.arg(service.name, service.version);
    if (all == 0) {
        findings.append(CheckText::tr("Pipeline runs of %1: none found, so none is known to be green.").arg(subject));
        return false;
    }
    if (green == all) {
        findings.append(CheckText::tr("Pipeline runs of %1: %n, all green.", nullptr, all).arg(subject));
        return true;
    }
    findings.append(CheckText::tr("Pipeline runs of %1: %2 of %3 green; %4.")
                        .arg(subject)
                        .arg(green)
                        .arg(all)
                        .arg(others.join(u", "_s)));
    return false;
}

Result<bool> noOpenIncident(const QSqlDatabase &db, const CarriedService &service, QStringList &findings)
{
    auto open = store::runQuery(db, CheckText::tr("the incidents of %1").arg(service.name),
                                u"SELECT title FROM incidents WHERE service_id = ? AND resolved_at IS NULL "
                                "ORDER BY started_at"_s,
                                {service.id});
    if (!open)
        return open.error();
    QStringList titles;
    while (open->next())
        titles.append(open->value(0).toString());
    if (titles.isEmpty()) {
        findings.append(CheckText::tr("Open incidents of %1: none.").arg(service.name));
        return true;
    }
    findings.append(
        CheckText::tr("Open incidents of %1: %2 (%3).").arg(service.name).arg(titles.size()).arg(titles.join(u"; "_s)));
    return false;
}

} // namespace

Result<CheckResult> evaluateCheck(QSqlDatabase db, const ReleasePlan &plan, const ReleaseTask &task,
                                  const DeploymentCalendar &calendar, Timestamp now)
{
    auto settings = readTaskSettings(task);
    if (!settings)
        return settings.error();
    const CheckConditions &conditions = settings->conditions;
    CheckResult result;
    result.passed = true;
    auto services = carriedServices(db, plan, task);
    if (!services)
        return services.error();
    if ((conditions.pipelineGreen || conditions.noOpenIncident) && services->isEmpty()) {
        result.findings.append(CheckText::tr("The release carries no service to check."));
        result.passed = false;
    }
    for (const CarriedService &service : std::as_const(*services)) {
        if (conditions.pipelineGreen) {
            auto green = pipelineGreen(db, service, result.findings);
            if (!green)
                return green.error();
            result.passed = result.passed && *green;
        }
        if (conditions.noOpenIncident) {
            auto clear = noOpenIncident(db, service, result.findings);
            if (!clear)
                return clear.error();
            result.passed = result.passed && *clear;
        }
    }
    if (conditions.insideWindow) {
        const QString held = calendar.holdReason(task.environmentId, now);
        if (held.isEmpty()) {
            result.findings.append(CheckText::tr("Deployment window: open now."));
        } else {
            result.findings.append(CheckText::tr("Deployment window: %1").arg(held));
            result.passed = false;
        }
    }
    if (!conditions.pipelineGreen && !conditions.noOpenIncident && !conditions.insideWindow)
        result.findings.append(CheckText::tr("The check has no conditions, so it passes."));
    return result;
}

} // namespace flowdeck::release
