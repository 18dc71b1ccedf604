// SPDX-License-Identifier: GPL-3.0-or-later
// The process backend and its runner with real processes: /bin/sh scripts written by each test, run through the
// flowdeck-runner program built with the tests.
#include "release/processbackend.h"
#include "release/processrunner.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace flowdeck;
using namespace flowdeck::release;
using namespace Qt::StringLiterals;

namespace {

const QString backendName = u"deploy-sh"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(content), content.size());
}

/// A process that exists and is not a zombie (one that has ended but not yet been reaped by its parent).
bool processRunning(qint64 pid)
{
    const QByteArray stat = readAll(u"/proc/%1/stat"_s.arg(pid));
    if (stat.isEmpty())
        return false;
    // "pid (name) S ...": the state follows the closing parenthesis of the name.
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && close + 2 < stat.size() && stat.at(close + 2) != 'Z';
}

bool waitUntil(const std::function<bool()> &condition, int ms = 10000)
{
    QDeadlineTimer deadline(ms);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    return true;
}

qint64 pidIn(const QString &path)
{
    return readAll(path).trimmed().toLongLong();
}

} // namespace

class TestProcessBackend : public QObject
{
    Q_OBJECT

private:
    QString script(const QString &name, const QByteArray &body)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("#!/bin/sh\n" + body);
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return path;
    }

    QString jobs() const { return m_dir->filePath(u"jobs"_s); }

    BackendContext context(const QString &runner = QStringLiteral(FLOWDECK_RUNNER_PATH)) const
    {
        BackendContext context;
        context.jobDirectory = jobs();
        context.runnerProgram = runner;
        return context;
    }

    std::unique_ptr<DeployBackend> backend(const QJsonObject &config, const BackendContext &context)
    {
        const Backend stored{7, backendName, u"process"_s,
                             QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)), true};
        auto made = makeProcessBackend(stored, context);
        if (!made) {
            qWarning("%s", qPrintable(made.errorMessage()));
            return nullptr;
        }
        return std::move(*made);
    }
    std::unique_ptr<DeployBackend> backend(const QJsonObject &config) { return backend(config, context()); }

    static DeployRequest request(const QString &token)
    {
        DeployRequest request;
        request.release = u"spring release"_s;
        request.service = u"storefront"_s;
        request.version = u"2.4.0"_s;
        request.environment = u"production"_s;
        request.commit = u"3f2c9ab"_s;
        request.taskId = 40;
        request.token = token;
        return request;
    }

    /// Polls until the job has ended; a Running status after `ms` fails the test.
    static JobStatus waitForEnd(DeployBackend &backend, const QString &handle, int ms = 20000)
    {
        JobStatus status;
        QDeadlineTimer deadline(ms);
        while (true) {
            auto polled = backend.poll(handle);
            if (!polled) {
                qWarning("poll: %s", qPrintable(polled.errorMessage()));
                status.state = JobState::Failed;
                status.message = u"poll failed"_s;
                return status;
            }
            status = *polled;
            if (status.state != JobState::Running || deadline.hasExpired())
                return status;
            QThread::msleep(20);
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void succeedsWithOutputReadWhileRunning()
    {
        const QString go = m_dir->filePath(u"go"_s);
        const QString program = script(u"deploy.sh"_s, "echo \"first line\"\n"
                                                       "while [ ! -e \"$1\" ]; do sleep 0.02; done\n"
                                                       "printf 'second line\\n'\n");
        auto process = backend({{u"program"_s, program}, {u"arguments"_s, QJsonArray{go}}});
        QVERIFY(process);
        auto handle = process->start(request(u"r1-t40-a1"_s));
        QVERIFY2(handle, qPrintable(handle.errorMessage()));

        // The first line is there while the program waits for the go file: read live, not at the end.
        QVERIFY(waitUntil([&] { return process->logs(*handle, 0).value() == "first line\n"; }));
        auto running = process->poll(*handle);
        QVERIFY(running);
        QCOMPARE(running->state, JobState::Running);

        writeAll(go, {});
        const JobStatus status = waitForEnd(*process, *handle);
        QCOMPARE(status.state, JobState::Succeeded);
        QCOMPARE(status.exitCode, std::optional<int>(0));
        QCOMPARE(status.message, u"exit code 0"_s);
        // "first line\n" is 11 bytes: what came after it, then all of it.
        QCOMPARE(process->logs(*handle, 11).value(), QByteArray("second line\n"));
        QCOMPARE(process->logs(*handle, 0).value(), QByteArray("first line\nsecond line\n"));
        QCOMPARE(process->logs(*handle, 23).value(), QByteArray());
    }

    void failsWithItsExitCode()
    {
        auto process = backend({{u"program"_s, script(u"fail.sh"_s, "echo 'about to fail' >&2\nexit 3\n")}});
        QVERIFY(process);
        auto handle = process->start(request(u"r1-t41-a1"_s));
        QVERIFY2(handle, qPrintable(handle.errorMessage()));
        const JobStatus status = waitForEnd(*process, *handle);
        QCOMPARE(status.state, JobState::Failed);
        QCOMPARE(status.exitCode, std::optional<int>(3));
        QCOMPARE(status.message, u"exit code 3"_s);
        // Standard error is in the output too.
        QCOMPARE(process->logs(*handle, 0).value(), QByteArray("about to fail\n"));
    }

    void falseFails()
    {
        auto process = backend({{u"program"_s, u"/bin/false"_s}});
        QVERIFY(process);
        auto handle = process->start(request(u"r1-t42-a1"_s));
        QVERIFY2(handle, qPrintable(handle.errorMessage()));
        const JobStatus status = waitForEnd(*process, *handle);
        QCOMPARE(status.state, JobState::Failed);
        QCOMPARE(status.exitCode, std::optional<int>(1));
    }

    void timesOut()
    {
        const QString pidFile = m_dir->filePath(u"sleeper.pid"_s);
        auto process = backend({{u"program"_s, script(u"slow.sh"_s, "echo started\necho $$ > \"$1\"\nsleep 30\n")},
                                {u"arguments"_s, QJsonArray{pidFile}},
                                {u"timeout_seconds"_s, 0.5}});
        QVERIFY(process);
        QElapsedTimer elapsed;
        elapsed.start();
        auto handle = process->start(request(u"r1-t43-a1"_s));
        QVERIFY2(handle, qPrintable(handle.errorMessage()));
        const JobStatus status = waitForEnd(*process, *handle);
        QCOMPARE(status.state, JobState::Failed);
        QCOMPARE(status.message, u"timed out after 500 ms"_s);
        QCOMPARE(status.exitCode, std::nullopt);
        // Far sooner than the 30 s the script sleeps.
        QVERIFY2(elapsed.elapsed() < 10000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(process->logs(*handle, 0).value(), QByteArray("started\n"));
        const qint64 shell = pidIn(pidFile);
        QVERIFY(shell > 0);
        QVERIFY(waitUntil([&] { return !processRunning(shell); }));
    }

    void timeoutInMinutesIsWorded()
    {
        // The message is made from status.json's figures; a runner that timed out after 15 minutes wrote this.
        RunnerOutcome outcome;
        outcome.state = RunnerOutcome::State::TimedOut;
        outcome.timeoutMs = 15 * 60 * 1000;
        QCOMPARE(describeOutcome(outcome), u"timed out after 15 min"_s);
    }

    void cancelEndsTheProgramAndWhatItStarted()
    {
        const QString sleeperPid = m_dir->filePath(u"sleep.pid"_s);
        const QString shellPid = m_dir->filePath(u"shell.pid"_s);
        auto process = backend({{u"program"_s, script(u"long.sh"_s, "sleep 300 &\n"
                                                                    "echo $! > \"$1\"\n"
                                                                    "echo $$ > \"$2\"\n"
                                                                    "wait\n")},
                                {u"arguments"_s, QJsonArray{sleeperPid, shellPid}}});
        QVERIFY(process);
        auto handle = process->start(request(u"r1-t44-a1"_s));
        QVERIFY2(handle, qPrintable(handle.errorMessage()));
        QVERIFY(waitUntil([&] { return pidIn(sleeperPid) > 0 && pidIn(shellPid) > 0; }));
        const qint64 sleeper = pidIn(sleeperPid);
        const qint64 shell = pidIn(shellPid);
        QVERIFY(processRunning(sleeper));
        QVERIFY(processRunning(shell));
        QCOMPARE(process->poll(*handle)->state, JobState::Running);

        QElapsedTimer elapsed;
        elapsed.start();
        auto canceled = process->cancel(*handle);
        QVERIFY2(canceled, qPrintable(canceled.errorMessage()));
        const JobStatus status = waitForEnd(*process, *handle);
        QCOMPARE(status.state, JobState::Canceled);
        QCOMPARE(status.message, u"canceled"_s);
        // SIGTERM did it: no wait for the SIGKILL 5 s later.
        QVERIFY2(elapsed.elapsed() < 4000, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(waitUntil([&] { return !processRunning(shell) && !processRunning(sleeper); }, 5000));
        // Canceling a job that has ended changes nothing.
        QVERIFY(process->cancel(*handle));
        QCOMPARE(waitForEnd(*process, *handle).state, JobState::Canceled);
    }

    void programIgnoringTermIsKilled()
    {
        const QString pidFile = m_dir->filePath(u"stubborn.pid"_s);
        auto process = backend({{u"program"_s, script(u"stubborn.sh"_s, "trap '' TERM\n"
                                                                        "echo $$ > \"$1\"\n"
                                                                        "while :; do sleep 1; done\n")},
                                {u"arguments"_s, QJsonArray{pidFile}}});
        QVERIFY(process);
        auto handle = process->start(request(u"r1-t45-a1"_s));
        QVERIFY2(handle, qPrintable(handle.errorMessage()));
        QVERIFY(waitUntil([&] { return pidIn(pidFile) > 0; }));
        const qint64 shell = pidIn(pidFile);

        QElapsedTimer elapsed;
        elapsed.start();
        QVERIFY(process->cancel(*handle));
        const JobStatus status = waitForEnd(*process, *handle, 30000);
        QCOMPARE(status.state, JobState::Canceled);
        // It ignored SIGTERM, so it ran on until the SIGKILL 5 s later.
        QVERIFY2(elapsed.elapsed() >= 4500 && elapsed.elapsed() < 15000,
                 qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(waitUntil([&] { return !processRunning(shell); }, 5000));
    }

    void largeOutputIsCompleteAndExact()
    {
        // 10 MiB of every byte value in a seeded order, read in pieces while the program writes them.
        QByteArray expected(10 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator random(8);
        for (char &byte : expected)
            byte = static_cast<char>(random.bounded(256));
        const QString data = m_dir->filePath(u"large.bin"_s);
        writeAll(data, expected);

        auto process = backend({{u"program"_s, u"/bin/cat"_s}, {u"arguments"_s, QJsonArray{data}}});
        QVERIFY(process);
        auto handle = process->start(request(u"r1-t46-a1"_s));
        QVERIFY2(handle, qPrintable(handle.errorMessage()));
        QByteArray read;
        QDeadlineTimer deadline(60000);
        bool ended = false;
        while (!deadline.hasExpired()) {
            // The status first: output read after it has ended is all there is.
            ended = process->poll(*handle)->state != JobState::Running;
            auto piece = process->logs(*handle, read.size());
            QVERIFY2(piece, qPrintable(piece.errorMessage()));
            read += *piece;
            if (ended && piece->isEmpty())
                break;
            QThread::msleep(10);
        }
        QVERIFY(ended);
        QCOMPARE(waitForEnd(*process, *handle).state, JobState::Succeeded);
        QCOMPARE(read.size(), expected.size());
        QVERIFY(read == expected);
    }

    void argumentWithShellSyntaxStaysOneArgument()
    {
        const QString out = m_dir->filePath(u"arguments.txt"_s);
        const QString program = script(u"arguments.sh"_s, "printf '%s\\n' \"$#\" > \"$1\"\n"
                                                          "for argument in \"$@\"; do\n"
                                                          "    printf '[%s]\\n' \"$argument\" >> \"$1\"\n"
                                                          "done\n");
        auto process =
            backend({{u"program"_s, program},
                     {u"arguments"_s, QJsonArray{out, u"; rm -rf ~"_s, u"two words"_s, u"$HOME"_s, u"`id`"_s, u""_s}}});
        QVERIFY(process);
        auto handle = process->start(request(u"r1-t47-a1"_s));
        QVERIFY2(handle, qPrintable(handle.errorMessage()));
        QCOMPARE(waitForEnd(*process, *handle).state, JobState::Succeeded);
        QCOMPARE(readAll(out), "6\n[" + out.toUtf8() + "]\n[; rm -rf ~]\n[two words]\n[$HOME]\n[`id`]\n[]\n");
        QVERIFY(QFileInfo(QDir::homePath()).isDir());
    }

    void environmentHasTheReleaseAndTheConfig()
    {
        const QString out = m_dir->filePath(u"environment.txt"_s);
        const QString program = script(u"environment.sh"_s, "{\n"
                                                            "printf 'service=%s\\n' \"$FLOWDECK_SERVICE\"\n"
                                                            "printf 'version=%s\\n' \"$FLOWDECK_VERSION\"\n"
                                                            "printf 'environment=%s\\n' \"$FLOWDECK_ENVIRONMENT\"\n"
                                                            "printf 'release=%s\\n' \"$FLOWDECK_RELEASE\"\n"
                                                            "printf 'commit=%s\\n' \"$FLOWDECK_COMMIT\"\n"
                                                            "printf 'mode=%s\\n' \"$DEPLOY_MODE\"\n"
                                                            "printf 'region=%s\\n' \"$DEPLOY_REGION\"\n"
                                                            "} > \"$1\"\n");
        auto process = backend({{u"program"_s, program},
                                {u"arguments"_s, QJsonArray{out}},
                                {u"environment"_s, QJsonObject{{u"DEPLOY_MODE"_s, u"blue green"_s},
                                                               {u"DEPLOY_REGION"_s, u"eu-{environment}"_s}}}});
        QVERIFY(process);
        auto handle = process->start(request(u"r1-t48-a1"_s));
        QVERIFY2(handle, qPrintable(handle.errorMessage()));
        QCOMPARE(waitForEnd(*process, *handle).state, JobState::Succeeded);
        QCOMPARE(readAll(out), QByteArray("service=storefront\n"
                                          "version=2.4.0\n"
                                          "environment=production\n"
                                          "release=spring release\n"
                                          "commit=3f2c9ab\n"
                                          "mode=blue green\n"
                                          "region=eu-production\n"));
    }

    void placeholdersAreFilledInEachArgument()
    {
        const QString out = m_dir->filePath(u"placeholders.txt"_s);
        const QString program = script(u"placeholders.sh"_s, "out=\"$1\"\nshift\n"
                                                             "for argument in \"$@\"; do\n"
                                                             "    printf '%s\\n' \"$argument\" >> \"$out\"\n"
                                                             "done\n"
                                                             "pwd >> \"$out\"\n");
        const QString work = m_dir->filePath(u"work-storefront"_s);
        QVERIFY(QDir().mkpath(work));
        auto process = backend({{u"program"_s, program},
                                {u"arguments"_s, QJsonArray{out, u"--service={service}"_s, u"{version}"_s,
                                                            u"{environment}"_s, u"{release}"_s, u"{commit}"_s,
                                                            u"{unknown}"_s, u"{service}{version}"_s, u"{service"_s}},
                                {u"working_directory"_s, m_dir->filePath(u"work-{service}"_s)}});
        QVERIFY(process);
        DeployRequest deploy = request(u"r1-t49-a1"_s);
        deploy.arguments = {u"--extra={environment}"_s, u"plain"_s};
        auto handle = process->start(deploy);
        QVERIFY2(handle, qPrintable(handle.errorMessage()));
        QCOMPARE(waitForEnd(*process, *handle).state, JobState::Succeeded);
        QCOMPARE(readAll(out), QByteArray("--service=storefront\n"
                                          "2.4.0\n"
                                          "production\n"
                                          "spring release\n"
                                          "3f2c9ab\n"
                                          "{unknown}\n"
                                          "storefront2.4.0\n"
                                          "{service\n"
                                          "--extra=production\n"
                                          "plain\n") +
                                   QDir(work).canonicalPath().toUtf8() + '\n');
    }

    void withoutWorkingDirectoryRunsInItsJobDirectory()
    {
        const QString out = m_dir->filePath(u"pwd.txt"_s);
        auto process =
            backend({{u"program"_s, script(u"pwd.sh"_s, "pwd > \"$1\"\n")}, {u"arguments"_s, QJsonArray{out}}});
        QVERIFY(process);
        auto handle = process->start(request(u"r1-t50-a1"_s));
        QVERIFY2(handle, qPrintable(handle.errorMessage()));
        QCOMPARE(waitForEnd(*process, *handle).state, JobState::Succeeded);
        QCOMPARE(readAll(out), QDir(jobs() + u"/r1-t50-a1"_s).canonicalPath().toUtf8() + '\n');
    }

    void missingWorkingDirectoryFails()
    {
        const QString missing = m_dir->filePath(u"nowhere"_s);
        auto process = backend({{u"program"_s, u"/bin/true"_s}, {u"working_directory"_s, missing}});
        QVERIFY(process);
        auto handle = process->start(request(u"r1-t51-a1"_s));
        QVERIFY2(handle, qPrintable(handle.errorMessage()));
        const JobStatus status = waitForEnd(*process, *handle);
        QCOMPARE(status.state, JobState::Failed);
        QVERIFY2(status.message.contains(missing), qPrintable(status.message));
    }

    void secondBackendReattachesToARunningJob()
    {
        const QString go = m_dir->filePath(u"go"_s);
        const QJsonObject config{{u"program"_s, script(u"reattach.sh"_s, "echo before\n"
                                                                         "while [ ! -e \"$1\" ]; do sleep 0.02; done\n"
                                                                         "echo after\n"
                                                                         "exit 4\n")},
                                 {u"arguments"_s, QJsonArray{go}}};
        QString handle;
        {
            auto first = backend(config);
            QVERIFY(first);
            auto started = first->start(request(u"r2-t40-a1"_s));
            QVERIFY2(started, qPrintable(started.errorMessage()));
            handle = *started;
        }
        // The runner has published its pid (before that, find() would give the job up: see the tests below).
        QVERIFY(waitUntil([&] { return pidIn(jobs() + u"/r2-t40-a1/runner.pid"_s) > 0; }));
        // As after a restart: a new object, with nothing but the context and the stored handle or token.
        auto second = backend(config);
        QVERIFY(second);
        auto found = second->find(request(u"r2-t40-a1"_s));
        QVERIFY(found);
        QCOMPARE(found->value_or(QString()), handle);
        QVERIFY(waitUntil([&] { return second->logs(handle, 0).value() == "before\n"; }));
        QCOMPARE(second->poll(handle)->state, JobState::Running);
        writeAll(go, {});
        const JobStatus status = waitForEnd(*second, handle);
        QCOMPARE(status.state, JobState::Failed);
        QCOMPARE(status.exitCode, std::optional<int>(4));
        QCOMPARE(second->logs(handle, 0).value(), QByteArray("before\nafter\n"));
    }

    void findKnowsStartedJobsOnly()
    {
        auto process = backend({{u"program"_s, u"/bin/echo"_s}, {u"arguments"_s, QJsonArray{u"hello"_s}}});
        QVERIFY(process);
        auto before = process->find(request(u"r3-t40-a1"_s));
        QVERIFY(before);
        QCOMPARE(*before, std::nullopt);
        auto handle = process->start(request(u"r3-t40-a1"_s));
        QVERIFY2(handle, qPrintable(handle.errorMessage()));
        QVERIFY(waitUntil([&] { return pidIn(jobs() + u"/r3-t40-a1/runner.pid"_s) > 0; }));
        auto found = process->find(request(u"r3-t40-a1"_s));
        QVERIFY(found);
        QCOMPARE(found->value_or(QString()), *handle);
        auto unknown = process->find(request(u"r3-t40-a2"_s));
        QVERIFY(unknown);
        QCOMPARE(*unknown, std::nullopt);
        QCOMPARE(waitForEnd(*process, *handle).state, JobState::Succeeded);
        QCOMPARE(process->logs(*handle, 0).value(), QByteArray("hello\n"));
    }

    void startingATokenTwiceIsRefused()
    {
        const QString count = m_dir->filePath(u"count.txt"_s);
        const QJsonObject config{{u"program"_s, script(u"once.sh"_s, "echo ran >> \"$1\"\n")},
                                 {u"arguments"_s, QJsonArray{count}}};
        auto process = backend(config);
        QVERIFY(process);
        auto handle = process->start(request(u"r4-t40-a1"_s));
        QVERIFY2(handle, qPrintable(handle.errorMessage()));
        auto again = process->start(request(u"r4-t40-a1"_s));
        QVERIFY(!again);
        QVERIFY2(again.errorMessage().contains(u"r4-t40-a1"_s), qPrintable(again.errorMessage()));
        auto fromAnother = backend(config)->start(request(u"r4-t40-a1"_s));
        QVERIFY(!fromAnother);
        QCOMPARE(waitForEnd(*process, *handle).state, JobState::Succeeded);
        QCOMPARE(readAll(count), QByteArray("ran\n"));
    }

    void unusableTokenIsRefused()
    {
        auto process = backend({{u"program"_s, u"/bin/true"_s}});
        QVERIFY(process);
        for (const QString &token : {u"../escape"_s, u""_s, u"a/b"_s, u".."_s}) {
            auto started = process->start(request(token));
            QVERIFY2(!started, qPrintable(token));
            QVERIFY(!process->find(request(token)));
        }
        QVERIFY(!QFileInfo::exists(m_dir->filePath(u"escape"_s)));
    }

    void missingProgramFailsNamingIt()
    {
        const QString missing = m_dir->filePath(u"no-such-deploy.sh"_s);
        auto process = backend({{u"program"_s, missing}});
        QVERIFY(process);
        auto handle = process->start(request(u"r5-t40-a1"_s));
        QVERIFY2(handle, qPrintable(handle.errorMessage()));
        const JobStatus status = waitForEnd(*process, *handle);
        QCOMPARE(status.state, JobState::Failed);
        QCOMPARE(status.exitCode, std::nullopt);
        QVERIFY2(status.message.contains(missing), qPrintable(status.message));
    }

    void missingRunnerIsAnError()
    {
        const QString runner = m_dir->filePath(u"bin/flowdeck-runner"_s);
        auto process = backend({{u"program"_s, u"/bin/true"_s}}, context(runner));
        QVERIFY(process);
        auto started = process->start(request(u"r6-t40-a1"_s));
        QVERIFY(!started);
        QVERIFY2(started.errorMessage().contains(runner), qPrintable(started.errorMessage()));
        QVERIFY2(started.errorMessage().contains(backendName), qPrintable(started.errorMessage()));
        // Nothing was started, so nothing is found and the token can still be used.
        QCOMPARE(process->find(request(u"r6-t40-a1"_s)).value(), std::nullopt);
    }

    void runnerThatDiedIsAFailure()
    {
        const QString pidFile = m_dir->filePath(u"orphan.pid"_s);
        auto process = backend({{u"program"_s, script(u"orphan.sh"_s, "echo $$ > \"$1\"\nsleep 300\n")},
                                {u"arguments"_s, QJsonArray{pidFile}}});
        QVERIFY(process);
        auto handle = process->start(request(u"r7-t40-a1"_s));
        QVERIFY2(handle, qPrintable(handle.errorMessage()));
        QVERIFY(waitUntil([&] { return pidIn(pidFile) > 0; }));
        const qint64 runner = pidIn(jobs() + u"/r7-t40-a1/runner.pid"_s);
        QVERIFY(runner > 0);
        QCOMPARE(process->poll(*handle)->state, JobState::Running);

        QCOMPARE(::kill(static_cast<pid_t>(runner), SIGKILL), 0);
        const JobStatus status = waitForEnd(*process, *handle);
        QCOMPARE(status.state, JobState::Failed);
        QCOMPARE(status.message, u"the runner ended without a result"_s);
        // The program lives on in its own group; end it.
        ::kill(-static_cast<pid_t>(pidIn(pidFile)), SIGKILL);
    }

    void pidOfAnotherProgramIsNotTheRunner()
    {
        // A job directory whose runner pid now belongs to another program (this test): the runner is gone.
        const QString directory = jobs() + u"/r8-t40-a1"_s;
        QVERIFY(QDir().mkpath(directory));
        writeAll(directory + u"/runner.pid"_s, QByteArray::number(QCoreApplication::applicationPid()) + '\n');
        auto process = backend({{u"program"_s, u"/bin/true"_s}});
        QVERIFY(process);
        auto handle = process->find(request(u"r8-t40-a1"_s));
        QVERIFY(handle && handle->has_value());
        const JobStatus status = waitForEnd(*process, **handle, 0);
        QCOMPARE(status.state, JobState::Failed);
        QCOMPARE(status.message, u"the runner ended without a result"_s);
    }

    /// A runner that takes `seconds` to start: a script that waits, then becomes the real runner.
    QString slowRunner(const QString &seconds)
    {
        return script(u"slow-runner"_s,
                      "sleep " + seconds.toUtf8() + "\nexec '" + QByteArray(FLOWDECK_RUNNER_PATH) + "' \"$@\"\n");
    }

    void jobJustStartedIsRunningBeforeTheRunnerWritesItsPid()
    {
        const QString count = m_dir->filePath(u"count.txt"_s);
        auto process =
            backend({{u"program"_s, script(u"once.sh"_s, "echo ran >> \"$1\"\n")}, {u"arguments"_s, QJsonArray{count}}},
                    context(slowRunner(u"1"_s)));
        QVERIFY(process);
        auto handle = process->start(request(u"r9-t40-a1"_s));
        QVERIFY2(handle, qPrintable(handle.errorMessage()));
        QCOMPARE(pidIn(jobs() + u"/r9-t40-a1/runner.pid"_s), 0);
        QCOMPARE(process->poll(*handle)->state, JobState::Running);
        QCOMPARE(process->logs(*handle, 0).value(), QByteArray());
        QCOMPARE(waitForEnd(*process, *handle).state, JobState::Succeeded);
        QCOMPARE(readAll(count), QByteArray("ran\n"));
    }

    void jobLeftBeforeItsRunnerStartedRunsOnceAfterARestart()
    {
        // Flowdeck started a slow runner and was killed before the runner published its pid. The next Flowdeck
        // finds the job without a pid and claims it; the runner, when it comes, starts nothing; the job starts anew.
        const QString count = m_dir->filePath(u"count.txt"_s);
        const QJsonObject config{{u"program"_s, script(u"once.sh"_s, "echo ran >> \"$1\"\n")},
                                 {u"arguments"_s, QJsonArray{count}}};
        const QString directory = jobs() + u"/r10-t40-a1"_s;
        {
            auto killed = backend(config, context(slowRunner(u"0.5"_s)));
            QVERIFY(killed);
            QVERIFY(killed->start(request(u"r10-t40-a1"_s)));
        }
        auto next = backend(config);
        QVERIFY(next);
        auto found = next->find(request(u"r10-t40-a1"_s));
        QVERIFY2(found, qPrintable(found.errorMessage()));
        QCOMPARE(*found, std::nullopt);
        QVERIFY(!QFileInfo::exists(directory));
        const QStringList aside = QDir(jobs()).entryList({u"r10-t40-a1.abandoned-*"_s}, QDir::Dirs);
        QCOMPARE(aside.size(), 1);
        const QString asidePath = jobs() + u'/' + aside.first();
        QCOMPARE(readAll(asidePath + u"/runner.pid"_s), runnerfile::abandonedMark);

        auto handle = next->start(request(u"r10-t40-a1"_s));
        QVERIFY2(handle, qPrintable(handle.errorMessage()));
        QCOMPARE(waitForEnd(*next, *handle).state, JobState::Succeeded);
        // The slow runner has come by now and said why it ran nothing: its job directory was gone, or (when the new
        // job's directory was there under the same name) the new runner had published its pid first.
        QVERIFY(waitUntil([&] { return !readAll(asidePath + u"/runner.log"_s).isEmpty(); }, 5000));
        const QByteArray said = readAll(asidePath + u"/runner.log"_s);
        QVERIFY2(said.contains("does not exist") || said.contains("given up"), said.constData());
        QThread::msleep(200);
        QCOMPARE(readAll(count), QByteArray("ran\n"));
        QVERIFY(!QFileInfo::exists(asidePath + u"/output.log"_s));
        QVERIFY(!QFileInfo::exists(asidePath + u"/status.json"_s));
    }

    void jobClaimedButNotMovedAsideIsMovedOnTheNextRestart()
    {
        // Killed again between claiming the job and moving its directory aside.
        const QString directory = jobs() + u"/r11-t40-a1"_s;
        QVERIFY(QDir().mkpath(directory));
        writeAll(directory + u"/runner.pid"_s, runnerfile::abandonedMark);
        // A runner of the claimed job starts nothing.
        const QString marker = m_dir->filePath(u"ran"_s);
        QCOMPARE(runSupervised({u"--job"_s, directory, u"--"_s, u"/bin/touch"_s, marker}), 2);
        QVERIFY(!QFileInfo::exists(marker));
        QVERIFY(!QFileInfo::exists(directory + u"/status.json"_s));
        QCOMPARE(readAll(directory + u"/runner.pid"_s), runnerfile::abandonedMark);

        auto process = backend({{u"program"_s, u"/bin/true"_s}});
        QVERIFY(process);
        auto found = process->find(request(u"r11-t40-a1"_s));
        QVERIFY2(found, qPrintable(found.errorMessage()));
        QCOMPARE(*found, std::nullopt);
        QVERIFY(!QFileInfo::exists(directory));
        QCOMPARE(QDir(jobs()).entryList({u"r11-t40-a1.abandoned-*"_s}, QDir::Dirs).size(), 1);
    }

    void runnerPublishesItsPidOnlyOnce()
    {
        const QString pid = m_dir->filePath(u"runner.pid"_s);
        QString error;
        QCOMPARE(publishExclusively(pid, "1\n", &error), Publication::Published);
        QCOMPARE(publishExclusively(pid, "2\n", &error), Publication::Taken);
        QCOMPARE(readAll(pid), QByteArray("1\n"));
        QCOMPARE(publishExclusively(m_dir->filePath(u"gone/runner.pid"_s), "3\n", &error), Publication::Taken);
        // No temporary file is left beside it.
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"runner.pid"_s});
    }

    void describeFillsAndQuotes()
    {
        auto process = backend({{u"program"_s, u"/opt/deploy/deploy.sh"_s},
                                {u"arguments"_s, QJsonArray{u"{service}"_s, u"{version}"_s, u"{environment}"_s,
                                                            u"two words"_s, u"; rm -rf ~"_s}}});
        QVERIFY(process);
        QCOMPARE(process->describe(request(u"r10-t40-a1"_s)),
                 u"runs /opt/deploy/deploy.sh storefront 2.4.0 production \"two words\" \"; rm -rf ~\""_s);
        // A value that looks like a placeholder is not filled again.
        DeployRequest odd = request(u"r10-t40-a1"_s);
        odd.service = u"{version}"_s;
        QCOMPARE(process->describe(odd),
                 u"runs /opt/deploy/deploy.sh {version} 2.4.0 production \"two words\" \"; rm -rf ~\""_s);
    }

    void configErrorsNameTheBackend_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("names");
        QTest::newRow("empty") << QString() << u"program"_s;
        QTest::newRow("not json") << u"program=/bin/true"_s << u"JSON"_s;
        QTest::newRow("no program") << uR"({"arguments": []})"_s << u"program"_s;
        QTest::newRow("program not a text") << uR"({"program": 5})"_s << u"program"_s;
        QTest::newRow("arguments a string") << uR"({"program": "/bin/true", "arguments": "a b"})"_s << u"arguments"_s;
        QTest::newRow("argument a number") << uR"({"program": "/bin/true", "arguments": ["a", 1]})"_s << u"2"_s;
        QTest::newRow("negative timeout")
            << uR"({"program": "/bin/true", "timeout_seconds": -1})"_s << u"timeout_seconds"_s;
        QTest::newRow("timeout a text") << uR"({"program": "/bin/true", "timeout_seconds": "900"})"_s
                                        << u"timeout_seconds"_s;
        QTest::newRow("environment value") << uR"({"program": "/bin/true", "environment": {"MODE": 1}})"_s << u"MODE"_s;
        QTest::newRow("environment list")
            << uR"({"program": "/bin/true", "environment": ["MODE=1"]})"_s << u"environment"_s;
        QTest::newRow("relative directory")
            << uR"({"program": "/bin/true", "working_directory": "work"})"_s << u"working_directory"_s;
        QTest::newRow("misspelt key") << uR"({"program": "/bin/true", "timeout": 900})"_s << u"timeout"_s;
    }

    void configErrorsNameTheBackend()
    {
        QFETCH(QString, config);
        QFETCH(QString, names);
        auto made = makeProcessBackend(Backend{7, backendName, u"process"_s, config, true}, context());
        QVERIFY(!made);
        QVERIFY2(made.errorMessage().contains(u'"' + backendName + u'"'), qPrintable(made.errorMessage()));
        QVERIFY2(made.errorMessage().contains(names), qPrintable(made.errorMessage()));
    }

    void runnerRecordsAProgramKilledBySignal()
    {
        // The runner's own work, in this process: the program kills itself with SIGKILL (9).
        const QString job = m_dir->filePath(u"job"_s);
        QVERIFY(QDir().mkpath(job));
        const int result = runSupervised(
            {u"--job"_s, job, u"--"_s, u"/bin/sh"_s, u"-c"_s, u"echo going; kill -KILL $$; echo not reached"_s});
        QCOMPARE(result, 1);
        QCOMPARE(pidIn(job + u"/runner.pid"_s), QCoreApplication::applicationPid());
        QCOMPARE(readAll(job + u"/output.log"_s), QByteArray("going\n"));
        const QJsonObject status = QJsonDocument::fromJson(readAll(job + u"/status.json"_s)).object();
        QCOMPARE(status.value("state"_L1).toString(), u"failed"_s);
        QVERIFY(status.value("exit_code"_L1).isNull());
        QCOMPARE(status.value("signal"_L1).toInt(), 9);
        QVERIFY2(status.value("message"_L1).toString().contains("SIGKILL"_L1),
                 qPrintable(status.value("message"_L1).toString()));
    }

    void runnerRecordsSuccessAndItsOptions()
    {
        const QString job = m_dir->filePath(u"job"_s);
        QVERIFY(QDir().mkpath(job));
        const int result =
            runSupervised({u"--job"_s, job, u"--cwd"_s, m_dir->path(), u"--env"_s, u"GREETING=hello=there"_s, u"--"_s,
                           u"/bin/sh"_s, u"-c"_s, u"printf '%s %s\\n' \"$GREETING\" \"$(pwd)\""_s});
        QCOMPARE(result, 0);
        QCOMPARE(readAll(job + u"/output.log"_s), "hello=there " + QDir(m_dir->path()).canonicalPath().toUtf8() + '\n');
        const QJsonObject status = QJsonDocument::fromJson(readAll(job + u"/status.json"_s)).object();
        QCOMPARE(status.value("state"_L1).toString(), u"succeeded"_s);
        QCOMPARE(status.value("exit_code"_L1).toInt(-1), 0);
    }

    void runnerWithABadCommandLineTellsTheJob()
    {
        const QString job = m_dir->filePath(u"job"_s);
        QVERIFY(QDir().mkpath(job));
        QCOMPARE(runSupervised({u"--job"_s, job, u"--timeout-ms"_s, u"soon"_s, u"--"_s, u"/bin/true"_s}), 2);
        const QJsonObject status = QJsonDocument::fromJson(readAll(job + u"/status.json"_s)).object();
        QCOMPARE(status.value("state"_L1).toString(), u"failed"_s);
        QVERIFY2(status.value("message"_L1).toString().contains("--timeout-ms"_L1),
                 qPrintable(status.value("message"_L1).toString()));
        QCOMPARE(runSupervised({u"--job"_s, job}), 2);
        QCOMPARE(runSupervised({u"--job"_s, m_dir->filePath(u"missing"_s), u"--"_s, u"/bin/true"_s}), 2);
    }

    void runnerArgumentsReadBack()
    {
        RunnerOptions options;
        options.jobDirectory = u"/tmp/jobs/r1"_s;
        options.timeoutMs = 900000;
        options.workingDirectory = u"/srv/deploy"_s;
        options.environment = {{u"A"_s, u"1=2"_s}};
        options.program = u"/opt/deploy.sh"_s;
        options.arguments = {u"--"_s, u"--job"_s, u""_s};
        const QStringList line = runnerArguments(options);
        QCOMPARE(line, QStringList({u"--job"_s, u"/tmp/jobs/r1"_s, u"--timeout-ms"_s, u"900000"_s, u"--cwd"_s,
                                    u"/srv/deploy"_s, u"--env"_s, u"A=1=2"_s, u"--"_s, u"/opt/deploy.sh"_s, u"--"_s,
                                    u"--job"_s, u""_s}));
        auto read = parseRunnerArguments(line);
        QVERIFY(read);
        QCOMPARE(read->jobDirectory, options.jobDirectory);
        QCOMPARE(read->timeoutMs, options.timeoutMs);
        QCOMPARE(read->workingDirectory, options.workingDirectory);
        QCOMPARE(read->environment, options.environment);
        QCOMPARE(read->program, options.program);
        QCOMPARE(read->arguments, options.arguments);
    }

    void defaultRunnerFollowsTheEnvironment()
    {
        qputenv("FLOWDECK_RUNNER", "/opt/elsewhere/flowdeck-runner");
        QCOMPARE(defaultRunnerProgram(), u"/opt/elsewhere/flowdeck-runner"_s);
        qunsetenv("FLOWDECK_RUNNER");
        // This test's directory has no runner: the name is left to the search path.
        QCOMPARE(defaultRunnerProgram(), u"flowdeck-runner"_s);
        QVERIFY(defaultJobDirectory().endsWith(u"/jobs"_s));
    }
};

QTEST_GUILESS_MAIN(TestProcessBackend)
#include "tst_processbackend.moc"
