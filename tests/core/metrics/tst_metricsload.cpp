// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the facts of the delivery metrics from a real workspace: rows written with SQL below, the facts they
// must give worked out by hand next to them. Every case runs on SQLite and again on PostgreSQL (a database of its own
// on the test server): the same rows must give the same facts.

#include "engineworkspaces.h"

#include "metrics/metricsload.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>

using namespace flowdeck;
using namespace flowdeck::metrics;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr Timestamp t0 = 1700000000000;
constexpr Timestamp minute = 60 * 1000;
constexpr Timestamp hour = 60 * minute;

Timestamp at(double hours)
{
    return t0 + std::llround(hours * double(hour));
}

QString oid(char c)
{
    return QString(40, QLatin1Char(c));
}

// Repositories: 1 shop (services web 1 and api 2, a monorepo), 2 jobs (service worker 3).
// Environments: 1 dev, 2 staging, 3 prod and 4 prod-eu, both of tier production.
// Commits of shop: 1 (oid a…) "Add cart" written at 0 h; 2 (b…) "HOTFIX: null price" at 2 h; 3 (c…) the squash
// merge of pull request 7 at 4 h; 4 (d…) at 5 h; 5 (e…) "Ärger vermeiden" at 6 h; 6 (f…) the pull request's own
// commit, in no deployment. Commit of jobs: 10 (1…) "Größe: hotfix für Preise" at 65 h. Committed an hour later.
const char *const schemaRows[] = {
    "INSERT INTO repositories (id, name) VALUES (1, 'shop'), (2, 'jobs')",
    "INSERT INTO services (id, name, repository_id) VALUES (1, 'web', 1), (2, 'api', 1), (3, 'worker', 2)",
    "INSERT INTO environments (id, name, tier, position) VALUES (1, 'dev', 'development', 0), "
    "(2, 'staging', 'staging', 1), (3, 'prod', 'production', 2), (4, 'prod-eu', 'production', 3)",
};

struct CommitRow
{
    Id id;
    Id repository;
    char oid;
    double writtenAt;
    const char *summary;
};
const CommitRow commitRows[] = {
    {1, 1, 'a', 0, "Add cart"},
    {2, 1, 'b', 2, "HOTFIX: null price"},
    {3, 1, 'c', 4, "Squash merge of the basket rework (#7)"},
    {4, 1, 'd', 5, "Refactor the basket"},
    {5, 1, 'e', 6, "\xc3\x84rger vermeiden"},
    {6, 1, 'f', -20, "WIP price rework"},
    {10, 2, '1', 65,
     "Gr\xc3\xb6\xc3\x9f"
     "e: hotfix f\xc3\xbcr Preise"},
};

// Runs: (id, service, branch, finished at). The scope of the tests is [0 h, 100 h), so runs count that finish in
// [-100 h, 100 h): 8 (at -150 h) and 10 (at 100 h) do not, nor 6 (unfinished).
struct RunRow
{
    Id id;
    Id service; // 0: none
    const char *branch;
    double finishedAt; // < -1000: unfinished
};
const RunRow runRows[] = {
    {1, 1, "main", 9},       {2, 1, "main", 11}, {3, 1, "main", 19},   {4, 1, "Hotfix/price", 29}, {5, 1, "main", 30},
    {6, 3, nullptr, -10000}, {7, 0, "main", 50}, {8, 1, "main", -150}, {9, 1, "main", -50},        {10, 2, "main", 100},
};

// Jobs: (run, queued, started, finished) in hours; NAN for a missing time.
// Run 1: 10 min waiting and 20 min working; a job never started adds nothing; one never queued adds its 10 min of
// work; one started before it was queued adds only its 8 min of work. Sums: 10 min waiting, 38 min working.
// Run 3: 5 min waiting, 55 min working. Run 9: 1 min waiting, 2 min working.
struct JobRow
{
    Id run;
    double queued;
    double started;
    double finished;
};
const double none = std::numeric_limits<double>::quiet_NaN();
const JobRow jobRows[] = {
    {1, 8, 8 + 10.0 / 60, 8.5},
    {1, 8, none, none},
    {1, none, 8 + 40.0 / 60, 8 + 50.0 / 60},
    {1, 8 + 55.0 / 60, 8 + 50.0 / 60, 8 + 58.0 / 60},
    {3, 18, 18 + 5.0 / 60, 19},
    {9, -51, -51 + 1.0 / 60, -51 + 3.0 / 60},
};

