// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/processbackend.h"

#include "release/processrunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <sys/types.h>

namespace flowdeck::release {

using namespace Qt::StringLiterals;

namespace {

/// How long a job directory may be without the runner's pid before the runner is taken to have never started.
constexpr qint64 runnerStartGraceMs = 30'000;

struct ProcessConfig
{
    QString program;
    QStringList arguments;
    QString workingDirectory;
    qint64 timeoutMs = 0;
    QList<QPair<QString, QString>> environment;
};

class ProcessBackend final : public DeployBackend
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::release::ProcessBackend)

public:
    ProcessBackend(QString name, ProcessConfig config, QString jobDirectory, QString runnerProgram)
        : m_name(std::move(name))
        , m_config(std::move(config))
        , m_jobDirectory(std::move(jobDirectory))
        , m_runnerProgram(std::move(runnerProgram))
    {}

    static Result<ProcessConfig> readConfig(const Backend &backend);

    Result<QString> start(const DeployRequest &request) override;
    Result<std::optional<QString>> find(const DeployRequest &request) override;
    Result<JobStatus> poll(const QString &handle) override;
    Result<void> cancel(const QString &handle) override;
    Result<QByteArray> logs(const QString &handle, qint64 offset) override;
    QString describe(const DeployRequest &request) const override;

private:
    static QString fill(const QString &text, const DeployRequest &request);
    QStringList filledArguments(const DeployRequest &request) const;
    Result<QString> jobDirectoryFor(const DeployRequest &request) const;
    static QString handleFor(const QString &directory, const QString &token);
    Result<QString> directoryOf(const QString &handle) const;
    bool runnerAlive(qint64 pid, const QString &directory) const;
    Result<std::optional<JobStatus>> finalStatus(const QString &directory) const;

    QString m_name;
    ProcessConfig m_config;
    QString m_jobDirectory;
    QString m_runnerProgram;
};

Result<ProcessConfig> ProcessBackend::readConfig(const Backend &backend)
{
    const auto problem = [&backend](const QString &what) {
        return Error{tr("The process backend \"%1\" has a bad config: %2").arg(backend.name, what)};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(backend.config.toUtf8(), &parseError);
    if (backend.config.trimmed().isEmpty())
        return problem(tr("it names no program."));
    if (!document.isObject())
        return problem(tr("it is not a JSON object (%1).").arg(parseError.errorString()));
    const QJsonObject object = document.object();

    static const QStringList knownKeys{u"program"_s, u"arguments"_s, u"working_directory"_s, u"timeout_seconds"_s,
                                       u"environment"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!knownKeys.contains(it.key()))
            return problem(tr("unknown key \"%1\" (known: %2).").arg(it.key(), knownKeys.join(u", "_s)));
    }

    ProcessConfig config;
    const QJsonValue program = object.value("program"_L1);
    if (program.isUndefined() || program.isNull() || (program.isString() && program.toString().trimmed().isEmpty()))
        return problem(tr("it names no program."));
    if (!program.isString())
        return problem(tr("\"program\" must be a text."));
    config.program = program.toString();

    if (const QJsonValue arguments = object.value("arguments"_L1); !arguments.isUndefined()) {
        if (!arguments.isArray())
            return problem(tr("\"arguments\" must be a list of texts."));
        const QJsonArray list = arguments.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (!list.at(i).isString())
                return problem(tr("\"arguments\" must be a list of texts; item %1 is not a text.").arg(i + 1));
            config.arguments.append(list.at(i).toString());
        }
    }

    if (const QJsonValue directory = object.value("working_directory"_L1); !directory.isUndefined()) {
        if (!directory.isString() || !QDir::isAbsolutePath(directory.toString()))
            return problem(tr("\"working_directory\" must be an absolute path."));
        config.workingDirectory = directory.toString();
    }

    if (const QJsonValue timeout = object.value("timeout_seconds"_L1); !timeout.isUndefined()) {
        constexpr double longest = INT_MAX / 1000;
        if (!timeout.isDouble() || timeout.toDouble() < 0 || timeout.toDouble() > longest)
            return problem(
                tr("\"timeout_seconds\" must be a number of seconds from 0 (no timeout) to %1.").arg(qint64(longest)));
        config.timeoutMs = qRound64(timeout.toDouble() * 1000);
        if (config.timeoutMs == 0 && timeout.toDouble() > 0)
            config.timeoutMs = 1;
    }

    if (const QJsonValue environment = object.value("environment"_L1); !environment.isUndefined()) {
        if (!environment.isObject())
            return problem(tr("\"environment\" must be an object of names and texts."));
        const QJsonObject variables = environment.toObject();
        for (auto it = variables.begin(); it != variables.end(); ++it) {
            if (it.key().isEmpty() || it.key().contains(u'=') || it.key().contains(QChar(0)))
                return problem(tr("\"%1\" is not a usable environment variable name.").arg(it.key()));
            if (!it.value().isString())
                return problem(tr("the environment variable %1 must be a text.").arg(it.key()));
            config.environment.append({it.key(), it.value().toString()});
        }
    }
    return config;
}

