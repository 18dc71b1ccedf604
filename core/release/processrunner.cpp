// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/processrunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTemporaryFile>
#include <QTimer>

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/types.h>
#include <unistd.h>
#include <utility>

namespace flowdeck::release {

using namespace Qt::StringLiterals;

namespace {

struct Runner
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::release::Runner)
};

/// How long a program that was asked to stop has before it is killed.
constexpr int killDelayMs = 5000;

const QString stateSucceeded = u"succeeded"_s;
const QString stateFailed = u"failed"_s;
const QString stateCanceled = u"canceled"_s;
const QString stateTimedOut = u"timed_out"_s;

QString durationText(qint64 ms)
{
    if (ms > 0 && ms % 3'600'000 == 0)
        return Runner::tr("%1 h").arg(ms / 3'600'000);
    if (ms > 0 && ms % 60'000 == 0)
        return Runner::tr("%1 min").arg(ms / 60'000);
    if (ms > 0 && ms % 1000 == 0)
        return Runner::tr("%1 s").arg(ms / 1000);
    return Runner::tr("%1 ms").arg(ms);
}

QString signalText(int signalNumber)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 32))
    if (const char *name = sigabbrev_np(signalNumber))
        return Runner::tr("killed by signal %1 (SIG%2)").arg(signalNumber).arg(QString::fromLatin1(name));
#endif
    return Runner::tr("killed by signal %1").arg(signalNumber);
}

// The write end of the pipe that carries SIGTERM and SIGINT from the handler to the event loop. Only the handler
// and TerminationSignals touch it.
int signalPipe[2] = {-1, -1};

extern "C" void relayTerminationSignal(int signalNumber)
{
    const int savedErrno = errno;
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
    errno = savedErrno;
}

/// Catches SIGTERM and SIGINT for as long as it lives and makes them readable by a QSocketNotifier (a handler may
/// not call Qt); restores the previous handlers afterwards.
class TerminationSignals
{
public:
    TerminationSignals()
    {
        if (::pipe(signalPipe) != 0) {
            m_error = QString::fromLocal8Bit(std::strerror(errno));
            return;
        }
        for (const int fd : signalPipe) {
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        }
        struct sigaction action = {};
        action.sa_handler = relayTerminationSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGTERM, &action, &m_previousTerm);
        ::sigaction(SIGINT, &action, &m_previousInt);
        m_installed = true;
        m_notifier = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
    }

    ~TerminationSignals()
    {
        m_notifier.reset();
        if (m_installed) {
            ::sigaction(SIGTERM, &m_previousTerm, nullptr);
            ::sigaction(SIGINT, &m_previousInt, nullptr);
        }
        for (int &fd : signalPipe) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }

    TerminationSignals(const TerminationSignals &) = delete;
    TerminationSignals &operator=(const TerminationSignals &) = delete;

    QString error() const { return m_error; }
    QSocketNotifier *notifier() const { return m_notifier.get(); }

    /// Empties the pipe; true when a signal had come.
    bool takeSignals()
    {
        bool any = false;
        char buffer[16];
        while (::read(signalPipe[0], buffer, sizeof buffer) > 0)
            any = true;
        return any;
    }

private:
    QString m_error;
    bool m_installed = false;
    struct sigaction m_previousTerm = {};
    struct sigaction m_previousInt = {};
    std::unique_ptr<QSocketNotifier> m_notifier;
};