// Deployments: (id, service, environment, version, own commit, run, status, finished at; < -1000 unfinished) and
// the commits they list.
struct DeploymentRow
{
    Id id;
    Id service;
    Id environment;
    const char *version;
    char oid; // 0: none
    Id run;   // 0: none
    const char *status;
    double finishedAt;
    QList<Id> commits;
};
const DeploymentRow deploymentRows[] = {
    {1, 1, 1, "1.0", 'b', 1, "succeeded", 10 + 5.0 / 60, {1, 2}},
    {2, 1, 2, "1.0", 'b', 2, "succeeded", 12, {1, 2}},
    {3, 1, 3, "1.0", 'b', 3, "succeeded", 20, {1, 2}},
    {4, 1, 3, "1.1", 'c', 4, "failed", 30, {3}},
    {5, 1, 3, "1.1", 'c', 5, "succeeded", 31, {3}},
    // The rollback to 1.0 lists nothing new; the redeploy of 1.1, to the second production environment, lists
    // commit 3 again: it was first shipped by 5 all the same.
    {6, 1, 3, "1.0", 'b', 0, "succeeded", 40, {}},
    {7, 1, 4, "1.1", 'c', 0, "succeeded", 45, {3}},
    // The api ships commit 1 too, to both production environments at the same moment: 8, the lower id, first.
    {8, 2, 3, "2.0", 'a', 0, "succeeded", 50, {1}},
    {9, 2, 4, "2.0", 'a', 0, "succeeded", 50, {1}},
    {10, 2, 1, "2.0", 'a', 0, "succeeded", 48, {1}},
    {11, 1, 1, "1.2", 'd', 0, "succeeded", 50, {4}},
    {12, 1, 1, "1.3", 'e', 0, "running", -10000, {5}},
    // The worker deploys a commit of the shop's repository, not its own: "any commit with that id".
    {13, 3, 3, "3.0", 'b', 0, "succeeded", 60, {}},
    {14, 3, 3, "3.1", '1', 0, "succeeded", 70, {10}},
    {15, 3, 3, "3.2", 0, 0, "running", -10000, {}},
};

// Incidents: (id, service, deployment, commit, started at, resolved at; < -1000 open).
struct IncidentRow
{
    Id id;
    Id service;    // 0: none
    Id deployment; // 0: none
    char oid;      // 0: none
    double startedAt;
    double resolvedAt;
};
const IncidentRow incidentRows[] = {
    {1, 1, 5, 0, 32, 33},       // linked to production deployment 5
    {2, 0, 1, 0, 11, 12},       // to a dev deployment: its service web, no deployment
    {3, 1, 2, 'c', 46, 47},     // a staging deployment, so by commit c: web first shipped it with 5
    {4, 3, 0, 'b', 61, -10000}, // by commit b: the worker never listed it, but 13 deployed it as its own commit
    {5, 2, 0, 0, 55, 56},       // the api's, by service only
    {6, 0, 0, 0, 57, 58},       // nobody's
};

// Pull requests: (id, repository, merged at; < -1000 not merged, merge commit).
// 7 was squash-merged as commit c, which web shipped with 5 at 31 h. 8 was merged as commit a, which web shipped
// with 3 at 20 h and api with 8 at 50 h. 9's merge commit d never reached production; 10 is not merged; 11 names
// commit b, which is not a commit of its repository.
struct PullRequestRow
{
    Id id;
    Id repository;
    double mergedAt;
    char oid;
};
const PullRequestRow pullRequestRows[] = {
    {7, 1, 4, 'c'}, {8, 1, 0, 'a'}, {9, 1, 5, 'd'}, {10, 1, -10000, 'b'}, {11, 2, 3, 'b'},
};

QVariant timeOrNull(double hours)
{
    return hours < -1000 || std::isnan(hours) ? QVariant() : QVariant(at(hours));
}

