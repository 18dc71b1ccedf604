// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoshipments.h"

#include <QSet>

#include <algorithm>

namespace flowdeck::demo {

using namespace Qt::StringLiterals;

namespace {

Tag releaseTag(const Deployment &deployment, const QString &service)
{
    Tag tag;
    tag.name = u"v"_s + deployment.version;
    tag.targetOid = *deployment.commitOid;
    tag.annotated = true;
    tag.taggerName = u"PETech Release Bot"_s;
    tag.taggerEmail = u"release@petech.example"_s;
    tag.taggerTime = deployment.finishedAt;
    tag.message = u"Release %1 of %2"_s.arg(deployment.version, service);
    return tag;
}

} // namespace

void linkDeployedCommits(QList<DemoRun> &runs, qsizetype environmentCount, const QList<QList<int>> &changeCommits,
                         const QHash<int, int> &mergedBackIn)
{
    struct Ref
    {
        DemoDeployment *deployment;
        Timestamp at;
    };
    QList<QList<Ref>> byEnvironment(environmentCount);
    for (DemoRun &run : runs) {
        for (DemoDeployment &deployment : run.deployments)
            byEnvironment[deployment.environment].append(
                {&deployment, deployment.deployment.finishedAt.value_or(*deployment.deployment.startedAt)});
    }
    for (QList<Ref> &refs : byEnvironment) {
        std::stable_sort(refs.begin(), refs.end(), [](const Ref &a, const Ref &b) { return a.at < b.at; });
        // What the environment runs: main up to a change, and perhaps a hotfix on top.
        int previous = -1;
        int previousExtra = -1;
        for (const Ref &ref : std::as_const(refs)) {
            DemoDeployment &deployment = *ref.deployment;
            const int merge = deployment.mergeIndex;
            for (int change = previous + 1; change <= merge; ++change) {
                for (int commit : changeCommits[change]) {
                    if (commit != previousExtra)
                        deployment.commits.append(commit);
                }
            }
            const int extra = deployment.extraCommit;
            if (extra >= 0 && extra != previousExtra && mergedBackIn.value(extra, changeCommits.size()) > previous)
                deployment.commits.append(extra);
            if (deployment.deployment.status == QLatin1StringView(Status::Succeeded)) {
                previous = merge;
                previousExtra = extra;
            }
        }
    }
}

QList<Tag> releaseTags(const QList<DemoRun> &runs, const QString &service)
{
    QList<Tag> tags;
    QSet<QString> tagged;
    for (const DemoRun &run : runs) {
        for (const DemoDeployment &deployment : run.deployments) {
            if (deployment.environment != 3 || deployment.deployment.status != QLatin1StringView(Status::Succeeded))
                continue;
            if (!tagged.contains(deployment.deployment.version)) {
                tagged.insert(deployment.deployment.version);
                tags.append(releaseTag(deployment.deployment, service));
            }
        }
    }
    return tags;
}

} // namespace flowdeck::demo