void printDiagnostic(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qUtf8Printable(runnerProgramName), qUtf8Printable(message));
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Error{Runner::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

RunnerOutcome outcomeOf(RunnerOutcome::State state, const QString &message)
{
    RunnerOutcome outcome;
    outcome.state = state;
    outcome.message = message;
    return outcome;
}

/// The --job value of a command line that could not be read as a whole, so that the failure still reaches the job.
QString jobDirectoryOf(const QStringList &arguments)
{
    for (qsizetype i = 0; i + 1 < arguments.size() && arguments.at(i) != "--"_L1; ++i) {
        if (arguments.at(i) == "--job"_L1)
            return arguments.at(i + 1);
    }
    return {};
}

/// Runs one program to its end and records how it ended.
class Supervisor
{
public:
    explicit Supervisor(RunnerOptions options)
        : m_options(std::move(options))
    {}

    int run();

private:
    QString path(const QString &file) const { return QDir(m_options.jobDirectory).filePath(file); }
    void appendOutput();
    void stop(RunnerOutcome::State reason);
    void signalGroup(int signalNumber) const;
    bool groupAlive() const { return m_group > 0 && ::kill(-static_cast<pid_t>(m_group), 0) == 0; }
    void onFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void end();
    int finish(RunnerOutcome outcome);

    RunnerOptions m_options;
    QEventLoop m_loop;
    QProcess m_process;
    QFile m_output;
    QString m_outputError;
    QTimer m_timeout;
    QTimer m_kill;
    QTimer m_groupWatch;
    qint64 m_group = 0;
    std::optional<RunnerOutcome::State> m_stopReason;
    QString m_startError;
    std::optional<int> m_exitCode;
    std::optional<int> m_signal;
    bool m_done = false;
};

int Supervisor::run()
{
    if (!QFileInfo(m_options.jobDirectory).isDir()) {
        printDiagnostic(
            Runner::tr("The job directory %1 does not exist.").arg(QDir::toNativeSeparators(m_options.jobDirectory)));
        return 2;
    }

    // Signals are caught before the pid is published, so that whoever reads the pid can cancel.
    TerminationSignals terminations;
    if (!terminations.error().isEmpty()) {
        const QString message = Runner::tr("The runner could not watch for signals: %1").arg(terminations.error());
        printDiagnostic(message);
        return finish(outcomeOf(RunnerOutcome::State::Failed, message));
    }
    // A restarted Flowdeck may have given the job up before this runner got here (see ProcessBackend::find()); then
    // the pid's place is taken, or the directory moved aside, and the program must not run. Where the job was started
    // again in the meantime, its directory has the same name: of the two runners, the one that publishes first runs
    // the program and the other starts nothing, so it still runs once.
    QString error;
    switch (publishExclusively(path(runnerfile::pid), QByteArray::number(QCoreApplication::applicationPid()) + '\n',
                               &error)) {
    case Publication::Published:
        break;
    case Publication::Taken:
        printDiagnostic(Runner::tr("The job in %1 was given up before this runner started; the program does not run.")
                            .arg(QDir::toNativeSeparators(m_options.jobDirectory)));
        return 2;
    case Publication::Failed:
        printDiagnostic(error);
        return 2;
    }
    QObject::connect(terminations.notifier(), &QSocketNotifier::activated, &m_loop, [this, &terminations] {
        if (terminations.takeSignals())
            stop(RunnerOutcome::State::Canceled);
    });

    m_output.setFileName(path(runnerfile::output));
    if (!m_output.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        const QString message = Runner::tr("%1 could not be opened: %2")
                                    .arg(QDir::toNativeSeparators(m_output.fileName()), m_output.errorString());
        printDiagnostic(message);
        finish(outcomeOf(RunnerOutcome::State::Failed, message));
        return 2;
    }
    // A cancel that came before the pid was there left this mark (see ProcessBackend::cancel).
    if (QFileInfo::exists(path(runnerfile::cancel)))
        return finish(outcomeOf(RunnerOutcome::State::Canceled, Runner::tr("canceled before the program started")));
    if (!m_options.workingDirectory.isEmpty() && !QFileInfo(m_options.workingDirectory).isDir()) {
        return finish(outcomeOf(RunnerOutcome::State::Failed,
                                Runner::tr("%1 could not be started: the working directory %2 does not exist.")
                                    .arg(m_options.program, QDir::toNativeSeparators(m_options.workingDirectory))));
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : std::as_const(m_options.environment))
        environment.insert(name, value);
    m_process.setProcessEnvironment(environment);
    m_process.setProgram(m_options.program);
    m_process.setArguments(m_options.arguments);
    if (!m_options.workingDirectory.isEmpty())
        m_process.setWorkingDirectory(m_options.workingDirectory);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
    // A group of its own, so that a stop reaches whatever the program started too.
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });

    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_loop, [this] { appendOutput(); });
    QObject::connect(&m_process, &QProcess::finished, &m_loop,
                     [this](int exitCode, QProcess::ExitStatus exitStatus) { onFinished(exitCode, exitStatus); });
    QObject::connect(&m_process, &QProcess::errorOccurred, &m_loop, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_startError = m_process.errorString();
        end();
    });
    m_timeout.setSingleShot(true);
    QObject::connect(&m_timeout, &QTimer::timeout, &m_loop, [this] { stop(RunnerOutcome::State::TimedOut); });
    m_kill.setSingleShot(true);
    QObject::connect(&m_kill, &QTimer::timeout, &m_loop, [this] {
        signalGroup(SIGKILL);
        if (m_process.state() == QProcess::NotRunning)
            end();
    });
    m_groupWatch.setInterval(100);
    QObject::connect(&m_groupWatch, &QTimer::timeout, &m_loop, [this] {
        if (!groupAlive())
            end();
    });

    m_process.start();
    if (m_process.processId() > 0) {
        m_group = m_process.processId();
        // The child sets its group too; whichever comes first wins, so that no stop can miss the group.
        ::setpgid(static_cast<pid_t>(m_group), static_cast<pid_t>(m_group));
    }
    if (m_options.timeoutMs > 0)
        m_timeout.start(static_cast<int>(m_options.timeoutMs));
    if (!m_done)
        m_loop.exec();
    appendOutput();
    m_output.close();

    RunnerOutcome outcome;
    outcome.exitCode = m_exitCode;
    if (!m_startError.isEmpty()) {
        outcome.state = RunnerOutcome::State::Failed;
        outcome.message = Runner::tr("%1 could not be started: %2").arg(m_options.program, m_startError);
    } else if (m_stopReason) {
        outcome.state = *m_stopReason;
        if (outcome.state == RunnerOutcome::State::TimedOut)
            outcome.timeoutMs = m_options.timeoutMs;
    } else {
        outcome.signal = m_signal;
        outcome.state = m_exitCode == 0 ? RunnerOutcome::State::Succeeded : RunnerOutcome::State::Failed;
    }
    outcome.message = describeOutcome(outcome);
    if (!m_outputError.isEmpty())
        outcome.message += u"; "_s + Runner::tr("output.log is incomplete: %1").arg(m_outputError);
    return finish(outcome);
}