QVariant idOrNull(Id id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

QVariant oidOrNull(char c)
{
    return c == 0 ? QVariant() : QVariant(oid(c));
}

Result<void> exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    // Without values, run as it is: PostgreSQL prepares no DDL such as DROP TABLE.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return Error{sql + u": "_s + query.lastError().text()};
        return {};
    }
    if (!query.prepare(sql))
        return Error{sql + u": "_s + query.lastError().text()};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{sql + u": "_s + query.lastError().text()};
    return {};
}

Result<void> writeRows(QSqlDatabase &db)
{
    for (const char *sql : schemaRows) {
        if (auto done = exec(db, QString::fromUtf8(sql)); !done)
            return done;
    }
    for (const CommitRow &c : commitRows) {
        if (auto done = exec(db,
                             u"INSERT INTO commits (id, repository_id, oid, author_name, author_email, author_time, "
                             u"committer_name, committer_email, committer_time, summary, message) "
                             u"VALUES (?, ?, ?, 'Ada', 'ada@example.com', ?, 'Ada', 'ada@example.com', ?, ?, ?)"_s,
                             {c.id, c.repository, oid(c.oid), at(c.writtenAt), at(c.writtenAt + 1),
                              QString::fromUtf8(c.summary), QString::fromUtf8(c.summary)});
            !done)
            return done;
    }
    for (const RunRow &r : runRows) {
        if (auto done = exec(db,
                             u"INSERT INTO pipeline_runs (id, service_id, source, external_id, branch, status, "
                             u"finished_at) VALUES (?, ?, 'test', ?, ?, 'succeeded', ?)"_s,
                             {r.id, idOrNull(r.service), u"run-%1"_s.arg(r.id),
                              r.branch ? QVariant(QString::fromUtf8(r.branch)) : QVariant(), timeOrNull(r.finishedAt)});
            !done)
            return done;
    }
    int job = 0;
    for (const JobRow &j : jobRows) {
        if (auto done = exec(
                db,
                u"INSERT INTO jobs (run_id, name, source, external_id, status, queued_at, started_at, "
                u"finished_at) VALUES (?, 'build', 'test', ?, 'succeeded', ?, ?, ?)"_s,
                {j.run, u"job-%1"_s.arg(++job), timeOrNull(j.queued), timeOrNull(j.started), timeOrNull(j.finished)});
            !done)
            return done;
    }
    for (const DeploymentRow &d : deploymentRows) {
        if (auto done = exec(db,
                             u"INSERT INTO deployments (id, service_id, environment_id, version, commit_oid, run_id, "
                             u"status, started_at, finished_at, source, external_id) "
                             u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', ?)"_s,
                             {d.id, d.service, d.environment, QString::fromUtf8(d.version), oidOrNull(d.oid),
                              idOrNull(d.run), QString::fromUtf8(d.status), timeOrNull(d.finishedAt - 0.25),
                              timeOrNull(d.finishedAt), u"deployment-%1"_s.arg(d.id)});
            !done)
            return done;
        for (const Id commit : d.commits) {
            if (auto done = exec(db, u"INSERT INTO deployment_commits (deployment_id, commit_id) VALUES (?, ?)"_s,
                                 {d.id, commit});
                !done)
                return done;
        }
    }
    for (const IncidentRow &i : incidentRows) {
        if (auto done = exec(db,
                             u"INSERT INTO incidents (id, service_id, deployment_id, commit_oid, title, started_at, "
                             u"resolved_at, source, external_id) VALUES (?, ?, ?, ?, 'Errors', ?, ?, 'test', ?)"_s,
                             {i.id, idOrNull(i.service), idOrNull(i.deployment), oidOrNull(i.oid), at(i.startedAt),
                              timeOrNull(i.resolvedAt), u"incident-%1"_s.arg(i.id)});
            !done)
            return done;
    }
    for (const PullRequestRow &p : pullRequestRows) {
        if (auto done = exec(
                db,
                u"INSERT INTO pull_requests (id, repository_id, number, title, author, head_branch, "
                u"base_branch, created_at, merged_at, merge_commit_oid, first_commit_at, source, "
                u"external_id) VALUES (?, ?, ?, 'Price rework', 'ada', 'feature', 'main', ?, ?, ?, ?, "
                u"'test', ?)"_s,
                {p.id, p.repository, p.id, at(-5), timeOrNull(p.mergedAt), oid(p.oid), at(-20), u"pr-%1"_s.arg(p.id)});
            !done)
            return done;
    }
    return {};
}

