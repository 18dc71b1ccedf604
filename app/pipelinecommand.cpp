// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinecommand.h"

#include "console.h"
#include "pipelinesummary.h"

#include "graph/dotexport.h"
#include "graph/import/pipelinefile.h"
#include "graph/nativeformat.h"
#include "graph/pipelinestore.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>
#include <memory>
#include <optional>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int failure = 1;
constexpr int usageError = 2;

enum class Action
{
    None,
    Import,
    Export,
    List,
    Show
};

std::optional<Action> actionNamed(const QString &name)
{
    if (name == u"import"_s)
        return Action::Import;
    if (name == u"export"_s)
        return Action::Export;
    if (name == u"list"_s)
        return Action::List;
    if (name == u"show"_s)
        return Action::Show;
    return std::nullopt;
}

/// The command line of one action, with only the options that action takes; Action::None takes all of them, to
/// find the action before its own parser checks the rest.
struct Parser
{
    explicit Parser(Action action);

    QCommandLineParser parser;
    const QCommandLineOption help = console::helpOption();
    const QCommandLineOption workspace{
        {u"w"_s, u"workspace"_s}, PipelineCommand::tr("The workspace file."), PipelineCommand::tr("FILE")};
    const QCommandLineOption name{
        u"name"_s, PipelineCommand::tr("Save the pipeline under this name instead of the one the file gives it."),
        PipelineCommand::tr("NAME")};
    const QCommandLineOption format{u"format"_s, PipelineCommand::tr("The format of the file."),
                                    PipelineCommand::tr("FORMAT")};
    const QCommandLineOption output{{u"o"_s, u"output"_s},
                                    PipelineCommand::tr("Write to this file instead of standard output."),
                                    PipelineCommand::tr("OUT")};
    const QCommandLineOption json{u"json"_s, PipelineCommand::tr("Print the result as JSON.")};
};

Parser::Parser(Action action)
{
    QCommandLineOption workspaceOption = workspace;
    QCommandLineOption formatOption = format;
    parser.addOption(help);
    switch (action) {
    case Action::None:
        parser.setApplicationDescription(
            PipelineCommand::tr("Pipelines in a workspace. \"import\" reads a GitHub Actions workflow, a GitLab CI "
                                "configuration, a Concourse pipeline or a Flowdeck pipeline file into the "
                                "workspace; \"export\" writes a stored pipeline as Flowdeck YAML or as a Graphviz "
                                "graph; \"list\" lists the stored pipelines; \"show\" prints one with its stages in "
                                "order and its critical path. \"flowdeck pipeline ACTION --help\" tells more."));
        formatOption.setDescription(PipelineCommand::tr("import: github, gitlab, concourse or flowdeck (told from "
                                                        "the file when not given); export: yaml or dot."));
        parser.addOptions({workspace, name, formatOption, output, json});
        parser.addPositionalArgument(u"pipeline"_s, PipelineCommand::tr("The command."), u"pipeline"_s);
        parser.addPositionalArgument(u"action"_s, PipelineCommand::tr("import, export, list or show."),
                                     u"import|export|list|show"_s);
        return;
    case Action::Import:
        parser.setApplicationDescription(
            PipelineCommand::tr("Imports a pipeline definition into a workspace: its stages (jobs) and what each "
                                "needs. A pipeline of the same format and name that was imported before is "
                                "updated. What the import cannot interpret is reported as warnings, by file and "
                                "line."));
        workspaceOption.setDescription(
            PipelineCommand::tr("The workspace file to import into; it is created when it does not exist."));
        formatOption.setDescription(PipelineCommand::tr("The format of FILE: github, gitlab, concourse or flowdeck. "
                                                        "Without it, the format is told from the file."));
        parser.addOptions({workspaceOption, name, formatOption, json});
        parser.addPositionalArgument(u"pipeline import"_s, PipelineCommand::tr("The command."), u"pipeline import"_s);
        parser.addPositionalArgument(u"file"_s, PipelineCommand::tr("The pipeline definition to import."),
                                     PipelineCommand::tr("FILE"));
        return;
    case Action::Export:
        parser.setApplicationDescription(PipelineCommand::tr(
            "Writes a stored pipeline in Flowdeck's own YAML format (docs/pipeline-format.md) or as a Graphviz "
            "graph, to standard output or to a file."));
        formatOption.setDescription(PipelineCommand::tr(
            "yaml or dot. Without it, the format is told from the name of OUT (.yml, .yaml, .dot, .gv)."));
        parser.addOptions({workspaceOption, formatOption, output});
        parser.addPositionalArgument(u"pipeline export"_s, PipelineCommand::tr("The command."), u"pipeline export"_s);
        parser.addPositionalArgument(u"name"_s, PipelineCommand::tr("The pipeline to export."),
                                     PipelineCommand::tr("NAME"));
        return;
    case Action::List:
        parser.setApplicationDescription(PipelineCommand::tr("Lists the pipelines stored in a workspace."));
        parser.addOptions({workspaceOption, json});
        parser.addPositionalArgument(u"pipeline list"_s, PipelineCommand::tr("The command."), u"pipeline list"_s);
        return;
    case Action::Show:
        parser.setApplicationDescription(
            PipelineCommand::tr("Prints a stored pipeline: its stages in topological order with their layer, kind "
                                "and environment, the median queue and run time and success rate of their jobs "
                                "when jobs were imported, and its critical path."));
        parser.addOptions({workspaceOption, json});
        parser.addPositionalArgument(u"pipeline show"_s, PipelineCommand::tr("The command."), u"pipeline show"_s);
        parser.addPositionalArgument(u"name"_s, PipelineCommand::tr("The pipeline to show."),
                                     PipelineCommand::tr("NAME"));
        return;
    }
}