void Supervisor::appendOutput()
{
    const QByteArray data = m_process.readAllStandardOutput();
    if (data.isEmpty() || !m_output.isOpen())
        return;
    if (m_output.write(data) != data.size() && m_outputError.isEmpty())
        m_outputError = m_output.errorString();
}

void Supervisor::stop(RunnerOutcome::State reason)
{
    if (m_stopReason || m_done)
        return;
    m_stopReason = reason;
    m_timeout.stop();
    signalGroup(SIGTERM);
    m_kill.start(killDelayMs);
}

void Supervisor::signalGroup(int signalNumber) const
{
    if (m_group <= 0)
        return;
    if (::kill(-static_cast<pid_t>(m_group), signalNumber) != 0 && m_process.state() != QProcess::NotRunning)
        ::kill(static_cast<pid_t>(m_group), signalNumber);
}

void Supervisor::onFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    appendOutput();
    if (exitStatus == QProcess::NormalExit)
        m_exitCode = exitCode;
    else
        m_signal = exitCode;
    m_timeout.stop();
    // After a stop, what the program started gets the rest of its time to end too, then the SIGKILL.
    if (m_stopReason && groupAlive()) {
        m_groupWatch.start();
        return;
    }
    end();
}

void Supervisor::end()
{
    m_done = true;
    m_groupWatch.stop();
    m_kill.stop();
    m_loop.quit();
}