DeploymentFact deployment(Id id, Id service, const char *version, bool succeeded, double finishedAt, bool hotfix)
{
    DeploymentFact fact;
    fact.id = id;
    fact.serviceId = service;
    fact.version = QString::fromUtf8(version);
    fact.succeeded = succeeded;
    if (finishedAt > -1000) {
        fact.startedAt = at(finishedAt - 0.25);
        fact.finishedAt = at(finishedAt);
    }
    fact.hotfix = hotfix;
    return fact;
}

ChangeFact change(Id commit, Id service, double writtenAt, std::optional<double> preproductionAt,
                  std::optional<double> productionAt, Id deployment)
{
    ChangeFact fact;
    fact.commitId = commit;
    fact.serviceId = service;
    fact.authorTime = at(writtenAt);
    fact.committerTime = at(writtenAt + 1);
    if (preproductionAt)
        fact.preproductionAt = at(*preproductionAt);
    if (productionAt) {
        fact.productionAt = at(*productionAt);
        fact.productionDeploymentId = deployment;
    }
    return fact;
}

IncidentFact incident(Id id, OptionalId service, OptionalId deployment, double startedAt, double resolvedAt)
{
    IncidentFact fact;
    fact.id = id;
    fact.serviceId = service;
    fact.deploymentId = deployment;
    fact.startedAt = at(startedAt);
    if (resolvedAt > -1000)
        fact.resolvedAt = at(resolvedAt);
    return fact;
}

PullRequestFact pullRequest(Id id, Id service, double mergedAt, Id deployment, double deployedAt)
{
    return PullRequestFact{id, service, at(-20), at(-5), at(mergedAt), deployment, at(deployedAt)};
}

RunFact run(Id id, OptionalId service, double finishedAt, double queueMinutes, double workMinutes)
{
    return RunFact{id, service, at(finishedAt), Timestamp(queueMinutes * double(minute)),
                   Timestamp(workMinutes * double(minute))};
}

// The expected facts for every service, in the order MetricsData promises where it promises one.
QList<DeploymentFact> allDeployments()
{
    return {
        deployment(3, 1, "1.0", true, 20, true),        // lists commit 2, "HOTFIX: null price"
        deployment(4, 1, "1.1", false, 30, true),       // its run's branch is Hotfix/price
        deployment(5, 1, "1.1", true, 31, false),       // commit 3, branch main, own commit c: nothing matches
        deployment(6, 1, "1.0", true, 40, true),        // its own commit b is commit 2
        deployment(7, 1, "1.1", true, 45, false),       //
        deployment(8, 2, "2.0", true, 50, false),       // "Add cart"
        deployment(9, 2, "2.0", true, 50, false),       //
        deployment(13, 3, "3.0", true, 60, true),       // own commit b, found in the shop's repository
        deployment(14, 3, "3.1", true, 70, true),       // "Größe: hotfix für Preise"
        deployment(15, 3, "3.2", false, -10000, false), // unfinished: last
    };
}

QList<ChangeFact> allChanges()
{
    return {
        // Commit 1: web got it in dev at 10:05 and staging at 12, production with 3 at 20; api in dev at 48 and
        // production with 8 at 50.
        change(1, 1, 0, 10 + 5.0 / 60, 20, 3),
        change(1, 2, 0, 48, 50, 8),
        change(2, 1, 2, 10 + 5.0 / 60, 20, 3),
        // Commit 3: the failed 4 does not count; 5 at 31 before 7 at 45; no environment before production.
        change(3, 1, 4, std::nullopt, 31, 5),
        change(4, 1, 5, 50, std::nullopt, 0),
        // Commit 5: only in the unfinished 12, so no change.
        change(10, 3, 65, std::nullopt, 70, 14),
    };
}

QList<IncidentFact> allIncidents()
{
    return {
        incident(1, 1, 5, 32, 33),
        incident(2, 1, std::nullopt, 11, 12),
        incident(3, 1, 5, 46, 47),
        incident(4, 3, 13, 61, -10000),
        incident(5, 2, std::nullopt, 55, 56),
        incident(6, std::nullopt, std::nullopt, 57, 58),
    };
}

