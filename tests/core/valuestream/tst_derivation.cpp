// SPDX-License-Identifier: GPL-3.0-or-later
// The value stream derived from a small workspace written by hand: every median and p85 below is worked out in
// the comments from the stored moments (numpy's linear interpolation: rank p/100 * (n - 1) between the sorted
// samples), with odd and even sample counts, first attempts and retries, a matrix stage, work waiting at the
// period's end, parallel branches, stages without jobs, promotions from deployments, and the scope's filters; a hold
// between stages counted as the wait in front of the next, and a release train whose run counts once for every pull
// request it ships. Then the demo workspace, whose bottleneck should be the change approval. Every case runs on
// SQLite and again on PostgreSQL (a database of its own on the test server), and a copy of each workspace on the
// other engine derives the same map, the demo's year (thousands of runs) included.

#include "fixturerows.h"
#include "fixturetime.h"
#include "postgresqltesting.h"
#include "rowinserter.h"

#include "demo/demogenerator.h"
#include "domain/delivery.h"
#include "domain/history.h"
#include "domain/pipeline.h"
#include "store/workspace.h"
#include "store/workspacecopy.h"
#include "valuestream/derivation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <list>
#include <memory>

using namespace flowdeck;
using namespace flowdeck::testing;
using namespace flowdeck::valuestream;
using namespace Qt::StringLiterals;

namespace {

QString latin1(const char *text)
{
    return QString::fromLatin1(text);
}

QList<qint64> sorted(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values;
}

const Step *stepWithKey(const Map &map, const QString &key)
{
    for (const Step &step : map.steps) {
        if (step.sourceKey == key)
            return &step;
    }
    return nullptr;
}

QStringList keys(const Map &map)
{
    QStringList result;
    for (const Step &step : map.steps)
        result.append(step.sourceKey);
    return result;
}

QList<std::pair<Id, Id>> sortedEdges(QList<std::pair<Id, Id>> edges)
{
    std::sort(edges.begin(), edges.end(), [](const auto &a, const auto &b) {
        return std::pair(-a.first, -a.second) < std::pair(-b.first, -b.second);
    });
    return edges;
}

} // namespace

class TestDerivation : public QObject
{
    Q_OBJECT

public:
    /// `engine`: "sqlite" or "postgresql", where every workspace of the test is made.
    explicit TestDerivation(QString engine)
        : m_engine(std::move(engine))
    {}

private:
    QString m_engine;
    QTemporaryDir m_dir;
    std::list<std::unique_ptr<PostgreSqlTestDatabase>> m_databases;
    std::shared_ptr<store::Workspace> m_workspace;
    /// The demo workspace, generated on SQLite, and its copy on PostgreSQL (made by demo()).
    std::shared_ptr<store::Workspace> m_demo;
    std::shared_ptr<store::Workspace> m_demoCopy;
    Id m_shop = 0;
    Id m_search = 0;
    Id m_idle = 0;
    Id m_delivery = 0;

    /// The end of the main period [T, T + 10 d).
    static constexpr Timestamp periodEnd = T + 10 * day;

    QSqlDatabase db() const { return m_workspace->connection(); }

    bool onPostgreSql() const { return m_engine == u"postgresql"_s; }

    /// A new, empty workspace called `name` on `engine`: a file, or a database of its own on the test server.
    Result<std::shared_ptr<store::Workspace>> newWorkspace(const QString &name, const QString &engine)
    {
        if (engine == u"sqlite"_s)
            return store::Workspace::create(m_dir.filePath(name + u".flowdeck"_s));
        const auto &database = m_databases.emplace_back(std::make_unique<PostgreSqlTestDatabase>(name));
        if (!database->isReady())
            return Error{database->error()};
        return store::Workspace::create(database->address(), database->options());
    }
    /// The same on the engine the test runs on.
    Result<std::shared_ptr<store::Workspace>> newWorkspace(const QString &name) { return newWorkspace(name, m_engine); }

    /// A copy of `source` called `name` on `engine`.
    Result<std::shared_ptr<store::Workspace>> copyOn(const QString &engine, const store::Workspace &source,
                                                     const QString &name)
    {
        auto target = newWorkspace(name, engine);
        if (!target)
            return target.error();
        auto copied = store::WorkspaceCopy::copy(source, **target);
        if (!copied)
            return copied.error();
        return *target;
    }

    /// The end of the demo's history: a fixed one keeps the figures independent of the day the test runs.
    static Timestamp demoEnd() { return QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(); }

    /// The demo workspace on the test's engine: generated on SQLite once, and on PostgreSQL copied from there.
    Result<std::shared_ptr<store::Workspace>> demo()
    {
        if (!m_demo) {
            auto created = newWorkspace(u"demo"_s, u"sqlite"_s);
            if (!created)
                return created.error();
            auto generated = demo::generateDemo(**created, {.end = demoEnd()});
            if (!generated)
                return generated.error();
            m_demo = *created;
        }
        if (!onPostgreSql())
            return m_demo;
        if (!m_demoCopy) {
            auto copy = copyOn(u"postgresql"_s, *m_demo, u"democopy"_s);
            if (!copy)
                return copy.error();
            m_demoCopy = *copy;
        }
        return m_demoCopy;
    }

    /// PostgreSQL writes a row anew where it is updated, after the others: every other row of the tables the
    /// derivation reads rewritten as it was leaves them in an order other than their ids', as after real updates
    /// (SQLite's stay in id order).
    static void shuffleRows(const store::Workspace &onPostgreSql)
    {
        QSqlQuery rewrite(onPostgreSql.connection());
        for (const QString &sql :
             {u"UPDATE pull_requests SET title = title WHERE id % 2 = 1"_s,
              u"UPDATE deployments SET status = status WHERE id % 2 = 1"_s,
              u"UPDATE stage_edges SET pipeline_id = pipeline_id WHERE id % 2 = 1"_s,
              u"UPDATE jobs SET status = status WHERE id % 2 = 1"_s,
              u"UPDATE deployment_commits SET commit_id = commit_id WHERE deployment_id % 2 = 1"_s})
            QVERIFY2(rewrite.exec(sql), qPrintable(rewrite.lastError().text()));
    }

    /// Derives `scope` from both workspaces and compares the maps, every step's numbers and samples included.
    static void compareDerivations(const store::Workspace &a, const store::Workspace &b, const DerivationScope &scope)
    {
        auto fromA = deriveMap(a.connection(), scope);
        QVERIFY2(fromA, qPrintable(fromA.errorMessage()));
        auto fromB = deriveMap(b.connection(), scope);
        QVERIFY2(fromB, qPrintable(fromB.errorMessage()));
        QCOMPARE(keys(*fromB), keys(*fromA));
        for (qsizetype i = 0; i < fromA->steps.size(); ++i) {
            const Step &x = fromA->steps[i];
            const Step &y = fromB->steps[i];
            QCOMPARE(y.waitMs, x.waitMs);
            QCOMPARE(y.processMs, x.processMs);
            QCOMPARE(y.pctCompleteAccurate, x.pctCompleteAccurate);
            QCOMPARE(y.wip, x.wip);
            QCOMPARE(y.sampleCount, x.sampleCount);
            QCOMPARE(y.waitSamplesMs, x.waitSamplesMs);
            QCOMPARE(y.processSamplesMs, x.processSamplesMs);
        }
        QCOMPARE(*fromB, *fromA);
    }

    Map derive(OptionalId service, Timestamp from = T, Timestamp to = periodEnd,
               Statistic statistic = Statistic::Median)
    {
        auto map = deriveMap(db(), DerivationScope{from, to, service, statistic});
        if (!map) {
            QTest::qFail(qPrintable(map.errorMessage()), __FILE__, __LINE__);
            return {};
        }
        return *map;
    }

    static PipelineRun run(OptionalId pipeline, OptionalId service, OptionalTime created, OptionalTime started)
    {
        PipelineRun r = runRow(Status::Succeeded, created, started, std::nullopt);
        r.pipelineId = pipeline;
        r.serviceId = service;
        return r;
    }

