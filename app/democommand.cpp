// SPDX-License-Identifier: GPL-3.0-or-later
#include "democommand.h"

#include "console.h"
#include "demoworkspace.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int usageError = 2;

} // namespace

int DemoCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the demo workspace: PETech, a retail company with six services and a year of delivery "
           "history (commits, pipeline runs, jobs, deployments and incidents). The same seed gives the same "
           "workspace on the same day."));
    const QCommandLineOption helpOption = console::helpOption();
    const QCommandLineOption workspaceOption({u"w"_s, u"workspace"_s},
                                             tr("The workspace file to create; it must not exist yet."), tr("FILE"));
    const demo::DemoOptions defaults;
    const QCommandLineOption seedOption(u"seed"_s, tr("The random seed (default %1).").arg(defaults.seed), tr("N"));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print what was written as JSON."));
    parser.addOption(helpOption);
    parser.addOption(workspaceOption);
    parser.addOption(seedOption);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(u"demo"_s, tr("The command."), u"demo"_s);

    if (const auto finished = console::parseArguments(parser, arguments, u"flowdeck demo"_s, helpOption))
        return *finished;
    if (parser.positionalArguments().size() > 1) {
        console::error(tr("flowdeck demo: unexpected argument %1.").arg(parser.positionalArguments().at(1)));
        return usageError;
    }
    const QString path = parser.value(workspaceOption);
    if (path.isEmpty()) {
        console::error(tr("flowdeck demo: name the workspace file to write with -w FILE."));
        return usageError;
    }
    demo::DemoOptions options;
    if (parser.isSet(seedOption)) {
        bool ok = false;
        options.seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok) {
            console::error(tr("flowdeck demo: the seed must be a whole number from 0 to 18446744073709551615, "
                              "not \"%1\".")
                               .arg(parser.value(seedOption)));
            return usageError;
        }
    }

    QElapsedTimer timer;
    timer.start();
    auto written = DemoWorkspace::write(path, options);
    if (!written) {
        console::error(tr("flowdeck demo: %1").arg(written.errorMessage()));
        return 1;
    }
    const demo::DemoSummary &summary = *written;
    const QString absolutePath = store::Workspace::isServerAddress(path) ? path : QFileInfo(path).absoluteFilePath();
    if (parser.isSet(jsonOption)) {
        const QJsonObject json{{u"workspace"_s, absolutePath},     {u"seed"_s, QString::number(options.seed)},
                               {u"services"_s, summary.services},  {u"environments"_s, summary.environments},
                               {u"commits"_s, summary.commits},    {u"pipeline_runs"_s, summary.pipelineRuns},
                               {u"jobs"_s, summary.jobs},          {u"deployments"_s, summary.deployments},
                               {u"incidents"_s, summary.incidents}};
        console::out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        return 0;
    }
    console::out(
        tr("Wrote the demo workspace %1 in %2 s:").arg(absolutePath).arg(double(timer.elapsed()) / 1000, 0, 'f', 1));
    const QList<std::pair<QString, int>> lines = {
        {tr("services"), summary.services},   {tr("environments"), summary.environments},
        {tr("commits"), summary.commits},     {tr("pipeline runs"), summary.pipelineRuns},
        {tr("jobs"), summary.jobs},           {tr("deployments"), summary.deployments},
        {tr("incidents"), summary.incidents},
    };
    for (const auto &[name, count] : lines)
        console::out(u"  %1 %2"_s.arg(count, 8).arg(name));
    return 0;
}

} // namespace flowdeck::app