QList<PullRequestFact> allPullRequests()
{
    return {pullRequest(7, 1, 4, 5, 31), pullRequest(8, 1, 0, 3, 20), pullRequest(8, 2, 0, 8, 50)};
}

QList<RunFact> allRuns()
{
    return {run(1, 1, 9, 10, 38), run(2, 1, 11, 0, 0), run(3, 1, 19, 5, 55),
            run(4, 1, 29, 0, 0),  run(5, 1, 30, 0, 0), run(7, std::nullopt, 50, 0, 0),
            run(9, 1, -50, 1, 2)};
}

template<typename T, typename Key>
QList<T> sorted(QList<T> list, Key key)
{
    std::sort(list.begin(), list.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
    return list;
}

QList<ChangeFact> byCommit(const ChangeFacts &changes)
{
    return sorted(changes.toList(), [](const ChangeFact &c) { return std::pair(c.commitId, c.serviceId); });
}

QList<PullRequestFact> byRequest(const QList<PullRequestFact> &requests)
{
    return sorted(requests, [](const PullRequestFact &p) { return std::pair(p.id, p.serviceId); });
}

QList<IncidentFact> byId(const QList<IncidentFact> &incidents)
{
    return sorted(incidents, [](const IncidentFact &i) { return i.id; });
}

QList<RunFact> byId(const QList<RunFact> &runs)
{
    return sorted(runs, [](const RunFact &r) { return r.id; });
}

template<typename T, typename Keep>
QList<T> only(const QList<T> &list, Keep keep)
{
    QList<T> kept;
    std::copy_if(list.cbegin(), list.cend(), std::back_inserter(kept), keep);
    return kept;
}

} // namespace

class TestMetricsLoad : public QObject
{
    Q_OBJECT

public:
    /// `engine`: "sqlite" or "postgresql", where every workspace of the test is made.
    explicit TestMetricsLoad(const QString &engine)
        : m_workspaces(engine)
    {}

private:
    EngineWorkspaces m_workspaces;
    std::shared_ptr<store::Workspace> m_workspace;
    const Scope m_scope{at(0), at(100), {}};

    Result<MetricsData> load(const Scope &scope, const QString &hotfixPattern = u"hotfix"_s,
                             const TaskControl &control = {})
    {
        Options options;
        options.hotfixPattern = hotfixPattern;
        return loadMetricsData(m_workspace->connection(), scope, options, control);
    }

    void compareAll(const MetricsData &data)
    {
        QCOMPARE(data.deployments, allDeployments());
        QCOMPARE(byCommit(data.changes), allChanges());
        QCOMPARE(byId(data.incidents), allIncidents());
        QCOMPARE(byRequest(data.pullRequests), allPullRequests());
        QCOMPARE(byId(data.runs), allRuns());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo().noquote() << "Workspaces on" << m_workspaces.engine();
        auto created = m_workspaces.create(u"metrics"_s);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        m_workspace = *created;
        auto written = m_workspace->write([](QSqlDatabase &db) { return writeRows(db); });
        QVERIFY2(written, qPrintable(written.errorMessage()));
        // Rows out of id order on PostgreSQL, as after real updates.
        for (const auto &[table, column] :
             {std::pair(u"commits"_s, u"id"_s), std::pair(u"pipeline_runs"_s, u"id"_s), std::pair(u"jobs"_s, u"id"_s),
              std::pair(u"deployments"_s, u"id"_s), std::pair(u"deployment_commits"_s, u"deployment_id"_s),
              std::pair(u"incidents"_s, u"id"_s), std::pair(u"pull_requests"_s, u"id"_s)}) {
            auto shuffled = EngineWorkspaces::shuffleRows(*m_workspace, table, column);
            QVERIFY2(shuffled, qPrintable(shuffled.errorMessage()));
        }
    }

    void everyService()
    {
        auto data = load(m_scope);
        QVERIFY2(data, qPrintable(data.errorMessage()));
        compareAll(*data);
    }

