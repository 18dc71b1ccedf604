// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/gather_p.h"
#include "report/reporttext.h"

#include "release/releasestore.h"
#include "store/query.h"

#include <algorithm>

namespace flowdeck::report::detail {

using namespace Qt::StringLiterals;

namespace {

/// "?, ?, ?" for `count` values.
QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(u"?"_s);
    return marks.join(u", "_s);
}

QVariantList idValues(const QList<Id> &ids)
{
    QVariantList values;
    for (const Id id : ids)
        values.append(id);
    return values;
}

/// One kind of record for the coverage table: its table, the column of its time and how it belongs to a service.
struct RecordKind
{
    QString what;
    /// SELECT <source>, COUNT(*), MIN(<time>), MAX(<time>) FROM <from> WHERE <time> in the period [AND scope].
    QString source;
    QString time;
    QString from;
    /// The condition that ties a row to the scope's services, with {ids} for their placeholders.
    QString serviceCondition;
};

QList<RecordKind> recordKinds()
{
    const QString byRepository = u"t.repository_id IN (SELECT repository_id FROM services WHERE id IN ({ids}))"_s;
    return {
        {ReportText::tr("Commits"), u"COALESCE(NULLIF(r.path, ''), NULLIF(r.url, ''), r.name)"_s, u"t.author_time"_s,
         u"commits t JOIN repositories r ON r.id = t.repository_id"_s, byRepository},
        {ReportText::tr("Pull requests"), u"t.source"_s, u"t.created_at"_s, u"pull_requests t"_s, byRepository},
        {ReportText::tr("Pipeline runs"), u"t.source"_s, u"COALESCE(t.finished_at, t.started_at, t.created_at)"_s,
         u"pipeline_runs t"_s, u"t.service_id IN ({ids})"_s},
        {ReportText::tr("Deployments"), u"t.source"_s, u"COALESCE(t.finished_at, t.started_at)"_s, u"deployments t"_s,
         u"t.service_id IN ({ids})"_s},
        {ReportText::tr("Incidents"), u"t.source"_s, u"t.started_at"_s, u"incidents t"_s, u"t.service_id IN ({ids})"_s},
    };
}

bool ranInPeriod(const Release &release, const ReportScope &scope)
{
    return release.startedAt && *release.startedAt < scope.to &&
           (!release.finishedAt || *release.finishedAt >= scope.from);
}

} // namespace

Result<QList<ReleaseOutcome>> gatherReleases(const QSqlDatabase &db, const ReportScope &scope,
                                             const QHash<Id, QString> &serviceNames)
{
    auto summaries = release::listReleases(db);
    if (!summaries)
        return summaries.error();
    QList<ReleaseOutcome> outcomes;
    for (const release::ReleaseSummary &summary : std::as_const(*summaries)) {
        if (!ranInPeriod(summary.release, scope))
            continue;
        auto plan = release::loadPlan(db, summary.release.id);
        if (!plan)
            return plan.error();
        bool inScope = scope.serviceIds.isEmpty();
        ReleaseOutcome outcome;
        for (const ReleaseItem &item : std::as_const(plan->items)) {
            inScope = inScope || scope.serviceIds.contains(item.serviceId);
            outcome.services.append(serviceNames.value(item.serviceId));
        }
        if (!inScope)
            continue;
        outcome.id = summary.release.id;
        outcome.name = summary.release.name;
        outcome.status = summary.release.status;
        outcome.startedAt = summary.release.startedAt;
        outcome.finishedAt = summary.release.finishedAt;
        outcome.tasks = int(plan->tasks.size());
        outcome.failedTasks = int(std::count_if(plan->tasks.cbegin(), plan->tasks.cend(), [](const ReleaseTask &task) {
            return task.state == release::state::failed;
        }));
        outcomes.append(outcome);
    }
    std::stable_sort(outcomes.begin(), outcomes.end(),
                     [](const ReleaseOutcome &a, const ReleaseOutcome &b) { return a.startedAt < b.startedAt; });
    return outcomes;
}