int Supervisor::finish(RunnerOutcome outcome)
{
    if (outcome.message.isEmpty())
        outcome.message = describeOutcome(outcome);
    outcome.finishedAt = QDateTime::currentMSecsSinceEpoch();
    if (auto written = writeFileAtomically(path(runnerfile::status), statusJson(outcome)); !written) {
        printDiagnostic(written.errorMessage());
        return 2;
    }
    return outcome.state == RunnerOutcome::State::Succeeded ? 0 : 1;
}

} // namespace

Result<RunnerOptions> parseRunnerArguments(const QStringList &arguments)
{
    RunnerOptions options;
    qsizetype i = 0;
    bool separated = false;
    for (; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == "--"_L1) {
            separated = true;
            ++i;
            break;
        }
        if (argument != "--job"_L1 && argument != "--timeout-ms"_L1 && argument != "--cwd"_L1 && argument != "--env"_L1)
            return Error{Runner::tr("Unknown option %1 (the program comes after --).").arg(argument)};
        if (i + 1 >= arguments.size())
            return Error{Runner::tr("%1 needs a value.").arg(argument)};
        const QString &value = arguments.at(++i);
        if (argument == "--job"_L1) {
            options.jobDirectory = value;
        } else if (argument == "--timeout-ms"_L1) {
            bool ok = false;
            options.timeoutMs = value.toLongLong(&ok);
            if (!ok || options.timeoutMs < 0 || options.timeoutMs > INT_MAX)
                return Error{Runner::tr("--timeout-ms needs a number of milliseconds from 0 to %1, not \"%2\".")
                                 .arg(INT_MAX)
                                 .arg(value)};
        } else if (argument == "--cwd"_L1) {
            options.workingDirectory = value;
        } else {
            const qsizetype equals = value.indexOf(u'=');
            if (equals <= 0)
                return Error{Runner::tr("--env needs NAME=VALUE, not \"%1\".").arg(value)};
            options.environment.append({value.left(equals), value.mid(equals + 1)});
        }
    }
    if (options.jobDirectory.isEmpty())
        return Error{Runner::tr("--job DIRECTORY is missing.")};
    if (!separated || i >= arguments.size() || arguments.at(i).isEmpty())
        return Error{Runner::tr("The program to run is missing (after --).")};
    options.program = arguments.at(i);
    options.arguments = arguments.mid(i + 1);
    return options;
}

QStringList runnerArguments(const RunnerOptions &options)
{
    QStringList arguments{u"--job"_s, options.jobDirectory};
    if (options.timeoutMs > 0)
        arguments << u"--timeout-ms"_s << QString::number(options.timeoutMs);
    if (!options.workingDirectory.isEmpty())
        arguments << u"--cwd"_s << options.workingDirectory;
    for (const auto &[name, value] : options.environment)
        arguments << u"--env"_s << name + u'=' + value;
    arguments << u"--"_s << options.program << options.arguments;
    return arguments;
}

QString runnerStateName(RunnerOutcome::State state)
{
    switch (state) {
    case RunnerOutcome::State::Succeeded:
        return stateSucceeded;
    case RunnerOutcome::State::Failed:
        return stateFailed;
    case RunnerOutcome::State::Canceled:
        return stateCanceled;
    case RunnerOutcome::State::TimedOut:
        return stateTimedOut;
    }
    return stateFailed;
}

Publication publishExclusively(const QString &path, const QByteArray &content, QString *error)
{
    const QFileInfo target(path);
    const auto failed = [&](const QString &reason) {
        if (error)
            *error = Runner::tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), reason);
        return Publication::Failed;
    };
    QTemporaryFile file(target.dir().filePath(u".%1.XXXXXX"_s.arg(target.fileName())));
    if (!file.open())
        return target.dir().exists() ? failed(file.errorString()) : Publication::Taken;
    if (file.write(content) != content.size() || !file.flush())
        return failed(file.errorString());
    if (::link(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(path).constData()) == 0)
        return Publication::Published;
    if (errno == EEXIST || errno == ENOENT)
        return Publication::Taken;
    return failed(QString::fromLocal8Bit(std::strerror(errno)));
}

