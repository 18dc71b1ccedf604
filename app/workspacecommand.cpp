// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacecommand.h"

#include "console.h"
#include "consoleprogress.h"
#include "store/workspace.h"
#include "store/workspacecopy.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int usageError = 2;

/// Where a copy may go: a new file, or (on a server) a database the copy creates the workspace in.
std::optional<QString> unusableTarget(const QString &target)
{
    if (store::Workspace::isServerAddress(target))
        return std::nullopt;
    if (QFileInfo::exists(target)) {
        return WorkspaceCommand::tr("flowdeck workspace copy: %1 already exists; a copy goes only into a new file.")
            .arg(target);
    }
    return std::nullopt;
}

/// A file the copy created and could not fill is removed, so that no half copy looks like a workspace.
void removeCreatedFile(const QString &target)
{
    if (store::Workspace::isServerAddress(target))
        return;
    const QString path = QFileInfo(target).absoluteFilePath();
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

int copy(const QString &from, const QString &to, bool json)
{
    if (const auto refusal = unusableTarget(to)) {
        console::error(*refusal);
        return 1;
    }
    auto source = store::Workspace::open(from);
    if (!source) {
        console::error(WorkspaceCommand::tr("flowdeck workspace copy: %1").arg(source.errorMessage()));
        return 1;
    }
    auto target = store::Workspace::create(to);
    if (!target) {
        console::error(WorkspaceCommand::tr("flowdeck workspace copy: %1").arg(target.errorMessage()));
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    ConsoleProgress progress(WorkspaceCommand::tr("Copying %1").arg((*source)->displayName()));
    progress.setRateFormat(WorkspaceCommand::tr("%1 records/s"));
    const TaskControl control([&](qint64 done, qint64 total) { progress.report(done, total); }, nullptr);
    auto copied = store::WorkspaceCopy::copy(**source, **target, control);
    progress.finish();
    if (!copied) {
        target->reset();
        removeCreatedFile(to);
        console::error(WorkspaceCommand::tr("flowdeck workspace copy: nothing was copied to %1: %2")
                           .arg(to, copied.errorMessage()));
        return 1;
    }
    const double seconds = double(timer.elapsed()) / 1000;
    if (json) {
        const QJsonObject object{{u"from"_s, (*source)->path()},
                                 {u"to"_s, (*target)->path()},
                                 {u"tables"_s, copied->tables},
                                 {u"records"_s, copied->rows},
                                 {u"seconds"_s, seconds}};
        console::out(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        return 0;
    }
    console::out(WorkspaceCommand::tr("Copied %1 records in %2 tables from %3 to %4 in %5 s.")
                     .arg(copied->rows)
                     .arg(copied->tables)
                     .arg((*source)->path(), (*target)->path())
                     .arg(seconds, 0, 'f', 1));
    return 0;
}

} // namespace

int WorkspaceCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies a workspace, every record with its id, into a new one: between an SQLite file and a PostgreSQL "
           "database (postgresql://user@host:port/database) in either direction, or within one engine. TO must "
           "not exist yet as a file; a database must be empty. The source is read in one snapshot and the copy is "
           "written in one transaction, so a failed copy leaves no records behind."));
    const QCommandLineOption helpOption = console::helpOption();
    const QCommandLineOption jsonOption(u"json"_s, tr("Print what was copied as JSON."));
    parser.addOption(helpOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(u"workspace"_s, tr("The command."), u"workspace"_s);
    parser.addPositionalArgument(u"action"_s, tr("copy."), u"copy"_s);
    parser.addPositionalArgument(u"FROM"_s, tr("The workspace to copy: a file or a postgresql:// address."));
    parser.addPositionalArgument(u"TO"_s, tr("The new workspace: a file or a postgresql:// address."));

    if (const auto finished = console::parseArguments(parser, arguments, u"flowdeck workspace"_s, helpOption))
        return *finished;
    // The first is the command's own name.
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.isEmpty()) {
        console::error(tr("flowdeck workspace: name the action: flowdeck workspace copy FROM TO."));
        return usageError;
    }
    if (positional.first() != u"copy"_s) {
        console::error(tr("flowdeck workspace: unknown action %1; the action is copy.").arg(positional.first()));
        return usageError;
    }
    if (positional.size() != 3) {
        console::error(tr("flowdeck workspace copy: name the workspace to copy and the new one: flowdeck workspace "
                          "copy FROM TO."));
        return usageError;
    }
    return copy(positional.at(1), positional.at(2), parser.isSet(jsonOption));
}

} // namespace flowdeck::app
