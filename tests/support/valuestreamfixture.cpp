// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestreamfixture.h"

#include "fixturerows.h"
#include "rowinserter.h"

#include <QDateTime>

namespace flowdeck::testing {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;

} // namespace

Timestamp march2024(int day, int hourOfDay, int minuteOfHour)
{
    return QDateTime(QDate(2024, 3, day), QTime(hourOfDay, minuteOfHour), Qt::UTC).toMSecsSinceEpoch();
}

ValueStreamHistory buildValueStreamHistory(const store::Workspace &workspace, QString *error)
{
    ValueStreamHistory history;
    RowInserter in(workspace);
    Repository repository;
    repository.name = u"retail"_s;
    const Id repo = in.add(repository);
    history.shop = in.add(Service{0, u"shop"_s, {}, repo});
    history.search = in.add(Service{0, u"search"_s, {}, std::nullopt});
    const Id production = in.add(Environment{0, u"production"_s, QString::fromLatin1(Tier::Production), 0});

    // Three merged pull requests: coding (first commit -> opened) 4 h, 2 h, 6 h: median 4 h; review (opened ->
    // merged) 24 h, 6 h, 18 h: median 18 h.
    const auto pullRequest = [&](int number, Timestamp first, Timestamp created, Timestamp merged) {
        PullRequest pr;
        pr.repositoryId = repo;
        pr.number = number;
        pr.title = u"change %1"_s.arg(number);
        pr.author = u"ada"_s;
        pr.headBranch = u"topic-%1"_s.arg(number);
        pr.baseBranch = u"main"_s;
        pr.firstCommitAt = first;
        pr.createdAt = created;
        pr.mergedAt = merged;
        pr.source = u"test"_s;
        pr.externalId = u"pr-%1"_s.arg(number);
        in.add(pr);
    };
    pullRequest(1, march2024(4, 9), march2024(4, 13), march2024(5, 13));
    pullRequest(2, march2024(6, 10), march2024(6, 12), march2024(6, 18));
    pullRequest(3, march2024(11, 8), march2024(11, 14), march2024(12, 8));

    // The pipeline: build -> change-approval -> deploy-production.
    Pipeline pipeline;
    pipeline.name = u"shop-ci"_s;
    pipeline.serviceId = history.shop;
    pipeline.source = u"test"_s;
    pipeline.externalId = u"shop-ci"_s;
    pipeline.updatedAt = march2024(1, 0);
    const Id pipelineId = in.add(pipeline);
    history.pipeline = pipelineId;
    const Id build = in.add(Stage{0, pipelineId, u"build"_s, QString::fromLatin1(StageKind::Build), {}, 0});
    const Id approval =
        in.add(Stage{0, pipelineId, u"change-approval"_s, QString::fromLatin1(StageKind::Approval), {}, 1});
    const Id deploy =
        in.add(Stage{0, pipelineId, u"deploy-production"_s, QString::fromLatin1(StageKind::Deploy), production, 2});
    in.add(StageEdge{0, pipelineId, build, approval});
    in.add(StageEdge{0, pipelineId, approval, deploy});

    // Per run: build waits 2, 4, 6 min (median 4 min) and takes 10, 12, 8 min (median 10 min); the approval waits
    // 40, 20, 30 h (median 30 h, p85 30 + 0.7 * 10 = 37 h) and takes 5 min; the deploy waits 1 min and takes 10,
    // 20, 30 min (median 20 min). Every first attempt passes: %C&A 100 each.
    struct Times
    {
        Timestamp created;
        qint64 buildWait, buildTime, approvalWait, deployTime;
    };
    const QList<Times> runs = {{march2024(5, 13, 5), 2 * minute, 10 * minute, 40 * hour, 10 * minute},
                               {march2024(6, 18, 5), 4 * minute, 12 * minute, 20 * hour, 20 * minute},
                               {march2024(12, 8, 5), 6 * minute, 8 * minute, 30 * hour, 30 * minute}};
    int number = 0;
    for (const Times &times : runs) {
        PipelineRun row = testing::runRow("succeeded", times.created, times.created, std::nullopt);
        row.pipelineId = pipelineId;
        row.serviceId = history.shop;
        row.number = ++number;
        const Id runId = in.add(row);
        Timestamp ready = times.created;
        const auto job = [&](Id stage, const QString &name, qint64 wait, qint64 duration) {
            Job j = testing::jobRow(runId, name, "succeeded", ready, ready + wait, ready + wait + duration);
            j.stageId = stage;
            in.add(j);
            ready += wait + duration;
        };
        job(build, u"build"_s, times.buildWait, times.buildTime);
        job(approval, u"change-approval"_s, times.approvalWait, 5 * minute);
        job(deploy, u"deploy-production"_s, minute, times.deployTime);
    }
    history.production = production;
    if (error)
        *error = in.error();
    return history;
}

} // namespace flowdeck::testing