    /// A job of `stage`; the times are offsets from `base` in minutes (or nothing).
    static Job job(Id runId, Id stage, const char *status, Timestamp base, std::optional<qint64> queued,
                   std::optional<qint64> started, std::optional<qint64> finished, int attempt = 1,
                   const QString &name = u"job"_s)
    {
        const auto at = [base](std::optional<qint64> minutes) {
            return minutes ? OptionalTime(base + *minutes * minute) : std::nullopt;
        };
        Job j = jobRow(runId, name, status, at(queued), at(started), at(finished));
        j.stageId = stage;
        j.attempt = attempt;
        return j;
    }

    static PullRequest pullRequest(Id repository, int number, Timestamp created, OptionalTime merged,
                                   OptionalTime closed, OptionalTime firstCommit)
    {
        PullRequest pr;
        pr.repositoryId = repository;
        pr.number = number;
        pr.title = u"Change %1"_s.arg(number);
        pr.author = u"ada"_s;
        pr.headBranch = u"feature/%1"_s.arg(number);
        pr.baseBranch = u"main"_s;
        pr.createdAt = created;
        pr.mergedAt = merged;
        pr.closedAt = closed;
        pr.firstCommitAt = firstCommit;
        pr.source = u"test"_s;
        pr.externalId = u"pr-%1-%2"_s.arg(repository).arg(number);
        return pr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo().noquote() << "Workspaces on" << m_engine;
        QVERIFY(m_dir.isValid());
        auto created = newWorkspace(u"derivation"_s);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        m_workspace = *created;
        RowInserter in(*m_workspace);

        const Id shopRepository = in.add(Repository{0, u"shop"_s, {}, {}, u"main"_s, {}, {}});
        const Id searchRepository = in.add(Repository{0, u"search"_s, {}, {}, u"main"_s, {}, {}});
        m_shop = in.add(Service{0, u"shop"_s, {}, shopRepository});
        m_search = in.add(Service{0, u"search"_s, {}, searchRepository});
        m_idle = in.add(Service{0, u"idle"_s, {}, std::nullopt});
        const Id dev = in.add(Environment{0, u"dev"_s, latin1(Tier::Development), 0});
        const Id staging = in.add(Environment{0, u"staging"_s, latin1(Tier::Staging), 1});
        // Stored before production, placed after it: the order along the path is the position's.
        const Id qa = in.add(Environment{0, u"qa"_s, latin1(Tier::Testing), 3});
        const Id production = in.add(Environment{0, u"production"_s, latin1(Tier::Production), 2});
        // Never deployed to: no promotion step.
        in.add(Environment{0, u"sandbox"_s, latin1(Tier::Other), 4});

        // shop's delivery pipeline:
        //   build -> lint -> docs -> package -> deploy-dev -> approve -> deploy-staging
        //   build -> unit ---------> package
        //   build -> scan ---------> package
        // docs and scan never ran a job: lint -> package is bridged; build -> package is not, as build reaches
        // package through unit anyway. lint is stored before unit but placed after it; approve is placed after
        // deploy-staging but runs before it.
        m_delivery = in.add(Pipeline{0, u"shop delivery"_s, m_shop, u"test"_s, u"shop"_s, {}, {}, 1, T});
        const auto stage = [&](Id pipeline, const QString &name, const char *kind, OptionalId environment,
                               int position) {
            return in.add(Stage{0, pipeline, name, latin1(kind), environment, position});
        };
        const Id build = stage(m_delivery, u"build"_s, StageKind::Build, {}, 0);
        const Id lint = stage(m_delivery, u"lint"_s, StageKind::Test, {}, 2);
        const Id unit = stage(m_delivery, u"unit"_s, StageKind::Test, {}, 1);
        const Id docs = stage(m_delivery, u"docs"_s, StageKind::Other, {}, 3);
        const Id scan = stage(m_delivery, u"scan"_s, StageKind::Security, {}, 4);
        const Id package = stage(m_delivery, u"package"_s, StageKind::Build, {}, 5);
        const Id deployDev = stage(m_delivery, u"deploy-dev"_s, StageKind::Deploy, dev, 6);
        const Id deployStaging = stage(m_delivery, u"deploy-staging"_s, StageKind::Deploy, staging, 7);
        const Id approve = stage(m_delivery, u"approve"_s, StageKind::Approval, {}, 8);
        const QList<std::pair<Id, Id>> graph{
            {build, lint},   {build, unit},   {build, scan},        {lint, docs},         {docs, package},
            {unit, package}, {scan, package}, {package, deployDev}, {deployDev, approve}, {approve, deployStaging}};
        for (const auto &[from, to] : graph)
            in.add(StageEdge{0, m_delivery, from, to});

        // A second pipeline of shop with fewer runs: its build joins the step "build" by name, its hotpatch has no
        // stage of that name in the chosen pipeline and is left out.
        const Id hotfix = in.add(Pipeline{0, u"shop hotfix"_s, m_shop, u"test"_s, u"shop-hotfix"_s, {}, {}, 1, T});
        const Id hotfixBuild = stage(hotfix, u"build"_s, StageKind::Build, {}, 0);
        const Id hotpatch = stage(hotfix, u"hotpatch"_s, StageKind::Deploy, {}, 1);
        in.add(StageEdge{0, hotfix, hotfixBuild, hotpatch});

        const Id searchPipeline =
            in.add(Pipeline{0, u"search delivery"_s, m_search, u"test"_s, u"search"_s, {}, {}, 1, T});
        const Id searchBuild = stage(searchPipeline, u"build"_s, StageKind::Build, {}, 0);

        // Runs. Job times in minutes after the run's base time: (queued, started, finished).
        // R1, created T.
        const Id r1 = in.add(run(m_delivery, m_shop, T, T));
        in.add(job(r1, build, Status::Succeeded, T, 0, 1, 6));                           // wait 1, process 5
        in.add(job(r1, unit, Status::Succeeded, T, 6, 7, 17, 1, u"unit (ubuntu)"_s));    // wait 1, process 10
        in.add(job(r1, unit, Status::Failed, T, 6, 9, 21, 1, u"unit (windows)"_s));      // wait 3, process 12
        in.add(job(r1, unit, Status::Succeeded, T, 22, 23, 35, 2, u"unit (windows)"_s)); // wait 1, process 12
        in.add(job(r1, lint, Status::Succeeded, T, 6, 6, 8));                            // wait 0, process 2
        in.add(job(r1, package, Status::Succeeded, T, 36, 38, 41));                      // wait 2, process 3
        in.add(job(r1, deployDev, Status::Succeeded, T, 41, 42, 44));                    // wait 1, process 2
        in.add(job(r1, approve, Status::Succeeded, T, 60, 24 * 60 + 60, 24 * 60 + 61));  // wait 24 h, process 1
        in.add(job(r1, deployStaging, Status::Succeeded, T + day + hour, 1, 2, 7));      // wait 1, process 5
        // R2, created T + 1 d: build fails first and passes on the retry.
        const Timestamp b2 = T + day;
        const Id r2 = in.add(run(m_delivery, m_shop, b2, b2));
        in.add(job(r2, build, Status::Failed, b2, 0, 3, 10));          // wait 3, process 7
        in.add(job(r2, build, Status::Succeeded, b2, 11, 13, 21, 2));  // wait 2, process 8
        in.add(job(r2, unit, Status::Succeeded, b2, 21, 23, 37));      // wait 2, process 14
        in.add(job(r2, lint, Status::Succeeded, b2, 21, 22, 25));      // wait 1, process 3
        in.add(job(r2, package, Status::Succeeded, b2, 40, 41, 43));   // wait 1, process 2
        in.add(job(r2, deployDev, Status::Succeeded, b2, 43, 44, 48)); // wait 1, process 4
        in.add(job(r2, approve, Status::Succeeded, b2, 120, 2 * 24 * 60 + 120, 2 * 24 * 60 + 121)); // 48 h, 1
        in.add(job(r2, deployStaging, Status::Succeeded, T + 3 * day + 2 * hour, 1, 3, 6));         // wait 2, process 3
        // R3, created T + 2 d: the deployment to dev fails, the approval is refused after the period's end, and
        // deploy-staging is skipped without any time.
        const Timestamp b3 = T + 2 * day;
        const Id r3 = in.add(run(m_delivery, m_shop, b3, b3));
        in.add(job(r3, build, Status::Succeeded, b3, 0, 2, 6));                               // wait 2, process 4
        in.add(job(r3, unit, Status::Succeeded, b3, 6, 11, 20));                              // wait 5, process 9
        in.add(job(r3, package, Status::Succeeded, b3, 20, 24, 29));                          // wait 4, process 5
        in.add(job(r3, deployDev, Status::Failed, b3, 29, 32, 34));                           // wait 3, process 2
        in.add(job(r3, approve, Status::Failed, b3, 60, 8 * 24 * 60 + 60, 8 * 24 * 60 + 61)); // wait 192 h, 1
        in.add(job(r3, deployStaging, Status::Skipped, b3, 120, std::nullopt, std::nullopt));
        // R3's lint was canceled in the queue; its retry failed without a time: neither is a first attempt that
        // ended either way, so R3 is not judged for lint.
        in.add(job(r3, lint, Status::Canceled, b3, 6, std::nullopt, std::nullopt));
        in.add(job(r3, lint, Status::Failed, b3, std::nullopt, std::nullopt, std::nullopt, 2));
        // R4, created before the period: left out.
        const Id r4 = in.add(run(m_delivery, m_shop, T - 5 * day, T - 5 * day));
        in.add(job(r4, build, Status::Succeeded, T - 5 * day, 0, 30, 60));
        // R5: search's.
        const Id r5 = in.add(run(searchPipeline, m_search, T + day, T + day));
        in.add(job(r5, searchBuild, Status::Succeeded, T + day, 0, 50, 60)); // wait 50, process 10
        // R6: no creation time (its start counts) and no service (its pipeline's counts).
        const Timestamp b6 = T + 3 * day;
        const Id r6 = in.add(run(m_delivery, std::nullopt, std::nullopt, b6));
        in.add(job(r6, build, Status::Succeeded, b6, 0, 4, 10));                   // wait 4, process 6
        in.add(job(r6, unit, Status::Queued, b6, 10, std::nullopt, std::nullopt)); // still queued: WIP
        // R7: shop's hotfix pipeline.
        const Timestamp b7 = T + 4 * day;
        const Id r7 = in.add(run(hotfix, m_shop, b7, b7));
        in.add(job(r7, hotfixBuild, Status::Succeeded, b7, 0, 6, 9)); // wait 6, process 3
        in.add(job(r7, hotpatch, Status::Succeeded, b7, 9, 10, 11));
        // R9: created exactly at the period's end: left out (it belongs to the next period).
        const Id r9 = in.add(run(m_delivery, m_shop, periodEnd, periodEnd));
        in.add(job(r9, build, Status::Succeeded, periodEnd, 0, 40, 45)); // wait 40, process 5

        // Pull requests of shop's repository.
        in.add(pullRequest(shopRepository, 1, T - day, T + hour, T + hour, T - 2 * day)); // coding 24 h, review 25 h
        in.add(pullRequest(shopRepository, 2, T + day + 6 * hour, T + 2 * day, T + 2 * day, T + day)); // 6 h, 18 h
        in.add(pullRequest(shopRepository, 3, T + 2 * day, T + 3 * day, T + 3 * day, std::nullopt));   // -, 24 h
        // Its first commit is later than its opening: no coding sample; review 4 h.
        in.add(pullRequest(shopRepository, 4, T + 3 * day, T + 3 * day + 4 * hour, T + 3 * day + 4 * hour,
                           T + 3 * day + 2 * hour));
        // Merged after the period: open at its end (WIP). Coding 24 h, review 6 d 1 h in the next period.
        in.add(pullRequest(shopRepository, 5, T + 4 * day, periodEnd + hour, periodEnd + hour, T + 3 * day));
        // Closed unmerged within the period: neither a sample nor WIP.
        in.add(pullRequest(shopRepository, 6, T + 5 * day, std::nullopt, T + 6 * day, T + 4 * day));
        // Still open: WIP.
        in.add(pullRequest(shopRepository, 7, T + 8 * day, std::nullopt, std::nullopt, T + 7 * day));
        // Merged before the period.
        in.add(pullRequest(shopRepository, 8, T - 20 * day, T - day, T - day, T - 21 * day));
        // search's: review 24 h.
        in.add(pullRequest(searchRepository, 1, T + day, T + 2 * day, T + 2 * day, std::nullopt));

        // Deployments. shop's to staging (arrivals): 1.0 (commit a) at T + 1 d 1 h 7 min, 1.1 (commit b) at
        // T + 3 d 2 h 6 min, 0.9 (commit c) long before the period, 1.2 (commit d) failed.
        const auto deployment = [&](Id service, Id environment, const QString &version, const char *status,
                                    Timestamp started, OptionalTime finished, std::optional<char> commit) {
            return in.add(deploymentRow(service, environment, version, status, started, finished,
                                        commit ? std::optional<QString>(oidOf(*commit)) : std::nullopt));
        };
        deployment(m_shop, staging, u"1.0"_s, Status::Succeeded, T + day + hour + 2 * minute,
                   T + day + hour + 7 * minute, 'a');
        deployment(m_shop, staging, u"1.1"_s, Status::Succeeded, T + 3 * day + 2 * hour + 3 * minute,
                   T + 3 * day + 2 * hour + 6 * minute, 'b');
        deployment(m_shop, staging, u"0.9"_s, Status::Succeeded, T - 3 * day - 5 * minute, T - 3 * day, 'c');
        deployment(m_shop, staging, u"1.2"_s, Status::Failed, T + 4 * day, T + 4 * day + 5 * minute, 'd');
        deployment(m_shop, dev, u"1.0"_s, Status::Succeeded, T + 42 * minute, T + 44 * minute, 'a');
        // To production:
        // P1 1.0: wait T + 2 d - (T + 1 d 1 h 7 min) = 22 h 53 min = 82,380,000; process 10 min.
        deployment(m_shop, production, u"1.0"_s, Status::Succeeded, T + 2 * day, T + 2 * day + 10 * minute, 'a');
        // P2 1.1 without a commit, matched by its version: wait T + 4 d 2 h 6 min - (T + 3 d 2 h 6 min) = 24 h =
        // 86,400,000; failed: no process sample.
        deployment(m_shop, production, u"1.1"_s, Status::Failed, T + 4 * day + 2 * hour + 6 * minute,
                   T + 4 * day + 2 * hour + 26 * minute, std::nullopt);
        // P3 1.1 by its commit: wait T + 5 d - (T + 3 d 2 h 6 min) = 45 h 54 min = 165,240,000; process 14 min.
        deployment(m_shop, production, u"1.1"_s, Status::Succeeded, T + 5 * day, T + 5 * day + 14 * minute, 'b');
        // P4 0.9 (back to the version before): wait T + 1 d - (T - 3 d) = 96 h = 345,600,000; process 6 min.
        deployment(m_shop, production, u"0.9"_s, Status::Succeeded, T + day, T + day + 6 * minute, 'c');
        // P5 1.2 never arrived in staging: no wait; process 8 min.
        deployment(m_shop, production, u"1.2"_s, Status::Succeeded, T + 6 * day, T + 6 * day + 8 * minute, 'd');
        // Before the period.
        deployment(m_shop, production, u"0.8"_s, Status::Succeeded, T - day, T - day + 5 * minute, 'e');
        // To qa, after production: 1.0 arrived in production at T + 2 d 10 min; wait 23 h 50 min = 85,800,000;
        // process 2 min.
        deployment(m_shop, qa, u"1.0"_s, Status::Succeeded, T + 3 * day, T + 3 * day + 2 * minute, 'a');
        // search's: to production, process 5 min, no arrival in staging.
        deployment(m_search, production, u"3.0"_s, Status::Succeeded, T + 2 * day, T + 2 * day + 5 * minute, 'f');

        QVERIFY2(in.error().isEmpty(), qPrintable(in.error()));
    }

