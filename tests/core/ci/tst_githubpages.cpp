// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub REST pages read into records: the example responses in the shared fixtures (ci/github), a hand-written
// issues page (data/ci/github/issue-items.json, in the shape GitHub's REST documentation gives), and small pages
// written here for odd times, statuses and broken input. Expected times are worked out by hand from the calendar;
// each day number is the count of days since 1970-01-01 (365 a year plus one per leap year, then the months).
#include "ci/github/githubpages.h"
#include "pagetesting.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::ci;
using namespace flowdeck::ci::github;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 dayMs = 86'400'000;

constexpr qint64 at(qint64 day, int hour, int minute, int second)
{
    return day * dayMs + ((hour * 60 + minute) * 60 + second) * 1000LL;
}

// 2020-01-01 is day 50 * 365 + 12 leap days (1972 ... 2016) = 18,262; the 20th is 18,281, the 22nd 18,283.
constexpr qint64 jan20of2020 = 18'281;
constexpr qint64 jan22of2020 = 18'283;
// 2012-01-01: 42 * 365 + 10 (1972 ... 2008) = 15,340; + 182 (January to June of a leap year) + 19 = 15,541.
constexpr qint64 jul20of2012 = 15'541;
// 2011-01-01: 41 * 365 + 10 = 14,975; + 25 = 15,000.
constexpr qint64 jan26of2011 = 15'000;
// 2013-01-01: 43 * 365 + 11 (1972 ... 2012) = 15,706; + 31 + 26 = 15,763.
constexpr qint64 feb27of2013 = 15'763;
// 2024-01-01: 54 * 365 + 13 (1972 ... 2020) = 19,723; + 31 + 29 (leap year) = 19,783 for March 1st.
constexpr qint64 mar1of2024 = 19'783;

QByteArray fixture(const char *name)
{
    return testing::fileContents(testing::sharedFixture("github"_L1, QLatin1StringView(name)));
}

QByteArray testData(const char *name)
{
    return testing::fileContents(testing::testDataFile("github"_L1, QLatin1StringView(name)));
}

PageContext context(const QString &where, const QString &repository = {})
{
    PageContext result;
    result.where = where;
    result.repository = repository;
    return result;
}

Batch parsed(PageKind kind, const QByteArray &body, const PageContext &pageContext)
{
    Result<Batch> result = parsePage(kind, body, pageContext);
    if (!result)
        qFatal("parsePage failed: %s", qPrintable(result.errorMessage()));
    return std::move(result).value();
}

QString failure(PageKind kind, const QByteArray &body, const QString &where = u"page.json"_s)
{
    const Result<Batch> result = parsePage(kind, body, context(where));
    return result.ok() ? u"(no error)"_s : result.errorMessage();
}

} // namespace

class TestGitHubPages : public QObject
{
    Q_OBJECT

private slots:
    void workflowRuns()
    {
        const Batch batch = parsed(PageKind::WorkflowRuns, fixture("workflow-run-paginated.json"),
                                   context(u"https://api.github.com/repos/octo-org/octo-repo/actions/runs"_s));
        QCOMPARE(batch.runs.size(), 1);
        QVERIFY(batch.jobs.isEmpty());
        QCOMPARE(batch.warnings, QStringList());
        const RunRecord &run = batch.runs.first();
        QCOMPARE(run.externalId, u"30433642"_s);
        QCOMPARE(run.pipelineName, u"Build"_s);
        // repository.full_name, not the repository of the URLs: the payload's repository object comes first.
        QCOMPARE(run.project, u"octocat/Hello-World"_s);
        QCOMPARE(run.number, std::optional<qint64>(562));
        QCOMPARE(run.attempt, 1);
        QCOMPARE(run.commitOid, std::optional(u"acb5820ced9479c074f688cc328bf03f341a511d"_s));
        QCOMPARE(run.branch, std::optional(u"master"_s));
        QCOMPARE(run.event, std::optional(u"push"_s));
        // "status": "queued", "conclusion": null.
        QCOMPARE(run.status, u"queued"_s);
        // 2020-01-22T19:33:08Z, created and started alike; a queued run has not finished.
        QCOMPARE(run.createdAt, OptionalTime(at(jan22of2020, 19, 33, 8)));
        QCOMPARE(run.createdAt, OptionalTime(1'579'721'588'000));
        QCOMPARE(run.startedAt, OptionalTime(at(jan22of2020, 19, 33, 8)));
        QCOMPARE(run.finishedAt, OptionalTime());
        QCOMPARE(run.url, std::optional(u"https://github.com/octo-org/octo-repo/actions/runs/30433642"_s));
    }

