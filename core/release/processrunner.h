// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace flowdeck::release {

/// The files a runner keeps in its job directory. The process backend reads them, possibly from another process
/// than the one that started the runner.
namespace runnerfile {
/// The runner's process id, published before it starts the program, whole and only if the file is not there yet
/// (see publishExclusively()). A Flowdeck that finds a job directory without it after a restart claims the job by
/// publishing `abandonedMark` instead; a runner that comes later then starts nothing.
inline const QString pid = QStringLiteral("runner.pid");
/// The program's standard output and error, merged, appended as they come.
inline const QString output = QStringLiteral("output.log");
/// The outcome, written atomically once the program has ended (see RunnerOutcome).
inline const QString status = QStringLiteral("status.json");
/// Present when a cancel was asked for before the runner could be signalled; the runner then starts nothing.
inline const QString cancel = QStringLiteral("cancel");
/// The runner's own diagnostics (its standard error).
inline const QString diagnostics = QStringLiteral("runner.log");
/// What runner.pid holds when the job was given up before any runner published its pid.
inline const QByteArray abandonedMark = QByteArrayLiteral("abandoned\n");
} // namespace runnerfile

/// How publishExclusively() ended.
enum class Publication
{
    Published,
    /// The file was there already (or its directory was gone): somebody else published first.
    Taken,
    Failed
};

/// Publishes `content` as the file `path`, whole, only if no file of that name exists: it is written to a temporary
/// file beside it and hard-linked into place, which fails when the name is taken. Of a runner publishing its pid and
/// a restarted Flowdeck claiming the same job, exactly one wins. On Failed, `error` says why.
Publication publishExclusively(const QString &path, const QByteArray &content, QString *error);

/// The name of the runner program (without a directory).
inline const QString runnerProgramName = QStringLiteral("flowdeck-runner");

/// What `flowdeck-runner --job DIR [--timeout-ms N] [--cwd DIR] [--env NAME=VALUE]... -- PROGRAM [ARG]...` does.
struct RunnerOptions
{
    QString jobDirectory;
    /// 0: no timeout.
    qint64 timeoutMs = 0;
    /// Empty: the runner's own working directory.
    QString workingDirectory;
    /// Set in the program's environment, over the runner's own.
    QList<QPair<QString, QString>> environment;
    QString program;
    QStringList arguments;
};

/// Reads the runner's command line (without the runner's own name); an error says what is wrong with it.
Result<RunnerOptions> parseRunnerArguments(const QStringList &arguments);
/// The command line (without the runner's own name) that parseRunnerArguments() reads back as `options`.
QStringList runnerArguments(const RunnerOptions &options);

/// How a supervised program ended, as status.json holds it:
///   {"state": "succeeded"|"failed"|"canceled"|"timed_out", "exit_code": N or null, "signal": N or null,
///    "timeout_ms": N (timed_out only), "message": "...", "finished_at": ms since the epoch}
struct RunnerOutcome
{
    enum class State
    {
        Succeeded,
        Failed,
        Canceled,
        TimedOut
    };

    State state = State::Failed;
    /// The program's exit code, when it exited by itself.
    std::optional<int> exitCode;
    /// The signal that ended the program, when one did and no cancel or timeout sent it.
    std::optional<int> signal;
    qint64 timeoutMs = 0;
    /// A line for people; for a program that could not start, the reason.
    QString message;
    qint64 finishedAt = 0;
};

QString runnerStateName(RunnerOutcome::State state);
/// The outcome's line for the task details ("exit code 3", "killed by signal 9 (SIGKILL)", "timed out after
/// 15 min"), made from its figures in the current language; `outcome.message` when they do not say it.
QString describeOutcome(const RunnerOutcome &outcome);
QByteArray statusJson(const RunnerOutcome &outcome);
/// Reads a status.json; an error names the file and what is wrong with it.
Result<RunnerOutcome> readRunnerStatus(const QString &path);

/// The runner: writes its pid, runs the program (never through a shell) in a process group of its own with its
/// output appended to output.log, and writes status.json when it has ended. SIGTERM or SIGINT cancels it and a
/// timeout stops it: the program's group gets SIGTERM, then SIGKILL 5 s later. Needs a QCoreApplication; runs its
/// own event loop. Returns 0 when the program succeeded, 1 when it did not, 2 when the runner itself could not do
/// its work (a bad command line, a job directory it cannot write).
int runSupervised(const QStringList &arguments);

} // namespace flowdeck::release