    void stepsOfAServiceInStreamOrder()
    {
        const Map map = derive(m_shop);
        QCOMPARE(map.name, u"shop"_s);
        QCOMPARE(map.serviceId, OptionalId(m_shop));
        QCOMPARE(map.state, MapState::Current);
        QCOMPARE(map.periodFrom, OptionalTime(T));
        QCOMPARE(map.periodTo, OptionalTime(periodEnd));
        QCOMPARE(map.statistic, Statistic::Median);
        QCOMPARE(map.id, Id(0));
        QCOMPARE(map.revision, 0);
        // Topological, ties by position: unit (1) before lint (2); approve before deploy-staging despite its
        // position. docs and scan had no job; hotpatch is not a stage of the chosen pipeline; sandbox saw no
        // deployment; dev and staging are deployed to by stages.
        QCOMPARE(keys(map), (QStringList{u"coding"_s, u"review"_s, u"stage:build"_s, u"stage:unit"_s, u"stage:lint"_s,
                                         u"stage:package"_s, u"stage:deploy-dev"_s, u"stage:approve"_s,
                                         u"stage:deploy-staging"_s, u"promotion:production"_s, u"promotion:qa"_s}));
        for (qsizetype i = 0; i < map.steps.size(); ++i) {
            QCOMPARE(map.steps[i].id, Id(-(i + 1)));
            QVERIFY(map.steps[i].measured);
        }
        const QStringList kinds{u"coding"_s, u"review"_s,   u"build"_s,  u"test"_s,      u"test"_s,     u"build"_s,
                                u"deploy"_s, u"approval"_s, u"deploy"_s, u"promotion"_s, u"promotion"_s};
        for (qsizetype i = 0; i < map.steps.size(); ++i)
            QCOMPARE(map.steps[i].kind, kinds[i]);
        QCOMPARE(map.steps[0].name, u"Coding"_s);
        QCOMPARE(map.steps[1].name, u"Review"_s);
        QCOMPARE(map.steps[2].name, u"build"_s);
        QCOMPARE(map.steps[9].name, u"Deploy to production"_s);
        QCOMPARE(map.steps[10].name, u"Deploy to qa"_s);
    }