    void jobs()
    {
        const Batch batch = parsed(PageKind::Jobs, fixture("job-paginated.json"), context(u"jobs.json"_s));
        QCOMPARE(batch.jobs.size(), 1);
        QCOMPARE(batch.warnings, QStringList());
        const JobRecord &job = batch.jobs.first();
        QCOMPARE(job.externalId, u"399444496"_s);
        QCOMPARE(job.runExternalId, u"29679449"_s);
        QCOMPARE(job.name, u"build"_s);
        QCOMPARE(job.group, std::optional<QString>());
        QCOMPARE(job.status, u"succeeded"_s);
        QCOMPARE(job.attempt, 1);
        // The example job has no created_at: its queue time is unknown, not made up.
        QCOMPARE(job.queuedAt, OptionalTime());
        // 2020-01-20T17:42:40Z and 17:44:39Z.
        QCOMPARE(job.startedAt, OptionalTime(at(jan20of2020, 17, 42, 40)));
        QCOMPARE(job.startedAt, OptionalTime(1'579'542'160'000));
        QCOMPARE(job.finishedAt, OptionalTime(at(jan20of2020, 17, 44, 39)));
        QCOMPARE(job.runner, std::optional(u"my runner"_s));
        QCOMPARE(job.url, std::optional(u"https://github.com/octo-org/octo-repo/runs/29679449/jobs/399444496"_s));

        QCOMPARE(job.steps.size(), 10);
        QList<int> positions;
        for (const StepRecord &step : job.steps) {
            positions.append(step.position);
            QCOMPARE(step.status, u"succeeded"_s);
        }
        QCOMPARE(positions, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 16, 17}));
        const StepRecord &setUp = job.steps.at(0);
        QCOMPARE(setUp.name, u"Set up job"_s);
        // 2020-01-20T09:42:40.000-08:00 is 17:42:40Z, the job's own start.
        QCOMPARE(setUp.startedAt, OptionalTime(at(jan20of2020, 17, 42, 40)));
        QCOMPARE(setUp.finishedAt, OptionalTime(at(jan20of2020, 17, 42, 41)));
        const StepRecord &deploy = job.steps.at(7);
        QCOMPARE(deploy.name, u"Deploy to Heroku"_s);
        // 09:42:59.000-08:00 to 09:44:39.000-08:00: 17:42:59Z to 17:44:39Z.
        QCOMPARE(deploy.startedAt, OptionalTime(at(jan20of2020, 17, 42, 59)));
        QCOMPARE(deploy.finishedAt, OptionalTime(at(jan20of2020, 17, 44, 39)));
        QCOMPARE(job.steps.at(9).name, u"Complete job"_s);
        QCOMPARE(job.steps.at(9).position, 17);
    }

    void deployments_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("list") << u"deployment-items.json"_s;
        QTest::newRow("single object") << u"deployment.json"_s;
    }
    void deployments()
    {
        QFETCH(QString, file);
        const Batch batch = parsed(PageKind::Deployments, fixture(file.toLatin1().constData()), context(file));
        QCOMPARE(batch.deployments.size(), 1);
        QCOMPARE(batch.warnings, QStringList());
        const DeploymentRecord &deployment = batch.deployments.first();
        QCOMPARE(deployment.externalId, u"1"_s);
        QCOMPARE(deployment.service, QString());
        QCOMPARE(deployment.environment, u"production"_s);
        QCOMPARE(deployment.version, u"topic-branch"_s);
        QCOMPARE(deployment.commitOid, std::optional(u"a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d"_s));
        QCOMPARE(deployment.runExternalId, std::optional<QString>());
        // Its state comes with its statuses.
        QCOMPARE(deployment.status, u"queued"_s);
        // 2012-07-20T01:19:13Z.
        QCOMPARE(deployment.startedAt, OptionalTime(at(jul20of2012, 1, 19, 13)));
        QCOMPARE(deployment.startedAt, OptionalTime(1'342'747'153'000));
        QCOMPARE(deployment.finishedAt, OptionalTime());
        QCOMPARE(deployment.triggeredBy, std::optional(u"octocat"_s));
        QCOMPARE(deployment.url, std::optional(u"https://api.github.com/repos/octocat/example/deployments/1"_s));
    }

    void deploymentStatuses()
    {
        const Batch batch =
            parsed(PageKind::DeploymentStatuses, fixture("deployment-status-items.json"), context(u"statuses.json"_s));
        QCOMPARE(batch.deploymentStatuses.size(), 1);
        QCOMPARE(batch.warnings, QStringList());
        const DeploymentStatusRecord &status = batch.deploymentStatuses.first();
        QCOMPARE(status.externalId, u"1"_s);
        // deployment_url ends in /deployments/42.
        QCOMPARE(status.deploymentExternalId, u"42"_s);
        QCOMPARE(status.status, u"succeeded"_s);
        QCOMPARE(status.at, OptionalTime(at(jul20of2012, 1, 19, 13)));
        QCOMPARE(status.environment, std::optional(u"production"_s));
    }

    void deploymentStates()
    {
        // Statuses of deployments 7, 8 and 9 in every state; 14 names its deployment only in its own URL, 18 in none:
        // it belongs to the deployment whose statuses endpoint was read.
        const QByteArray page = testData("deployment-status-states.json");
        const Batch batch = parsed(PageKind::DeploymentStatuses, page,
                                   context(u"https://api.github.com/repos/o/r/deployments/9/statuses"_s));
        // inactive (13) says a later deployment took over, not how 7 went; the unknown state (17) is left out.
        QStringList read;
        for (const DeploymentStatusRecord &status : batch.deploymentStatuses)
            read.append(status.externalId + u' ' + status.deploymentExternalId + u' ' + status.status);
        QCOMPARE(read, (QStringList{u"11 7 failed"_s, u"12 7 failed"_s, u"14 8 running"_s, u"15 8 queued"_s,
                                    u"16 8 queued"_s, u"18 9 succeeded"_s}));
        // 2024-03-01T10:00:00Z.
        QCOMPARE(batch.deploymentStatuses.first().at, OptionalTime(at(mar1of2024, 10, 0, 0)));
        QCOMPARE(batch.deploymentStatuses.at(1).at, OptionalTime());
        QCOMPARE(batch.warnings,
                 QStringList{u"https://api.github.com/repos/o/r/deployments/9/statuses: deployment status 17 of "
                             u"deployment 9: the state “exploded” is not one Flowdeck knows; "
                             u"it is left out"_s});
    }

    void pullRequests()
    {
        const Batch batch =
            parsed(PageKind::PullRequests, fixture("pull-request-simple-items.json"), context(u"pulls.json"_s));
        QCOMPARE(batch.pullRequests.size(), 1);
        QCOMPARE(batch.warnings, QStringList());
        const PullRequestRecord &request = batch.pullRequests.first();
        QCOMPARE(request.externalId, u"1"_s);
        QCOMPARE(request.number, 1347);
        QCOMPARE(request.repository, u"octocat/Hello-World"_s);
        QCOMPARE(request.title, u"Amazing new feature"_s);
        QCOMPARE(request.author, u"octocat"_s);
        QCOMPARE(request.headBranch, u"new-topic"_s);
        QCOMPARE(request.baseBranch, u"master"_s);
        // 2011-01-26T19:01:12Z for all three.
        QCOMPARE(request.createdAt, at(jan26of2011, 19, 1, 12));
        QCOMPARE(request.createdAt, 1'296'068'472'000);
        QCOMPARE(request.mergedAt, OptionalTime(at(jan26of2011, 19, 1, 12)));
        QCOMPARE(request.closedAt, OptionalTime(at(jan26of2011, 19, 1, 12)));
        QCOMPARE(request.mergeCommitOid, std::optional(u"e5bd3914e2e596debea16f433f57875b5b90bcd6"_s));
        QCOMPARE(request.url, std::optional(u"https://github.com/octocat/Hello-World/pull/1347"_s));
    }

    void openPullRequest()
    {
        // Open: merge_commit_sha is GitHub's test merge, no commit of the history. Repository from the context.
        const QByteArray page = R"j([{"id": 9, "number": 3, "title": "WIP", "user": {"login": "mona"},
            "head": {"ref": "topic"}, "base": {"ref": "main"}, "created_at": "2024-03-01T10:00:00Z",
            "merged_at": null, "closed_at": null, "merge_commit_sha": "e5bd3914e2e596debea16f433f57875b5b90bcd6"}])j";
        const Batch batch = parsed(PageKind::PullRequests, page, context(u"pulls.json"_s, u"o/r"_s));
        QCOMPARE(batch.pullRequests.size(), 1);
        const PullRequestRecord &request = batch.pullRequests.first();
        QCOMPARE(request.repository, u"o/r"_s);
        QCOMPARE(request.mergedAt, OptionalTime());
        QCOMPARE(request.closedAt, OptionalTime());
        QCOMPARE(request.mergeCommitOid, std::optional<QString>());
        QCOMPARE(request.url, std::optional<QString>());
        QCOMPARE(batch.warnings, QStringList());
    }

    void releases()
    {
        const Batch batch = parsed(PageKind::Releases, fixture("release-items.json"), context(u"releases.json"_s));
        QCOMPARE(batch.releases.size(), 1);
        QCOMPARE(batch.warnings, QStringList());
        const ReleaseRecord &release = batch.releases.first();
        QCOMPARE(release.externalId, u"1"_s);
        // No repository given: read from the release's API URL, /repos/octocat/Hello-World/releases/1.
        QCOMPARE(release.repository, u"octocat/Hello-World"_s);
        QCOMPARE(release.tagName, u"v1.0.0"_s);
        QCOMPARE(release.name, u"v1.0.0"_s);
        QCOMPARE(release.targetCommitish, std::optional(u"master"_s));
        QCOMPARE(release.draft, false);
        QCOMPARE(release.prerelease, false);
        // 2013-02-27T19:35:32Z for both.
        QCOMPARE(release.createdAt, OptionalTime(at(feb27of2013, 19, 35, 32)));
        QCOMPARE(release.createdAt, OptionalTime(1'361'993'732'000));
        QCOMPARE(release.publishedAt, OptionalTime(at(feb27of2013, 19, 35, 32)));
        QCOMPARE(release.url, std::optional(u"https://github.com/octocat/Hello-World/releases/v1.0.0"_s));
    }

    void draftRelease()
    {
        const QByteArray page = R"j({"id": 5, "tag_name": "v2.0.0-rc.1", "name": null, "draft": true,
            "prerelease": true, "created_at": "2024-03-01T10:00:00Z", "published_at": null})j";
        const Batch batch = parsed(PageKind::Releases, page, context(u"release.json"_s, u"o/r"_s));
        QCOMPARE(batch.releases.size(), 1);
        const ReleaseRecord &release = batch.releases.first();
        QCOMPARE(release.repository, u"o/r"_s);
        // Without a name GitHub shows the tag.
        QCOMPARE(release.name, u"v2.0.0-rc.1"_s);
        QVERIFY(release.draft);
        QVERIFY(release.prerelease);
        QCOMPARE(release.createdAt, OptionalTime(at(mar1of2024, 10, 0, 0)));
        QCOMPARE(release.publishedAt, OptionalTime());
        QCOMPARE(release.targetCommitish, std::optional<QString>());
    }

    void incidents()
    {
        const Batch batch = parsed(PageKind::Issues, testData("issue-items.json"), context(u"issues.json"_s));
        // 1003 is a pull request, 1004 has no incident label.
        QStringList ids;
        for (const IncidentRecord &incident : batch.incidents)
            ids.append(incident.externalId);
        QCOMPARE(ids, (QStringList{u"1001"_s, u"1002"_s, u"1005"_s, u"1006"_s, u"1007"_s, u"1008"_s}));

        const IncidentRecord &checkout = batch.incidents.at(0);
        QCOMPARE(checkout.title, u"Checkout returns 500 after release"_s);
        QCOMPARE(checkout.service, QString());
        QCOMPARE(checkout.severity, std::optional(u"high"_s));
        // 2024-03-05 is day 19,783 + 4; opened 14:20:00Z, closed 16:05:30Z.
        QCOMPARE(checkout.startedAt, at(mar1of2024 + 4, 14, 20, 0));
        QCOMPARE(checkout.startedAt, 1'709'648'400'000);
        QCOMPARE(checkout.resolvedAt, OptionalTime(at(mar1of2024 + 4, 16, 5, 30)));
        QCOMPARE(checkout.deploymentExternalId, std::optional(u"1234"_s));
        QCOMPARE(checkout.commitOid, std::optional(u"9fceb02d0ae598e95dc970b74767f19372d61af8"_s));
        QCOMPARE(checkout.url, std::optional(u"https://github.com/octo-org/shop/issues/41"_s));

        const IncidentRecord &search = batch.incidents.at(1);
        // Labels as strings, "Incident" in another case, "sev2".
        QCOMPARE(search.severity, std::optional(u"sev2"_s));
        // 2024-03-06T09:00:00.000+01:00 is 08:00Z on day 19,783 + 5.
        QCOMPARE(search.startedAt, at(mar1of2024 + 5, 8, 0, 0));
        QCOMPARE(search.resolvedAt, OptionalTime());
        QCOMPARE(search.deploymentExternalId, std::optional(u"1240"_s));
        // The 64-digit image digest is no commit.
        QCOMPARE(search.commitOid, std::optional<QString>());

        const IncidentRecord &login = batch.incidents.at(2);
        QCOMPARE(login.severity, std::optional(u"sev1"_s));
        QCOMPARE(login.startedAt, at(mar1of2024 + 6, 8, 0, 0));
        // Closed at 07:30, before it was opened at 08:00: unknown.
        QCOMPARE(login.resolvedAt, OptionalTime());
        QCOMPARE(login.commitOid, std::optional<QString>());
        QCOMPARE(login.deploymentExternalId, std::optional<QString>());

        const IncidentRecord &payments = batch.incidents.at(3);
        QCOMPARE(payments.severity, std::optional<QString>());
        // The URL wins over "deployment: 77" earlier in the text.
        QCOMPARE(payments.deploymentExternalId, std::optional(u"88"_s));
        QCOMPARE(payments.startedAt, at(mar1of2024 + 7, 12, 0, 0));

        const IncidentRecord &cache = batch.incidents.at(4);
        QCOMPARE(cache.severity, std::optional(u"critical"_s));
        QCOMPARE(cache.startedAt, at(mar1of2024 + 8, 8, 0, 0));
        // Reopened: open, with the closing time of before.
        QCOMPARE(cache.resolvedAt, OptionalTime());
        // "Deployment ID: 512", not the bare "deployment 3" before it.
        QCOMPARE(cache.deploymentExternalId, std::optional(u"512"_s));

        const IncidentRecord &mail = batch.incidents.at(5);
        QCOMPARE(mail.startedAt, at(mar1of2024 + 9, 8, 0, 0));
        QCOMPARE(mail.resolvedAt, OptionalTime());
        QCOMPARE(mail.deploymentExternalId, std::optional<QString>());
        QCOMPARE(mail.severity, std::optional<QString>());

        QCOMPARE(batch.warnings,
                 (QStringList{u"issues.json: issue #45 “Login outage”: closed before it was opened; its resolution "
                              u"time is stored as unknown"_s,
                              u"issues.json: issue #47 “Cache stampede”: is open but has a closing time; it is stored "
                              u"as unresolved"_s,
                              u"issues.json: issue #48 “Mail queue stuck”: is closed without a closing time; its "
                              u"resolution is stored as unknown"_s}));
    }

    void incidentLabelChosen()
    {
        PageContext pageContext = context(u"issues.json"_s);
        pageContext.incidentLabel = u"Outage"_s;
        const Batch batch = parsed(PageKind::Issues, testData("issue-items.json"), pageContext);
        QCOMPARE(batch.incidents.size(), 1);
        QCOMPARE(batch.incidents.first().externalId, u"1006"_s);
        // "incident" is now an ordinary label, and no severity.
        QCOMPARE(batch.incidents.first().severity, std::optional<QString>());
    }

    void contradictoryTimes()
    {
        const QByteArray jobs = R"j({"total_count": 3, "jobs": [
            {"id": 399444496, "run_id": 1, "name": "build", "status": "completed", "conclusion": "success",
             "created_at": "2024-03-01T10:05:00Z", "started_at": "2024-03-01T10:00:00Z",
             "completed_at": "2024-03-01T10:10:00Z"},
            {"id": 2, "run_id": 1, "name": "test (ubuntu-latest, 3.12)", "status": "completed",
             "conclusion": "failure", "created_at": "2024-03-01T10:00:00Z", "started_at": "2024-03-01T10:02:00Z",
             "completed_at": "2024-03-01T10:01:00Z", "run_attempt": 2,
             "steps": [{"number": 1, "name": "Run tests", "status": "completed", "conclusion": "failure",
                        "started_at": "2024-03-01T02:03:00.000-08:00", "completed_at": "2024-03-01T02:02:00.000-08:00"}]},
            {"id": 3, "run_id": 1, "name": "lint", "status": "completed", "conclusion": "success",
             "created_at": "2024-03-01T10:00:00Z", "started_at": null, "completed_at": "2024-03-01T09:59:00Z"}
        ]})j";
        const Batch batch = parsed(PageKind::Jobs, jobs, context(u"jobs.json"_s));
        QCOMPARE(batch.jobs.size(), 3);
        const JobRecord &build = batch.jobs.at(0);
        QCOMPARE(build.queuedAt, OptionalTime());
        QCOMPARE(build.startedAt, OptionalTime(at(mar1of2024, 10, 0, 0)));
        QCOMPARE(build.finishedAt, OptionalTime(at(mar1of2024, 10, 10, 0)));
        const JobRecord &test = batch.jobs.at(1);
        QCOMPARE(test.group, std::optional(u"test"_s));
        QCOMPARE(test.attempt, 2);
        QCOMPARE(test.status, u"failed"_s);
        QCOMPARE(test.queuedAt, OptionalTime(at(mar1of2024, 10, 0, 0)));
        QCOMPARE(test.startedAt, OptionalTime(at(mar1of2024, 10, 2, 0)));
        QCOMPARE(test.finishedAt, OptionalTime());
        QCOMPARE(test.steps.size(), 1);
        // 02:03 at -08:00 is 10:03Z; the finish at 10:02Z is before it.
        QCOMPARE(test.steps.first().startedAt, OptionalTime(at(mar1of2024, 10, 3, 0)));
        QCOMPARE(test.steps.first().finishedAt, OptionalTime());
        const JobRecord &lint = batch.jobs.at(2);
        QCOMPARE(lint.queuedAt, OptionalTime(at(mar1of2024, 10, 0, 0)));
        QCOMPARE(lint.startedAt, OptionalTime());
        QCOMPARE(lint.finishedAt, OptionalTime());
        QCOMPARE(
            batch.warnings,
            (QStringList{u"jobs.json: job 399444496 “build”: started before it was created; its queue time is stored "
                         u"as unknown"_s,
                         u"jobs.json: job 2 “test (ubuntu-latest, 3.12)”: finished before it started; its finish time "
                         u"is stored as unknown"_s,
                         u"jobs.json: job 2 “test (ubuntu-latest, 3.12)”, step 1 “Run tests”: finished before it "
                         u"started; its finish time is stored as unknown"_s,
                         u"jobs.json: job 3 “lint”: finished before it was created; its finish time is stored as "
                         u"unknown"_s}));

        // Created at 10:00Z, started at 09:00Z, cancelled and last updated at 10:30Z.
        const QByteArray runs = testData("run-started-before-created.json");
        const Batch runBatch = parsed(PageKind::WorkflowRuns, runs, context(u"runs.json"_s));
        QCOMPARE(runBatch.runs.size(), 1);
        const RunRecord &run = runBatch.runs.first();
        QCOMPARE(run.status, u"canceled"_s);
        QCOMPARE(run.attempt, 3);
        // No repository object and no context: from the API URL.
        QCOMPARE(run.project, u"octo-org/shop"_s);
        QCOMPARE(run.createdAt, OptionalTime());
        QCOMPARE(run.startedAt, OptionalTime(at(mar1of2024, 9, 0, 0)));
        // Completed: its last update, 10:30Z, is its finish.
        QCOMPARE(run.finishedAt, OptionalTime(at(mar1of2024, 10, 30, 0)));
        QCOMPARE(runBatch.warnings, QStringList{u"runs.json: workflow run 77 “CI”: started before it was created; "
                                                u"its creation time is stored as unknown"_s});
    }

    void notYetFinished()
    {
        // Queued and running: null conclusion and completion time are what GitHub says before the end, no warning.
        const QByteArray jobs = R"j({"total_count": 2, "jobs": [
            {"id": 5, "run_id": 1, "name": "deploy", "status": "queued", "conclusion": null,
             "created_at": "2024-03-01T10:00:00Z", "started_at": null, "completed_at": null, "runner_name": null,
             "steps": []},
            {"id": 6, "run_id": 1, "name": "e2e", "status": "in_progress", "conclusion": null,
             "created_at": "2024-03-01T10:00:00Z", "started_at": "2024-03-01T10:01:00Z", "completed_at": null,
             "steps": [{"number": 1, "name": "Set up job", "status": "completed", "conclusion": "success",
                        "started_at": "2024-03-01T10:01:00Z", "completed_at": "2024-03-01T10:01:05Z"},
                       {"number": 2, "name": "Run", "status": "in_progress", "conclusion": null,
                        "started_at": "2024-03-01T10:01:05Z", "completed_at": null},
                       {"number": 3, "name": "Post", "status": "pending", "conclusion": null,
                        "started_at": null, "completed_at": null}]}
        ]})j";
        const Batch batch = parsed(PageKind::Jobs, jobs, context(u"jobs.json"_s));
        QCOMPARE(batch.warnings, QStringList());
        QCOMPARE(batch.jobs.size(), 2);
        const JobRecord &deploy = batch.jobs.at(0);
        QCOMPARE(deploy.status, u"queued"_s);
        QCOMPARE(deploy.queuedAt, OptionalTime(at(mar1of2024, 10, 0, 0)));
        QCOMPARE(deploy.startedAt, OptionalTime());
        QCOMPARE(deploy.finishedAt, OptionalTime());
        QCOMPARE(deploy.runner, std::optional<QString>());
        QVERIFY(deploy.steps.isEmpty());
        const JobRecord &e2e = batch.jobs.at(1);
        QCOMPARE(e2e.status, u"running"_s);
        QCOMPARE(e2e.finishedAt, OptionalTime());
        QCOMPARE(e2e.steps.size(), 3);
        QCOMPARE(e2e.steps.at(0).status, u"succeeded"_s);
        QCOMPARE(e2e.steps.at(0).finishedAt, OptionalTime(at(mar1of2024, 10, 1, 5)));
        QCOMPARE(e2e.steps.at(1).status, u"running"_s);
        QCOMPARE(e2e.steps.at(1).finishedAt, OptionalTime());
        QCOMPARE(e2e.steps.at(2).status, u"queued"_s);

        const QByteArray runs = R"j({"total_count": 1, "workflow_runs": [
            {"id": 8, "name": "CI", "status": "in_progress", "conclusion": null, "created_at": "2024-03-01T10:00:00Z",
             "run_started_at": "2024-03-01T10:00:00Z", "updated_at": "2024-03-01T10:05:00Z"}]})j";
        const Batch runBatch = parsed(PageKind::WorkflowRuns, runs, context(u"runs.json"_s, u"o/r"_s));
        QCOMPARE(runBatch.warnings, QStringList());
        QCOMPARE(runBatch.runs.first().status, u"running"_s);
        QCOMPARE(runBatch.runs.first().project, u"o/r"_s);
        // Still running: its last update is no finish.
        QCOMPARE(runBatch.runs.first().finishedAt, OptionalTime());
    }

    void statuses_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("warning");
        QTest::newRow("queued") << QByteArray(R"j("status": "queued")j") << u"queued"_s << QString();
        QTest::newRow("requested") << QByteArray(R"j("status": "requested")j") << u"queued"_s << QString();
        QTest::newRow("pending") << QByteArray(R"j("status": "pending")j") << u"queued"_s << QString();
        QTest::newRow("in progress") << QByteArray(R"j("status": "in_progress")j") << u"running"_s << QString();
        QTest::newRow("waiting") << QByteArray(R"j("status": "waiting")j") << u"waiting"_s << QString();
        const auto completed = [](const char *conclusion) -> QByteArray {
            return QByteArray("\"status\": \"completed\", \"conclusion\": \"") + conclusion + '"';
        };
        QTest::newRow("success") << completed("success") << u"succeeded"_s << QString();
        QTest::newRow("neutral") << completed("neutral") << u"succeeded"_s << QString();
        QTest::newRow("failure") << completed("failure") << u"failed"_s << QString();
        QTest::newRow("timed out") << completed("timed_out") << u"failed"_s << QString();
        QTest::newRow("startup failure") << completed("startup_failure") << u"failed"_s << QString();
        QTest::newRow("cancelled") << completed("cancelled") << u"canceled"_s << QString();
        QTest::newRow("stale") << completed("stale") << u"canceled"_s << QString();
        QTest::newRow("skipped") << completed("skipped") << u"skipped"_s << QString();
        QTest::newRow("action required") << completed("action_required") << u"waiting"_s << QString();
        QTest::newRow("unknown conclusion")
            << completed("melted") << u"failed"_s
            << u"job 1 “j”: the conclusion “melted” is not one Flowdeck knows; it is stored as failed"_s;
        QTest::newRow("completed, no conclusion")
            << QByteArray(R"j("status": "completed", "conclusion": null)j") << u"failed"_s
            << u"job 1 “j”: completed without a conclusion; it is stored as failed"_s;
        QTest::newRow("only a conclusion") << QByteArray(R"j("conclusion": "success")j") << u"succeeded"_s << QString();
        QTest::newRow("unknown status")
            << QByteArray(R"j("status": "hatching")j") << u"running"_s
            << u"job 1 “j”: the status “hatching” is not one Flowdeck knows; it is stored as running"_s;
        QTest::newRow("no status") << QByteArray(R"j("status": null)j") << u"running"_s
                                   << u"job 1 “j”: has no status; it is stored as running"_s;
    }
    void statuses()
    {
        QFETCH(QByteArray, fields);
        QFETCH(QString, expected);
        QFETCH(QString, warning);
        // Times in order, so that only the status can give a warning.
        const QByteArray page = R"j({"jobs": [{"id": 1, "run_id": 2, "name": "j", "started_at": "2024-03-01T10:00:00Z",
            "completed_at": "2024-03-01T10:01:00Z", )j" +
                                fields + "}]}";
        const Batch batch = parsed(PageKind::Jobs, page, context(u"jobs.json"_s));
        QCOMPARE(batch.jobs.size(), 1);
        QCOMPARE(batch.jobs.first().status, expected);
        QCOMPARE(batch.warnings, warning.isEmpty() ? QStringList() : QStringList{u"jobs.json: "_s + warning});
    }

    void oddFields()
    {
        // A completed job without its completion time, an unreadable start, a step that is no object, a run with
        // only its workflow file, and ids as digit strings as a hand-edited file may have them.
        const QByteArray jobs = R"j({"jobs": [{"id": "41", "run_id": "40", "name": "pack", "status": "completed",
            "conclusion": "success", "started_at": "yesterday", "completed_at": null,
            "steps": [7, {"name": "Checkout", "status": "completed", "conclusion": "success"}]}]})j";
        const Batch batch = parsed(PageKind::Jobs, jobs, context(u"jobs.json"_s));
        QCOMPARE(batch.jobs.size(), 1);
        const JobRecord &job = batch.jobs.first();
        QCOMPARE(job.externalId, u"41"_s);
        QCOMPARE(job.runExternalId, u"40"_s);
        QCOMPARE(job.startedAt, OptionalTime());
        QCOMPARE(job.finishedAt, OptionalTime());
        QCOMPARE(job.steps.size(), 1);
        // Without a number, the place in the list (the second) orders it.
        QCOMPARE(job.steps.first().position, 2);
        QCOMPARE(batch.warnings,
                 (QStringList{u"jobs.json: job 41 “pack”: “started_at” is not a time (“yesterday”); it is stored as "
                              u"unknown"_s,
                              u"jobs.json: job 41 “pack”: completed without a completion time; its finish time is "
                              u"unknown"_s,
                              u"jobs.json: job 41 “pack”: step 1 of its list is not an object; it is left out"_s,
                              u"jobs.json: job 41 “pack”, step 2 “Checkout”: completed without a completion time; its "
                              u"finish time is unknown"_s}));

        const QByteArray run = R"j({"id": 90, "path": ".github/workflows/nightly.yml@main", "workflow_id": 3,
            "run_number": 12, "status": "completed", "conclusion": "success", "created_at": "2024-03-01T10:00:00Z",
            "updated_at": "2024-03-01T11:00:00Z", "repository": {"full_name": "o/nightly"}})j";
        const Batch runBatch = parsed(PageKind::WorkflowRuns, run, context(u"run.json"_s));
        QCOMPARE(runBatch.runs.size(), 1);
        QCOMPARE(runBatch.runs.first().pipelineName, u".github/workflows/nightly.yml"_s);
        QCOMPARE(runBatch.runs.first().project, u"o/nightly"_s);
        QCOMPARE(runBatch.runs.first().startedAt, OptionalTime());
        QCOMPARE(runBatch.runs.first().finishedAt, OptionalTime(at(mar1of2024, 11, 0, 0)));
        QCOMPARE(runBatch.warnings, QStringList());
    }

    void errors_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("runs page as an array")
            << int(PageKind::WorkflowRuns) << QByteArray(R"j([{"id": 1}])j")
            << u"page.json: expected a list of workflow runs (an object with a “workflow_runs” list)"_s;
        QTest::newRow("jobs page of runs")
            << int(PageKind::Jobs) << QByteArray(R"j({"total_count": 0, "workflow_runs": []})j")
            << u"page.json: expected a list of jobs (an object with a “jobs” list)"_s;
        QTest::newRow("list that is no list")
            << int(PageKind::Jobs) << QByteArray(R"j({"jobs": {"id": 1}})j") << u"page.json: “jobs” is not a list"_s;
        QTest::newRow("object without id") << int(PageKind::Releases) << QByteArray(R"j({"total_count": 1})j")
                                           << u"page.json: expected a list of releases"_s;
        QTest::newRow("GitHub's error")
            << int(PageKind::Deployments)
            << QByteArray("{\"message\": \"Not Found\", \"documentation_url\": \"https://docs.github.com/rest\"}")
            << u"page.json: GitHub answered with an error instead of deployments: Not Found"_s;
        QTest::newRow("item no object") << int(PageKind::Jobs)
                                        << QByteArray(R"j({"jobs": [{"id": 1, "run_id": 2}, 3]})j")
                                        << u"page.json: the item at jobs[1] is not an object"_s;
        QTest::newRow("item without id") << int(PageKind::PullRequests)
                                         << QByteArray(R"j([{"number": 4, "created_at": "2024-03-01T10:00:00Z"}])j")
                                         << u"page.json: the pull request at [0] has no “id”"_s;
        QTest::newRow("id not a number") << int(PageKind::WorkflowRuns)
                                         << QByteArray(R"j({"workflow_runs": [{"id": 1}, {"id": "x1"}]})j")
                                         << u"page.json: the workflow run at workflow_runs[1] has “x1” as its “id”, "
                                            u"which Flowdeck cannot read"_s;
        QTest::newRow("job without run") << int(PageKind::Jobs) << QByteArray(R"j({"jobs": [{"id": 3}]})j")
                                         << u"page.json: the job at jobs[0] has no “run_id”"_s;
        QTest::newRow("single deployment without environment")
            << int(PageKind::Deployments) << QByteArray(R"j({"id": 3, "sha": "abc", "ref": "main"})j")
            << u"page.json: the deployment has no “environment”"_s;
        QTest::newRow("status without its deployment")
            << int(PageKind::DeploymentStatuses) << QByteArray(R"j([{"id": 3, "state": "success"}])j")
            << u"page.json: the deployment status at [0] has no “deployment_url”"_s;
        QTest::newRow("release without tag") << int(PageKind::Releases) << QByteArray(R"j([{"id": 3, "name": "x"}])j")
                                             << u"page.json: the release at [0] has no “tag_name”"_s;
    }
    void errors()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(failure(PageKind(kind), body), expected);
    }

    void notJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("truncated") << QByteArray("{\"total_count\": 1, \"workflow_runs\": [{\"id\": 30433642, \"na");
        QTest::newRow("trailing comma") << QByteArray(R"j({"workflow_runs": [{"id": 1},]})j");
        QTest::newRow("HTML") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("empty") << QByteArray();
        // Qt reads only objects and arrays as documents.
        QTest::newRow("a number") << QByteArray("42");
    }
    void notJson()
    {
        QFETCH(QByteArray, body);
        const QString where = u"https://api.github.com/repos/o/r/actions/runs?page=2"_s;
        const QString message = failure(PageKind::WorkflowRuns, body, where);
        const QRegularExpression form(u"^(.*): not JSON \\(at byte (\\d+): (.+)\\)$"_s);
        const QRegularExpressionMatch match = form.match(message);
        QVERIFY2(match.hasMatch(), qPrintable(message));
        QCOMPARE(match.captured(1), where);
        QVERIFY(match.captured(2).toInt() <= body.size());
        QVERIFY(!match.captured(3).isEmpty());
        QCOMPARE(detectPageKind(body), std::optional<PageKind>());
    }

    void detect_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected");
        QTest::newRow("runs") << fixture("workflow-run-paginated.json") << int(PageKind::WorkflowRuns);
        QTest::newRow("jobs") << fixture("job-paginated.json") << int(PageKind::Jobs);
        QTest::newRow("deployments") << fixture("deployment-items.json") << int(PageKind::Deployments);
        QTest::newRow("one deployment") << fixture("deployment.json") << int(PageKind::Deployments);
        QTest::newRow("deployment statuses")
            << fixture("deployment-status-items.json") << int(PageKind::DeploymentStatuses);
        QTest::newRow("pull requests") << fixture("pull-request-simple-items.json") << int(PageKind::PullRequests);
        QTest::newRow("releases") << fixture("release-items.json") << int(PageKind::Releases);
        QTest::newRow("issues") << testData("issue-items.json") << int(PageKind::Issues);
        QTest::newRow("one run") << QByteArray(R"j({"id": 1, "workflow_id": 2, "run_number": 3})j")
                                 << int(PageKind::WorkflowRuns);
        QTest::newRow("one job") << QByteArray(R"j({"id": 1, "run_id": 2, "steps": []})j") << int(PageKind::Jobs);
        // Not pages parsePage reads: tags carry none of those keys, a workflow list is neither runs nor jobs.
        QTest::newRow("tags") << fixture("tag-items.json") << -1;
        QTest::newRow("workflows") << fixture("workflow-paginated.json") << -1;
        QTest::newRow("empty list") << QByteArray("[]") << -1;
        QTest::newRow("array of runs") << QByteArray(R"j([{"id": 1, "workflow_id": 2, "run_number": 3}])j") << -1;
    }
    void detect()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        const std::optional<PageKind> kind = detectPageKind(body);
        QCOMPARE(kind ? int(*kind) : -1, expected);
        if (kind) {
            // What is detected reads without error, parsed once.
            const QJsonDocument document = QJsonDocument::fromJson(body);
            QCOMPARE(detectPageKind(document), kind);
            const Result<Batch> batch = parsePage(*kind, document, context(u"saved.json"_s));
            QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        }
    }

    void titles()
    {
        QCOMPARE(pageKindTitle(PageKind::DeploymentStatuses), u"deployment statuses"_s);
        QCOMPARE(pageKindTitle(PageKind::WorkflowRuns), u"workflow runs"_s);
    }
};

QTEST_GUILESS_MAIN(TestGitHubPages)
#include "tst_githubpages.moc"
