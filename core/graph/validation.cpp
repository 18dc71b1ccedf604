// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/validation.h"

#include "domain/delivery.h"
#include "domain/pipeline.h"
#include "graph/namedgraph.h"

#include <QCoreApplication>
#include <QSet>

namespace flowdeck::graph {

using namespace Qt::StringLiterals;

namespace {

struct Validation
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::graph::Validation)
};

/// The messages that differ between stages and environments.
struct Wording
{
    QString (*emptyName)(int number);
    QString (*duplicateName)(const QString &name);
    QString (*unknownKind)(const QString &name, const QString &kind);
    QString (*unknownReference)(const QString &name, const QString &reference);
    QString (*selfReference)(const QString &name);
    QString (*cycle)(const QString &path);
};

QString quoted(const QString &name)
{
    return Validation::tr("“%1”").arg(name);
}

const Wording stageWording{
    [](int number) { return Validation::tr("Stage number %1 has no name.").arg(number); },
    [](const QString &name) { return Validation::tr("There is more than one stage named %1.").arg(quoted(name)); },
    [](const QString &name, const QString &kind) {
        return Validation::tr("Stage %1 is of the unknown kind %2; known kinds: %3.")
            .arg(quoted(name), quoted(kind), stageKinds().join(u", "_s));
    },
    [](const QString &name, const QString &reference) {
        return Validation::tr("Stage %1 needs %2, which is not a stage of this pipeline.")
            .arg(quoted(name), quoted(reference));
    },
    [](const QString &name) { return Validation::tr("Stage %1 needs itself.").arg(quoted(name)); },
    [](const QString &path) {
        return Validation::tr("Stages need each other in a cycle (each needs the one before it): %1.").arg(path);
    },
};

const Wording environmentWording{
    [](int number) { return Validation::tr("Environment number %1 has no name.").arg(number); },
    [](const QString &name) {
        return Validation::tr("There is more than one environment named %1.").arg(quoted(name));
    },
    [](const QString &name, const QString &tier) {
        return Validation::tr("Environment %1 is of the unknown tier %2; known tiers: %3.")
            .arg(quoted(name), quoted(tier), environmentTiers().join(u", "_s));
    },
    [](const QString &name, const QString &reference) {
        return Validation::tr("Environment %1 promotes to %2, which is not a defined environment.")
            .arg(quoted(name), quoted(reference));
    },
    [](const QString &name) { return Validation::tr("Environment %1 promotes to itself.").arg(quoted(name)); },
    [](const QString &path) { return Validation::tr("Promotions lead in a cycle: %1.").arg(path); },
};

QList<Problem> validateNodes(const QList<detail::DefinedNode> &nodes, const QStringList &kinds,
                             const QStringList &knownKinds, detail::ReferenceDirection direction,
                             const Wording &wording)
{
    QList<Problem> problems;
    QSet<QString> seen;
    const detail::NamedGraph graph(nodes, direction);
    const QList<detail::UnknownReference> &unknown = graph.unknownReferences();
    qsizetype nextUnknown = 0;
    for (int i = 0; i < nodes.size(); ++i) {
        const detail::DefinedNode &node = nodes[i];
        if (node.name.isEmpty())
            problems.append(Problem{ProblemKind::EmptyName, {}, Note{node.location, wording.emptyName(i + 1)}});
        else if (seen.contains(node.name))
            problems.append(Problem{
                ProblemKind::DuplicateName, {node.name}, Note{node.location, wording.duplicateName(node.name)}});
        seen.insert(node.name);
        if (!kinds[i].isEmpty() && !knownKinds.contains(kinds[i]))
            problems.append(Problem{
                ProblemKind::UnknownKind, {node.name}, Note{node.location, wording.unknownKind(node.name, kinds[i])}});
        for (; nextUnknown < unknown.size() && unknown[nextUnknown].node == i; ++nextUnknown) {
            const QString &reference = unknown[nextUnknown].name;
            problems.append(Problem{ProblemKind::UnknownReference,
                                    {node.name, reference},
                                    Note{node.location, wording.unknownReference(node.name, reference)}});
        }
    }
    for (const QList<int> &cycle : graph.cycles()) {
        QStringList names;
        for (int v : cycle)
            names.append(graph.name(v));
        QString message;
        if (names.size() == 1) {
            message = wording.selfReference(names.constFirst());
        } else {
            QStringList path;
            for (const QString &name : std::as_const(names))
                path.append(quoted(name));
            path.append(quoted(names.constFirst()));
            message = wording.cycle(path.join(u" → "_s));
        }
        problems.append(Problem{ProblemKind::Cycle, names, Note{nodes[cycle.constFirst()].location, message}});
    }
    return problems;
}

} // namespace

QStringList stageKinds()
{
    return {QString::fromLatin1(StageKind::Build),    QString::fromLatin1(StageKind::Test),
            QString::fromLatin1(StageKind::Security), QString::fromLatin1(StageKind::Approval),
            QString::fromLatin1(StageKind::Deploy),   QString::fromLatin1(StageKind::Other)};
}

QStringList environmentTiers()
{
    return {QString::fromLatin1(Tier::Development), QString::fromLatin1(Tier::Testing),
            QString::fromLatin1(Tier::Staging), QString::fromLatin1(Tier::Production),
            QString::fromLatin1(Tier::Other)};
}

QList<Problem> validate(const PipelineSpec &pipeline)
{
    QStringList kinds;
    for (const StageSpec &stage : pipeline.stages)
        kinds.append(stage.kind);
    return validateNodes(detail::definedNodes(pipeline), kinds, stageKinds(),
                         detail::ReferenceDirection::ReferencesComeBefore, stageWording);
}

QList<Problem> validate(const EnvironmentGraphSpec &environments)
{
    QStringList tiers;
    for (const EnvironmentSpec &environment : environments.environments)
        tiers.append(environment.tier);
    return validateNodes(detail::definedNodes(environments), tiers, environmentTiers(),
                         detail::ReferenceDirection::ReferencesComeAfter, environmentWording);
}

QString describeProblems(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(formatNote(problem.note));
    return lines.join(u'\n');
}

} // namespace flowdeck::graph