    void codingAndReviewFromPullRequests()
    {
        const Map map = derive(m_shop);
        const Step *coding = stepWithKey(map, u"coding"_s);
        QVERIFY(coding);
        // #1 24 h, #2 6 h (#3 has no first commit, #4 runs backwards): median (6 + 24) / 2 = 15 h.
        QCOMPARE(sorted(coding->processSamplesMs), (QList<qint64>{6 * hour, 24 * hour}));
        QCOMPARE(coding->processMs, std::optional<qint64>(15 * hour));
        QCOMPARE(coding->waitMs, std::nullopt);
        QVERIFY(coding->waitSamplesMs.isEmpty());
        QCOMPARE(coding->sampleCount, 2);
        QCOMPARE(coding->pctCompleteAccurate, std::nullopt);
        QCOMPARE(coding->wip, std::nullopt);

        const Step *review = stepWithKey(map, u"review"_s);
        QVERIFY(review);
        // 25 h, 18 h, 24 h, 4 h -> 4, 18, 24, 25: median (18 + 24) / 2 = 21 h.
        QCOMPARE(sorted(review->waitSamplesMs), (QList<qint64>{4 * hour, 18 * hour, 24 * hour, 25 * hour}));
        QCOMPARE(review->waitMs, std::optional<qint64>(21 * hour));
        QCOMPARE(review->processMs, std::nullopt);
        QCOMPARE(review->sampleCount, 4);
        QCOMPARE(review->pctCompleteAccurate, std::nullopt);
        // #5 (merged after the end) and #7 (open); #6 was closed within the period.
        QCOMPARE(review->wip, std::optional<int>(2));
    }

