// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfixture.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace flowdeck::testing {

using namespace Qt::StringLiterals;

Timestamp in2024(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

// The report's period is March 2024 up to (not including) the 31st: 30 days; the previous period runs from
// 31 January to 1 March, 30 days as well (2024 is a leap year).
//
// Production deployments of "shop" (versions all different, so nothing is a rollback):
//   previous period: P1 Feb 10 12:00 ships c0 (written Feb 8 12:00: 48 h); P2 Feb 20 12:00 ships c00 (Feb 20 0:00:
//   12 h). 2 deployments: 2/30 = 0.0667 per day (medium); lead time median (12 + 48) / 2 = 30 h (high); no failure:
//   change failure rate 0 (elite); no recovery.
//   this period: D1 Mar 5 12:00 ships c1 (Mar 4 12:00: 24 h); D2 Mar 10 12:00 ships c2 (Mar 9 0:00: 36 h) and c3
//   (Mar 10 6:00: 6 h); D3 Mar 20 12:00 ships c4, written after it (Mar 20 14:00: -2 h, excluded); D4 Mar 25 0:00
//   names no commit; D5 Mar 28 12:00 ships c5 (Mar 28 0:00: 12 h).
//   5 deployments: 5/30 = 0.1667 per day (high). Lead times 6, 12, 24, 36 h: median 18 h (elite), 85th percentile
//   24 + 0.55 * 12 = 30.6 h, mean 19.5 h; one change excluded.
//   Incidents: one blamed on D2 (Mar 10 13:00 to 18:00: recovered 6 h after D2 finished); one blamed on D5, still
//   open; one of "search", which never deployed, linked to nothing (unattributed). Failed: D2 and D5: 2/5 = 0.4
//   (low). Recovery: one recovery of 6 h (high); D5 is still open.
// Weeks from Mar 1: deployments 1 (D1), 1 (D2), 1 (D3), 2 (D4, D5), 0 (Mar 29-30).
// Releases: "spring" ran Mar 15 10:00-11:00 for shop and failed, one of its three tasks failed; "winter" ran in
// February; "summer" is only planned.
ReportHistory buildReportHistory(const store::Workspace &workspace, QString *error)
{
    ReportHistory history;
    history.base = buildValueStreamHistory(workspace, error);
    if (error && !error->isEmpty())
        return history;
    const Id shop = history.base.shop;
    const Id search = history.base.search;
    const Id production = history.base.production;

    auto written = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery query(db);
        const auto run = [&](const QString &sql, const QVariantList &values) -> bool {
            query.prepare(sql);
            for (const QVariant &value : values)
                query.addBindValue(value);
            return query.exec();
        };
        QSqlQuery repository(db);
        if (!repository.exec(u"SELECT repository_id FROM services WHERE id = %1"_s.arg(shop)) || !repository.next())
            return Error{repository.lastError().text()};
        const Id repo = repository.value(0).toLongLong();

        struct CommitRow
        {
            const char *name;
            char oid;
            Timestamp at;
        };
        const QList<CommitRow> commits = {
            {"c0", '0', in2024(2, 8, 12)}, {"c00", '9', in2024(2, 20, 0)}, {"c1", '1', in2024(3, 4, 12)},
            {"c2", '2', in2024(3, 9, 0)},  {"c3", '3', in2024(3, 10, 6)},  {"c4", '4', in2024(3, 20, 14)},
            {"c5", '5', in2024(3, 28, 0)},
        };
        QHash<QString, Id> commitIds;
        for (const CommitRow &commit : commits) {
            if (!run(
                    u"INSERT INTO commits (repository_id, oid, author_name, author_email, author_time, committer_name, "
                    "committer_email, committer_time, summary, message) VALUES (?, ?, 'ada', 'ada@example.org', ?, "
                    "'ada', 'ada@example.org', ?, ?, ?)"_s,
                    {repo, QString(40, QLatin1Char(commit.oid)), commit.at, commit.at, QString::fromLatin1(commit.name),
                     QString::fromLatin1(commit.name)}))
                return Error{query.lastError().text()};
            commitIds.insert(QString::fromLatin1(commit.name), query.lastInsertId().toLongLong());
        }

        struct DeploymentRow
        {
            const char *name;
            const char *version;
            Timestamp finished;
            QStringList commits;
        };
        const QList<DeploymentRow> deployments = {
            {"P1", "0.9", in2024(2, 10, 12), {u"c0"_s}}, {"P2", "1.0", in2024(2, 20, 12), {u"c00"_s}},
            {"D1", "1.1", in2024(3, 5, 12), {u"c1"_s}},  {"D2", "1.2", in2024(3, 10, 12), {u"c2"_s, u"c3"_s}},
            {"D3", "1.3", in2024(3, 20, 12), {u"c4"_s}}, {"D4", "1.4", in2024(3, 25, 0), {}},
            {"D5", "1.5", in2024(3, 28, 12), {u"c5"_s}},
        };
        QHash<QString, Id> deploymentIds;
        for (const DeploymentRow &deployment : deployments) {
            if (!run(u"INSERT INTO deployments (service_id, environment_id, version, status, started_at, finished_at, "
                     "source, external_id) VALUES (?, ?, ?, 'succeeded', ?, ?, 'deploy-log', ?)"_s,
                     {shop, production, QString::fromLatin1(deployment.version), deployment.finished - 600'000,
                      deployment.finished, QString::fromLatin1(deployment.name)}))
                return Error{query.lastError().text()};
            const Id id = query.lastInsertId().toLongLong();
            deploymentIds.insert(QString::fromLatin1(deployment.name), id);
            for (const QString &commit : deployment.commits) {
                if (!run(u"INSERT INTO deployment_commits (deployment_id, commit_id) VALUES (?, ?)"_s,
                         {id, commitIds.value(commit)}))
                    return Error{query.lastError().text()};
            }
        }

        const QVariant open;
        const QList<QVariantList> incidents = {
            {shop, deploymentIds.value(u"D2"_s), u"checkout down"_s, in2024(3, 10, 13), in2024(3, 10, 18), u"i1"_s},
            {shop, deploymentIds.value(u"D5"_s), u"slow search"_s, in2024(3, 29, 9), open, u"i2"_s},
            {search, open, u"index lost"_s, in2024(3, 15, 8), in2024(3, 15, 9), u"i3"_s},
        };
        for (const QVariantList &incident : incidents) {
            if (!run(u"INSERT INTO incidents (service_id, deployment_id, title, started_at, resolved_at, source, "
                     "external_id) VALUES (?, ?, ?, ?, ?, 'pager', ?)"_s,
                     incident))
                return Error{query.lastError().text()};
        }

        const QList<QVariantList> releases = {
            {u"spring"_s, u"failed"_s, in2024(3, 15, 10), in2024(3, 15, 11)},
            {u"winter"_s, u"succeeded"_s, in2024(2, 15, 10), in2024(2, 15, 11)},
            {u"summer"_s, u"planned"_s, open, open},
        };
        for (const QVariantList &release : releases) {
            if (!run(
                    u"INSERT INTO releases (name, status, started_at, finished_at, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                    QVariantList(release) << in2024(1, 1, 0)))
                return Error{query.lastError().text()};
            const Id id = query.lastInsertId().toLongLong();
            if (!run(u"INSERT INTO release_items (release_id, service_id, version) VALUES (?, ?, '1.2')"_s, {id, shop}))
                return Error{query.lastError().text()};
            const QStringList states = release.at(0) == u"spring"_s
                                           ? QStringList{u"succeeded"_s, u"failed"_s, u"skipped"_s}
                                           : QStringList{u"planned"_s};
            int number = 0;
            for (const QString &state : states) {
                if (!run(u"INSERT INTO release_tasks (release_id, name, kind, state) VALUES (?, ?, 'manual', ?)"_s,
                         {id, u"task %1"_s.arg(++number), state}))
                    return Error{query.lastError().text()};
            }
        }
        return {};
    });
    if (!written && error)
        *error = written.errorMessage();
    return history;
}

} // namespace flowdeck::testing
