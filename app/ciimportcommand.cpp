// SPDX-License-Identifier: GPL-3.0-or-later
#include "ciimportcommand.h"

#include "console.h"
#include "consoleprogress.h"

#include "ci/cistore.h"
#include "ci/csv/csvimport.h"
#include "ci/files/savedresponses.h"
#include "ci/sync/cisources.h"
#include "ci/sync/cisync.h"
#include "ci/timestamps.h"
#include "secrets/keychain.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <memory>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int failure = 1;
constexpr int usageError = 2;

// --- what every CI source shares ----------------------------------------------------------------------------

/// The options every CI source takes.
struct CommonOptions
{
    const QCommandLineOption help = console::helpOption();
    const QCommandLineOption workspace{
        {u"w"_s, u"workspace"_s},
        CiImportCommand::tr("The workspace file to import into; it is created when it does not exist."),
        CiImportCommand::tr("FILE")};
    const QCommandLineOption json{
        u"json"_s, CiImportCommand::tr("Print how many records were imported as JSON on standard output.")};
};

/// Options that take a value, of every source of `flowdeck import`: their values are not the source's name.
const QStringList valueOptions = {u"-w"_s,        u"--workspace"_s, u"--provider"_s, u"--service"_s,
                                  u"--project"_s, u"--refs"_s,      u"--api"_s,      u"--since"_s};

/// The workspace of an import, made when the file does not exist; null after printing why it cannot be opened.
class ImportWorkspace
{
public:
    ImportWorkspace(const QString &path, const QString &command)
        : m_path(path)
        , m_created(!store::Workspace::isServerAddress(path) && !QFileInfo::exists(path))
    {
        auto opened = store::Workspace::openOrCreate(path);
        if (!opened) {
            console::error(u"%1: %2"_s.arg(command, opened.errorMessage()));
            return;
        }
        m_workspace = *opened;
    }

    explicit operator bool() const { return m_workspace != nullptr; }
    const store::Workspace &operator*() const { return *m_workspace; }
    QString absolutePath() const { return m_workspace ? m_workspace->path() : QFileInfo(m_path).absoluteFilePath(); }

    /// After a failed import: a workspace file this command made, and that holds nothing, is not left behind.
    void discardIfEmpty()
    {
        if (!m_workspace || !m_created || !isEmpty())
            return;
        m_workspace.reset();
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(m_path + suffix);
    }

private:
    bool isEmpty() const
    {
        for (const auto table : {"services", "environments", "repositories"}) {
            auto rows = store::runQuery(m_workspace->connection(), QString::fromLatin1(table),
                                        u"SELECT count(*) FROM "_s + QLatin1String(table));
            if (!rows || !rows->next() || rows->value(0).toLongLong() != 0)
                return false;
        }
        return true;
    }

    QString m_path;
    bool m_created = false;
    std::shared_ptr<store::Workspace> m_workspace;
};

/// The workspace path of -w; empty after printing the usage error.
QString workspacePath(const QCommandLineParser &parser, const CommonOptions &options, const QString &command)
{
    const QString path = parser.value(options.workspace);
    if (path.isEmpty())
        console::error(CiImportCommand::tr("%1: name the workspace file with -w FILE.").arg(command));
    return path;
}

/// Prints one warning on one line of standard error.
void printWarning(const QString &warning)
{
    QString line = warning;
    line.replace(u'\n', u' ');
    console::error(CiImportCommand::tr("Warning: %1").arg(line));
}

void printWarnings(const QStringList &warnings)
{
    for (const QString &warning : warnings)
        printWarning(warning);
}

/// The counts every CI import prints with --json (docs/ci-import.md, "On the command line").
QJsonObject countsJson(const ci::StoreCounts &counts)
{
    return QJsonObject{
        {u"runs"_s, counts.runs},
        {u"jobs"_s, counts.jobs},
        {u"deployments"_s, counts.deployments},
        {u"pull_requests"_s, counts.pullRequests},
        {u"incidents"_s, counts.incidents},
        {u"warnings"_s, qint64(counts.warnings.size())},
    };
}