QString ProcessBackend::fill(const QString &text, const DeployRequest &request)
{
    const QList<QPair<QLatin1StringView, const QString *>> placeholders{{"{service}"_L1, &request.service},
                                                                        {"{version}"_L1, &request.version},
                                                                        {"{environment}"_L1, &request.environment},
                                                                        {"{release}"_L1, &request.release},
                                                                        {"{commit}"_L1, &request.commit}};
    // One pass, so that a value that itself looks like a placeholder stays as it is.
    QString filled;
    filled.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        bool replaced = false;
        if (text.at(i) == u'{') {
            for (const auto &[placeholder, value] : placeholders) {
                if (QStringView(text).sliced(i).startsWith(placeholder)) {
                    filled += *value;
                    i += placeholder.size();
                    replaced = true;
                    break;
                }
            }
        }
        if (!replaced)
            filled += text.at(i++);
    }
    return filled;
}

QStringList ProcessBackend::filledArguments(const DeployRequest &request) const
{
    QStringList arguments;
    for (const QString &argument : m_config.arguments)
        arguments.append(fill(argument, request));
    for (const QString &argument : request.arguments)
        arguments.append(fill(argument, request));
    return arguments;
}

Result<QString> ProcessBackend::jobDirectoryFor(const DeployRequest &request) const
{
    static const QRegularExpression usable(u"^[A-Za-z0-9][A-Za-z0-9._-]*$"_s);
    if (!usable.match(request.token).hasMatch())
        return Error{tr("The process backend \"%1\" cannot use the job token \"%2\" as a directory name.")
                         .arg(m_name, request.token)};
    if (m_jobDirectory.isEmpty())
        return Error{tr("The process backend \"%1\" has no directory for its jobs.").arg(m_name)};
    return QDir::cleanPath(QDir(m_jobDirectory).absoluteFilePath(request.token));
}

QString ProcessBackend::handleFor(const QString &directory, const QString &token)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"dir"_s, directory}, {u"token"_s, token}}).toJson(QJsonDocument::Compact));
}

Result<QString> ProcessBackend::directoryOf(const QString &handle) const
{
    const QJsonObject object = QJsonDocument::fromJson(handle.toUtf8()).object();
    const QString directory = object.value("dir"_L1).toString();
    if (directory.isEmpty() || !QDir::isAbsolutePath(directory))
        return Error{tr("The process backend \"%1\" got a job handle it does not know: %2").arg(m_name, handle)};
    if (!QFileInfo(directory).isDir())
        return Error{tr("The job directory %1 of the process backend \"%2\" is gone.")
                         .arg(QDir::toNativeSeparators(directory), m_name)};
    return directory;
}