QString quoted(const QString &name)
{
    return PipelineCommand::tr("“%1”").arg(name);
}

void printJson(const QJsonDocument &document)
{
    console::out(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

/// Removes a workspace file made by this command, with SQLite's companion files.
void removeWorkspaceFile(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

/// The workspace named with -w for the actions that read one; it must exist. Null after printing why not.
std::shared_ptr<store::Workspace> openWorkspace(const Parser &p, const QString &command)
{
    const QString path = p.parser.value(p.workspace);
    if (path.isEmpty()) {
        console::error(PipelineCommand::tr("%1: name the workspace file with -w FILE.").arg(command));
        return nullptr;
    }
    auto opened = store::Workspace::open(path);
    if (!opened) {
        console::error(u"%1: %2"_s.arg(command, opened.errorMessage()));
        return nullptr;
    }
    return *opened;
}

/// The workspace of -w and the id of the stored pipeline named `name` in it, for the actions that read one
/// pipeline. A null workspace after printing why not.
struct NamedPipeline
{
    std::shared_ptr<store::Workspace> workspace;
    Id id = 0;
};

NamedPipeline findNamedPipeline(const Parser &p, const QString &command, const QString &name)
{
    NamedPipeline found{openWorkspace(p, command), 0};
    if (!found.workspace)
        return found;
    auto id = graph::findPipeline(found.workspace->connection(), name);
    if (!id) {
        console::error(u"%1: %2"_s.arg(command, id.errorMessage()));
        return {};
    }
    found.id = *id;
    return found;
}

/// The one argument of an action (a file or a pipeline name); nothing after printing the usage error.
std::optional<QString> singleArgument(const QStringList &arguments, const QString &command, const QString &missing)
{
    if (arguments.isEmpty() || arguments.first().isEmpty()) {
        console::error(u"%1: %2"_s.arg(command, missing));
        return std::nullopt;
    }
    if (arguments.size() > 1) {
        console::error(PipelineCommand::tr("%1: unexpected argument %2.").arg(command, arguments.at(1)));
        return std::nullopt;
    }
    return arguments.first();
}

int importPipeline(const Parser &p, const QStringList &arguments)
{
    const QString command = u"flowdeck pipeline import"_s;
    const std::optional<QString> argument =
        singleArgument(arguments, command, PipelineCommand::tr("name the pipeline file to import."));
    if (!argument)
        return usageError;
    const QString &file = *argument;
    const QString path = p.parser.value(p.workspace);
    if (path.isEmpty()) {
        console::error(PipelineCommand::tr("%1: name the workspace file with -w FILE.").arg(command));
        return usageError;
    }
    std::optional<graph::PipelineFormat> format;
    if (p.parser.isSet(p.format)) {
        format = graph::pipelineFormatFromName(p.parser.value(p.format));
        if (!format) {
            console::error(PipelineCommand::tr("%1: there is no format called \"%2\"; the formats are: github, gitlab, "
                                               "concourse, flowdeck.")
                               .arg(command, p.parser.value(p.format)));
            return usageError;
        }
    }
    if (p.parser.isSet(p.name) && p.parser.value(p.name).trimmed().isEmpty()) {
        console::error(PipelineCommand::tr("%1: the name given with --name is empty.").arg(command));
        return usageError;
    }

    // Everything about the file is checked before the workspace is touched, so a refused file stores nothing.
    auto read = graph::readPipelineFile(file, format);
    if (!read) {
        console::error(u"%1: %2"_s.arg(command, read.errorMessage()));
        return failure;
    }
    const std::optional<QString> name =
        p.parser.isSet(p.name) ? std::optional<QString>(p.parser.value(p.name)) : std::nullopt;

    // A database on a server is never removed again, so it counts as there before.
    const bool existed = store::Workspace::isServerAddress(path) || QFileInfo::exists(path);
    auto opened = store::Workspace::openOrCreate(path);
    if (!opened) {
        console::error(u"%1: %2"_s.arg(command, opened.errorMessage()));
        return failure;
    }
    std::shared_ptr<store::Workspace> workspace = *opened;
    auto saved = graph::savePipelineFile(*workspace, *read, file, name);
    if (!saved) {
        // A workspace this command made is not left behind empty.
        if (!existed) {
            workspace.reset();
            removeWorkspaceFile(path);
        }
        console::error(u"%1: %2"_s.arg(command, saved.errorMessage()));
        return failure;
    }
    auto summary = summarisePipeline(workspace->connection(), saved->pipelineId);
    if (!summary) {
        console::error(u"%1: %2"_s.arg(command, summary.errorMessage()));
        return failure;
    }

    QStringList warnings;
    for (const graph::Note &note : std::as_const(read->notes))
        warnings.append(graph::formatNote(note));
    if (p.parser.isSet(p.json)) {
        QJsonObject json = pipelineJson(*summary, warnings);
        json.insert(u"file"_s, QFileInfo(file).absoluteFilePath());
        json.insert(u"workspace"_s, QFileInfo(path).absoluteFilePath());
        json.insert(u"added_environments"_s, QJsonArray::fromStringList(saved->addedEnvironments));
        printJson(QJsonDocument(json));
        return 0;
    }
    for (const QString &warning : std::as_const(warnings))
        console::error(PipelineCommand::tr("Warning: %1").arg(warning));
    const QString workspacePath = QFileInfo(path).absoluteFilePath();
    const QString formatTitle = graph::pipelineFormatTitle(read->format);
    if (saved->created) {
        console::out(PipelineCommand::tr("Imported the pipeline %1 (%2) from %3 into %4.")
                         .arg(quoted(saved->name), formatTitle, file, workspacePath));
    } else {
        console::out(PipelineCommand::tr("Updated the pipeline %1 (%2) from %3 in %4 to revision %5.")
                         .arg(quoted(saved->name), formatTitle, file, workspacePath)
                         .arg(saved->revision));
    }
    console::out(u"  %1 %2"_s.arg(summary->stored.spec.stages.size(), 8).arg(PipelineCommand::tr("stages")));
    console::out(u"  %1 %2"_s.arg(summary->edgeCount(), 8).arg(PipelineCommand::tr("edges")));
    console::out(u"  %1 %2"_s.arg(warnings.size(), 8).arg(PipelineCommand::tr("warnings")));
    if (!saved->addedEnvironments.isEmpty()) {
        console::out(PipelineCommand::tr("Added the environments %1 to the workspace, with the tier \"other\".")
                         .arg(saved->addedEnvironments.join(u", "_s)));
    }
    return 0;
}

enum class ExportFormat
{
    Yaml,
    Dot
};

std::optional<ExportFormat> exportFormatNamed(const QString &name)
{
    if (name.compare(u"yaml"_s, Qt::CaseInsensitive) == 0 || name.compare(u"yml"_s, Qt::CaseInsensitive) == 0)
        return ExportFormat::Yaml;
    if (name.compare(u"dot"_s, Qt::CaseInsensitive) == 0 || name.compare(u"gv"_s, Qt::CaseInsensitive) == 0)
        return ExportFormat::Dot;
    return std::nullopt;
}

int exportPipeline(const Parser &p, const QStringList &arguments)
{
    const QString command = u"flowdeck pipeline export"_s;
    const std::optional<QString> argument =
        singleArgument(arguments, command, PipelineCommand::tr("name the pipeline to export."));
    if (!argument)
        return usageError;
    const QString &name = *argument;
    const QString output = p.parser.value(p.output);
    if (p.parser.isSet(p.output) && output.isEmpty()) {
        console::error(PipelineCommand::tr("%1: the file given with -o is empty.").arg(command));
        return usageError;
    }
    std::optional<ExportFormat> format;
    if (p.parser.isSet(p.format)) {
        format = exportFormatNamed(p.parser.value(p.format));
        if (!format) {
            console::error(
                PipelineCommand::tr("%1: there is no export format called \"%2\"; the formats are: yaml, dot.")
                    .arg(command, p.parser.value(p.format)));
            return usageError;
        }
    } else if (!output.isEmpty()) {
        format = exportFormatNamed(QFileInfo(output).suffix());
    }
    if (!format) {
        console::error(PipelineCommand::tr("%1: name the format with --format yaml or --format dot.").arg(command));
        return usageError;
    }
    if (p.parser.value(p.workspace).isEmpty()) {
        console::error(PipelineCommand::tr("%1: name the workspace file with -w FILE.").arg(command));
        return usageError;
    }

    const NamedPipeline found = findNamedPipeline(p, command, name);
    if (!found.workspace)
        return failure;
    const std::shared_ptr<store::Workspace> &workspace = found.workspace;
    auto stored = graph::loadPipeline(workspace->connection(), found.id);
    if (!stored) {
        console::error(u"%1: %2"_s.arg(command, stored.errorMessage()));
        return failure;
    }
    const QByteArray bytes =
        *format == ExportFormat::Yaml ? graph::pipelineToYaml(stored->spec) : graph::pipelineToDot(stored->spec);
    if (output.isEmpty()) {
        console::outBytes(bytes);
        return 0;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        console::error(PipelineCommand::tr("%1: cannot write %2: %3").arg(command, output, file.errorString()));
        return failure;
    }
    console::out(PipelineCommand::tr("Wrote the pipeline %1 to %2.")
                     .arg(quoted(stored->spec.name), QFileInfo(output).absoluteFilePath()));
    return 0;
}

int listPipelines(const Parser &p, const QStringList &arguments)
{
    const QString command = u"flowdeck pipeline list"_s;
    if (!arguments.isEmpty()) {
        console::error(PipelineCommand::tr("%1: unexpected argument %2.").arg(command, arguments.first()));
        return usageError;
    }
    if (p.parser.value(p.workspace).isEmpty()) {
        console::error(PipelineCommand::tr("%1: name the workspace file with -w FILE.").arg(command));
        return usageError;
    }
    const std::shared_ptr<store::Workspace> workspace = openWorkspace(p, command);
    if (!workspace)
        return failure;
    auto listings = graph::listPipelines(workspace->connection());
    if (!listings) {
        console::error(u"%1: %2"_s.arg(command, listings.errorMessage()));
        return failure;
    }

    if (p.parser.isSet(p.json)) {
        QJsonArray array;
        for (const graph::PipelineListing &listing : std::as_const(*listings)) {
            const Pipeline &row = listing.row;
            array.append(QJsonObject{
                {u"name"_s, row.name},
                {u"service"_s, listing.service.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(listing.service)},
                {u"source"_s, row.source},
                {u"external_id"_s, row.externalId},
                {u"format"_s, row.format ? QJsonValue(*row.format) : QJsonValue(QJsonValue::Null)},
                {u"stages"_s, listing.stageCount},
                {u"edges"_s, listing.edgeCount},
                {u"revision"_s, row.revision},
                {u"updated_at"_s, QDateTime::fromMSecsSinceEpoch(row.updatedAt, Qt::UTC).toString(Qt::ISODateWithMs)},
            });
        }
        printJson(QJsonDocument(array));
        return 0;
    }
    if (listings->isEmpty()) {
        console::out(PipelineCommand::tr("The workspace %1 has no pipelines.").arg(workspace->path()));
        return 0;
    }
    QList<QStringList> table{{PipelineCommand::tr("name"), PipelineCommand::tr("stages"), PipelineCommand::tr("edges"),
                              PipelineCommand::tr("revision"), PipelineCommand::tr("source"),
                              PipelineCommand::tr("service")}};
    for (const graph::PipelineListing &listing : std::as_const(*listings)) {
        table.append({listing.row.name, QString::number(listing.stageCount), QString::number(listing.edgeCount),
                      QString::number(listing.row.revision), listing.row.source, listing.service});
    }
    console::out(textTable(table));
    return 0;
}

int showPipeline(const Parser &p, const QStringList &arguments)
{
    const QString command = u"flowdeck pipeline show"_s;
    const std::optional<QString> argument =
        singleArgument(arguments, command, PipelineCommand::tr("name the pipeline to show."));
    if (!argument)
        return usageError;
    const QString &name = *argument;
    if (p.parser.value(p.workspace).isEmpty()) {
        console::error(PipelineCommand::tr("%1: name the workspace file with -w FILE.").arg(command));
        return usageError;
    }
    const NamedPipeline found = findNamedPipeline(p, command, name);
    if (!found.workspace)
        return failure;
    const std::shared_ptr<store::Workspace> &workspace = found.workspace;
    auto summary = summarisePipeline(workspace->connection(), found.id);
    if (!summary) {
        console::error(u"%1: %2"_s.arg(command, summary.errorMessage()));
        return failure;
    }
    if (p.parser.isSet(p.json))
        printJson(QJsonDocument(pipelineJson(*summary, {})));
    else
        console::out(pipelineText(*summary));
    return 0;
}

} // namespace

int PipelineCommand::run(const QStringList &arguments)
{
    // A first look with every option finds the action; the action's own parser then checks its options.
    Parser all(Action::None);
    if (!all.parser.parse(arguments)) {
        console::error(tr("flowdeck pipeline: %1").arg(all.parser.errorText()));
        return usageError;
    }
    // The first positional argument is the command's own name.
    const QStringList positional = all.parser.positionalArguments().mid(1);
    if (positional.isEmpty()) {
        if (all.parser.isSet(all.help)) {
            console::out(all.parser.helpText());
            return 0;
        }
        console::error(tr("flowdeck pipeline: name what to do: import, export, list or show."));
        return usageError;
    }
    const std::optional<Action> action = actionNamed(positional.first());
    if (!action) {
        console::error(tr("flowdeck pipeline: there is no action called \"%1\"; the actions are: import, export, list, "
                          "show.")
                           .arg(positional.first()));
        return usageError;
    }

    Parser p(*action);
    if (const auto finished =
            console::parseArguments(p.parser, arguments, u"flowdeck pipeline "_s + positional.first(), p.help))
        return *finished;
    const QStringList rest = p.parser.positionalArguments().mid(2);
    switch (*action) {
    case Action::Import:
        return importPipeline(p, rest);
    case Action::Export:
        return exportPipeline(p, rest);
    case Action::List:
        return listPipelines(p, rest);
    case Action::Show:
        return showPipeline(p, rest);
    case Action::None:
        break;
    }
    return usageError;
}

} // namespace flowdeck::app