    void oneService()
    {
        // web alone: its production deployments, its changes, the incidents naming it or a deployment of it (2
        // names none but a deployment of web), its pull requests and runs (7, of no service, drops out).
        auto data = load(Scope{at(0), at(100), {1}});
        QVERIFY2(data, qPrintable(data.errorMessage()));
        const auto ofWeb = [](const auto &fact) {
            return fact.serviceId == 1;
        };
        QCOMPARE(data->deployments, only(allDeployments(), ofWeb));
        QCOMPARE(byCommit(data->changes), only(allChanges(), ofWeb));
        QCOMPARE(byId(data->incidents), only(allIncidents(), [](const IncidentFact &i) { return i.serviceId == 1; }));
        QCOMPARE(byRequest(data->pullRequests), only(allPullRequests(), ofWeb));
        QCOMPARE(byId(data->runs), only(allRuns(), [](const RunFact &r) { return r.serviceId == 1; }));
    }

    void twoServices()
    {
        auto data = load(Scope{at(0), at(100), {2, 3}});
        QVERIFY2(data, qPrintable(data.errorMessage()));
        const auto ofThem = [](const auto &fact) {
            return fact.serviceId == 2 || fact.serviceId == 3;
        };
        QCOMPARE(data->deployments, only(allDeployments(), ofThem));
        QCOMPARE(byCommit(data->changes), only(allChanges(), ofThem));
        QCOMPARE(byId(data->incidents), only(allIncidents(), ofThem));
        QCOMPARE(byRequest(data->pullRequests), only(allPullRequests(), ofThem));
        QCOMPARE(byId(data->runs), only(allRuns(), ofThem));
    }

    void runsOfAnotherPeriod()
    {
        // [0 h, 20 h): runs finishing in [-20 h, 20 h).
        auto data = load(Scope{at(0), at(20), {}});
        QVERIFY2(data, qPrintable(data.errorMessage()));
        QCOMPARE(byId(data->runs), QList<RunFact>({run(1, 1, 9, 10, 38), run(2, 1, 11, 0, 0), run(3, 1, 19, 5, 55)}));
        // Everything else covers all time.
        QCOMPARE(data->deployments, allDeployments());
        QCOMPARE(byCommit(data->changes), allChanges());
    }