    void stagesFromJobs()
    {
        const Map map = derive(m_shop);
        const Step *build = stepWithKey(map, u"stage:build"_s);
        QVERIFY(build);
        // R1 (1, 5), R2 (3, 7) and its retry (2, 8), R3 (2, 4), R6 (4, 6), R7 of the hotfix pipeline (6, 3);
        // not R4 (before), R5 (search), R9 (at the end).
        // Waits 1, 2, 2, 3, 4, 6: median (2 + 3) / 2 = 2.5 min. Work 3, 4, 5, 6, 7, 8: median 5.5 min.
        QCOMPARE(sorted(build->waitSamplesMs),
                 (QList<qint64>{1 * minute, 2 * minute, 2 * minute, 3 * minute, 4 * minute, 6 * minute}));
        QCOMPARE(sorted(build->processSamplesMs),
                 (QList<qint64>{3 * minute, 4 * minute, 5 * minute, 6 * minute, 7 * minute, 8 * minute}));
        QCOMPARE(build->waitMs, std::optional<qint64>(150'000));
        QCOMPARE(build->processMs, std::optional<qint64>(330'000));
        QCOMPARE(build->sampleCount, 6);
        // First attempts: R1 passed, R2 failed (its retry does not count), R3, R6, R7 passed: 4 / 5.
        QCOMPARE(build->pctCompleteAccurate, std::optional<double>(80.0));
        QCOMPARE(build->wip, std::optional<int>(0));

        const Step *unit = stepWithKey(map, u"stage:unit"_s);
        QVERIFY(unit);
        // Waits 1, 3, 1 (R1's two legs and the retry), 2, 5: 1, 1, 2, 3, 5 -> median 2 min.
        // Work 10, 12, 12, 14, 9: 9, 10, 12, 12, 14 -> median 12 min.
        QCOMPARE(unit->waitMs, std::optional<qint64>(2 * minute));
        QCOMPARE(unit->processMs, std::optional<qint64>(12 * minute));
        QCOMPARE(unit->sampleCount, 5);
        // R1's first attempt failed on one leg of the matrix: R1 failed, R2 and R3 passed: 2 / 3.
        QVERIFY(unit->pctCompleteAccurate);
        QCOMPARE(*unit->pctCompleteAccurate, 200.0 / 3.0);
        // R6's unit job is still in the queue.
        QCOMPARE(unit->wip, std::optional<int>(1));

        const Step *lint = stepWithKey(map, u"stage:lint"_s);
        QVERIFY(lint);
        // Two samples (R3's canceled job and its retry have no time): waits 0 and 1 min -> 30 s; work 2 and 3 min
        // -> 2.5 min. R1 and R2 passed at the first attempt; R3 is not judged.
        QCOMPARE(lint->waitMs, std::optional<qint64>(30'000));
        QCOMPARE(lint->processMs, std::optional<qint64>(150'000));
        QCOMPARE(lint->pctCompleteAccurate, std::optional<double>(100.0));
        QCOMPARE(lint->sampleCount, 2);
        QCOMPARE(lint->wip, std::optional<int>(0));

        const Step *package = stepWithKey(map, u"stage:package"_s);
        QVERIFY(package);
        // A first attempt waits from the latest finish of the stages it needs that ran in its run (unit; docs and
        // scan never ran): R1 38 - 35 (unit's retry) = 3, R2 41 - 37 = 4, R3 24 - 20 = 4 -> 4 min (queued to started
        // would have given 2, 1, 4). Work 3, 2, 5 -> 3 min.
        QCOMPARE(sorted(package->waitSamplesMs), (QList<qint64>{3 * minute, 4 * minute, 4 * minute}));
        QCOMPARE(package->waitMs, std::optional<qint64>(4 * minute));
        QCOMPARE(package->processMs, std::optional<qint64>(3 * minute));

        const Step *deployDev = stepWithKey(map, u"stage:deploy-dev"_s);
        QVERIFY(deployDev);
        // Waits 1, 1, 3 -> 1 min; work 2, 4, 2 -> 2 min; R3 failed: 2 / 3.
        QCOMPARE(deployDev->waitMs, std::optional<qint64>(minute));
        QCOMPARE(deployDev->processMs, std::optional<qint64>(2 * minute));
        QCOMPARE(*deployDev->pctCompleteAccurate, 200.0 / 3.0);
        QCOMPARE(deployDev->kind, u"deploy"_s);

        const Step *approve = stepWithKey(map, u"stage:approve"_s);
        QVERIFY(approve);
        // The wait for the approval runs from deploy-dev's finish, as the approval was queued later: R1 1500 - 44 =
        // 1456 min (24 h 16 min), R2 3000 - 48 = 2952 min (49 h 12 min) and R3's 11580 - 34 = 11546 min (192 h 26 min,
        // granted after the period, still its run's wait; deploy-dev failed there but ran) -> median 2952 min =
        // 177,120,000 ms; the approval itself 1 min.
        QCOMPARE(sorted(approve->waitSamplesMs), (QList<qint64>{87'360'000, 177'120'000, 692'760'000}));
        QCOMPARE(approve->waitMs, std::optional<qint64>(177'120'000));
        QCOMPARE(approve->processMs, std::optional<qint64>(minute));
        QCOMPARE(*approve->pctCompleteAccurate, 200.0 / 3.0);
        // R3's approval was queued before the end and started after it.
        QCOMPARE(approve->wip, std::optional<int>(1));

        const Step *deployStaging = stepWithKey(map, u"stage:deploy-staging"_s);
        QVERIFY(deployStaging);
        // Waits from the approval's finish (just before the queueing): 1502 - 1501 = 1, 3003 - 3001 = 2 -> 1.5 min;
        // work 5, 3 -> 4 min. R3's skipped job has no time: no sample, no WIP.
        QCOMPARE(deployStaging->waitMs, std::optional<qint64>(90'000));
        QCOMPARE(deployStaging->processMs, std::optional<qint64>(4 * minute));
        QCOMPARE(deployStaging->sampleCount, 2);
        QCOMPARE(deployStaging->wip, std::optional<int>(0));
        QCOMPARE(deployStaging->pctCompleteAccurate, std::optional<double>(100.0));
    }

    void promotionsFromDeployments()
    {
        const Map map = derive(m_shop);
        const Step *production = stepWithKey(map, u"promotion:production"_s);
        QVERIFY(production);
        QCOMPARE(production->kind, u"promotion"_s);
        // Waits 22 h 53 min, 24 h, 45 h 54 min, 96 h: median (24 h + 45 h 54 min) / 2 = 125,820,000 ms.
        QCOMPARE(sorted(production->waitSamplesMs), (QList<qint64>{82'380'000, 86'400'000, 165'240'000, 345'600'000}));
        QCOMPARE(production->waitMs, std::optional<qint64>(125'820'000));
        // Work of the successful ones: 10, 14, 6, 8 min -> 6, 8, 10, 14: median 9 min.
        QCOMPARE(sorted(production->processSamplesMs),
                 (QList<qint64>{6 * minute, 8 * minute, 10 * minute, 14 * minute}));
        QCOMPARE(production->processMs, std::optional<qint64>(9 * minute));
        // 4 succeeded, 1 failed.
        QCOMPARE(production->pctCompleteAccurate, std::optional<double>(80.0));
        QCOMPARE(production->sampleCount, 5);
        QCOMPARE(production->wip, std::nullopt);

        const Step *qa = stepWithKey(map, u"promotion:qa"_s);
        QVERIFY(qa);
        QCOMPARE(qa->waitSamplesMs, (QList<qint64>{85'800'000}));
        QCOMPARE(qa->processMs, std::optional<qint64>(2 * minute));
        QCOMPARE(qa->pctCompleteAccurate, std::optional<double>(100.0));
    }

    void parallelBranchesAndBridgedStages()
    {
        const Map map = derive(m_shop);
        // coding -1, review -2, build -3, unit -4, lint -5, package -6, deploy-dev -7, approve -8,
        // deploy-staging -9, production -10, qa -11. lint -> package stands for lint -> docs -> package; build ->
        // scan -> package is left out, as build reaches package through unit.
        const QList<std::pair<Id, Id>> expected{{-1, -2}, {-2, -3}, {-3, -4}, {-3, -5},  {-4, -6},  {-5, -6},
                                                {-6, -7}, {-7, -8}, {-8, -9}, {-9, -10}, {-10, -11}};
        QCOMPARE(sortedEdges(map.edges), expected);
        QVERIFY(map.hasParallelBranches());

        // The analysis takes the map as it is: the bottleneck is the approval (wait 49 h 12 min + 1 min).
        auto analysis = analyse(map);
        QVERIFY2(analysis, qPrintable(analysis.errorMessage()));
        QVERIFY(analysis->bottleneck);
        QCOMPARE(analysis->bottleneck->id, Id(-8));
    }

    void percentile85()
    {
        const Map map = derive(m_shop, T, periodEnd, Statistic::P85);
        QCOMPARE(map.statistic, Statistic::P85);
        // coding 6 h, 24 h: rank 0.85 -> 6 + 0.85 * 18 = 21.3 h.
        QCOMPARE(stepWithKey(map, u"coding"_s)->processMs, std::optional<qint64>(76'680'000));
        // review 4, 18, 24, 25 h: rank 2.55 -> 24 + 0.55 * 1 = 24.55 h.
        QCOMPARE(stepWithKey(map, u"review"_s)->waitMs, std::optional<qint64>(88'380'000));
        // build waits 1, 2, 2, 3, 4, 6 min: rank 4.25 -> 4 + 0.25 * 2 = 4.5 min; work 3..8: 7 + 0.25 = 7.25 min.
        QCOMPARE(stepWithKey(map, u"stage:build"_s)->waitMs, std::optional<qint64>(270'000));
        QCOMPARE(stepWithKey(map, u"stage:build"_s)->processMs, std::optional<qint64>(435'000));
        // lint waits 0, 1 min: 0.85 min; work 2, 3 min: 2.85 min.
        QCOMPARE(stepWithKey(map, u"stage:lint"_s)->waitMs, std::optional<qint64>(51'000));
        QCOMPARE(stepWithKey(map, u"stage:lint"_s)->processMs, std::optional<qint64>(171'000));
        // approve 1456, 2952, 11546 min: rank 1.7 -> 2952 + 0.7 * 8594 = 8967.8 min.
        QCOMPARE(stepWithKey(map, u"stage:approve"_s)->waitMs, std::optional<qint64>(538'068'000));
        // The samples are the same whichever the statistic.
        QCOMPARE(stepWithKey(map, u"stage:build"_s)->sampleCount, 6);
    }

    void anotherServiceAndALine()
    {
        const Map map = derive(m_search);
        QCOMPARE(map.name, u"search"_s);
        // No coding (its only pull request has no first commit): review -> build -> production, a line.
        QCOMPARE(keys(map), (QStringList{u"review"_s, u"stage:build"_s, u"promotion:production"_s}));
        QVERIFY(map.edges.isEmpty());
        const Step &review = map.steps[0];
        QCOMPARE(review.waitMs, std::optional<qint64>(24 * hour));
        QCOMPARE(review.wip, std::optional<int>(0));
        const Step &build = map.steps[1];
        QCOMPARE(build.waitSamplesMs, (QList<qint64>{50 * minute}));
        QCOMPARE(build.processSamplesMs, (QList<qint64>{10 * minute}));
        // Its pipeline deploys nowhere, so production is a promotion; nothing arrived in staging before it.
        const Step &production = map.steps[2];
        QCOMPARE(production.waitMs, std::nullopt);
        QCOMPARE(production.processMs, std::optional<qint64>(5 * minute));
        QCOMPARE(production.sampleCount, 1);
        QCOMPARE(map.steps[0].id, Id(-1));
        QCOMPARE(map.steps[2].id, Id(-3));
    }

    void everyService()
    {
        const Map map = derive(std::nullopt);
        QCOMPARE(map.name, u"All services"_s);
        QCOMPARE(map.serviceId, std::nullopt);
        // The delivery pipeline has the most runs (R1, R2, R3, R6) and gives the graph; search's and the hotfix
        // pipeline's build join its build by name.
        QCOMPARE(keys(map), (QStringList{u"coding"_s, u"review"_s, u"stage:build"_s, u"stage:unit"_s, u"stage:lint"_s,
                                         u"stage:package"_s, u"stage:deploy-dev"_s, u"stage:approve"_s,
                                         u"stage:deploy-staging"_s, u"promotion:production"_s, u"promotion:qa"_s}));
        const Step *build = stepWithKey(map, u"stage:build"_s);
        // Waits 1, 2, 2, 3, 4, 6 and search's 50 min: median 3 min.
        QCOMPARE(build->sampleCount, 7);
        QCOMPARE(build->waitMs, std::optional<qint64>(3 * minute));
        // 5 of 6 first attempts passed.
        QCOMPARE(*build->pctCompleteAccurate, 500.0 / 6.0);
        // Review gains search's 24 h: 4, 18, 24, 24, 25 -> 24 h.
        QCOMPARE(stepWithKey(map, u"review"_s)->waitMs, std::optional<qint64>(24 * hour));
        QCOMPARE(stepWithKey(map, u"review"_s)->sampleCount, 5);
        // Production gains search's deployment: work 5, 6, 8, 10, 14 min -> 8 min.
        QCOMPARE(stepWithKey(map, u"promotion:production"_s)->processMs, std::optional<qint64>(8 * minute));
        QCOMPARE(stepWithKey(map, u"promotion:production"_s)->sampleCount, 6);
    }

    void thePeriodFilters()
    {
        // [T + 10 d, T + 20 d): R9 (created at T + 10 d) only, and #5 merged at T + 10 d 1 h.
        const Map map = derive(m_shop, periodEnd, periodEnd + 10 * day);
        QCOMPARE(keys(map), (QStringList{u"coding"_s, u"review"_s, u"stage:build"_s}));
        QVERIFY(map.edges.isEmpty());
        QCOMPARE(map.steps[0].processMs, std::optional<qint64>(24 * hour));
        QCOMPARE(map.steps[1].waitMs, std::optional<qint64>(6 * day + hour));
        QCOMPARE(map.steps[2].waitSamplesMs, (QList<qint64>{40 * minute}));
        QCOMPARE(map.steps[2].processSamplesMs, (QList<qint64>{5 * minute}));
        // #7 is still open at the end.
        QCOMPARE(map.steps[1].wip, std::optional<int>(1));

        // [T - 10 d, T): R4 and #8; production's 0.8 has no arrival, staging is deployed to by a stage.
        const Map before = derive(m_shop, T - 10 * day, T);
        QCOMPARE(keys(before), (QStringList{u"coding"_s, u"review"_s, u"stage:build"_s, u"promotion:production"_s}));
        QCOMPARE(before.steps[2].waitMs, std::optional<qint64>(30 * minute));
        // #1 was open at T (merged an hour later).
        QCOMPARE(before.steps[1].wip, std::optional<int>(1));
    }

    void theConnectionIsLeftAsItWas()
    {
        // Derived inside a write transaction (its reads join it), and after it the connection writes again.
        Map inside;
        auto written = m_workspace->write([&](QSqlDatabase &db) -> Result<void> {
            auto map = deriveMap(db, DerivationScope{T, periodEnd, m_search, Statistic::Median});
            if (!map)
                return map.error();
            inside = *map;
            return {};
        });
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(inside, derive(m_search));
        auto set = m_workspace->setSetting(u"test.derived"_s, u"yes"_s);
        QVERIFY2(set, qPrintable(set.errorMessage()));
    }

    void aServiceWithoutData()
    {
        const Map map = derive(m_idle);
        QCOMPARE(map.name, u"idle"_s);
        QVERIFY(map.steps.isEmpty());
        QVERIFY(map.edges.isEmpty());
    }

    void unknownServiceIsRefused()
    {
        auto map = deriveMap(db(), DerivationScope{T, periodEnd, Id(4711), Statistic::Median});
        QVERIFY(!map);
        QVERIFY2(map.errorMessage().contains(u"4711"_s), qPrintable(map.errorMessage()));
    }

    void anEmptyPeriodIsRefused()
    {
        auto map = deriveMap(db(), DerivationScope{T, T, m_shop, Statistic::Median});
        QVERIFY(!map);
        QVERIFY(!map.errorMessage().isEmpty());
    }

    void cancellation()
    {
        std::atomic_bool cancel{true};
        auto map = deriveMap(db(), DerivationScope{T, periodEnd, m_shop, Statistic::Median}, TaskControl({}, &cancel));
        QVERIFY(!map);
        QCOMPARE(map.errorMessage(), TaskControl::canceledMessage());
    }

    void emptyWorkspace()
    {
        auto created = newWorkspace(u"empty"_s);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        auto map = deriveMap((*created)->connection(), DerivationScope{T, periodEnd, std::nullopt, Statistic::P85});
        QVERIFY2(map, qPrintable(map.errorMessage()));
        QCOMPARE(map->name, u"All services"_s);
        QCOMPARE(map->statistic, Statistic::P85);
        QVERIFY(map->steps.isEmpty());
        QVERIFY(map->edges.isEmpty());
    }

    void aCyclicStageGraphIsRefused()
    {
        auto created = newWorkspace(u"cycle"_s);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        RowInserter in(**created);
        const Id service = in.add(Service{0, u"loop"_s, {}, std::nullopt});
        const Id pipeline = in.add(Pipeline{0, u"round and round"_s, service, u"test"_s, u"loop"_s, {}, {}, 1, T});
        const Id a = in.add(Stage{0, pipeline, u"a"_s, latin1(StageKind::Build), {}, 0});
        const Id b = in.add(Stage{0, pipeline, u"b"_s, latin1(StageKind::Test), {}, 1});
        in.add(StageEdge{0, pipeline, a, b});
        in.add(StageEdge{0, pipeline, b, a});
        const Id r = in.add(run(pipeline, service, T, T));
        in.add(job(r, a, Status::Succeeded, T, 0, 1, 2));
        QVERIFY2(in.error().isEmpty(), qPrintable(in.error()));
        auto map = deriveMap((*created)->connection(), DerivationScope{T, periodEnd, service, Statistic::Median});
        QVERIFY(!map);
        QVERIFY2(map.errorMessage().contains(u"round and round"_s), qPrintable(map.errorMessage()));
    }

    void aReleaseTrainWeighsEveryChange()
    {
        // A service that releases in a train: three changes reach dev one by one and go to staging, the approval and
        // production together in the third change's run; a fourth goes all the way on its own.
        auto created = newWorkspace(u"train"_s);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        RowInserter in(**created);
        const Id repository = in.add(Repository{0, u"train"_s, {}, {}, u"main"_s, {}, {}});
        const Id elsewhere = in.add(Repository{0, u"elsewhere"_s, {}, {}, u"main"_s, {}, {}});
        const Id service = in.add(Service{0, u"train"_s, {}, repository});
        const Id dev = in.add(Environment{0, u"dev"_s, latin1(Tier::Development), 0});
        const Id staging = in.add(Environment{0, u"staging"_s, latin1(Tier::Staging), 1});
        const Id production = in.add(Environment{0, u"production"_s, latin1(Tier::Production), 2});
        // No stage deploys to canary: a promotion step.
        const Id canary = in.add(Environment{0, u"canary"_s, latin1(Tier::Production), 3});
        const Id pipeline = in.add(Pipeline{0, u"train delivery"_s, service, u"test"_s, u"train"_s, {}, {}, 1, T});
        const Id build = in.add(Stage{0, pipeline, u"build"_s, latin1(StageKind::Build), {}, 0});
        const Id deployDev = in.add(Stage{0, pipeline, u"deploy-dev"_s, latin1(StageKind::Deploy), dev, 1});
        const Id deployStaging = in.add(Stage{0, pipeline, u"deploy-staging"_s, latin1(StageKind::Deploy), staging, 2});
        const Id approve = in.add(Stage{0, pipeline, u"approve"_s, latin1(StageKind::Approval), {}, 3});
        const Id deployProduction =
            in.add(Stage{0, pipeline, u"deploy-production"_s, latin1(StageKind::Deploy), production, 4});
        in.add(StageEdge{0, pipeline, build, deployDev});
        in.add(StageEdge{0, pipeline, deployDev, deployStaging});
        in.add(StageEdge{0, pipeline, deployStaging, approve});
        in.add(StageEdge{0, pipeline, approve, deployProduction});

        // The merge commits m1..m4 of pull requests #1..#4, and a feature commit f that is no pull request's merge.
        // elsewhere's pull request has m1's id as its merge commit, but it is not of the service's repository.
        QList<Id> merges;
        for (const char c : {'1', '2', '3', '4'})
            merges.append(in.add(commitRow(repository, oidOf(c), T - day)));
        const Id feature = in.add(commitRow(repository, oidOf('f'), T - day));
        for (int number = 1; number <= 4; ++number) {
            PullRequest pr = pullRequest(repository, number, T - 3 * hour, T, T, T - day);
            pr.mergeCommitOid = oidOf(char('0' + number));
            in.add(pr);
        }
        PullRequest foreign = pullRequest(elsewhere, 1, T - 3 * hour, T, T, T - day);
        foreign.mergeCommitOid = oidOf('1');
        in.add(foreign);

        // Deployments as the runs' deploy jobs made them (times in minutes after T), with the commits they shipped.
        const auto deployed = [&](Id run, Id environment, char commit, const char *status, qint64 started,
                                  qint64 finished, const QList<Id> &shipped) {
            Deployment d = deploymentRow(service, environment, u"1.%1"_s.arg(QLatin1Char(commit)), status,
                                         T + started * minute, T + finished * minute, oidOf(commit));
            d.runId = run == 0 ? OptionalId() : OptionalId(run);
            const Id id = in.add(d);
            for (const Id shippedCommit : shipped)
                in.add(DeploymentCommit{id, shippedCommit});
        };
        // RA and RB: build and dev only, one change each (dev also gets f with m1).
        const Id ra = in.add(run(pipeline, service, T, T));
        in.add(job(ra, build, Status::Succeeded, T, 0, 2, 12));       // wait 2, process 10
        in.add(job(ra, deployDev, Status::Succeeded, T, 12, 13, 17)); // wait 1, process 4
        deployed(ra, dev, '1', Status::Succeeded, 13, 17, {merges[0], feature});
        const Id rb = in.add(run(pipeline, service, T + hour, T + hour));
        in.add(job(rb, build, Status::Succeeded, T, 60, 63, 71));     // wait 3, process 8
        in.add(job(rb, deployDev, Status::Succeeded, T, 71, 72, 75)); // wait 1, process 3
        deployed(rb, dev, '2', Status::Succeeded, 72, 75, {merges[1]});
        // RC: its change to dev, then held until the release the next day, which ships #1, #2 and #3.
        const Id rc = in.add(run(pipeline, service, T + 2 * hour, T + 2 * hour));
        in.add(job(rc, build, Status::Succeeded, T, 120, 121, 127));     // wait 1, process 6
        in.add(job(rc, deployDev, Status::Succeeded, T, 127, 129, 134)); // wait 2, process 5
        deployed(rc, dev, '3', Status::Succeeded, 129, 134, {merges[2]});
        // Queued at the release (1440), started 1442: the wait runs from deploy-dev's finish, 1442 - 134 = 1308.
        in.add(job(rc, deployStaging, Status::Succeeded, T, 1440, 1442, 1450)); // wait 1308, process 8
        deployed(rc, staging, '3', Status::Succeeded, 1442, 1450, {merges[0], merges[1], merges[2], feature});
        in.add(job(rc, approve, Status::Succeeded, T, 1450, 1630, 1631));          // wait 180, process 1
        in.add(job(rc, deployProduction, Status::Succeeded, T, 1631, 1633, 1639)); // wait 2, process 6
        deployed(rc, production, '3', Status::Succeeded, 1633, 1639, {merges[0], merges[1], merges[2], feature});
        // RD: #4 all the way on its own; production fails at the first attempt and passes at the retry.
        const Id rd = in.add(run(pipeline, service, T + 2 * day, T + 2 * day));
        in.add(job(rd, build, Status::Succeeded, T, 2880, 2884, 2890));               // wait 4, process 6
        in.add(job(rd, deployDev, Status::Succeeded, T, 2890, 2891, 2894));           // wait 1, process 3
        in.add(job(rd, deployStaging, Status::Succeeded, T, 2894, 2900, 2905));       // wait 6, process 5
        in.add(job(rd, approve, Status::Succeeded, T, 2905, 2965, 2966));             // wait 60, process 1
        in.add(job(rd, deployProduction, Status::Failed, T, 2966, 2971, 2979));       // wait 5, process 8
        in.add(job(rd, deployProduction, Status::Succeeded, T, 2980, 2986, 2990, 2)); // retry: wait 6, process 4
        deployed(rd, dev, '4', Status::Succeeded, 2891, 2894, {merges[3]});
        deployed(rd, staging, '4', Status::Succeeded, 2900, 2905, {merges[3]});
        deployed(rd, production, '4', Status::Failed, 2971, 2979, {merges[3]});
        deployed(rd, production, '4', Status::Succeeded, 2986, 2990, {merges[3]});
        // To canary without a run: m3 (shipping #1..#3) 61 min after it arrived in production at 1639, for 10 min;
        // m4 (#4) 10 min after its arrival at 2990, for 4 min.
        deployed(0, canary, '3', Status::Succeeded, 1700, 1710, {merges[0], merges[1], merges[2]});
        deployed(0, canary, '4', Status::Succeeded, 3000, 3004, {merges[3]});
        QVERIFY2(in.error().isEmpty(), qPrintable(in.error()));

        auto derived = deriveMap((*created)->connection(), DerivationScope{T, periodEnd, service, Statistic::Median});
        QVERIFY2(derived, qPrintable(derived.errorMessage()));
        const Map &map = *derived;
        QCOMPARE(keys(map), (QStringList{u"coding"_s, u"review"_s, u"stage:build"_s, u"stage:deploy-dev"_s,
                                         u"stage:deploy-staging"_s, u"stage:approve"_s, u"stage:deploy-production"_s,
                                         u"promotion:canary"_s}));
        // Pull requests count once each: #1..#4 (not elsewhere's).
        QCOMPARE(stepWithKey(map, u"review"_s)->sampleCount, 4);

        // build and deploy-dev weigh by the dev deployment of their run: one change each (f is no pull request's).
        const Step *buildStep = stepWithKey(map, u"stage:build"_s);
        // Waits 2, 3, 1, 4 -> 1, 2, 3, 4: median 2.5 min; work 10, 8, 6, 6 -> 6, 6, 8, 10: median 7 min.
        QCOMPARE(sorted(buildStep->waitSamplesMs), (QList<qint64>{minute, 2 * minute, 3 * minute, 4 * minute}));
        QCOMPARE(buildStep->waitMs, std::optional<qint64>(150'000));
        QCOMPARE(buildStep->processMs, std::optional<qint64>(7 * minute));
        QCOMPARE(buildStep->sampleCount, 4);
        const Step *devStep = stepWithKey(map, u"stage:deploy-dev"_s);
        // Waits 1, 1, 2, 1 -> 1 min.
        QCOMPARE(devStep->waitMs, std::optional<qint64>(minute));
        QCOMPARE(devStep->sampleCount, 4);

        // deploy-staging: RC's hold counts as its wait, three times (it shipped #1, #2, #3); RD's 6 min once.
        // Waits 6, 1308, 1308, 1308 -> median 1308 min = 78,480,000 ms (one sample each, queued to started: 2 and
        // 6 -> 4 min). Work 5, 8, 8, 8 -> 8 min.
        const Step *stagingStep = stepWithKey(map, u"stage:deploy-staging"_s);
        QCOMPARE(sorted(stagingStep->waitSamplesMs),
                 (QList<qint64>{6 * minute, 1308 * minute, 1308 * minute, 1308 * minute}));
        QCOMPARE(stagingStep->waitMs, std::optional<qint64>(78'480'000));
        QCOMPARE(stagingStep->processMs, std::optional<qint64>(8 * minute));
        QCOMPARE(stagingStep->sampleCount, 4);
        QCOMPARE(stagingStep->pctCompleteAccurate, std::optional<double>(100.0));

        // approve weighs by production, the first deploying stage after it: 180 three times, 60 once -> 180 min
        // (one sample each: 120 min).
        const Step *approveStep = stepWithKey(map, u"stage:approve"_s);
        QCOMPARE(sorted(approveStep->waitSamplesMs),
                 (QList<qint64>{60 * minute, 180 * minute, 180 * minute, 180 * minute}));
        QCOMPARE(approveStep->waitMs, std::optional<qint64>(180 * minute));
        QCOMPARE(approveStep->sampleCount, 4);

        // deploy-production: RC 2 min three times, RD 5 and its retry 6 -> 2, 2, 2, 5, 6: median 2 min (one sample
        // each: 2, 5, 6 -> 5 min). Work 6, 6, 6, 8, 4 -> 6 min. First attempts: RC passed for three changes, RD
        // failed for one: 3 / 4 = 75 % (one each: 50 %). RD deployed #4 to production twice: it counts once.
        const Step *productionStep = stepWithKey(map, u"stage:deploy-production"_s);
        QCOMPARE(sorted(productionStep->waitSamplesMs),
                 (QList<qint64>{2 * minute, 2 * minute, 2 * minute, 5 * minute, 6 * minute}));
        QCOMPARE(productionStep->waitMs, std::optional<qint64>(2 * minute));
        QCOMPARE(productionStep->processMs, std::optional<qint64>(6 * minute));
        QCOMPARE(productionStep->pctCompleteAccurate, std::optional<double>(75.0));
        QCOMPARE(productionStep->sampleCount, 5);

        // The promotion to canary: 61 min three times, 10 min once -> 61 min (one each: 35.5 min); work 10, 10, 10,
        // 4 -> 10 min.
        const Step *canaryStep = stepWithKey(map, u"promotion:canary"_s);
        QCOMPARE(sorted(canaryStep->waitSamplesMs),
                 (QList<qint64>{10 * minute, 61 * minute, 61 * minute, 61 * minute}));
        QCOMPARE(canaryStep->waitMs, std::optional<qint64>(61 * minute));
        QCOMPARE(canaryStep->processMs, std::optional<qint64>(10 * minute));
        QCOMPARE(canaryStep->sampleCount, 4);
        QCOMPARE(canaryStep->pctCompleteAccurate, std::optional<double>(100.0));
    }

    void theDemoWaitsForTheChangeApproval()
    {
        // A fixed end of history keeps the figures independent of the day the test runs.
        const Timestamp demoEnd = TestDerivation::demoEnd();
        auto created = demo();
        QVERIFY2(created, qPrintable(created.errorMessage()));
        const QSqlDatabase demoDb = (*created)->connection();

        // Every service over the last 90 days: the Value stream page's default scope.
        auto map = deriveMap(demoDb, DerivationScope{demoEnd - 90 * day, demoEnd, std::nullopt, Statistic::Median});
        QVERIFY2(map, qPrintable(map.errorMessage()));
        // Every demo service has pull requests and runs the eleven stages of demoprofile.cpp; the demo's pipelines
        // deploys to every environment, so there is no promotion step.
        QCOMPARE(keys(*map),
                 (QStringList{u"coding"_s, u"review"_s, u"stage:build"_s, u"stage:lint"_s, u"stage:unit-tests"_s,
                              u"stage:security-scan"_s, u"stage:integration-tests"_s, u"stage:deploy-dev"_s,
                              u"stage:deploy-test"_s, u"stage:deploy-staging"_s, u"stage:security-review"_s,
                              u"stage:change-approval"_s, u"stage:deploy-production"_s}));
        const Step *approval = stepWithKey(*map, u"stage:change-approval"_s);
        QCOMPARE(approval->kind, u"approval"_s);
        // The flaky integration tests pass at the first attempt four times in five.
        QVERIFY(*stepWithKey(*map, u"stage:integration-tests"_s)->pctCompleteAccurate < 90.0);
        // lint, unit-tests and security-scan run side by side after build.
        QVERIFY(map->hasParallelBranches());

        auto analysis = analyse(*map);
        QVERIFY2(analysis, qPrintable(analysis.errorMessage()));
        QVERIFY(analysis->bottleneck);
        const Step &bottleneck = map->steps[map->indexOfStep(analysis->bottleneck->id)];
        qInfo().noquote() << map->name << "over the last 90 days; bottleneck:" << bottleneck.name << "-"
                          << analysis->bottleneck->reason;
        for (const Step &step : std::as_const(map->steps)) {
            qInfo().noquote() << "  " << step.name << "wait" << formatDuration(step.waitMs.value_or(0)) << "process"
                              << formatDuration(step.processMs.value_or(0)) << "lead" << formatDuration(step.leadMs());
        }
        QCOMPARE(bottleneck.sourceKey, u"stage:change-approval"_s);
    }

    void aCopyOnTheOtherEngineDerivesTheSame()
    {
        // The hand-made workspace copied, ids and all: every scope of the cases above gives the same map.
        auto copy = copyOn(onPostgreSql() ? u"sqlite"_s : u"postgresql"_s, *m_workspace, u"derivationcopy"_s);
        QVERIFY2(copy, qPrintable(copy.errorMessage()));
        shuffleRows(*(onPostgreSql() ? m_workspace : *copy));
        if (QTest::currentTestFailed())
            return;
        for (const OptionalId &service : {OptionalId(m_shop), OptionalId(m_search), OptionalId(m_idle), OptionalId()}) {
            for (const auto &[from, to] : {std::pair(T, periodEnd), std::pair(periodEnd, periodEnd + 10 * day),
                                           std::pair(T - 10 * day, T), std::pair(T - 30 * day, T + 30 * day)}) {
                for (const Statistic statistic : {Statistic::Median, Statistic::P85}) {
                    compareDerivations(*m_workspace, **copy, DerivationScope{from, to, service, statistic});
                    if (QTest::currentTestFailed())
                        return;
                }
            }
        }
    }

    void theDemoDerivesTheSameOnBothEngines()
    {
        if (!onPostgreSql())
            QSKIP("Compared in the run on PostgreSQL, with the copy of the demo made there.");
        auto copy = demo();
        QVERIFY2(copy, qPrintable(copy.errorMessage()));
        QCOMPARE((*copy)->engine(), store::Workspace::Engine::PostgreSql);
        const Timestamp end = demoEnd();
        // The whole year of every service: thousands of runs, whose jobs both engines read on two threads (from 1,024
        // runs in scope; on PostgreSQL the second connection in the first's snapshot), in halves whose samples are
        // joined.
        QSqlQuery count(m_demo->connection());
        QVERIFY(count.exec(
            u"SELECT count(*) FROM pipeline_runs WHERE created_at >= %1 AND created_at < %2"_s.arg(end - 366 * day)
                .arg(end)));
        QVERIFY(count.next());
        QVERIFY2(count.value(0).toLongLong() >= 1024, qPrintable(count.value(0).toString()));
        shuffleRows(**copy);
        if (QTest::currentTestFailed())
            return;
        compareDerivations(*m_demo, **copy, DerivationScope{end - 366 * day, end, std::nullopt, Statistic::Median});
        if (QTest::currentTestFailed())
            return;
        compareDerivations(*m_demo, **copy, DerivationScope{end - 90 * day, end, std::nullopt, Statistic::P85});
        if (QTest::currentTestFailed())
            return;
        QSqlQuery services(m_demo->connection());
        QVERIFY(services.exec(u"SELECT id FROM services ORDER BY id"_s));
        while (services.next()) {
            compareDerivations(
                *m_demo, **copy,
                DerivationScope{end - 366 * day, end, services.value(0).toLongLong(), Statistic::Median});
            if (QTest::currentTestFailed())
                return;
        }
    }

    void cleanupTestCase()
    {
        // The workspaces close before their databases are dropped.
        m_workspace.reset();
        m_demoCopy.reset();
        m_demo.reset();
        m_databases.clear();
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestDerivation onSqlite(u"sqlite"_s);
    int failed = QTest::qExec(&onSqlite, argc, argv);
    TestDerivation onPostgreSql(u"postgresql"_s);
    failed += QTest::qExec(&onPostgreSql, argc, argv);
    return failed;
}
#include "tst_derivation.moc"