QString describeOutcome(const RunnerOutcome &outcome)
{
    switch (outcome.state) {
    case RunnerOutcome::State::TimedOut:
        return Runner::tr("timed out after %1").arg(durationText(outcome.timeoutMs));
    case RunnerOutcome::State::Canceled:
        return outcome.message.isEmpty() ? Runner::tr("canceled") : outcome.message;
    case RunnerOutcome::State::Succeeded:
    case RunnerOutcome::State::Failed:
        if (outcome.exitCode)
            return Runner::tr("exit code %1").arg(*outcome.exitCode);
        if (outcome.signal)
            return signalText(*outcome.signal);
        break;
    }
    return outcome.message;
}

QByteArray statusJson(const RunnerOutcome &outcome)
{
    QJsonObject object{
        {u"state"_s, runnerStateName(outcome.state)},
        {u"exit_code"_s, outcome.exitCode ? QJsonValue(*outcome.exitCode) : QJsonValue(QJsonValue::Null)},
        {u"signal"_s, outcome.signal ? QJsonValue(*outcome.signal) : QJsonValue(QJsonValue::Null)},
        {u"message"_s, outcome.message},
        {u"finished_at"_s, outcome.finishedAt},
    };
    if (outcome.state == RunnerOutcome::State::TimedOut)
        object.insert(u"timeout_ms"_s, outcome.timeoutMs);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<RunnerOutcome> readRunnerStatus(const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Runner::tr("%1 could not be read: %2").arg(where, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error{Runner::tr("%1 is not a JSON object: %2").arg(where, parseError.errorString())};
    const QJsonObject object = document.object();

    RunnerOutcome outcome;
    const QString state = object.value("state"_L1).toString();
    if (state == stateSucceeded)
        outcome.state = RunnerOutcome::State::Succeeded;
    else if (state == stateFailed)
        outcome.state = RunnerOutcome::State::Failed;
    else if (state == stateCanceled)
        outcome.state = RunnerOutcome::State::Canceled;
    else if (state == stateTimedOut)
        outcome.state = RunnerOutcome::State::TimedOut;
    else
        return Error{Runner::tr("%1 has an unknown state \"%2\".").arg(where, state)};
    const auto optionalInt = [&object](QLatin1StringView key) -> std::optional<int> {
        const QJsonValue value = object.value(key);
        return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
    };
    outcome.exitCode = optionalInt("exit_code"_L1);
    outcome.signal = optionalInt("signal"_L1);
    outcome.timeoutMs = object.value("timeout_ms"_L1).toInteger();
    outcome.message = object.value("message"_L1).toString();
    outcome.finishedAt = object.value("finished_at"_L1).toInteger();
    return outcome;
}

int runSupervised(const QStringList &arguments)
{
    auto options = parseRunnerArguments(arguments);
    if (!options) {
        printDiagnostic(options.errorMessage());
        printDiagnostic(Runner::tr("usage: %1 --job DIRECTORY [--timeout-ms N] [--cwd DIRECTORY] "
                                   "[--env NAME=VALUE]... -- PROGRAM [ARGUMENT]...")
                            .arg(runnerProgramName));
        // The job still learns why nothing ran, when it can be told.
        if (const QString job = jobDirectoryOf(arguments); !job.isEmpty() && QFileInfo(job).isDir()) {
            RunnerOutcome outcome = outcomeOf(RunnerOutcome::State::Failed, options.errorMessage());
            outcome.finishedAt = QDateTime::currentMSecsSinceEpoch();
            [[maybe_unused]] auto written =
                writeFileAtomically(QDir(job).filePath(runnerfile::status), statusJson(outcome));
        }
        return 2;
    }
    return Supervisor(std::move(*options)).run();
}

} // namespace flowdeck::release
