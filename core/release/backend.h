// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/release.h"
#include "result.h"
#include "taskcontrol.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

namespace flowdeck::release {

/// What a deploy task asks a backend to do.
struct DeployRequest
{
    QString release;
    QString service;
    QString version;
    QString environment;
    /// A deploy task's commit, when the version names one the workspace knows (Argo CD syncs to it).
    QString commit;
    Id taskId = 0;
    int attempt = 1;
    /// Unique per task attempt ("r12-t40-a2"). The engine stores it before it calls start(), and a backend marks
    /// the job it starts with it (a file name, a workflow input, a parameter), so that find() can tell after a
    /// crash whether the job was started.
    QString token;
    /// The task's extra arguments (process backend).
    QStringList arguments;
};

enum class JobState
{
    Running,
    Succeeded,
    Failed,
    Canceled
};

struct JobStatus
{
    JobState state = JobState::Running;
    /// A line for the task's details: "exit code 3", "workflow run 123 concluded failure", "timed out after 5 min".
    QString message;
    std::optional<int> exitCode;
    /// Where to see the job in its own tool (a run's page), when there is one.
    QString url;
};

/// The credentials a backend needs, found in the keychain by backend name; empty when none is stored.
using SecretLookup = std::function<QString(const QString &backendName)>;

/// A deployment backend: start a job, poll it, cancel it, read its output. Calls block (HTTP through a local event
/// loop, files for processes) and are made from the engine's thread; one object per engine thread.
///
/// A handle is the backend's own text (JSON) that identifies a started job; the engine stores it and passes it to
/// every later call, also from another process after a restart.
class DeployBackend
{
public:
    virtual ~DeployBackend();

    /// Starts the job. Returns its handle.
    virtual Result<QString> start(const DeployRequest &request) = 0;
    /// After a crash between storing the token and storing the handle: the handle of the job started for
    /// `request.token`, nullopt when there is none, or an error when the backend cannot tell.
    virtual Result<std::optional<QString>> find(const DeployRequest &request) = 0;
    virtual Result<JobStatus> poll(const QString &handle) = 0;
    virtual Result<void> cancel(const QString &handle) = 0;
    /// The job's output from byte `offset` on (what is new since the last call), as UTF-8 text; empty when none.
    virtual Result<QByteArray> logs(const QString &handle, qint64 offset) = 0;
    /// What starting `request` would do, in one line, for the trust prompt and the task details:
    /// "runs /opt/deploy/deploy.sh storefront 2.4.0 production", "POSTs to https://hooks.example.com/deploy".
    virtual QString describe(const DeployRequest &request) const = 0;
};

/// Where backends keep what they need outside the workspace.
struct BackendContext
{
    /// Directory for process jobs' logs and exit files (one sub-directory per token).
    QString jobDirectory;
    /// The supervising runner program for process jobs (flowdeck-runner).
    QString runnerProgram;
    SecretLookup secret;
    TaskControl control;
};

/// A backend object for a stored backend row (by kind); an error names the backend and what is wrong with its config.
Result<std::unique_ptr<DeployBackend>> makeBackend(const Backend &backend, const BackendContext &context);

/// The runner program next to the running executable, or in ../lib/flowdeck/ (installed), or FLOWDECK_RUNNER.
QString defaultRunnerProgram();
/// <cache location>/jobs
QString defaultJobDirectory();

/// The keychain key of a backend's credential: "backend/NAME".
QString backendSecretKey(const QString &backendName);
/// Reads FLOWDECK_BACKEND_<NAME>_TOKEN first (NAME upper-cased, other characters than letters and digits as _),
/// for headless runs without a keychain, then the keychain entry backendSecretKey(name).
SecretLookup defaultSecretLookup();
/// The default job directory and runner, defaultSecretLookup(), and `control`.
BackendContext defaultBackendContext(TaskControl control = {});

} // namespace flowdeck::release