    void hotfixPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QList<Id>>("hotfixes");
        QTest::newRow("none") << QString() << QList<Id>{};
        // Not plain words: the regular expression alone. Only 4's branch starts with it.
        QTest::newRow("expression") << u"^hotfix/"_s << QList<Id>{4};
        // Alternatives of words: "price" in commit 2's summary (3 lists it, 6 and 13 deploy it as their own commit)
        // and in 4's branch; "größe" (upper case in commit 10, which 14 lists) is not ASCII.
        QTest::newRow("words") << u"price|gr\u00f6\u00dfe"_s << QList<Id>{3, 4, 6, 13, 14};
        QTest::newRow("ascii words") << u"CART|refactor"_s << QList<Id>{3, 8, 9};
    }

    void hotfixPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QList<Id>, hotfixes);
        auto data = load(m_scope, pattern);
        QVERIFY2(data, qPrintable(data.errorMessage()));
        QList<Id> found;
        for (const DeploymentFact &deployment : std::as_const(data->deployments)) {
            if (deployment.hotfix)
                found.append(deployment.id);
        }
        QCOMPARE(found, hotfixes);
    }

    void mergeCommitSummariesAreNotMatched()
    {
        // Commit 1 ("Add cart") made a merge commit: its summary names what it joins, so "cart" no longer makes
        // 3 (which lists it), 8 and 9 (whose own commit it is) hotfixes; "refactor" matches only 4's, in dev.
        const auto setMerge = [this](int merge) {
            return m_workspace->write([merge](QSqlDatabase &db) -> Result<void> {
                QSqlQuery query(db);
                if (!query.exec(u"UPDATE commits SET is_merge = %1 WHERE id = 1"_s.arg(merge)))
                    return Error{query.lastError().text()};
                return {};
            });
        };
        auto merged = setMerge(1);
        QVERIFY2(merged, qPrintable(merged.errorMessage()));
        auto data = load(m_scope, u"CART|refactor"_s);
        auto restored = setMerge(0);
        QVERIFY2(restored, qPrintable(restored.errorMessage()));
        QVERIFY2(data, qPrintable(data.errorMessage()));
        for (const DeploymentFact &deployment : std::as_const(data->deployments))
            QVERIFY2(!deployment.hotfix, qPrintable(QString::number(deployment.id)));
        // The same pattern on plain summaries again.
        auto plain = load(m_scope, u"CART|refactor"_s);
        QVERIFY2(plain, qPrintable(plain.errorMessage()));
        QCOMPARE(std::count_if(plain->deployments.cbegin(), plain->deployments.cend(),
                               [](const DeploymentFact &deployment) { return deployment.hotfix; }),
                 3);
    }

    void invalidHotfixPattern()
    {
        auto data = load(m_scope, u"hotfix("_s);
        QVERIFY(!data);
        QVERIFY2(data.errorMessage().contains(u"\"hotfix(\""_s), qPrintable(data.errorMessage()));
        QVERIFY2(data.errorMessage().contains(u"missing closing parenthesis"_s), qPrintable(data.errorMessage()));
    }

    void insideATransaction()
    {
        // Inside the caller's transaction only its connection sees what it wrote: the loading reads through it.
        MetricsData data;
        auto written = m_workspace->write([&](QSqlDatabase &db) -> Result<void> {
            if (auto added = exec(db,
                                  u"INSERT INTO deployments (id, service_id, environment_id, version, status, "
                                  u"finished_at, source, external_id) "
                                  u"VALUES (16, 2, 3, '2.1', 'failed', ?, 'test', 'deployment-16')"_s,
                                  {at(80)});
                !added)
                return added;
            auto loaded = loadMetricsData(db, m_scope, Options());
            if (!loaded)
                return loaded.error();
            data = *loaded;
            return Error{u"undone"_s}; // rolls the deployment back
        });
        QCOMPARE(written.errorMessage(), u"undone"_s);
        QList<DeploymentFact> expected = allDeployments();
        expected.insert(expected.size() - 1, deployment(16, 2, "2.1", false, 80, false));
        expected[expected.size() - 2].startedAt.reset();
        QCOMPARE(data.deployments, expected);
        QCOMPARE(byCommit(data.changes), allChanges());
        QCOMPARE(byId(data.incidents), allIncidents());
        QCOMPARE(byRequest(data.pullRequests), allPullRequests());
        QCOMPARE(byId(data.runs), allRuns());
        // And the rollback left the workspace as it was.
        auto after = load(m_scope);
        QVERIFY2(after, qPrintable(after.errorMessage()));
        QCOMPARE(after->deployments, allDeployments());
    }

    void canceled()
    {
        std::atomic_bool cancel = true;
        auto data = load(m_scope, u"hotfix"_s, TaskControl({}, &cancel));
        QVERIFY(!data);
        QCOMPARE(data.errorMessage(), TaskControl::canceledMessage());

        // Canceled after the first step: nothing more is read.
        cancel = false;
        QList<qint64> reported;
        auto stopping = load(m_scope, u"hotfix"_s,
                             TaskControl(
                                 [&](qint64 done, qint64) {
                                     reported.append(done);
                                     cancel = true;
                                 },
                                 &cancel));
        QVERIFY(!stopping);
        QCOMPARE(stopping.errorMessage(), TaskControl::canceledMessage());
        QCOMPARE(reported, QList<qint64>{1});
    }

    void progress()
    {
        QList<std::pair<qint64, qint64>> reported;
        auto data = load(m_scope, u"hotfix"_s,
                         TaskControl(
                             [&](qint64 done, qint64 total) {
                                 reported.append({done, total});
                             },
                             nullptr));
        QVERIFY2(data, qPrintable(data.errorMessage()));
        QVERIFY(!reported.isEmpty());
        for (qsizetype i = 0; i < reported.size(); ++i) {
            QVERIFY(reported[i].first <= reported[i].second);
            QVERIFY(i == 0 || reported[i].first > reported[i - 1].first);
        }
        QCOMPARE(reported.constLast().first, reported.constLast().second);
    }

    void measured()
    {
        // In [0 h, 100 h): successful production deployments 3, 5, 6, 7, 8, 9, 13 and 14 finish, 8 of them.
        // Changes first shipped to production, from their author time: commit 1 by web at 20 h (20 h), commit 2 at
        // 20 h (18 h), commit 3 at 31 h (27 h), commit 1 by api at 50 h (50 h), commit 10 at 70 h (5 h). Sorted
        // 5, 18, 20, 27, 50: the median is 20 h.
        auto report = measure(m_workspace->connection(), m_scope, Options());
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->deploymentFrequency.deployments, 8);
        QCOMPARE(report->leadTime.summary.count, 5);
        QVERIFY(report->leadTime.summary.medianHours);
        QCOMPARE(*report->leadTime.summary.medianHours, 20.0);

        std::atomic_bool cancel = true;
        auto canceled = measure(m_workspace->connection(), m_scope, Options(), TaskControl({}, &cancel));
        QCOMPARE(canceled.errorMessage(), TaskControl::canceledMessage());
    }

    void unreadableWorkspace()
    {
        // A table the loading needs is gone: the message names it.
        auto created = m_workspaces.create(u"broken"_s);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        auto dropped = (*created)->write([](QSqlDatabase &db) { return exec(db, u"DROP TABLE incidents"_s); });
        QVERIFY2(dropped, qPrintable(dropped.errorMessage()));
        auto data = loadMetricsData((*created)->connection(), m_scope, Options());
        QVERIFY(!data);
        QVERIFY2(data.errorMessage().contains(u"incidents"_s), qPrintable(data.errorMessage()));
    }

    void emptyWorkspace()
    {
        auto created = m_workspaces.create(u"empty"_s);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        auto data = loadMetricsData((*created)->connection(), m_scope, Options());
        QVERIFY2(data, qPrintable(data.errorMessage()));
        QVERIFY(data->deployments.isEmpty());
        QVERIFY(data->changes.isEmpty());
        QVERIFY(data->incidents.isEmpty());
        QVERIFY(data->pullRequests.isEmpty());
        QVERIFY(data->runs.isEmpty());
    }

    void sparseIds()
    {
        // Ids far apart: deployment 20,000,000 leaves pages of deployments unmade between; commit 3,000,000,000 spreads
        // the commits too far for pages, so they are looked up by hash. The worker's deployment 20,000,000 lists
        // commit 3,000,000,000 (written at 66 h) at 75 h.
        auto written = m_workspace->write([](QSqlDatabase &db) -> Result<void> {
            if (auto done = exec(db,
                                 u"INSERT INTO commits (id, repository_id, oid, author_name, author_email, "
                                 u"author_time, committer_name, committer_email, committer_time, summary, message) "
                                 u"VALUES (3000000000, 2, ?, 'Ada', 'a', ?, 'Ada', 'a', ?, 'Tune', 'Tune')"_s,
                                 {oid('2'), at(66), at(67)});
                !done)
                return done;
            if (auto done = exec(db,
                                 u"INSERT INTO deployments (id, service_id, environment_id, version, status, "
                                 u"started_at, finished_at, source, external_id) "
                                 u"VALUES (20000000, 3, 3, '3.3', 'succeeded', ?, ?, 'test', 'far')"_s,
                                 {at(74.75), at(75)});
                !done)
                return done;
            return exec(db, u"INSERT INTO deployment_commits VALUES (20000000, 3000000000)"_s);
        });
        QVERIFY2(written, qPrintable(written.errorMessage()));
        auto data = load(m_scope);
        QVERIFY2(data, qPrintable(data.errorMessage()));
        QList<DeploymentFact> deployments = allDeployments();
        deployments.insert(deployments.size() - 1, deployment(20000000, 3, "3.3", true, 75, false));
        QCOMPARE(data->deployments, deployments);
        QCOMPARE(byCommit(data->changes), allChanges() << change(3000000000, 3, 66, std::nullopt, 75, 20000000));
        QCOMPARE(byId(data->incidents), allIncidents());
        QCOMPARE(byRequest(data->pullRequests), allPullRequests());
        QCOMPARE(byId(data->runs), allRuns());

        auto removed = m_workspace->write([](QSqlDatabase &db) -> Result<void> {
            if (auto done = exec(db, u"DELETE FROM deployments WHERE id = 20000000"_s); !done)
                return done;
            return exec(db, u"DELETE FROM commits WHERE id = 3000000000"_s);
        });
        QVERIFY2(removed, qPrintable(removed.errorMessage()));
    }

    void cleanupTestCase()
    {
        // The workspace closes before its database is dropped.
        m_workspace.reset();
        m_workspaces.clear();
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnBothEngines<TestMetricsLoad>(argc, argv);
}
#include "tst_metricsload.moc"
