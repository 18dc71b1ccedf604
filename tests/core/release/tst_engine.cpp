// SPDX-License-Identifier: GPL-3.0-or-later
// The release engine with real processes: deploys run a /bin/sh script (written by each test) through the process
// backend and its runner, against a real SQLite workspace.
#include "release/audit.h"
#include "release/calendar.h"
#include "release/engine.h"
#include "release/processbackend.h"
#include "release/releasestore.h"
#include "release/trust.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace flowdeck;
using namespace flowdeck::release;
using namespace Qt::StringLiterals;

namespace {

constexpr auto fastPoll = std::chrono::milliseconds(50);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<store::Workspace> m_workspace;
    Id m_service = 0;
    Id m_staging = 0;
    Id m_production = 0;
    Id m_backend = 0;
    std::atomic<qint64> m_clockShift{0};

    QString path(const QString &name) const { return m_dir->filePath(name); }

    /// The deploy script: logs each run to runs.log, prints, sleeps as long as the file "sleep" says, and fails
    /// as many times as fail-<environment> says.
    void writeScript()
    {
        const QByteArray dir = m_dir->path().toUtf8();
        const QByteArray body =
            "#!/bin/sh\n"
            "dir='" +
            dir +
            "'\n"
            "echo \"$1 $2 $3\" >> \"$dir/runs.log\"\n"
            "echo \"deploying $1 $2 to $3\"\n"
            "[ -f \"$dir/sleep\" ] && sleep \"$(cat \"$dir/sleep\")\"\n"
            "if [ -f \"$dir/fail-$3\" ]; then n=$(cat \"$dir/fail-$3\");\n"
            "  if [ \"$n\" -gt 0 ]; then echo $((n - 1)) > \"$dir/fail-$3\"; echo \"broke\" >&2; exit 4; fi\n"
            "fi\n"
            "echo \"deployed $1 $2\"\n";
        writeAll(path(u"deploy.sh"_s), body);
        QFile::setPermissions(path(u"deploy.sh"_s),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    QStringList runs() const
    {
        return QString::fromUtf8(readAll(path(u"runs.log"_s))).split(u'\n', Qt::SkipEmptyParts);
    }

    EngineOptions options(bool approveAll = false)
    {
        EngineOptions made;
        made.actor = u"tester"_s;
        made.approveAll = approveAll;
        made.completeManualTasks = approveAll;
        made.requireTrust = false;
        made.clock = [this] {
            return QDateTime::currentMSecsSinceEpoch() + m_clockShift.load();
        };
        const QString jobs = path(u"jobs"_s);
        made.backends = [jobs](const Backend &backend) {
            BackendContext context;
            context.jobDirectory = jobs;
            context.runnerProgram = QStringLiteral(FLOWDECK_RUNNER_PATH);
            return makeProcessBackend(backend, context);
        };
        return made;
    }

    Result<void> exec(const QString &sql, const QVariantList &values = {})
    {
        return m_workspace->write([&](QSqlDatabase &db) -> Result<void> {
            auto ran = store::runQuery(db, u"test"_s, sql, values);
            if (!ran)
                return ran.error();
            return {};
        });
    }

    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        auto query = store::runQuery(m_workspace->connection(), u"test"_s, sql, values);
        if (!query || !query->next())
            return {};
        return query->value(0);
    }

    ReleaseTask deploy(const QString &name, Id environment, int retries = 0)
    {
        ReleaseTask made = newTask(name, kind::deploy);
        made.serviceId = m_service;
        made.environmentId = environment;
        made.backendId = m_backend;
        made.maxRetries = retries;
        return made;
    }

    /// A release of shop 1.2.0 with `tasks` and `edges`, stored.
    Id store(const QString &name, QList<ReleaseTask> tasks, QList<PlanEdge> edges, const QString &onFailure = u"stop"_s)
    {
        ReleasePlan plan;
        plan.release.name = name;
        plan.release.version = u"1.2.0"_s;
        plan.release.status = status::planned;
        plan.release.onFailure = onFailure;
        plan.release.createdAt = QDateTime::currentMSecsSinceEpoch();
        plan.items = {ReleaseItem{0, 0, m_service, u"1.2.0"_s}};
        plan.tasks = std::move(tasks);
        plan.edges = std::move(edges);
        auto saved = savePlan(*m_workspace, plan, u"tester"_s);
        if (!saved)
            qWarning("%s", qPrintable(saved.errorMessage()));
        return saved ? saved->release.id : 0;
    }

    ReleasePlan plan(Id id) const
    {
        auto loaded = loadPlan(m_workspace->connection(), id);
        return loaded ? *loaded : ReleasePlan{};
    }

    QStringList auditActions(Id releaseId) const
    {
        QStringList actions;
        auto query = store::runQuery(m_workspace->connection(), u"test"_s,
                                     u"SELECT a.action FROM audit_log a LEFT JOIN release_tasks t ON a.subject_type = "
                                     "'release_task' AND t.id = a.subject_id WHERE (a.subject_type = 'release' AND "
                                     "a.subject_id = ?) OR t.release_id = ? ORDER BY a.id"_s,
                                     {releaseId, releaseId});
        while (query && query->next())
            actions.append(query->value(0).toString());
        return actions;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Flowdeck"_s);
        QCoreApplication::setApplicationName(u"Flowdeck engine test"_s);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clockShift = 0;
        auto created = store::Workspace::create(path(u"releases.flowdeck"_s));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        m_workspace = *created;
        writeScript();
        QVERIFY(exec(u"INSERT INTO services (name) VALUES ('shop')"_s));
        QVERIFY(exec(
            u"INSERT INTO environments (name, tier) VALUES ('staging', 'staging'), ('production', 'production')"_s));
        m_service = scalar(u"SELECT id FROM services WHERE name = 'shop'"_s).toLongLong();
        m_staging = scalar(u"SELECT id FROM environments WHERE name = 'staging'"_s).toLongLong();
        m_production = scalar(u"SELECT id FROM environments WHERE name = 'production'"_s).toLongLong();
        const QJsonObject config{{u"program"_s, path(u"deploy.sh"_s)},
                                 {u"arguments"_s, QJsonArray{u"{service}"_s, u"{version}"_s, u"{environment}"_s}},
                                 {u"timeout_seconds"_s, 60}};
        QVERIFY(exec(u"INSERT INTO backends (name, kind, config) VALUES ('script', 'process', ?)"_s,
                     {QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))}));
        m_backend = scalar(u"SELECT id FROM backends"_s).toLongLong();
    }

    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void linearPlanSucceedsWithAuditAndDeployments()
    {
        ReleaseTask check = newTask(u"check"_s, kind::check);
        const Id id =
            store(u"linear"_s, {check, deploy(u"staging"_s, m_staging), deploy(u"production"_s, m_production)},
                  {{u"check"_s, u"staging"_s}, {u"staging"_s, u"production"_s}});
        QVERIFY(id);
        QStringList lines;
        auto run = runRelease(
            m_workspace, id, options(), {}, [&](const QString &line) { lines.append(line); }, fastPoll);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        QCOMPARE(run->plan.release.status, status::succeeded);
        QCOMPARE(runs(), (QStringList{u"shop 1.2.0 staging"_s, u"shop 1.2.0 production"_s}));
        const ReleasePlan stored = plan(id);
        for (const ReleaseTask &each : stored.tasks)
            QCOMPARE(each.state, state::succeeded);
        QVERIFY(stored.release.startedAt && stored.release.finishedAt);
        // What the script printed is stored with the task, and shown as the run goes.
        auto printed = output(m_workspace->connection(), stored.task(u"production"_s)->id);
        QVERIFY(printed);
        QString text;
        for (const ReleaseTaskOutput &piece : std::as_const(*printed))
            text += piece.text;
        QCOMPARE(text, u"deploying shop 1.2.0 to production\ndeployed shop 1.2.0\n"_s);
        QVERIFY2(lines.contains(u"  production | deployed shop 1.2.0"_s), qPrintable(lines.join(u'\n')));
        // One deployments row per attempt, so that the metrics count the release.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM deployments WHERE source = 'flowdeck' AND status = 'succeeded' "
                        "AND release_task_id IS NOT NULL AND version = '1.2.0' AND finished_at >= started_at"_s)
                     .toInt(),
                 2);
        QCOMPARE(scalar(u"SELECT triggered_by FROM deployments WHERE environment_id = ?"_s, {m_production}).toString(),
                 u"tester"_s);
        const QStringList actions = auditActions(id);
        QCOMPARE(actions.first(), u"release.create"_s);
        QCOMPARE(actions.at(1), u"release.start"_s);
        QCOMPARE(actions.last(), u"release.finish"_s);
        QCOMPARE(actions.count(u"deploy.start"_s), 2);
        QCOMPARE(actions.count(u"deploy.succeeded"_s), 2);
        QCOMPARE(actions.count(u"check.evaluate"_s), 1);
        // The lock is given back.
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM release_locks"_s).toInt(), 0);
    }

    void parallelBranchesRunTogether()
    {
        writeAll(path(u"sleep"_s), "1");
        ReleaseTask start = newTask(u"start"_s, kind::check);
        ReleaseTask end = newTask(u"end"_s, kind::check);
        const Id id = store(u"parallel"_s, {start, deploy(u"a"_s, m_staging), deploy(u"b"_s, m_production), end},
                            {{u"start"_s, u"a"_s}, {u"start"_s, u"b"_s}, {u"a"_s, u"end"_s}, {u"b"_s, u"end"_s}});
        auto run = runRelease(m_workspace, id, options(), {}, {}, fastPoll);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        QCOMPARE(run->plan.release.status, status::succeeded);
        const ReleasePlan stored = plan(id);
        const ReleaseTask &a = *stored.task(u"a"_s);
        const ReleaseTask &b = *stored.task(u"b"_s);
        // Both branches ran at once: each started before the other finished; the join waited for both.
        QVERIFY(*a.startedAt < *b.finishedAt && *b.startedAt < *a.finishedAt);
        QVERIFY(*stored.task(u"end"_s)->startedAt >= std::max(*a.finishedAt, *b.finishedAt));
    }

    void approvalGateStopsARunUntilApproved()
    {
        ReleaseTask gate = newTask(u"approval"_s, kind::approval);
        TaskSettings settings;
        settings.approvers = {u"dana"_s};
        gate.config = taskConfig(kind::approval, settings);
        const Id id = store(u"gated"_s, {deploy(u"staging"_s, m_staging), gate, deploy(u"production"_s, m_production)},
                            {{u"staging"_s, u"approval"_s}, {u"approval"_s, u"production"_s}});
        auto run = runRelease(m_workspace, id, options(), {}, {}, fastPoll);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        QCOMPARE(run->waitingForPeople.size(), 1);
        QVERIFY2(run->waitingForPeople.first().contains(u"dana"_s), qPrintable(run->waitingForPeople.first()));
        QCOMPARE(run->plan.release.status, status::waiting);
        QCOMPARE(runs(), QStringList{u"shop 1.2.0 staging"_s});
        const Id gateId = plan(id).task(u"approval"_s)->id;
        // Only an approver may approve, once.
        auto stranger = actions::approve(*m_workspace, gateId, u"lee"_s, {});
        QVERIFY(!stranger);
        QVERIFY2(stranger.errorMessage().contains(u"dana"_s), qPrintable(stranger.errorMessage()));
        QVERIFY(actions::approve(*m_workspace, gateId, u"dana"_s, u"looks good"_s));
        QVERIFY(!actions::approve(*m_workspace, gateId, u"dana"_s, {}));
        auto resumed = runRelease(m_workspace, id, options(), {}, {}, fastPoll);
        QVERIFY2(resumed, qPrintable(resumed.errorMessage()));
        QCOMPARE(resumed->plan.release.status, status::succeeded);
        QCOMPARE(runs(), (QStringList{u"shop 1.2.0 staging"_s, u"shop 1.2.0 production"_s}));
        QVERIFY(auditActions(id).contains(u"approval.approve"_s));
        QVERIFY(auditActions(id).contains(u"release.resume"_s));
    }

    void rejectionFailsTheRelease()
    {
        ReleaseTask gate = newTask(u"approval"_s, kind::approval);
        TaskSettings settings;
        settings.approvers = {u"dana"_s, u"lee"_s};
        gate.config = taskConfig(kind::approval, settings);
        const Id id =
            store(u"rejected"_s, {gate, deploy(u"production"_s, m_production)}, {{u"approval"_s, u"production"_s}});
        const Id gateId = plan(id).task(u"approval"_s)->id;
        QVERIFY(!actions::reject(*m_workspace, gateId, u"lee"_s, {})); // a rejection says why
        QVERIFY(actions::reject(*m_workspace, gateId, u"lee"_s, u"not during the sale"_s));
        auto run = runRelease(m_workspace, id, options(), {}, {}, fastPoll);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        QCOMPARE(run->plan.release.status, status::failed);
        QCOMPARE(run->plan.task(u"approval"_s)->state, state::failed);
        QCOMPARE(run->plan.task(u"production"_s)->state, state::planned);
        QVERIFY(runs().isEmpty());
    }

    void approveAllIsRecordedAsTheActor()
    {
        ReleaseTask gate = newTask(u"approval"_s, kind::approval);
        TaskSettings settings;
        settings.approvers = {u"dana"_s};
        gate.config = taskConfig(kind::approval, settings);
        ReleaseTask manual = newTask(u"look"_s, kind::manual);
        const Id id = store(u"all"_s, {gate, manual}, {{u"approval"_s, u"look"_s}});
        auto run = runRelease(m_workspace, id, options(true), {}, {}, fastPoll);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        QCOMPARE(run->plan.release.status, status::succeeded);
        auto given = approvals(m_workspace->connection(), plan(id).task(u"approval"_s)->id);
        QVERIFY(given);
        QCOMPARE(given->size(), 1);
        QCOMPARE(given->first().approver, u"tester"_s);
        QVERIFY(given->first().comment.contains(u"dana"_s));
        QCOMPARE(scalar(u"SELECT actor FROM audit_log WHERE action = 'approval.approve-all'"_s).toString(),
                 u"tester"_s);
    }

    void failedAttemptsAreRetried()
    {
        writeAll(path(u"fail-production"_s), "2");
        const Id id = store(u"retried"_s, {deploy(u"production"_s, m_production, 2)}, {});
        auto run = runRelease(m_workspace, id, options(), {}, {}, fastPoll);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        QCOMPARE(run->plan.release.status, status::succeeded);
        QCOMPARE(run->plan.task(u"production"_s)->attempt, 3);
        QCOMPARE(runs().size(), 3);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM deployments WHERE status = 'failed'"_s).toInt(), 2);
        QCOMPARE(scalar(u"SELECT COUNT(*) FROM deployments WHERE status = 'succeeded'"_s).toInt(), 1);
        QCOMPARE(auditActions(id).count(u"deploy.retry"_s), 2);
        // Each attempt keeps its own output.
        auto first = output(m_workspace->connection(), plan(id).task(u"production"_s)->id, 1);
        QVERIFY(first);
        QString text;
        for (const ReleaseTaskOutput &piece : std::as_const(*first))
            text += piece.text;
        QVERIFY2(text.contains(u"broke"_s) && text.contains(u"exit code 4"_s), qPrintable(text));
    }

    void aFailureRollsBackToThePreviousVersion()
    {
        // Production ran 1.1.0 before this release.
        QVERIFY(exec(u"INSERT INTO deployments (service_id, environment_id, version, status, started_at, finished_at, "
                     "source, external_id) VALUES (?, ?, '1.1.0', 'succeeded', 1000, 2000, 'csv', 'earlier')"_s,
                     {m_service, m_production}));
        writeAll(path(u"fail-production"_s), "1");
        ReleaseTask back = deploy(u"roll back"_s, m_production);
        back.isRollback = true;
        const Id id = store(u"rolled"_s,
                            {deploy(u"staging"_s, m_staging), deploy(u"production"_s, m_production),
                             newTask(u"after"_s, kind::check), back},
                            {{u"staging"_s, u"production"_s}, {u"production"_s, u"after"_s}}, u"rollback"_s);
        auto run = runRelease(m_workspace, id, options(), {}, {}, fastPoll);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        QCOMPARE(run->plan.release.status, status::rolledBack);
        QCOMPARE(runs(),
                 (QStringList{u"shop 1.2.0 staging"_s, u"shop 1.2.0 production"_s, u"shop 1.1.0 production"_s}));
        QCOMPARE(run->plan.task(u"after"_s)->state, state::skipped);
        QCOMPARE(run->plan.task(u"roll back"_s)->state, state::succeeded);
    }

    void rollbackTasksAreSkippedWhenAllGoesWell()
    {
        ReleaseTask back = deploy(u"roll back"_s, m_production);
        back.isRollback = true;
        const Id id = store(u"fine"_s, {deploy(u"production"_s, m_production), back}, {}, u"rollback"_s);
        auto run = runRelease(m_workspace, id, options(), {}, {}, fastPoll);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        QCOMPARE(run->plan.release.status, status::succeeded);
        QCOMPARE(run->plan.task(u"roll back"_s)->state, state::skipped);
        QCOMPARE(runs().size(), 1);
    }

    void aStoppedReleaseGoesOnAfterARetry()
    {
        writeAll(path(u"fail-staging"_s), "1");
        const Id id = store(u"stopped"_s, {deploy(u"staging"_s, m_staging), deploy(u"production"_s, m_production)},
                            {{u"staging"_s, u"production"_s}});
        auto run = runRelease(m_workspace, id, options(), {}, {}, fastPoll);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        QCOMPARE(run->plan.release.status, status::failed);
        QCOMPARE(run->plan.task(u"production"_s)->state, state::planned);
        QVERIFY(actions::retry(*m_workspace, plan(id).task(u"staging"_s)->id, u"tester"_s));
        QCOMPARE(plan(id).release.status, status::running);
        auto again = runRelease(m_workspace, id, options(), {}, {}, fastPoll);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->plan.release.status, status::succeeded);
        QCOMPARE(runs().size(), 3);
    }

    void aBlackoutHoldsDeploysUntilItEnds()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        DeploymentWindow blackout;
        blackout.name = u"Freeze"_s;
        blackout.kind = u"blackout"_s;
        blackout.environmentId = m_production;
        blackout.recurrence = u"once"_s;
        blackout.startsAt = now - 60'000;
        blackout.endsAt = now + 3'600'000;
        QSqlDatabase db = m_workspace->connection();
        QVERIFY(saveWindow(db, blackout, u"tester"_s));
        const Id id = store(u"held"_s, {deploy(u"staging"_s, m_staging), deploy(u"production"_s, m_production)}, {});
        ReleaseEngine engine(m_workspace, id, options());
        QVERIFY(engine.start());
        // Ticks until `done` holds for the outcome, or fails the test with the engine's error.
        const auto tickUntil = [&](const std::function<bool(const TickOutcome &)> &done) -> std::optional<TickOutcome> {
            for (int i = 0; i < 500; ++i) {
                auto tick = engine.tick();
                if (!tick) {
                    qWarning("%s", qPrintable(tick.errorMessage()));
                    return std::nullopt;
                }
                if (done(*tick))
                    return *tick;
                QThread::msleep(20);
            }
            return std::nullopt;
        };
        auto held = tickUntil(
            [](const TickOutcome &outcome) { return outcome.plan.task(u"staging"_s)->state == state::succeeded; });
        QVERIFY(held);
        held = tickUntil([](const TickOutcome &) { return true; });
        QVERIFY(held);
        QCOMPARE(held->plan.task(u"production"_s)->state, state::ready);
        // Held by the calendar, not waiting for a person.
        QCOMPARE(held->plan.release.status, status::running);
        QVERIFY(held->wakeAt && *held->wakeAt >= *blackout.endsAt);
        QVERIFY2(held->waitingForPeople.join(u' ').contains(u"Freeze"_s),
                 qPrintable(held->waitingForPeople.join(u' ')));
        QCOMPARE(runs(), QStringList{u"shop 1.2.0 staging"_s});
        // Two hours later the freeze is over.
        m_clockShift = 2 * 3'600'000;
        QVERIFY(tickUntil([](const TickOutcome &outcome) { return outcome.finished; }));
        QCOMPARE(runs().size(), 2);
    }

    void aRestartedEngineReattachesInsteadOfStartingAgain()
    {
        writeAll(path(u"sleep"_s), "1");
        const Id id = store(u"restarted"_s, {deploy(u"production"_s, m_production)}, {});
        {
            ReleaseEngine first(m_workspace, id, options());
            QVERIFY(first.start());
            QVERIFY(first.tick());
            QCOMPARE(first.plan().task(u"production"_s)->state, state::running);
            QVERIFY(first.plan().task(u"production"_s)->backendHandle);
        } // the engine goes; its job goes on
        auto run = runRelease(m_workspace, id, options(), {}, {}, fastPoll);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        QCOMPARE(run->plan.release.status, status::succeeded);
        QCOMPARE(runs(), QStringList{u"shop 1.2.0 production"_s});
        QCOMPARE(run->plan.task(u"production"_s)->attempt, 1);
    }

    void aJobStartedButNotRecordedIsFoundByItsToken()
    {
        writeAll(path(u"sleep"_s), "1");
        const Id id = store(u"lost handle"_s, {deploy(u"production"_s, m_production)}, {});
        {
            ReleaseEngine first(m_workspace, id, options());
            QVERIFY(first.start());
            QVERIFY(first.tick());
        }
        // As if the engine died between starting the job and storing its handle.
        QVERIFY(exec(u"UPDATE release_tasks SET backend_handle = NULL WHERE release_id = ?"_s, {id}));
        auto run = runRelease(m_workspace, id, options(), {}, {}, fastPoll);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        QCOMPARE(run->plan.release.status, status::succeeded);
        QCOMPARE(runs(), QStringList{u"shop 1.2.0 production"_s});
        QVERIFY(auditActions(id).contains(u"deploy.reattach"_s));
    }

    void oneEngineAtATime()
    {
        const Id id = store(u"locked"_s, {deploy(u"production"_s, m_production)}, {});
        ReleaseEngine first(m_workspace, id, options());
        QVERIFY(first.start());
        ReleaseEngine second(m_workspace, id, options());
        auto refused = second.start();
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"Another Flowdeck"_s), qPrintable(refused.errorMessage()));
        first.stop();
        QVERIFY(second.start());
    }

    void abortStopsTheRunningJob()
    {
        writeAll(path(u"sleep"_s), "30");
        const Id id = store(u"aborted"_s, {deploy(u"production"_s, m_production), newTask(u"after"_s, kind::check)},
                            {{u"production"_s, u"after"_s}});
        ReleaseEngine engine(m_workspace, id, options());
        QVERIFY(engine.start());
        QVERIFY(engine.tick());
        QTRY_COMPARE(runs().size(), 1);
        // Asked from elsewhere (the window, another process): the running engine aborts on its next pass.
        QVERIFY(actions::requestAbort(*m_workspace, id, u"dana"_s));
        QCOMPARE(plan(id).release.status, status::aborting);
        auto tick = engine.tick();
        QVERIFY2(tick, qPrintable(tick.errorMessage()));
        QVERIFY(tick->finished);
        const ReleasePlan stored = plan(id);
        QCOMPARE(stored.release.status, status::aborted);
        QCOMPARE(stored.task(u"production"_s)->state, state::aborted);
        QCOMPARE(stored.task(u"after"_s)->state, state::aborted);
        QCOMPARE(scalar(u"SELECT status FROM deployments"_s).toString(), u"canceled"_s);
        QVERIFY(auditActions(id).contains(u"release.abort"_s));
        // The job really stopped: the runner wrote its status within a few seconds, not after 30.
        // Tokens carry the workspace's identity, so that jobs of two workspaces never meet.
        const QString mark = m_workspace->setting(u"workspace.id"_s).remove(u'-').left(8).toLower();
        QCOMPARE(mark.size(), 8);
        const QString job =
            path(u"jobs/%1-r%2-t%3-a1/status.json"_s.arg(mark).arg(id).arg(stored.task(u"production"_s)->id));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(job), 10'000);
    }

    void anUntrustedWorkspaceRunsNoBackend()
    {
        const Id id = store(u"untrusted"_s, {deploy(u"production"_s, m_production)}, {});
        EngineOptions guarded = options();
        guarded.requireTrust = true;
        QVERIFY(WorkspaceTrust::revoke(*m_workspace));
        auto refused = runRelease(m_workspace, id, guarded, {}, {}, fastPoll);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"not trusted"_s), qPrintable(refused.errorMessage()));
        // The prompt shows what would run: the script.
        QVERIFY2(refused.errorMessage().contains(path(u"deploy.sh"_s)), qPrintable(refused.errorMessage()));
        QVERIFY(runs().isEmpty());
        QCOMPARE(plan(id).release.status, status::planned);
        auto trusted = WorkspaceTrust::trust(*m_workspace);
        QVERIFY2(trusted, qPrintable(trusted.errorMessage()));
        auto run = runRelease(m_workspace, id, guarded, {}, {}, fastPoll);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        QCOMPARE(run->plan.release.status, status::succeeded);
        QVERIFY(WorkspaceTrust::revoke(*m_workspace));
    }

    void checkGatesLookAtTheWorkspace()
    {
        ReleaseTask gate = newTask(u"gate"_s, kind::check);
        TaskSettings settings;
        settings.conditions.pipelineGreen = true;
        settings.conditions.noOpenIncident = true;
        gate.config = taskConfig(kind::check, settings);
        const Id id =
            store(u"checked"_s, {gate, deploy(u"production"_s, m_production)}, {{u"gate"_s, u"production"_s}});
        // No pipeline run of 1.2.0 yet, and an open incident.
        QVERIFY(exec(u"INSERT INTO incidents (service_id, title, started_at, source, external_id) "
                     "VALUES (?, 'Checkout down', 1000, 'csv', 'i1')"_s,
                     {m_service}));
        auto run = runRelease(m_workspace, id, options(), {}, {}, fastPoll);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        QCOMPARE(run->plan.release.status, status::failed);
        auto findings = output(m_workspace->connection(), plan(id).task(u"gate"_s)->id);
        QVERIFY(findings && !findings->isEmpty());
        QVERIFY2(findings->first().text.contains(u"none found"_s), qPrintable(findings->first().text));
        QVERIFY2(findings->first().text.contains(u"Checkout down"_s), qPrintable(findings->first().text));
        // The run of the version went green and the incident was resolved: a retry passes.
        QVERIFY(exec(u"INSERT INTO pipeline_runs (service_id, source, external_id, branch, status) "
                     "VALUES (?, 'csv', 'r1', '1.2.0', 'succeeded')"_s,
                     {m_service}));
        QVERIFY(exec(u"UPDATE incidents SET resolved_at = 2000"_s));
        QVERIFY(actions::retry(*m_workspace, plan(id).task(u"gate"_s)->id, u"tester"_s));
        auto again = runRelease(m_workspace, id, options(), {}, {}, fastPoll);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->plan.release.status, status::succeeded);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
