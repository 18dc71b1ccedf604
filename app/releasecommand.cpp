// SPDX-License-Identifier: GPL-3.0-or-later
#include "releasecommand.h"

#include "commandscope.h"
#include "console.h"
#include "pipelinesummary.h"

#include "release/audit.h"
#include "release/engine.h"
#include "release/releasestore.h"
#include "release/trust.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int failure = 1;
constexpr int usageError = 2;
constexpr int waitingForPeople = 3;

std::atomic_bool interrupted{false};

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
}

QJsonValue timeValue(const OptionalTime &at)
{
    if (!at)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(*at, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString timeText(const OptionalTime &at)
{
    if (!at)
        return u"–"_s;
    return QDateTime::fromMSecsSinceEpoch(*at).toString(u"yyyy-MM-dd HH:mm"_s);
}

QJsonObject planJson(const release::ReleasePlan &plan, const QStringList &waiting)
{
    QJsonArray tasks;
    for (const QString &name : release::topologicalOrder(plan)) {
        const ReleaseTask &task = *plan.task(name);
        tasks.append(QJsonObject{{u"name"_s, task.name},
                                 {u"kind"_s, task.kind},
                                 {u"state"_s, task.state},
                                 {u"attempt"_s, task.attempt},
                                 {u"rollback"_s, task.isRollback},
                                 {u"started_at"_s, timeValue(task.startedAt)},
                                 {u"finished_at"_s, timeValue(task.finishedAt)}});
    }
    return QJsonObject{{u"release"_s, plan.release.name},
                       {u"version"_s, plan.release.version},
                       {u"status"_s, plan.release.status},
                       {u"started_at"_s, timeValue(plan.release.startedAt)},
                       {u"finished_at"_s, timeValue(plan.release.finishedAt)},
                       {u"tasks"_s, tasks},
                       {u"waiting_for"_s, QJsonArray::fromStringList(waiting)}};
}

int list(const std::shared_ptr<store::Workspace> &workspace, bool templates, bool json)
{
    auto releases = release::listReleases(workspace->connection(), templates);
    if (!releases) {
        console::error(u"flowdeck release list: %1"_s.arg(releases.errorMessage()));
        return failure;
    }
    if (json) {
        QJsonArray rows;
        for (const release::ReleaseSummary &summary : std::as_const(*releases)) {
            rows.append(QJsonObject{{u"name"_s, summary.release.name},
                                    {u"version"_s, summary.release.version},
                                    {u"status"_s, summary.release.status},
                                    {u"template"_s, summary.release.isTemplate},
                                    {u"planned_start"_s, timeValue(summary.release.plannedStart)},
                                    {u"planned_end"_s, timeValue(summary.release.plannedEnd)},
                                    {u"tasks"_s, summary.tasks},
                                    {u"tasks_done"_s, summary.tasksDone},
                                    {u"services"_s, QJsonArray::fromStringList(summary.items)}});
        }
        console::outBytes(QJsonDocument(QJsonObject{{templates ? u"templates"_s : u"releases"_s, rows}})
                              .toJson(QJsonDocument::Indented));
        return 0;
    }
    if (releases->isEmpty()) {
        console::out(templates ? ReleaseCommand::tr("The workspace has no release templates.\n")
                               : ReleaseCommand::tr("The workspace has no releases.\n"));
        return 0;
    }
    QList<QStringList> table = {{ReleaseCommand::tr("name"), ReleaseCommand::tr("version"),
                                 ReleaseCommand::tr("status"), ReleaseCommand::tr("planned start"),
                                 ReleaseCommand::tr("tasks done"), ReleaseCommand::tr("services")}};
    for (const release::ReleaseSummary &summary : std::as_const(*releases)) {
        table.append({summary.release.name, summary.release.version, summary.release.status,
                      timeText(summary.release.plannedStart),
                      ReleaseCommand::tr("%1 of %2").arg(summary.tasksDone).arg(summary.tasks),
                      summary.items.join(u", "_s)});
    }
    console::out(textTable(table) + u'\n');
    return 0;
}

int trust(const std::shared_ptr<store::Workspace> &workspace)
{
    auto what = release::WorkspaceTrust::whatWouldRun(workspace->connection());
    if (!what) {
        console::error(u"flowdeck release trust: %1"_s.arg(what.errorMessage()));
        return failure;
    }
    if (auto trusted = release::WorkspaceTrust::trust(*workspace); !trusted) {
        console::error(u"flowdeck release trust: %1"_s.arg(trusted.errorMessage()));
        return failure;
    }
    QString text = ReleaseCommand::tr("Trusted %1 on this computer. Its releases may now run:").arg(workspace->path());
    if (what->isEmpty())
        text += u"\n  "_s + ReleaseCommand::tr("(no backends yet: a backend added later needs trust again)");
    for (const QString &line : std::as_const(*what))
        text += u"\n  "_s + line;
    console::out(text + u'\n');
    return 0;
}

int runNamed(const std::shared_ptr<store::Workspace> &workspace, const QString &name, bool approveAll, bool json)
{
    const QString command = u"flowdeck release run"_s;
    auto plan = release::loadPlan(workspace->connection(), name);
    if (!plan) {
        console::error(u"%1: %2"_s.arg(command, plan.errorMessage()));
        return failure;
    }
    if (!plan->release.isTemplate && release::status::isFinal(plan->release.status) &&
        plan->release.status != release::status::failed) {
        // A release that has ended is not run again. Running the command again after a stop reports how it ended,
        // as the run that ended it did, also when that run was stopped after the end and before it could say so.
        console::error(ReleaseCommand::tr("%1: the release had already ended; nothing was run.").arg(command));
        if (json)
            console::outBytes(QJsonDocument(planJson(*plan, {})).toJson(QJsonDocument::Indented));
        else
            console::out(ReleaseCommand::tr("Release %1: %2\n").arg(plan->release.name, plan->release.status));
        return plan->release.status == release::status::succeeded ? 0 : failure;
    }
    release::EngineOptions options;
    options.actor = release::currentUser();
    options.approveAll = approveAll;
    options.completeManualTasks = approveAll;
    interrupted.store(false);
    auto previous = std::signal(SIGINT, onInterrupt);
    auto previousTerm = std::signal(SIGTERM, onInterrupt);
    auto outcome = release::runRelease(workspace, plan->release.id, options, TaskControl({}, &interrupted),
                                       [](const QString &line) { console::error(line); });
    std::signal(SIGINT, previous);
    std::signal(SIGTERM, previousTerm);
    if (!outcome) {
        console::error(u"%1: %2"_s.arg(command, outcome.errorMessage()));
        return failure;
    }
    if (json)
        console::outBytes(
            QJsonDocument(planJson(outcome->plan, outcome->waitingForPeople)).toJson(QJsonDocument::Indented));
    const QString status = outcome->plan.release.status;
    if (outcome->canceled) {
        console::error(ReleaseCommand::tr("%1: stopped. Running jobs go on; run the command again to resume the "
                                          "release where it stands.")
                           .arg(command));
        return failure;
    }
    if (!outcome->waitingForPeople.isEmpty()) {
        console::error(ReleaseCommand::tr("%1: the release waits for people:\n  %2\nApprove or complete them in "
                                          "the Releases page, or run again with --approve-all to approve every "
                                          "gate and complete every manual task as %3.")
                           .arg(command, outcome->waitingForPeople.join(u"\n  "_s), release::currentUser()));
        return waitingForPeople;
    }
    if (!json)
        console::out(ReleaseCommand::tr("Release %1: %2\n").arg(outcome->plan.release.name, status));
    return status == release::status::succeeded ? 0 : failure;
}

} // namespace

int ReleaseCommand::run(const QStringList &arguments)
{
    const QString command = u"flowdeck release"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the releases of a workspace, runs one headless, or trusts the workspace to run its deployment "
           "backends on this computer. A run goes on from where the release stands, so running it again after a "
           "stop resumes it. docs/releases.md describes plans, gates, backends and the JSON."));
    const QCommandLineOption helpOption = console::helpOption();
    const QCommandLineOption workspaceOption({u"w"_s, u"workspace"_s}, tr("The workspace file."), tr("FILE"));
    const QCommandLineOption templatesOption(u"templates"_s, tr("list: list the templates instead of the releases."));
    const QCommandLineOption approveAllOption(
        u"approve-all"_s,
        tr("run: approve every approval gate and mark every manual task done, in your name (recorded as such in "
           "the audit log)."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print the result as JSON (docs/releases.md describes it)."));
    parser.addOptions({helpOption, workspaceOption, templatesOption, approveAllOption, jsonOption});
    parser.addPositionalArgument(u"release"_s, tr("The command."), u"release"_s);
    parser.addPositionalArgument(u"action"_s, tr("list, run or trust."), u"list|run NAME|trust"_s);

    if (const auto finished = console::parseArguments(parser, arguments, command, helpOption))
        return *finished;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (positional.isEmpty()) {
        console::error(tr("%1: say what to do: list, run NAME or trust.").arg(command));
        return usageError;
    }
    const QString action = positional.constFirst();
    const int expected = action == u"run"_s ? 2 : 1;
    if (action != u"list"_s && action != u"run"_s && action != u"trust"_s) {
        console::error(tr("%1: unknown action %2; use list, run NAME or trust.").arg(command, action));
        return usageError;
    }
    if (positional.size() != expected) {
        console::error(action == u"run"_s
                           ? tr("%1 run: name the release to run.").arg(command)
                           : tr("%1 %2: unexpected argument %3.").arg(command, action, positional.last()));
        return usageError;
    }
    const QString path = parser.value(workspaceOption);
    if (path.isEmpty()) {
        console::error(tr("%1: name the workspace file with -w FILE.").arg(command));
        return usageError;
    }
    auto workspace = action == u"list"_s ? CommandScope::openForReading(path) : store::Workspace::open(path);
    if (!workspace) {
        console::error(u"%1: %2"_s.arg(command, workspace.errorMessage()));
        return failure;
    }
    if (action == u"list"_s)
        return list(*workspace, parser.isSet(templatesOption), parser.isSet(jsonOption));
    if (action == u"trust"_s)
        return trust(*workspace);
    return runNamed(*workspace, positional.at(1), parser.isSet(approveAllOption), parser.isSet(jsonOption));
}

} // namespace flowdeck::app
