// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "ciimportcommand.h"
#include "console.h"
#include "consoleprogress.h"

#include "git/gitimport.h"
#include "git/storedcredentials.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cmath>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int failure = 1;
constexpr int usageError = 2;

/// Whether nothing at all was stored in the workspace: no repository, so no history either.
bool isEmptyWorkspace(const store::Workspace &workspace)
{
    QSqlQuery query(workspace.connection());
    return query.exec(u"SELECT count(*) FROM repositories"_s) && query.next() && query.value(0).toLongLong() == 0;
}

/// Removes a workspace file made by this command, with SQLite's companion files.
void removeWorkspaceFile(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

QJsonObject toJson(const git::GitImportResult &result)
{
    return QJsonObject{
        {u"repository"_s, result.repository},
        {u"commits"_s, result.commits},
        {u"new_commits"_s, result.newCommits},
        {u"tags"_s, result.tags},
        {u"branches"_s, result.branches},
        {u"unreachable"_s, result.unreachable},
        {u"seconds"_s, std::round(result.seconds * 1000) / 1000},
        {u"warnings"_s, QJsonArray::fromStringList(result.warnings)},
    };
}

} // namespace

int ImportCommand::run(const QStringList &arguments)
{
    // The CI sources (github, gitlab, jenkins, files, csv) have options of their own.
    if (const auto source = CiImportCommand::sourceOf(arguments))
        return CiImportCommand::run(*source, arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports history into a workspace. From git: the commits reachable from the branches and tags of a "
           "repository, with their parents, authors, messages and diff statistics, and the tags and branches "
           "themselves. The repository is a folder (a working tree or a bare repository) or a URL to clone "
           "(https://, ssh:// or file://). Importing again reads only what is new. CI/CD history comes from GitHub, "
           "GitLab and Jenkins (flowdeck import github --help, gitlab --help, jenkins --help), from saved API "
           "responses (flowdeck import files --help) and from CSV files (flowdeck import csv --help)."));
    const QCommandLineOption helpOption = console::helpOption();
    const QCommandLineOption workspaceOption(
        {u"w"_s, u"workspace"_s}, tr("The workspace file to import into; it is created when it does not exist."),
        tr("FILE"));
    const QCommandLineOption refsOption(
        u"refs"_s,
        tr("Import only the refs that PATTERN selects: a full name (refs/heads/main), a folder of refs "
           "(refs/heads/release) or a glob whose * also matches / (refs/tags/v*). Repeat it for more patterns; "
           "without it every branch and tag is imported."),
        tr("PATTERN"));
    const QCommandLineOption noStatsOption(u"no-stats"_s,
                                           tr("Leave out files changed, insertions and deletions: much faster."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print what was imported as JSON."));
    parser.addOption(helpOption);
    parser.addOption(workspaceOption);
    parser.addOption(refsOption);
    parser.addOption(noStatsOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(u"import"_s, tr("The command."), u"import"_s);
    parser.addPositionalArgument(u"git"_s, tr("What to import from: git, github, gitlab, jenkins, files or csv."),
                                 u"git"_s);
    parser.addPositionalArgument(u"repository"_s, tr("The repository: a folder or a clone URL."), tr("PATH|URL"));

    if (const auto finished = console::parseArguments(parser, arguments, u"flowdeck import"_s, helpOption))
        return *finished;
    // The first positional argument is the command's own name.
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.isEmpty()) {
        console::error(
            tr("flowdeck import: name what to import from: git, %1.").arg(CiImportCommand::sources().join(u", "_s)));
        return usageError;
    }
    if (positional.first() != u"git"_s) {
        console::error(tr("flowdeck import: there is no source called \"%1\"; the sources are: git, %2.")
                           .arg(positional.first(), CiImportCommand::sources().join(u", "_s)));
        return usageError;
    }
    if (positional.size() < 2) {
        console::error(tr("flowdeck import git: name the repository, a folder or a clone URL."));
        return usageError;
    }
    if (positional.size() > 2) {
        console::error(tr("flowdeck import git: unexpected argument %1.").arg(positional.at(2)));
        return usageError;
    }
    const QString path = parser.value(workspaceOption);
    if (path.isEmpty()) {
        console::error(tr("flowdeck import git: name the workspace file with -w FILE."));
        return usageError;
    }

    // A database on a server is never removed again, so it counts as there before.
    const bool existed = store::Workspace::isServerAddress(path) || QFileInfo::exists(path);
    auto opened = store::Workspace::openOrCreate(path);
    if (!opened) {
        console::error(tr("flowdeck import git: %1").arg(opened.errorMessage()));
        return failure;
    }
    std::shared_ptr<store::Workspace> workspace = *opened;

    git::GitImportOptions options;
    options.source = positional.at(1);
    options.refPatterns = parser.values(refsOption);
    options.diffStats = !parser.isSet(noStatsOption);
    // Credentials come from the keychain only (`flowdeck credentials set`): a command line has no one to ask.
    bool askedForMore = false;
    options.credentials = git::keychainCredentials(
        secrets::Keychain(),
        [&askedForMore](const QString &, int) {
            askedForMore = true;
            return std::optional<git::Credential>();
        },
        [](const QString &problem) { console::error(tr("Warning: %1").arg(problem)); });
    ConsoleProgress progress(tr("Importing %1").arg(options.source));
    const TaskControl control([&progress](qint64 done, qint64 total) { progress.report(done, total); }, nullptr);
    auto result = git::importGitHistory(*workspace, options, control);
    progress.finish();

    if (!result) {
        // A workspace this command made and that holds nothing is not left behind.
        if (!existed && isEmptyWorkspace(*workspace)) {
            workspace.reset();
            removeWorkspaceFile(path);
        }
        console::error(tr("flowdeck import git: %1").arg(result.errorMessage()));
        if (askedForMore) {
            console::error(tr("Store the user name and password or token for this server with: flowdeck "
                              "credentials set %1 --user NAME")
                               .arg(options.source));
        }
        return failure;
    }

    if (parser.isSet(jsonOption)) {
        console::out(QString::fromUtf8(QJsonDocument(toJson(*result)).toJson(QJsonDocument::Indented)));
        return 0;
    }
    for (const QString &warning : std::as_const(result->warnings))
        console::error(tr("Warning: %1").arg(warning));
    console::out(tr("Imported %1 into %2 in %3 s.")
                     .arg(result->repository, QFileInfo(path).absoluteFilePath())
                     .arg(result->seconds, 0, 'f', 1));
    console::out(u"  %1 %2"_s.arg(result->commits, 8).arg(tr("commits")));
    console::out(u"  %1 %2"_s.arg(result->newCommits, 8).arg(tr("new commits")));
    console::out(u"  %1 %2"_s.arg(result->tags, 8).arg(tr("tags")));
    console::out(u"  %1 %2"_s.arg(result->branches, 8).arg(tr("branches")));
    if (result->unreachable > 0)
        console::out(u"  %1 %2"_s.arg(result->unreachable, 8).arg(tr("commits no longer reachable from the refs")));
    return 0;
}

} // namespace flowdeck::app