Result<QList<CoverageRow>> gatherCoverage(const QSqlDatabase &db, const ReportScope &scope)
{
    QList<CoverageRow> rows;
    for (const RecordKind &kind : recordKinds()) {
        QString sql = u"SELECT %1, COUNT(*), MIN(%2), MAX(%2) FROM %3 WHERE %2 >= ? AND %2 < ?"_s.arg(
            kind.source, kind.time, kind.from);
        QVariantList values = {scope.from, scope.to};
        if (!scope.serviceIds.isEmpty()) {
            sql +=
                u" AND "_s + QString(kind.serviceCondition).replace(u"{ids}"_s, placeholders(scope.serviceIds.size()));
            values += idValues(scope.serviceIds);
        }
        sql += u" GROUP BY 1 ORDER BY 1"_s;
        auto query = store::runQuery(db, kind.what, sql, values);
        if (!query)
            return query.error();
        bool any = false;
        while (query->next()) {
            rows.append({kind.what, query->value(0).toString(), query->value(1).toInt(),
                         store::optionalTime(query->value(2)), store::optionalTime(query->value(3))});
            any = true;
        }
        // A kind without records says so: no incidents, say, means no failure could be counted.
        if (!any)
            rows.append({kind.what, QString(), 0, std::nullopt, std::nullopt});
    }
    return rows;
}

Result<QList<Exclusion>> gatherExclusions(const QSqlDatabase &db, const ReportData &report)
{
    const metrics::MetricsReport &metrics = report.metrics;
    QList<Exclusion> exclusions;
    const auto add = [&](const QString &what, qsizetype count, const QString &reason) {
        if (count > 0)
            exclusions.append({what, int(count), reason});
    };
    add(ReportText::tr("Changes"), metrics.leadTime.excludedRecords.size(),
        ReportText::tr("Their lead time is zero or negative (a clock skew or a rewritten commit date), so they are "
                       "left out of the lead time."));

    // Deployments that name no commit count as deployments but cannot give a lead time.
    const QList<Id> &deployments = metrics.deploymentFrequency.deploymentIds;
    qsizetype withoutCommit = 0;
    constexpr qsizetype batch = 500;
    for (qsizetype start = 0; start < deployments.size(); start += batch) {
        const QList<Id> ids = deployments.mid(start, batch);
        auto query = store::runQuery(
            db, ReportText::tr("deployments"),
            u"SELECT COUNT(*) FROM deployments d WHERE d.id IN (%1) AND (d.commit_oid IS NULL OR d.commit_oid = '') "
            "AND NOT EXISTS (SELECT 1 FROM deployment_commits c WHERE c.deployment_id = d.id)"_s.arg(
                placeholders(ids.size())),
            idValues(ids));
        if (!query)
            return query.error();
        if (query->next())
            withoutCommit += query->value(0).toLongLong();
    }
    add(ReportText::tr("Production deployments"), withoutCommit,
        ReportText::tr("They name no commit, so they count as deployments but give no lead time for changes."));

    add(ReportText::tr("Incidents"), metrics.changeFailureRate.unattributedIncidentIds.size(),
        ReportText::tr("No deployment could be blamed for them (no link, and no earlier production deployment of "
                       "their service), so they are left out of the change failure rate."));
    add(ReportText::tr("Failed deployments"), metrics.recoveryTime.unresolvedDeploymentIds.size(),
        ReportText::tr("Their incident is still open, so they have no recovery time yet."));
    add(ReportText::tr("Recoveries"), metrics.recoveryTime.excludedRecords.size(),
        ReportText::tr("The incident was resolved before its deployment finished (a recovery time of zero or less), "
                       "so they are left out of the recovery time."));
    return exclusions;
}

} // namespace flowdeck::report::detail
