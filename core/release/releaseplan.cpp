// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/releaseplan.h"

#include "graph/namedgraph.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <limits>

namespace flowdeck::release {

using namespace Qt::StringLiterals;

namespace {

/// Check conditions as a check gate's config names them.
namespace condition {
const QString pipelineGreen = u"pipeline_green"_s;
const QString noOpenIncident = u"no_open_incident"_s;
const QString insideWindow = u"inside_window"_s;
} // namespace condition

QString quoted(const QString &name)
{
    return PlanText::tr("“%1”").arg(name);
}

QStringList knownKinds()
{
    return {kind::deploy, kind::manual, kind::approval, kind::check, kind::wait};
}

/// A JSON array of strings, or an error naming the task and key.
Result<QStringList> stringList(const ReleaseTask &task, const QJsonObject &config, const QString &key)
{
    const QJsonValue value = config.value(key);
    if (value.isUndefined() || value.isNull())
        return QStringList();
    if (!value.isArray())
        return Error{PlanText::tr("The setting “%1” of task %2 must be a list of texts.").arg(key, quoted(task.name))};
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return Error{
                PlanText::tr("The setting “%1” of task %2 must be a list of texts.").arg(key, quoted(task.name))};
        list.append(item.toString());
    }
    return list;
}

/// A whole number, or an error naming the task and key; nullopt when the key is absent.
Result<std::optional<qint64>> wholeNumber(const ReleaseTask &task, const QJsonObject &config, const QString &key)
{
    const QJsonValue value = config.value(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<qint64>();
    constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
    const qint64 number = value.toInteger(notWhole);
    if (!value.isDouble() || number == notWhole)
        return Error{PlanText::tr("The setting “%1” of task %2 must be a whole number.").arg(key, quoted(task.name))};
    return std::optional<qint64>(number);
}

/// The plan's tasks as graph nodes, in plan order, that refer to their predecessors.
graph::detail::NamedGraph taskGraph(const ReleasePlan &plan)
{
    QList<graph::detail::DefinedNode> nodes;
    nodes.reserve(plan.tasks.size());
    for (const ReleaseTask &task : plan.tasks)
        nodes.append(graph::detail::DefinedNode{task.name, plan.predecessors(task.name), {}});
    return graph::detail::NamedGraph(nodes, graph::detail::ReferenceDirection::ReferencesComeBefore);
}

Result<void> validateTask(const ReleaseTask &task)
{
    if (!knownKinds().contains(task.kind))
        return Error{PlanText::tr("Task %1 is of the unknown kind %2; known kinds: %3.")
                         .arg(quoted(task.name), quoted(task.kind), knownKinds().join(u", "_s))};
    if (task.maxRetries < 0)
        return Error{PlanText::tr("Task %1 cannot be retried a negative number of times (%2).")
                         .arg(quoted(task.name))
                         .arg(task.maxRetries)};
    if (task.isRollback && task.kind != kind::deploy)
        return Error{PlanText::tr("Task %1 is a rollback task but of kind %2: rollback tasks are deploy tasks.")
                         .arg(quoted(task.name), quoted(task.kind))};
    auto settings = readTaskSettings(task);
    if (!settings)
        return settings.error();
    if (task.kind == kind::deploy) {
        if (!task.serviceId)
            return Error{PlanText::tr("Deploy task %1 names no service to deploy.").arg(quoted(task.name))};
        if (!task.environmentId)
            return Error{PlanText::tr("Deploy task %1 names no environment to deploy to.").arg(quoted(task.name))};
        if (!task.backendId)
            return Error{PlanText::tr("Deploy task %1 names no backend to deploy through.").arg(quoted(task.name))};
    } else if (task.kind == kind::approval) {
        const bool anyone = std::any_of(settings->approvers.cbegin(), settings->approvers.cend(),
                                        [](const QString &approver) { return !approver.trimmed().isEmpty(); });
        if (!anyone)
            return Error{PlanText::tr("Approval gate %1 names no approver.").arg(quoted(task.name))};
        for (const QString &approver : std::as_const(settings->approvers)) {
            if (approver.trimmed().isEmpty())
                return Error{PlanText::tr("Approval gate %1 names an empty approver.").arg(quoted(task.name))};
        }
    } else if (task.kind == kind::wait) {
        if (!settings->waitUntil && !settings->waitMinutes)
            return Error{PlanText::tr("Wait task %1 says neither until when nor how many minutes to wait.")
                             .arg(quoted(task.name))};
        if (settings->waitUntil && settings->waitMinutes)
            return Error{PlanText::tr("Wait task %1 says both until when and how many minutes to wait; give one.")
                             .arg(quoted(task.name))};
        if (settings->waitMinutes && *settings->waitMinutes < 0)
            return Error{PlanText::tr("Wait task %1 waits a negative number of minutes (%2).")
                             .arg(quoted(task.name))
                             .arg(*settings->waitMinutes)};
    }
    return {};
}

} // namespace

bool state::isFinal(const QString &taskState)
{
    return taskState == succeeded || taskState == failed || taskState == skipped || taskState == aborted;
}

bool status::isFinal(const QString &releaseStatus)
{
    return releaseStatus == succeeded || releaseStatus == failed || releaseStatus == rolledBack ||
           releaseStatus == aborted;
}

Result<TaskSettings> readTaskSettings(const ReleaseTask &task)
{
    TaskSettings settings;
    if (task.config.trimmed().isEmpty())
        return settings;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(task.config.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{PlanText::tr("The settings of task %1 are not valid JSON: %2 at character %3.")
                         .arg(quoted(task.name), parseError.errorString())
                         .arg(parseError.offset + 1)};
    if (!document.isObject())
        return Error{PlanText::tr("The settings of task %1 must be a JSON object.").arg(quoted(task.name))};
    const QJsonObject config = document.object();

    if (task.kind == kind::approval) {
        auto approvers = stringList(task, config, u"approvers"_s);
        if (!approvers)
            return approvers.error();
        settings.approvers = *approvers;
    } else if (task.kind == kind::check) {
        auto conditions = stringList(task, config, u"conditions"_s);
        if (!conditions)
            return conditions.error();
        for (const QString &name : std::as_const(*conditions)) {
            if (name == condition::pipelineGreen)
                settings.conditions.pipelineGreen = true;
            else if (name == condition::noOpenIncident)
                settings.conditions.noOpenIncident = true;
            else if (name == condition::insideWindow)
                settings.conditions.insideWindow = true;
            else
                return Error{
                    PlanText::tr("Check gate %1 has the unknown condition %2; known conditions: %3.")
                        .arg(quoted(task.name), quoted(name),
                             QStringList{condition::pipelineGreen, condition::noOpenIncident, condition::insideWindow}
                                 .join(u", "_s))};
        }
    } else if (task.kind == kind::wait) {
        auto until = wholeNumber(task, config, u"until"_s);
        if (!until)
            return until.error();
        settings.waitUntil = *until;
        auto minutes = wholeNumber(task, config, u"minutes"_s);
        if (!minutes)
            return minutes.error();
        if (*minutes) {
            if (**minutes > std::numeric_limits<int>::max() || **minutes < std::numeric_limits<int>::min())
                return Error{PlanText::tr("Wait task %1 waits more minutes than can be counted (%2).")
                                 .arg(quoted(task.name))
                                 .arg(**minutes)};
            settings.waitMinutes = int(**minutes);
        }
    } else if (task.kind == kind::deploy) {
        auto arguments = stringList(task, config, u"arguments"_s);
        if (!arguments)
            return arguments.error();
        settings.arguments = *arguments;
    }
    return settings;
}

QString taskConfig(const QString &taskKind, const TaskSettings &settings)
{
    QJsonObject config;
    if (taskKind == kind::approval) {
        config.insert(u"approvers"_s, QJsonArray::fromStringList(settings.approvers));
    } else if (taskKind == kind::check) {
        QStringList conditions;
        if (settings.conditions.pipelineGreen)
            conditions.append(condition::pipelineGreen);
        if (settings.conditions.noOpenIncident)
            conditions.append(condition::noOpenIncident);
        if (settings.conditions.insideWindow)
            conditions.append(condition::insideWindow);
        config.insert(u"conditions"_s, QJsonArray::fromStringList(conditions));
    } else if (taskKind == kind::wait) {
        if (settings.waitUntil)
            config.insert(u"until"_s, *settings.waitUntil);
        if (settings.waitMinutes)
            config.insert(u"minutes"_s, *settings.waitMinutes);
    } else if (taskKind == kind::deploy) {
        if (!settings.arguments.isEmpty())
            config.insert(u"arguments"_s, QJsonArray::fromStringList(settings.arguments));
    }
    // QJsonObject keeps its keys sorted, so the text is the same for the same settings.
    return QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
}

const ReleaseTask *ReleasePlan::task(const QString &name) const
{
    const auto found =
        std::find_if(tasks.cbegin(), tasks.cend(), [&](const ReleaseTask &task) { return task.name == name; });
    return found == tasks.cend() ? nullptr : &*found;
}

ReleaseTask *ReleasePlan::task(const QString &name)
{
    const auto found =
        std::find_if(tasks.begin(), tasks.end(), [&](const ReleaseTask &task) { return task.name == name; });
    return found == tasks.end() ? nullptr : &*found;
}

const ReleaseTask *ReleasePlan::task(Id id) const
{
    const auto found =
        std::find_if(tasks.cbegin(), tasks.cend(), [&](const ReleaseTask &task) { return task.id == id; });
    return found == tasks.cend() ? nullptr : &*found;
}

QStringList ReleasePlan::predecessors(const QString &name) const
{
    QStringList names;
    for (const PlanEdge &edge : edges) {
        if (edge.to == name && !names.contains(edge.from))
            names.append(edge.from);
    }
    return names;
}

QStringList ReleasePlan::successors(const QString &name) const
{
    QStringList names;
    for (const PlanEdge &edge : edges) {
        if (edge.from == name && !names.contains(edge.to))
            names.append(edge.to);
    }
    return names;
}

QList<Id> ReleasePlan::environmentIds() const
{
    QList<Id> ids;
    for (const ReleaseTask &task : tasks) {
        if (task.kind == kind::deploy && task.environmentId && !ids.contains(*task.environmentId))
            ids.append(*task.environmentId);
    }
    return ids;
}

Result<void> validatePlan(const ReleasePlan &plan)
{
    const Release &release = plan.release;
    const QString what = release.isTemplate ? PlanText::tr("template") : PlanText::tr("release");
    if (release.name.trimmed().isEmpty())
        return Error{PlanText::tr("The %1 has no name.").arg(what)};
    if (release.onFailure != u"stop"_s && release.onFailure != u"rollback"_s)
        return Error{PlanText::tr("%1 says to do %2 when a task fails; it can only stop or roll back (“stop” or "
                                  "“rollback”).")
                         .arg(quoted(release.name), quoted(release.onFailure))};

    QHash<QString, const ReleaseTask *> byName;
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        const ReleaseTask &task = plan.tasks[i];
        if (task.name.trimmed().isEmpty())
            return Error{PlanText::tr("Task number %1 of %2 has no name.").arg(i + 1).arg(quoted(release.name))};
        if (byName.contains(task.name))
            return Error{
                PlanText::tr("%1 has more than one task named %2.").arg(quoted(release.name), quoted(task.name))};
        byName.insert(task.name, &task);
        if (auto valid = validateTask(task); !valid)
            return valid;
    }

    for (const PlanEdge &edge : plan.edges) {
        for (const QString &end : {edge.from, edge.to}) {
            if (!byName.contains(end))
                return Error{PlanText::tr("An ordering of %1 refers to %2, which is not a task of it.")
                                 .arg(quoted(release.name), quoted(end))};
        }
        if (edge.from == edge.to)
            return Error{PlanText::tr("Task %1 is ordered after itself.").arg(quoted(edge.from))};
        if (byName.value(edge.from)->isRollback != byName.value(edge.to)->isRollback) {
            const QString rollback = byName.value(edge.from)->isRollback ? edge.from : edge.to;
            const QString forward = byName.value(edge.from)->isRollback ? edge.to : edge.from;
            return Error{PlanText::tr("Rollback task %1 is ordered with the forward task %2; rollback tasks may only "
                                      "be ordered among themselves.")
                             .arg(quoted(rollback), quoted(forward))};
        }
    }

    const graph::detail::NamedGraph graph = taskGraph(plan);
    const QList<QList<int>> cycles = graph.cycles();
    if (!cycles.isEmpty()) {
        QStringList path;
        for (int vertex : cycles.constFirst())
            path.append(quoted(graph.name(vertex)));
        path.append(path.constFirst());
        return Error{PlanText::tr("The tasks of %1 wait for each other in a cycle, so none of them could start: %2.")
                         .arg(quoted(release.name), path.join(u" → "_s))};
    }
    return {};
}

QList<QString> topologicalOrder(const ReleasePlan &plan)
{
    const graph::detail::NamedGraph graph = taskGraph(plan);
    QList<int> order = graph.stableOrder();
    // Tasks on a cycle never become ready; they follow in plan order so that every task is listed once.
    if (order.size() < plan.tasks.size()) {
        QSet<int> listed(order.cbegin(), order.cend());
        for (int v = 0; v < int(plan.tasks.size()); ++v) {
            if (!listed.contains(v))
                order.append(v);
        }
    }
    // No edge joins the two groups, so each keeps an order that respects its edges.
    std::stable_partition(order.begin(), order.end(), [&](int v) { return !plan.tasks[v].isRollback; });
    QList<QString> names;
    names.reserve(order.size());
    for (int v : std::as_const(order))
        names.append(plan.tasks[v].name);
    return names;
}

ReleaseTask newTask(const QString &name, const QString &taskKind)
{
    ReleaseTask task;
    task.name = name;
    task.kind = taskKind;
    task.state = state::planned;
    task.config = QStringLiteral("{}");
    return task;
}

} // namespace flowdeck::release
