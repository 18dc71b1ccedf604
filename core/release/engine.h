// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/backend.h"
#include "release/releaseplan.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::release {

struct EngineOptions
{
    /// Who started the run, for the audit log.
    QString actor;
    /// Approve every approval gate as the actor (CLI --approve-all; audited as such).
    bool approveAll = false;
    /// Mark manual tasks done as the actor (CLI --approve-all).
    bool completeManualTasks = false;
    /// Now, in ms since the epoch; tests pass their own clock.
    std::function<Timestamp()> clock;
    /// Makes backends; by default makeBackend() with the default context. Tests inject their own context.
    std::function<Result<std::unique_ptr<DeployBackend>>(const Backend &)> backends;
    /// Refuse to run backends of an untrusted workspace (off only in tests that check the trust themselves).
    bool requireTrust = true;
};

/// What one pass of the engine did and where the release stands.
struct TickOutcome
{
    ReleasePlan plan;
    /// Something changed in this pass (a transition, new output).
    bool changed = false;
    /// The release ended (succeeded, failed, rolled back or aborted).
    bool finished = false;
    /// Nothing can go on without a person: the tasks waiting for one, with what they wait for.
    QStringList waitingForPeople;
    /// When the engine should look again at the latest (a wait task's time, a window opening).
    OptionalTime wakeAt;
};

/// Executes one release. All state is in the workspace, written at every transition, so any engine (in this or
/// another process) can pick the release up where it stands: it re-attaches to running backend jobs by their
/// handles and never starts a job twice. A lock (release_locks) lets only one engine at a time run a release.
///
/// Use from one thread. tick() advances what can advance without blocking for long: tasks become ready when
/// their predecessors succeeded or were skipped; gates are evaluated; deploy tasks start when their window
/// allows; running jobs are polled and their output stored; failures are retried up to max_retries, then stop
/// the release or start its rollback tasks; every transition is audited, every deploy attempt writes a
/// deployments row.
class ReleaseEngine
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::release::ReleaseEngine)

public:
    ReleaseEngine(std::shared_ptr<const store::Workspace> workspace, Id releaseId, EngineOptions options);
    ~ReleaseEngine();
    ReleaseEngine(const ReleaseEngine &) = delete;
    ReleaseEngine &operator=(const ReleaseEngine &) = delete;

    /// Takes the release's lock (refused, with who holds it, while another live engine runs it) and marks the
    /// release running. Audited as release.start or release.resume.
    Result<void> start();
    Result<TickOutcome> tick();
    /// Releases the lock; running jobs go on and a later engine re-attaches.
    void stop();

    /// Aborts: cancels running jobs, marks unfinished tasks aborted, the release aborted.
    Result<void> abort(const QString &actor);

    const ReleasePlan &plan() const { return m_plan; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    ReleasePlan m_plan;
};

/// People's actions on a release, from any process (the engine picks them up on its next tick). Each is
/// validated against the task's state, written in one transaction and audited.
namespace actions {
Result<void> approve(const store::Workspace &workspace, Id taskId, const QString &actor, const QString &comment);
Result<void> reject(const store::Workspace &workspace, Id taskId, const QString &actor, const QString &comment);
/// Marks a running manual task done.
Result<void> markDone(const store::Workspace &workspace, Id taskId, const QString &actor);
/// A failed task goes back to ready for another attempt.
Result<void> retry(const store::Workspace &workspace, Id taskId, const QString &actor);
/// A failed, ready or planned task is skipped: its successors may go on.
Result<void> skip(const store::Workspace &workspace, Id taskId, const QString &actor);
/// Asks the engine running the release to abort (or aborts a release no engine runs).
Result<void> requestAbort(const store::Workspace &workspace, Id releaseId, const QString &actor);
} // namespace actions

/// How a headless run ended.
struct RunOutcome
{
    ReleasePlan plan;
    /// Stopped because tasks wait for people (approvals without --approve-all, manual tasks): what they wait for.
    QStringList waitingForPeople;
    bool canceled = false;
};

/// Runs a release to its end, or until it waits for people, ticking at `pollInterval` and reporting each
/// transition through `progress` (a line per change). For the CLI and tests.
Result<RunOutcome> runRelease(std::shared_ptr<const store::Workspace> workspace, Id releaseId, EngineOptions options,
                              TaskControl control = {}, std::function<void(const QString &line)> progress = {},
                              std::chrono::milliseconds pollInterval = std::chrono::milliseconds(200));

} // namespace flowdeck::release
