// SPDX-License-Identifier: GPL-3.0-or-later
#include "subcommands.h"

#include "credentialscommand.h"
#include "democommand.h"
#include "importcommand.h"
#include "metricscommand.h"
#include "pipelinecommand.h"
#include "releasecommand.h"
#include "reportcommand.h"
#include "valuestreamcommand.h"
#include "workspacecommand.h"

#include <QCoreApplication>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

QString Subcommand::summary() const
{
    return QCoreApplication::translate("flowdeck::app::Subcommand", sourceSummary);
}

const QList<Subcommand> &subcommands()
{
    static const QList<Subcommand> commands = {
        {u"demo"_s, QT_TRANSLATE_NOOP("flowdeck::app::Subcommand", "Write the demo workspace (PETech) to a file"),
         &DemoCommand::run},
        {u"import"_s,
         QT_TRANSLATE_NOOP("flowdeck::app::Subcommand",
                           "Import history into a workspace: a git repository, GitHub, GitLab or Jenkins, saved API "
                           "responses, or a CSV file"),
         &ImportCommand::run},
        {u"credentials"_s,
         QT_TRANSLATE_NOOP("flowdeck::app::Subcommand",
                           "Keep the user name and password or token for a git server in the keychain"),
         &CredentialsCommand::run},
        {u"pipeline"_s,
         QT_TRANSLATE_NOOP("flowdeck::app::Subcommand",
                           "Import, export, list and show the pipelines (stages and their needs) of a workspace"),
         &PipelineCommand::run},
        {u"metrics"_s,
         QT_TRANSLATE_NOOP("flowdeck::app::Subcommand",
                           "Print the DORA keys and flow metrics of a period, with their benchmark levels"),
         &MetricsCommand::run},
        {u"valuestream"_s,
         QT_TRANSLATE_NOOP("flowdeck::app::Subcommand",
                           "Print the value stream map of a service: its steps, totals, bottleneck and predicted lead "
                           "time"),
         &ValueStreamCommand::run},
        {u"release"_s,
         QT_TRANSLATE_NOOP("flowdeck::app::Subcommand",
                           "List releases, run one headless through its deployment backends, or trust a workspace to "
                           "run them"),
         &ReleaseCommand::run},
        {u"report"_s,
         QT_TRANSLATE_NOOP("flowdeck::app::Subcommand",
                           "Write the report for leadership of a period as PDF, HTML, CSV or JSON"),
         &ReportCommand::run, true},
        {u"workspace"_s,
         QT_TRANSLATE_NOOP("flowdeck::app::Subcommand",
                           "Copy a workspace between an SQLite file and a PostgreSQL database, every record kept"),
         &WorkspaceCommand::run},
    };
    return commands;
}

const Subcommand *findSubcommand(const QString &name)
{
    for (const Subcommand &command : subcommands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace flowdeck::app