void printJson(const QJsonObject &object)
{
    console::out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

void printCountLine(qint64 count, const QString &what)
{
    console::out(u"  %1 %2"_s.arg(count, 8).arg(what));
}

/// The counts as lines for people, after the line that says what was imported.
void printCounts(const ci::StoreCounts &counts)
{
    printCountLine(counts.runs, CiImportCommand::tr("runs"));
    printCountLine(counts.jobs, CiImportCommand::tr("jobs"));
    printCountLine(counts.deployments, CiImportCommand::tr("deployments"));
    printCountLine(counts.deploymentStatuses, CiImportCommand::tr("deployment statuses"));
    printCountLine(counts.pullRequests, CiImportCommand::tr("pull requests"));
    printCountLine(counts.incidents, CiImportCommand::tr("incidents"));
    printCountLine(counts.releases, CiImportCommand::tr("releases"));
}

/// The positional arguments after "import SOURCE"; nothing after printing the usage error when their number is not
/// `count`. `missing` says what to name when one is missing.
std::optional<QStringList> sourceArguments(const QCommandLineParser &parser, qsizetype count, const QString &command,
                                           const QString &missing)
{
    const QStringList arguments = parser.positionalArguments().mid(2);
    if (arguments.size() < count) {
        console::error(u"%1: %2"_s.arg(command, missing));
        return std::nullopt;
    }
    if (arguments.size() > count) {
        console::error(CiImportCommand::tr("%1: unexpected argument %2.").arg(command, arguments.at(count)));
        return std::nullopt;
    }
    return arguments;
}

// --- flowdeck import files ----------------------------------------------------------------------------------

int importFiles(const QStringList &arguments)
{
    const QString command = u"flowdeck import files"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(CiImportCommand::tr(
        "Imports API responses saved from GitHub, GitLab or Jenkins (with curl or gh api) into a workspace: every "
        "*.json file in FOLDER and its subfolders. Each file's kind is told from its content; files of no kind the "
        "provider's pages have are skipped with a warning. A file that is not JSON, or a page that cannot be read, "
        "stops the import; what was stored before it stays. Importing again stores nothing twice."));
    const CommonOptions common;
    const QCommandLineOption providerOption(u"provider"_s,
                                            CiImportCommand::tr("Whose responses they are: github, gitlab or jenkins."),
                                            CiImportCommand::tr("PROVIDER"));
    const QCommandLineOption serviceOption(
        u"service"_s,
        CiImportCommand::tr("The service the runs, deployments and incidents belong to (made when missing). "
                            "Without it: the folder's name."),
        CiImportCommand::tr("SERVICE"));
    const QCommandLineOption projectOption(
        u"project"_s,
        CiImportCommand::tr("The project: OWNER/REPO on GitHub, the project's path or id on GitLab, the job's URL "
                            "on Jenkins (needed to join wfapi pages with api/json builds). Without it, the project "
                            "is taken from the responses where they name it."),
        CiImportCommand::tr("PROJECT"));
    parser.addOptions({common.help, common.workspace, providerOption, serviceOption, projectOption, common.json});
    parser.addPositionalArgument(u"import files"_s, CiImportCommand::tr("The command."), u"import files"_s);
    parser.addPositionalArgument(u"folder"_s, CiImportCommand::tr("The folder of saved responses."),
                                 CiImportCommand::tr("FOLDER"));
    if (const auto finished = console::parseArguments(parser, arguments, command, common.help))
        return *finished;

    const auto positional =
        sourceArguments(parser, 1, command, CiImportCommand::tr("name the folder of saved responses."));
    if (!positional)
        return usageError;
    const QString path = workspacePath(parser, common, command);
    if (path.isEmpty())
        return usageError;
    const QString provider = parser.value(providerOption).trimmed().toLower();
    if (provider.isEmpty()) {
        console::error(CiImportCommand::tr("%1: say whose responses they are with --provider github|gitlab|jenkins.")
                           .arg(command));
        return usageError;
    }
    if (provider != QLatin1String(ci::Source::GitHub) && provider != QLatin1String(ci::Source::GitLab) &&
        provider != QLatin1String(ci::Source::Jenkins)) {
        console::error(CiImportCommand::tr("%1: there is no provider called \"%2\"; the providers are: github, gitlab, "
                                           "jenkins.")
                           .arg(command, parser.value(providerOption)));
        return usageError;
    }
    const QString folder = positional->first();
    ci::SavedResponsesOptions options;
    options.provider = provider;
    options.service = parser.value(serviceOption);
    options.project = parser.value(projectOption);

    ImportWorkspace workspace(path, command);
    if (!workspace)
        return failure;
    ConsoleProgress progress(CiImportCommand::tr("Importing %1").arg(folder));
    progress.setRateFormat(CiImportCommand::tr("%1 files/s"));
    const TaskControl control([&progress](qint64 done, qint64 total) { progress.report(done, total); }, nullptr);
    auto report = ci::importSavedResponses(*workspace, folder, options, control);
    progress.finish();
    if (!report) {
        workspace.discardIfEmpty();
        console::error(u"%1: %2"_s.arg(command, report.errorMessage()));
        return failure;
    }

    for (const ci::SkippedFile &skipped : std::as_const(report->skipped))
        printWarning(CiImportCommand::tr("%1 skipped: %2").arg(skipped.path, skipped.reason));
    printWarnings(report->counts.warnings);
    if (parser.isSet(common.json)) {
        QJsonObject json = countsJson(report->counts);
        json.insert(u"files"_s, qint64(report->files.size()));
        json.insert(u"skipped"_s, qint64(report->skipped.size()));
        printJson(json);
        return 0;
    }
    const int files = int(report->files.size());
    console::out((files == 1 ? CiImportCommand::tr("Imported 1 file of %1 into %2.")
                             : CiImportCommand::tr("Imported %n files of %1 into %2.", nullptr, files))
                     .arg(folder, workspace.absolutePath()));
    if (!report->skipped.isEmpty())
        printCountLine(report->skipped.size(), CiImportCommand::tr("files skipped"));
    printCounts(report->counts);
    return 0;
}

// --- flowdeck import csv ------------------------------------------------------------------------------------

int importCsv(const QStringList &arguments)
{
    const QString command = u"flowdeck import csv"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(CiImportCommand::tr(
        "Imports deployments or incidents from a CSV file into a workspace (docs/csv-import.md describes the "
        "columns). Every row is checked first: if one is wrong, nothing is stored, and each problem is printed "
        "with its line and column. Importing the same file again changes nothing."));
    const CommonOptions common;
    parser.addOptions({common.help, common.workspace, common.json});
    parser.addPositionalArgument(u"import csv"_s, CiImportCommand::tr("The command."), u"import csv"_s);
    parser.addPositionalArgument(u"table"_s, CiImportCommand::tr("What the file holds: deployments or incidents."),
                                 u"deployments|incidents"_s);
    parser.addPositionalArgument(u"file"_s, CiImportCommand::tr("The CSV file."), CiImportCommand::tr("FILE"));
    if (const auto finished = console::parseArguments(parser, arguments, command, common.help))
        return *finished;

    const auto positional = sourceArguments(parser, 2, command,
                                            CiImportCommand::tr("name what the file holds (deployments or incidents) "
                                                                "and the file."));
    if (!positional)
        return usageError;
    const QString &tableName = positional->at(0);
    if (tableName != u"deployments"_s && tableName != u"incidents"_s) {
        console::error(
            CiImportCommand::tr("%1: there is no table called \"%2\"; the tables are: deployments, incidents.")
                .arg(command, tableName));
        return usageError;
    }
    const bool deployments = tableName == u"deployments"_s;
    const QString path = workspacePath(parser, common, command);
    if (path.isEmpty())
        return usageError;

    // Every row is checked before the workspace is touched: a refused file neither stores nor makes anything.
    const QString &file = positional->at(1);
    auto batch = ci::csv::readCsvFile(deployments ? ci::csv::Table::Deployments : ci::csv::Table::Incidents, file);
    if (!batch) {
        console::error(u"%1: %2"_s.arg(command, batch.errorMessage()));
        return failure;
    }
    ImportWorkspace workspace(path, command);
    if (!workspace)
        return failure;
    auto stored = ci::storeBatch(*workspace, *batch, ci::StoreContext{QString::fromLatin1(ci::Source::Csv), {}, {}});
    if (!stored) {
        workspace.discardIfEmpty();
        console::error(u"%1: %2"_s.arg(command, stored.errorMessage()));
        return failure;
    }
    printWarnings(stored->warnings);
    if (auto ranges = ci::recomputeDeploymentRanges(*workspace, stored->changedServices); !ranges) {
        console::error(u"%1: %2"_s.arg(command, ranges.errorMessage()));
        return failure;
    }
    const qint64 count = deployments ? stored->deployments : stored->incidents;
    if (parser.isSet(common.json)) {
        printJson(QJsonObject{{tableName, count}, {u"warnings"_s, qint64(stored->warnings.size())}});
        return 0;
    }
    const QString text =
        deployments
            ? (count == 1 ? CiImportCommand::tr("Imported 1 deployment from %1 into %2.")
                          : CiImportCommand::tr("Imported %n deployments from %1 into %2.", nullptr, int(count)))
            : (count == 1 ? CiImportCommand::tr("Imported 1 incident from %1 into %2.")
                          : CiImportCommand::tr("Imported %n incidents from %1 into %2.", nullptr, int(count)));
    console::out(text.arg(file, workspace.absolutePath()));
    return 0;
}

// --- flowdeck import github|gitlab|jenkins -------------------------------------------------------------------

/// The token for a source: the environment variable first, then the keychain. Nothing (after saying why on
/// standard error) when neither has one: public projects sync without.
QByteArray sourceToken(const CiSource &source, const QString &command)
{
    const QString variable = ci::tokenEnvironmentVariable(source.provider);
    const QByteArray fromEnvironment = qgetenv(variable.toLocal8Bit().constData());
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const secrets::Keychain keychain;
    auto stored = keychain.read(ci::tokenKey(source.provider, source.baseUrl));
    if (!stored) {
        console::error(CiImportCommand::tr("%1: no token: %2 is not set and the keychain cannot be read (%3). "
                                           "Continuing without one.")
                           .arg(command, variable, stored.errorMessage()));
        return {};
    }
    if (!stored->has_value())
        return {};
    return **stored;
}

/// One live source: `flowdeck import github OWNER/REPO`, `gitlab PROJECT`, `jenkins JOB_URL`.
int importLive(const QString &provider, const QStringList &arguments)
{
    const QString command = u"flowdeck import "_s + provider;
    const bool jenkins = provider == QLatin1String(ci::Provider::Jenkins);
    QCommandLineParser parser;
    const QString what = provider == QLatin1String(ci::Provider::GitHub)
                             ? CiImportCommand::tr("workflow runs with their jobs, deployments, pull requests, "
                                                   "releases and incident issues from GitHub")
                         : jenkins ? CiImportCommand::tr("the builds of a Jenkins job, with the stages of Pipeline "
                                                         "builds")
                                   : CiImportCommand::tr("pipelines with their jobs, deployments, environments, merge "
                                                         "requests and incidents from GitLab");
    parser.setApplicationDescription(
        CiImportCommand::tr("Imports %1 into a workspace, and saves the connection there so that the next import "
                            "(or the window's Sync CI History) fetches only what is new. The token comes from %2, "
                            "else from the keychain.")
            .arg(what, ci::tokenEnvironmentVariable(provider)));
    const CommonOptions common;
    const QCommandLineOption apiOption(
        u"api"_s, CiImportCommand::tr("The API address (default %1).").arg(ci::defaultApiUrl(provider)),
        CiImportCommand::tr("URL"));
    const QCommandLineOption sinceOption(
        u"since"_s, CiImportCommand::tr("Fetch nothing older than this date (ISO 8601, e.g. 2026-01-01)."),
        CiImportCommand::tr("DATE"));
    const QCommandLineOption serviceOption(
        u"service"_s,
        CiImportCommand::tr("The service the records belong to (made when missing). Without it: the project's name."),
        CiImportCommand::tr("SERVICE"));
    QList<QCommandLineOption> options{common.help, common.workspace, sinceOption, serviceOption, common.json};
    if (!jenkins)
        options.insert(2, apiOption);
    parser.addOptions(options);
    parser.addPositionalArgument(u"import "_s + provider, CiImportCommand::tr("The command."), u"import "_s + provider);
    const QString projectName = provider == QLatin1String(ci::Provider::GitHub) ? CiImportCommand::tr("OWNER/REPO")
                                : jenkins                                       ? CiImportCommand::tr("JOB_URL")
                                                                                : CiImportCommand::tr("PROJECT");
    parser.addPositionalArgument(u"project"_s,
                                 jenkins ? CiImportCommand::tr("The Jenkins job's address.")
                                         : CiImportCommand::tr("The project: OWNER/REPO on GitHub, the project's "
                                                               "path or numeric id on GitLab."),
                                 projectName);
    if (const auto finished = console::parseArguments(parser, arguments, command, common.help))
        return *finished;
    const auto positional =
        sourceArguments(parser, 1, command, CiImportCommand::tr("name the project (%1).").arg(projectName));
    if (!positional)
        return usageError;
    const QString path = workspacePath(parser, common, command);
    if (path.isEmpty())
        return usageError;
    ci::SyncOptions syncOptions;
    if (parser.isSet(sinceOption)) {
        syncOptions.since = ci::parseIsoTime(parser.value(sinceOption));
        if (!syncOptions.since) {
            console::error(CiImportCommand::tr("%1: --since %2 is not a date or time (write it as 2026-01-31 or "
                                               "2026-01-31T12:00:00Z).")
                               .arg(command, parser.value(sinceOption)));
            return usageError;
        }
    }
    CiSource given;
    given.provider = provider;
    if (!jenkins)
        given.baseUrl = parser.value(apiOption);
    given.project = positional->first();
    auto checked = ci::normalisedSource(given);
    if (!checked) {
        console::error(u"%1: %2"_s.arg(command, checked.errorMessage()));
        return usageError;
    }

    ImportWorkspace workspace(path, command);
    if (!workspace)
        return failure;
    if (parser.isSet(serviceOption)) {
        auto service = ci::serviceNamed(*workspace, parser.value(serviceOption));
        if (!service) {
            console::error(u"%1: %2"_s.arg(command, service.errorMessage()));
            return failure;
        }
        checked->serviceId = *service;
    }
    auto source = ci::saveSource(*workspace, *checked);
    if (!source) {
        console::error(u"%1: %2"_s.arg(command, source.errorMessage()));
        return failure;
    }
    const QByteArray token = sourceToken(*source, command);
    ConsoleProgress progress(CiImportCommand::tr("Syncing %1").arg(ci::sourceTitle(*source)));
    progress.setRateFormat(CiImportCommand::tr("%1 pages/s"));
    const TaskControl control([&progress](qint64 done, qint64 total) { progress.report(done, total); }, nullptr);
    // Rate-limit waits and retries are worth a line of their own; page counts go to the progress line.
    auto notice = [&progress](const QString &message) {
        if (message.contains(u"rate limit"_s, Qt::CaseInsensitive) || message.contains(u"retrying"_s)) {
            progress.finish();
            console::error(message);
        }
    };
    auto report = ci::syncSource(*workspace, *source, token, syncOptions, control, notice);
    progress.finish();
    if (!report) {
        console::error(u"%1: %2"_s.arg(command, report.errorMessage()));
        return failure;
    }
    printWarnings(report->counts.warnings);
    if (parser.isSet(common.json)) {
        printJson(countsJson(report->counts));
        return 0;
    }
    console::out(CiImportCommand::tr("Synced %1 into %2 (%3 requests, %4 unchanged).")
                     .arg(ci::sourceTitle(*source), workspace.absolutePath())
                     .arg(report->requests)
                     .arg(report->notModified));
    printCounts(report->counts);
    return 0;
}

} // namespace

QStringList CiImportCommand::sources()
{
    return {u"github"_s, u"gitlab"_s, u"jenkins"_s, u"files"_s, u"csv"_s};
}

std::optional<QString> CiImportCommand::sourceOf(const QStringList &arguments)
{
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--"_s)
            return std::nullopt;
        if (argument.startsWith(u'-')) {
            if (valueOptions.contains(argument))
                ++i;
            continue;
        }
        if (sources().contains(argument))
            return argument;
        return std::nullopt;
    }
    return std::nullopt;
}

int CiImportCommand::run(const QString &source, const QStringList &arguments)
{
    if (source == u"files"_s)
        return importFiles(arguments);
    if (source == u"csv"_s)
        return importCsv(arguments);
    if (source == QLatin1String(ci::Provider::GitHub) || source == QLatin1String(ci::Provider::GitLab) ||
        source == QLatin1String(ci::Provider::Jenkins))
        return importLive(source, arguments);
    console::error(tr("flowdeck import: there is no source called \"%1\".").arg(source));
    return usageError;
}

} // namespace flowdeck::app