/// The pid a runner wrote, or 0 before it has.
qint64 runnerPid(const QString &directory)
{
    QFile file(QDir(directory).filePath(runnerfile::pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const qint64 pid = file.readAll().trimmed().toLongLong(&ok);
    return ok && pid > 0 ? pid : 0;
}

bool ProcessBackend::runnerAlive(qint64 pid, const QString &directory) const
{
    if (pid <= 0 || pid > INT_MAX || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM))
        return false;
#ifdef Q_OS_LINUX
    // The pid may have been reused since: only a runner of this very job counts. A zombie has an empty cmdline.
    QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> parts = cmdline.readAll().split('\0');
    if (parts.isEmpty())
        return false;
    const QString name = QFileInfo(QFile::decodeName(parts.first())).fileName();
    if (name != runnerProgramName && name != QFileInfo(m_runnerProgram).fileName())
        return false;
    for (qsizetype i = 1; i + 1 < parts.size() && parts.at(i) != "--"; ++i) {
        if (parts.at(i) == "--job" && QDir::cleanPath(QFile::decodeName(parts.at(i + 1))) == directory)
            return true;
    }
    return false;
#else
    Q_UNUSED(directory);
    return true;
#endif
}

Result<std::optional<JobStatus>> ProcessBackend::finalStatus(const QString &directory) const
{
    const QString path = QDir(directory).filePath(runnerfile::status);
    if (!QFileInfo::exists(path))
        return std::optional<JobStatus>();
    auto outcome = readRunnerStatus(path);
    if (!outcome)
        return outcome.error();
    JobStatus status;
    switch (outcome->state) {
    case RunnerOutcome::State::Succeeded:
        status.state = JobState::Succeeded;
        break;
    case RunnerOutcome::State::Failed:
    case RunnerOutcome::State::TimedOut:
        status.state = JobState::Failed;
        break;
    case RunnerOutcome::State::Canceled:
        status.state = JobState::Canceled;
        break;
    }
    status.exitCode = outcome->exitCode;
    status.message = describeOutcome(*outcome);
    return std::optional<JobStatus>(status);
}

Result<QString> ProcessBackend::start(const DeployRequest &request)
{
    auto directory = jobDirectoryFor(request);
    if (!directory)
        return directory.error();
    const QString where = QDir::toNativeSeparators(*directory);
    if (QFileInfo::exists(*directory))
        return Error{tr("The process job %1 was already started (%2).").arg(request.token, where)};
    if (!QDir().mkpath(m_jobDirectory) || !QDir().mkdir(*directory))
        return Error{tr("The process backend \"%1\" could not make the job directory %2.").arg(m_name, where)};

    RunnerOptions options;
    options.jobDirectory = *directory;
    options.timeoutMs = m_config.timeoutMs;
    options.workingDirectory = fill(m_config.workingDirectory, request);
    options.program = m_config.program;
    options.arguments = filledArguments(request);

    // The environment goes to the runner's own environment rather than its command line, which every user of the
    // machine can read.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : m_config.environment)
        environment.insert(name, fill(value, request));
    environment.insert(u"FLOWDECK_SERVICE"_s, request.service);
    environment.insert(u"FLOWDECK_VERSION"_s, request.version);
    environment.insert(u"FLOWDECK_ENVIRONMENT"_s, request.environment);
    environment.insert(u"FLOWDECK_RELEASE"_s, request.release);
    environment.insert(u"FLOWDECK_COMMIT"_s, request.commit);

    QProcess runner;
    runner.setProgram(m_runnerProgram);
    runner.setArguments(runnerArguments(options));
    runner.setProcessEnvironment(environment);
    runner.setWorkingDirectory(*directory);
    runner.setStandardInputFile(QProcess::nullDevice());
    runner.setStandardOutputFile(QProcess::nullDevice());
    runner.setStandardErrorFile(QDir(*directory).filePath(runnerfile::diagnostics));
    if (!runner.startDetached()) {
        const QString reason = runner.errorString();
        QDir(*directory).removeRecursively();
        return Error{tr("The process backend \"%1\" could not start its runner %2: %3")
                         .arg(m_name, QDir::toNativeSeparators(m_runnerProgram), reason)};
    }
    return handleFor(*directory, request.token);
}

Result<std::optional<QString>> ProcessBackend::find(const DeployRequest &request)
{
    auto directory = jobDirectoryFor(request);
    if (!directory)
        return directory.error();
    if (!QFileInfo(*directory).isDir())
        return std::optional<QString>();
    const QString where = QDir::toNativeSeparators(*directory);
    const QString pidPath = QDir(*directory).filePath(runnerfile::pid);
    if (!QFileInfo::exists(pidPath) && !QFileInfo::exists(QDir(*directory).filePath(runnerfile::status))) {
        // Flowdeck stopped after making the directory and before the runner published its pid: the runner may never
        // have started, or may be about to. Claiming the pid's place settles it; if the runner published first, it
        // runs and is followed like any other.
        QString error;
        const Publication claim = publishExclusively(pidPath, runnerfile::abandonedMark, &error);
        if (claim == Publication::Failed)
            return Error{tr("The process job %1 could not be claimed after a restart: %2").arg(where, error)};
    }
    QFile pid(pidPath);
    if (pid.open(QIODevice::ReadOnly) && pid.readAll() == runnerfile::abandonedMark) {
        // No runner ran it and none will: the directory goes aside, kept for its runner.log, and the job can start.
        const QString aside =
            u"%1.abandoned-%2"_s.arg(*directory, QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmsszzz"_s));
        if (!QDir().rename(*directory, aside))
            return Error{tr("The process job %1 was never started, but its directory could not be moved aside to %2.")
                             .arg(where, QDir::toNativeSeparators(aside))};
        return std::optional<QString>();
    }
    return std::optional<QString>(handleFor(*directory, request.token));
}

Result<JobStatus> ProcessBackend::poll(const QString &handle)
{
    auto directory = directoryOf(handle);
    if (!directory)
        return directory.error();
    auto status = finalStatus(*directory);
    if (!status)
        return status.error();
    if (*status)
        return **status;

    const qint64 pid = runnerPid(*directory);
    if (pid > 0 && runnerAlive(pid, *directory))
        return JobStatus{};
    if (pid == 0) {
        const QFileInfo info(*directory);
        const QDateTime made = info.birthTime().isValid() ? info.birthTime() : info.metadataChangeTime();
        if (made.msecsTo(QDateTime::currentDateTimeUtc()) < runnerStartGraceMs)
            return JobStatus{};
    }
    // The runner may have written its result just before it ended.
    status = finalStatus(*directory);
    if (!status)
        return status.error();
    if (*status)
        return **status;
    JobStatus failed;
    failed.state = JobState::Failed;
    failed.message = pid > 0 ? tr("the runner ended without a result") : tr("the runner did not start");
    return failed;
}

Result<void> ProcessBackend::cancel(const QString &handle)
{
    auto directory = directoryOf(handle);
    if (!directory)
        return directory.error();
    if (QFileInfo::exists(QDir(*directory).filePath(runnerfile::status)))
        return {};
    // The mark reaches a runner that has not yet written its pid; one that has gets the signal.
    QFile mark(QDir(*directory).filePath(runnerfile::cancel));
    if (!mark.open(QIODevice::WriteOnly))
        return Error{tr("The process job in %1 could not be canceled: %2")
                         .arg(QDir::toNativeSeparators(*directory), mark.errorString())};
    mark.close();
    const qint64 pid = runnerPid(*directory);
    if (pid > 0 && runnerAlive(pid, *directory) && ::kill(static_cast<pid_t>(pid), SIGTERM) != 0 && errno != ESRCH)
        return Error{tr("The process job in %1 could not be canceled: %2")
                         .arg(QDir::toNativeSeparators(*directory), QString::fromLocal8Bit(std::strerror(errno)))};
    return {};
}

Result<QByteArray> ProcessBackend::logs(const QString &handle, qint64 offset)
{
    auto directory = directoryOf(handle);
    if (!directory)
        return directory.error();
    QFile output(QDir(*directory).filePath(runnerfile::output));
    if (!output.exists())
        return QByteArray();
    if (!output.open(QIODevice::ReadOnly))
        return Error{tr("The output of the process job in %1 could not be read: %2")
                         .arg(QDir::toNativeSeparators(*directory), output.errorString())};
    if (offset < 0 || offset >= output.size())
        return QByteArray();
    if (!output.seek(offset))
        return Error{tr("The output of the process job in %1 could not be read: %2")
                         .arg(QDir::toNativeSeparators(*directory), output.errorString())};
    return output.readAll();
}

/// An argument as a reader would type it: quoted when it holds a space or a quote, or is empty.
QString shown(const QString &argument)
{
    static const QRegularExpression needsQuotes(uR"([\s"'\\])"_s);
    if (!argument.isEmpty() && !argument.contains(needsQuotes))
        return argument;
    QString escaped = argument;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

QString ProcessBackend::describe(const DeployRequest &request) const
{
    QStringList words{shown(m_config.program)};
    for (const QString &argument : filledArguments(request))
        words.append(shown(argument));
    return tr("runs %1").arg(words.join(u' '));
}

} // namespace

Result<std::unique_ptr<DeployBackend>> makeProcessBackend(const Backend &backend, const BackendContext &context)
{
    auto config = ProcessBackend::readConfig(backend);
    if (!config)
        return config.error();
    return std::unique_ptr<DeployBackend>(std::make_unique<ProcessBackend>(
        backend.name, std::move(*config), context.jobDirectory.isEmpty() ? defaultJobDirectory() : context.jobDirectory,
        context.runnerProgram.isEmpty() ? defaultRunnerProgram() : context.runnerProgram));
}

} // namespace flowdeck::release
