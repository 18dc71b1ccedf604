// SPDX-License-Identifier: GPL-3.0-or-later
// The GitLab page parsers on the shared fixtures (GitLab's documented example responses, quirks included) and on
// hand-written pages for what has no fixture. Expected values are read from the files; times are worked out by
// hand as days since 1970-01-01 (see the day constants) plus the time of day.
#include "ci/gitlab/gitlabpages.h"
#include "pagetesting.h"

#include "domain/delivery.h"

#include <QDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::ci;
using namespace flowdeck::ci::gitlab;
using flowdeck::ci::testing::fileContents;
using namespace Qt::StringLiterals;

namespace {

// Days from 1970-01-01. 2015-01-01 is 45 * 365 + 11 leap days (1972 ... 2012) = 16,436.
constexpr qint64 Dec24_2015 = 16'436 + 357; // 334 days to December 1st, +23
// 2016-01-01 is 16,436 + 365 = 16,801; 2016 is a leap year: 213 days to August 1st.
constexpr qint64 Aug11_2016 = 16'801 + 213 + 10;
constexpr qint64 Aug12_2016 = Aug11_2016 + 1;
// 2019-01-01 is 49 * 365 + 12 leap days (1972 ... 2016) = 17,897; 59 days to March 1st.
constexpr qint64 Mar25_2019 = 17'897 + 59 + 24;
// 2022-01-01 is 52 * 365 + 13 leap days (1972 ... 2020) = 18,993; 243 days to September 1st.
constexpr qint64 Sep21_2022 = 18'993 + 243 + 20;
// 2024-01-01 is 54 * 365 + 13 leap days = 19,723; 2024 is a leap year: 60 days to March 1st.
constexpr qint64 Jan02_2024 = 19'723 + 1;
constexpr qint64 Mar01_2024 = 19'723 + 60;

/// Milliseconds since the epoch of a UTC day and time.
constexpr qint64 at(qint64 day, int hour, int minute, int second, int ms = 0)
{
    return day * 86'400'000 + ((hour * 60LL + minute) * 60 + second) * 1000 + ms;
}

QString fixture(const QString &name)
{
    return testing::sharedFixture("gitlab"_L1, name);
}

QString testData(const QString &name)
{
    return testing::testDataFile("gitlab"_L1, name);
}

Result<Batch> parseFile(PageKind kind, const QString &path, const QString &project = u"foo/bar"_s)
{
    return parsePage(kind, fileContents(path), PageContext{path, project});
}

/// Whether one of the warnings names all of `words`.
bool warned(const Batch &batch, const QStringList &words)
{
    for (const QString &warning : batch.warnings) {
        if (std::all_of(words.begin(), words.end(), [&](const QString &word) { return warning.contains(word); }))
            return true;
    }
    return false;
}

} // namespace

class TestGitLabPages : public QObject
{
    Q_OBJECT

private slots:
    void pipelinesList()
    {
        const Result<Batch> batch = parseFile(PageKind::Pipelines, fixture(u"pipelines-list.json"_s));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->runs.size(), 2);
        QVERIFY2(batch->warnings.isEmpty(), qPrintable(batch->warnings.join(u'\n')));
        QVERIFY(batch->jobs.isEmpty());

        const RunRecord &first = batch->runs[0];
        QCOMPARE(first.externalId, u"47"_s);
        QCOMPARE(first.number, 12);
        QCOMPARE(first.project, u"foo/bar"_s);
        QCOMPARE(first.pipelineName, u"bar"_s);
        QCOMPARE(first.status, QString::fromLatin1(Status::Queued)); // pending
        QCOMPARE(first.branch, u"new-pipeline"_s);
        QCOMPARE(first.commitOid, u"a91957a858320c0e17f3a0eca7cfacbff50ea29a"_s);
        QCOMPARE(first.event, u"push"_s);
        QCOMPARE(first.createdAt, at(Aug11_2016, 11, 28, 34, 85));
        QCOMPARE(first.startedAt, std::nullopt);
        QCOMPARE(first.finishedAt, std::nullopt);
        QCOMPARE(first.url, u"https://example.com/foo/bar/pipelines/47"_s);

        const RunRecord &second = batch->runs[1];
        QCOMPARE(second.externalId, u"48"_s);
        QCOMPARE(second.number, 13);
        QCOMPARE(second.event, u"web"_s);
        QCOMPARE(second.commitOid, u"eb94b618fb5865b26e80fdd8ae531b7a63ad851a"_s);
        QCOMPARE(second.createdAt, at(Aug12_2016, 10, 6, 4, 561));
    }

    void pipelinesWithoutProject()
    {
        // A saved file read without a project: the project_id of the page names it.
        const Result<Batch> batch = parseFile(PageKind::Pipelines, fixture(u"pipelines-list.json"_s), QString());
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->runs[0].project, u"1"_s);
        QCOMPARE(batch->runs[0].pipelineName, u"1"_s);
    }

    void pipelineSingle()
    {
        const Result<Batch> batch =
            parseFile(PageKind::Pipeline, fixture(u"pipeline-single.json"_s), u"test-group/test-project"_s);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->runs.size(), 1);
        QVERIFY2(batch->warnings.isEmpty(), qPrintable(batch->warnings.join(u'\n')));
        const RunRecord &run = batch->runs[0];
        QCOMPARE(run.externalId, u"287"_s);
        QCOMPARE(run.number, 144);
        QCOMPARE(run.pipelineName, u"test-project"_s);
        QCOMPARE(run.status, QString::fromLatin1(Status::Succeeded));
        QCOMPARE(run.branch, u"main"_s);
        QCOMPARE(run.commitOid, u"50f0acb76a40e34a4ff304f7347dcc6587da8a14"_s);
        QCOMPARE(run.event, u"push"_s);
        QCOMPARE(run.createdAt, at(Sep21_2022, 1, 5, 7, 200));
        QCOMPARE(run.startedAt, at(Sep21_2022, 1, 5, 14, 197));
        QCOMPARE(run.finishedAt, at(Sep21_2022, 1, 5, 50, 175));
        QCOMPARE(run.url, u"http://127.0.0.1:3000/test-group/test-project/-/pipelines/287"_s);
    }

    void jobsOfPipeline()
    {
        const Result<Batch> batch = parseFile(PageKind::Jobs, fixture(u"jobs-list-pipeline.json"_s));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->jobs.size(), 2);
        QVERIFY2(batch->warnings.isEmpty(), qPrintable(batch->warnings.join(u'\n')));

        const JobRecord &rspec = batch->jobs[0];
        QCOMPARE(rspec.externalId, u"6"_s);
        QCOMPARE(rspec.runExternalId, u"6"_s);
        QCOMPARE(rspec.name, u"rspec:other"_s);
        QCOMPARE(rspec.group, u"test"_s);
        QCOMPARE(rspec.status, QString::fromLatin1(Status::Failed));
        QCOMPARE(rspec.startedAt, at(Dec24_2015, 17, 54, 24, 729));
        QCOMPARE(rspec.finishedAt, at(Dec24_2015, 17, 54, 24, 921));
        // queued_duration 0.023 s before the start: 24.729 - 0.023 = 24.706.
        QCOMPARE(rspec.queuedAt, at(Dec24_2015, 17, 54, 24, 706));
        QCOMPARE(rspec.runner, std::nullopt);
        QCOMPARE(rspec.url, u"https://example.com/foo/bar/-/jobs/6"_s);
        QCOMPARE(rspec.attempt, 1);

        const JobRecord &teaspoon = batch->jobs[1];
        QCOMPARE(teaspoon.externalId, u"7"_s);
        QCOMPARE(teaspoon.name, u"teaspoon"_s);
        QCOMPARE(teaspoon.startedAt, at(Dec24_2015, 17, 54, 27, 722));
        QCOMPARE(teaspoon.finishedAt, at(Dec24_2015, 17, 54, 27, 895));
        QCOMPARE(teaspoon.queuedAt, at(Dec24_2015, 17, 54, 27, 699)); // 27.722 - 0.023
    }

    void jobsOfProject()
    {
        const Result<Batch> batch = parseFile(PageKind::Jobs, fixture(u"jobs-list-project.json"_s));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->jobs.size(), 2);
        QVERIFY(batch->warnings.isEmpty());
        QCOMPARE(batch->jobs[0].externalId, u"7"_s);
        QCOMPARE(batch->jobs[0].queuedAt, at(Dec24_2015, 17, 54, 27, 712)); // 27.722 - 0.010
        QCOMPARE(batch->jobs[1].externalId, u"6"_s);
        QCOMPARE(batch->jobs[1].queuedAt, at(Dec24_2015, 17, 54, 24, 706)); // 24.729 - 0.023
        QCOMPARE(batch->jobs[1].runExternalId, u"6"_s);
    }

    void bridges()
    {
        const Result<Batch> batch = parseFile(PageKind::Bridges, fixture(u"pipeline-bridges-list.json"_s));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->jobs.size(), 1);
        const JobRecord &bridge = batch->jobs[0];
        QCOMPARE(bridge.externalId, u"7"_s);
        QCOMPARE(bridge.runExternalId, u"6"_s);
        QCOMPARE(bridge.name, u"teaspoon"_s);
        QCOMPARE(bridge.group, u"test"_s);
        QCOMPARE(bridge.status, QString::fromLatin1(Status::Queued)); // pending
        QCOMPARE(bridge.startedAt, at(Dec24_2015, 17, 54, 27, 722));
        QCOMPARE(bridge.queuedAt, at(Dec24_2015, 17, 54, 27, 599)); // 27.722 - 0.123
        // Pending, yet finished at 17:58:27.895: the finish contradicts the status and is not taken.
        QCOMPARE(bridge.finishedAt, std::nullopt);
        QCOMPARE(batch->warnings.size(), 1);
        QVERIFY(warned(*batch, {u"job 7"_s, u"2015-12-24T17:58:27.895Z"_s, u"queued"_s}));
        QCOMPARE(bridge.url, u"https://example.com/foo/bar/-/jobs/7"_s);
    }

    void deploymentsList()
    {
        const Result<Batch> batch = parseFile(PageKind::Deployments, fixture(u"deployments-list.json"_s));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->deployments.size(), 2);

        const DeploymentRecord &first = batch->deployments[0];
        QCOMPARE(first.externalId, u"41"_s);
        QCOMPARE(first.service, QString());
        QCOMPARE(first.environment, u"production"_s);
        QCOMPARE(first.status, QString::fromLatin1(Status::Queued)); // created
        // A branch deployment: its version is the commit.
        QCOMPARE(first.version, u"99d03678b90d914dbb1b109132516d71a4a03ea8"_s);
        QCOMPARE(first.commitOid, u"99d03678b90d914dbb1b109132516d71a4a03ea8"_s);
        QCOMPARE(first.runExternalId, u"36"_s);
        QCOMPARE(first.triggeredBy, u"root"_s);
        // Its job succeeded without a start, and finished at 07:36:39.851 while the deployment is only created.
        QCOMPARE(first.startedAt, std::nullopt);
        QCOMPARE(first.finishedAt, std::nullopt);
        QCOMPARE(first.url, std::nullopt);
        QVERIFY(warned(*batch, {u"deployment 41 (job 657)"_s, u"without a start time"_s}));
        QVERIFY(warned(*batch, {u"deployment 41 (job 657)"_s, u"2016-08-11T07:36:39.851Z"_s}));

        const DeploymentRecord &second = batch->deployments[1];
        QCOMPARE(second.externalId, u"42"_s);
        QCOMPARE(second.version, u"a91957a858320c0e17f3a0eca7cfacbff50ea29a"_s);
        QCOMPARE(second.runExternalId, u"37"_s);
        QCOMPARE(second.finishedAt, std::nullopt);
        QVERIFY(warned(*batch, {u"deployment 42 (job 664)"_s, u"without a start time"_s}));
        QVERIFY(warned(*batch, {u"deployment 42 (job 664)"_s, u"2016-08-11T11:32:35.145Z"_s}));
        QCOMPARE(batch->warnings.size(), 4);
    }

    void deploymentSingle()
    {
        const Result<Batch> batch = parseFile(PageKind::Deployment, fixture(u"deployment-single.json"_s));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->deployments.size(), 1);
        const DeploymentRecord &deployment = batch->deployments[0];
        QCOMPARE(deployment.externalId, u"42"_s);
        QCOMPARE(deployment.environment, u"production"_s);
        QCOMPARE(deployment.status, QString::fromLatin1(Status::Succeeded));
        QCOMPARE(deployment.version, u"a91957a858320c0e17f3a0eca7cfacbff50ea29a"_s);
        QCOMPARE(deployment.runExternalId, u"42"_s);
        QCOMPARE(deployment.triggeredBy, u"root"_s);
        // The successful deploy job has started_at null: the start is unknown, the finish is the job's.
        QCOMPARE(deployment.startedAt, std::nullopt);
        QCOMPARE(deployment.finishedAt, at(Aug11_2016, 11, 32, 35, 145));
        QCOMPARE(batch->warnings.size(), 1);
        QVERIFY(warned(*batch, {u"deployment 42 (job 664)"_s, u"success"_s, u"without a start time"_s}));
    }

    void environmentsList()
    {
        const Result<Batch> batch = parseFile(PageKind::Environments, fixture(u"environments-list.json"_s));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->environments.size(), 1);
        QCOMPARE(batch->environments[0].name, u"review/fix-foo"_s);
        QCOMPARE(batch->environments[0].tier, QString::fromLatin1(Tier::Development));
        QVERIFY(batch->deployments.isEmpty());
        QVERIFY(batch->warnings.isEmpty());
    }

    void environmentSingle()
    {
        const Result<Batch> batch = parseFile(PageKind::Environment, fixture(u"environment-single.json"_s));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->environments.size(), 1);
        QCOMPARE(batch->environments[0].name, u"review/fix-foo"_s);
        QCOMPARE(batch->environments[0].tier, QString::fromLatin1(Tier::Development));
        // Its last deployment, in this environment.
        QCOMPARE(batch->deployments.size(), 1);
        const DeploymentRecord &deployment = batch->deployments[0];
        QCOMPARE(deployment.externalId, u"100"_s);
        QCOMPARE(deployment.environment, u"review/fix-foo"_s);
        QCOMPARE(deployment.status, QString::fromLatin1(Status::Succeeded));
        QCOMPARE(deployment.version, u"416d8ea11849050d3d1f5104cf8cf51053e790ab"_s);
        QCOMPARE(deployment.runExternalId, u"34"_s);
        QCOMPARE(deployment.url, u"http://localhost:3000/Commit451/lab-coat/-/jobs/710"_s);
        // The job starts at 12:54:50.082, six hours before it was created (18:55:13.215). The start and finish agree
        // with its duration (18:55:13.216 - 12:54:50.082 = 6 h 0 min 23.134 s = 21,623.134 s): they are kept, the
        // creation is not used, and a warning says so.
        QCOMPARE(deployment.startedAt, at(Mar25_2019, 12, 54, 50, 82));
        QCOMPARE(deployment.finishedAt, at(Mar25_2019, 18, 55, 13, 216));
        QCOMPARE(batch->warnings.size(), 1);
        QVERIFY(warned(*batch, {u"deployment 100 (job 710)"_s, u"before it was created"_s}));
    }

    void detectFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::newRow("pipelines") << u"pipelines-list.json"_s << int(PageKind::Pipelines);
        QTest::newRow("pipeline") << u"pipeline-single.json"_s << int(PageKind::Pipeline);
        QTest::newRow("jobs of a pipeline") << u"jobs-list-pipeline.json"_s << int(PageKind::Jobs);
        QTest::newRow("jobs of a project") << u"jobs-list-project.json"_s << int(PageKind::Jobs);
        QTest::newRow("bridges") << u"pipeline-bridges-list.json"_s << int(PageKind::Bridges);
        QTest::newRow("deployments") << u"deployments-list.json"_s << int(PageKind::Deployments);
        QTest::newRow("deployment") << u"deployment-single.json"_s << int(PageKind::Deployment);
        QTest::newRow("environments") << u"environments-list.json"_s << int(PageKind::Environments);
        QTest::newRow("environment") << u"environment-single.json"_s << int(PageKind::Environment);
    }
    void detectFixtures()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        const std::optional<PageKind> detected = detectPageKind(fileContents(fixture(file)));
        QVERIFY(detected.has_value());
        QCOMPARE(int(*detected), kind);
    }

    void detectOthers()
    {
        QCOMPARE(detectPageKind(fileContents(testData(u"merge-requests.json"_s))), PageKind::MergeRequests);
        QCOMPARE(detectPageKind(fileContents(testData(u"issues-incidents.json"_s))), PageKind::Issues);
        QCOMPARE(detectPageKind(fileContents(testData(u"jobs-contradictory.json"_s))), PageKind::Jobs);
        // The headers of a response are not a page; nor are an empty list and an unknown object.
        QCOMPARE(detectPageKind(fileContents(fixture(u"pagination-headers.http"_s))), std::nullopt);
        QCOMPARE(detectPageKind("[]"_ba), std::nullopt);
        QCOMPARE(detectPageKind(R"({"message": "404 Project Not Found"})"_ba), std::nullopt);
    }

    void everyFixtureParses()
    {
        // Every JSON fixture parses as the kind it is detected as.
        const QDir folder(QStringLiteral(FLOWDECK_SHARED_FIXTURES "/ci/gitlab"));
        const QStringList files = folder.entryList({u"*.json"_s}, QDir::Files);
        QCOMPARE(files.size(), 9);
        for (const QString &file : files) {
            const QByteArray body = fileContents(folder.filePath(file));
            const std::optional<PageKind> kind = detectPageKind(body);
            QVERIFY2(kind.has_value(), qPrintable(file));
            const Result<Batch> batch = parsePage(*kind, body, PageContext{file, u"foo/bar"_s});
            QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
            QVERIFY2(!batch->isEmpty(), qPrintable(file));
        }
    }

    void mergeRequests()
    {
        const Result<Batch> batch =
            parseFile(PageKind::MergeRequests, testData(u"merge-requests.json"_s), u"platform/uploader"_s);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->pullRequests.size(), 3);

        const PullRequestRecord &merged = batch->pullRequests[0];
        QCOMPARE(merged.externalId, u"90210"_s);
        QCOMPARE(merged.number, 14);
        QCOMPARE(merged.repository, u"platform/uploader"_s);
        QCOMPARE(merged.title, u"Retry flaky uploads"_s);
        QCOMPARE(merged.author, u"dana"_s);
        QCOMPARE(merged.headBranch, u"retry-uploads"_s);
        QCOMPARE(merged.baseBranch, u"main"_s);
        QCOMPARE(merged.createdAt, at(Mar01_2024 + 3, 9, 15, 0, 250));
        QCOMPARE(merged.mergedAt, at(Mar01_2024 + 4, 16, 40, 11, 500));
        QCOMPARE(merged.closedAt, std::nullopt);
        QCOMPARE(merged.mergeCommitOid, u"c0ffee00112233445566778899aabbccddeeff00"_s);
        QCOMPARE(merged.url, u"https://gitlab.example.com/platform/uploader/-/merge_requests/14"_s);

        const PullRequestRecord &squashed = batch->pullRequests[1];
        QCOMPARE(squashed.number, 15);
        QCOMPARE(squashed.createdAt, at(Mar01_2024 + 5, 7, 0, 0)); // 08:00 at +01:00
        QCOMPARE(squashed.mergeCommitOid, u"5ca1ab1e5ca1ab1e5ca1ab1e5ca1ab1e5ca1ab1e"_s);

        // Closed one second before it was created: the closing time is unknown.
        const PullRequestRecord &closed = batch->pullRequests[2];
        QCOMPARE(closed.number, 16);
        QCOMPARE(closed.closedAt, std::nullopt);
        QCOMPARE(closed.mergeCommitOid, std::nullopt);
        QCOMPARE(batch->warnings.size(), 1);
        QVERIFY(warned(*batch, {u"merge request !16"_s, u"closed_at"_s}));
    }

    void mergeRequestsWithoutProject()
    {
        // The repository comes from the references when the user gave no project.
        const Result<Batch> batch = parseFile(PageKind::MergeRequests, testData(u"merge-requests.json"_s), QString());
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->pullRequests[0].repository, u"platform/uploader"_s);
    }

    void incidents()
    {
        const Result<Batch> batch = parseFile(PageKind::Issues, testData(u"issues-incidents.json"_s));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        // Issue 502 is a plain issue: not imported.
        QCOMPARE(batch->incidents.size(), 4);

        const IncidentRecord &closed = batch->incidents[0];
        QCOMPARE(closed.externalId, u"501"_s);
        QCOMPARE(closed.service, QString());
        QCOMPARE(closed.title, u"Uploads fail with 502"_s);
        QCOMPARE(closed.severity, u"critical"_s);
        QCOMPARE(closed.startedAt, at(Mar01_2024 + 7, 14, 0, 0));
        QCOMPARE(closed.resolvedAt, at(Mar01_2024 + 7, 15, 30, 30));
        QCOMPARE(closed.commitOid, u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b"_s);
        QCOMPARE(closed.deploymentExternalId, u"42"_s);
        QCOMPARE(closed.url, u"https://gitlab.example.com/platform/uploader/-/issues/31"_s);

        // Only "type": "INCIDENT"; severity UNKNOWN is none; "the deployment 3 days ago" names no deployment,
        // "deployment_id: 57" does.
        const IncidentRecord &open = batch->incidents[1];
        QCOMPARE(open.externalId, u"503"_s);
        QCOMPARE(open.severity, std::nullopt);
        QCOMPARE(open.startedAt, at(Mar01_2024 + 8, 5, 45, 10)); // 07:45:10 at +02:00
        QCOMPARE(open.resolvedAt, std::nullopt);
        QCOMPARE(open.deploymentExternalId, u"57"_s);
        QCOMPARE(open.commitOid, std::nullopt);

        // Closed an hour before it was opened, and closed without a time: both resolutions unknown, with warnings.
        QCOMPARE(batch->incidents[2].externalId, u"504"_s);
        QCOMPARE(batch->incidents[2].severity, u"low"_s);
        QCOMPARE(batch->incidents[2].resolvedAt, std::nullopt);
        QCOMPARE(batch->incidents[3].externalId, u"505"_s);
        QCOMPARE(batch->incidents[3].resolvedAt, std::nullopt);
        QCOMPARE(batch->warnings.size(), 2);
        QVERIFY(warned(*batch, {u"incident #34"_s, u"2024-03-10T11:00:00.000Z"_s}));
        QVERIFY(warned(*batch, {u"incident #35"_s, u"closed without a closing time"_s}));
    }

    void contradictoryJobs()
    {
        const Result<Batch> batch = parseFile(PageKind::Jobs, testData(u"jobs-contradictory.json"_s));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->jobs.size(), 4);

        // Started a minute before it was created: the start anchors the times, the creation is not used, and the
        // queue time is the start less 1.5 s.
        const JobRecord &build = batch->jobs[0];
        QCOMPARE(build.startedAt, at(Jan02_2024, 9, 59, 0));
        QCOMPARE(build.finishedAt, at(Jan02_2024, 10, 1, 0));
        QCOMPARE(build.queuedAt, at(Jan02_2024, 9, 58, 58, 500));
        QCOMPARE(build.runner, u"shared-runner-4"_s);
        QVERIFY(warned(*batch, {u"job 900 (build)"_s, u"before it was created"_s}));

        // Finished before it started: no finish. Queued 300 s before 10:02, at 09:57, before its creation at
        // 10:00: no queue time.
        const JobRecord &test = batch->jobs[1];
        QCOMPARE(test.startedAt, at(Jan02_2024, 10, 2, 0));
        QCOMPARE(test.finishedAt, std::nullopt);
        QCOMPARE(test.queuedAt, std::nullopt);
        QVERIFY(warned(*batch, {u"job 901 (test)"_s, u"before it started"_s}));
        QVERIFY(warned(*batch, {u"job 901 (test)"_s, u"2024-01-02T09:57:00.000Z"_s}));

        // An unknown status is stored as running; a time that is no time is unknown.
        const JobRecord &deploy = batch->jobs[2];
        QCOMPARE(deploy.status, QString::fromLatin1(Status::Running));
        QVERIFY(warned(*batch, {u"job 902 (deploy)"_s, u"“frobnicating”"_s}));
        QVERIFY(warned(*batch, {u"job 902 (deploy)"_s, u"created_at"_s, u"“yesterday”"_s}));

        QCOMPARE(batch->jobs[3].status, QString::fromLatin1(Status::Waiting)); // manual
        QCOMPARE(batch->jobs[3].startedAt, std::nullopt);
        QCOMPARE(batch->warnings.size(), 5);
    }

    void notJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("message");
        QTest::newRow("empty") << QByteArray() << QStringList{u"jobs.json: the response is empty"_s};
        QTest::newRow("blank") << " \n"_ba << QStringList{u"jobs.json: the response is empty"_s};
        QTest::newRow("truncated") << "[{\"id\": 6, \"name\": \"rspec"_ba
                                   << QStringList{u"jobs.json: not JSON (at byte "_s, u"unterminated string"_s};
        QTest::newRow("html") << "<html>502 Bad Gateway</html>"_ba
                              << QStringList{u"jobs.json: not JSON (at byte "_s, u"illegal value"_s};
    }
    void notJson()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, message);
        const Result<Batch> batch = parsePage(PageKind::Jobs, body, PageContext{u"jobs.json"_s, {}});
        QVERIFY(!batch.ok());
        QVERIFY2(batch.errorMessage().startsWith(message.first()), qPrintable(batch.errorMessage()));
        QVERIFY2(batch.errorMessage().contains(message.last()), qPrintable(batch.errorMessage()));
        QCOMPARE(detectPageKind(body), std::nullopt);
    }

    void wrongShape_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("pipelines as jobs") << int(PageKind::Jobs) << fileContents(fixture(u"pipelines-list.json"_s))
                                           << u"page.json, item 1: expected a job, found a pipeline"_s;
        QTest::newRow("jobs as deployments")
            << int(PageKind::Deployments) << fileContents(fixture(u"jobs-list-project.json"_s))
            << u"page.json, item 1: expected a deployment, found a job"_s;
        QTest::newRow("a list for one pipeline")
            << int(PageKind::Pipeline) << fileContents(fixture(u"pipelines-list.json"_s))
            << u"page.json: expected a pipeline, found a list"_s;
        QTest::newRow("numbers") << int(PageKind::Pipelines) << "[1, 2]"_ba
                                 << u"page.json, item 1: expected a pipeline, found 1"_s;
        QTest::newRow("error object") << int(PageKind::Pipelines) << R"({"message": "401 Unauthorized"})"_ba
                                      << u"page.json: expected a pipeline, found an object with none of its keys"_s;
        QTest::newRow("job without id") << int(PageKind::Jobs)
                                        << R"([{"name": "x", "stage": "test", "pipeline": {"id": 1}}])"_ba
                                        << u"page.json, item 1: the job has no “id”"_s;
        QTest::newRow("job without pipeline id")
            << int(PageKind::Jobs) << R"([{"id": 3, "name": "x", "stage": "test", "pipeline": {}}])"_ba
            << u"page.json, item 1: job 3 names no pipeline (“pipeline” has no “id”)"_s;
        QTest::newRow("deployment without environment")
            << int(PageKind::Deployments) << R"([{"id": 5, "sha": "abc", "deployable": null, "status": "success"}])"_ba
            << u"page.json, item 1: deployment 5 names no environment (“environment” has no “name”)"_s;
        QTest::newRow("incident without creation")
            << int(PageKind::Issues) << R"([{"id": 8, "title": "t", "issue_type": "incident"}])"_ba
            << u"page.json, item 1: the incident has no “created_at”"_s;
        QTest::newRow("merge request without iid")
            << int(PageKind::MergeRequests)
            << R"([{"id": 9, "source_branch": "a", "target_branch": "b", "created_at": "2024-01-01"}])"_ba
            << u"page.json, item 1: the merge request has no “iid”"_s;
    }
    void wrongShape()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const Result<Batch> batch = parsePage(PageKind(kind), body, PageContext{u"page.json"_s, u"foo/bar"_s});
        QVERIFY(!batch.ok());
        QCOMPARE(batch.errorMessage(), message);
    }

    void singleJobAndEmptyList()
    {
        // GET /jobs/:id answers one job: read as a page of one. An empty list is an empty page.
        const QByteArray job =
            R"({"id": 12, "name": "lint", "stage": "test", "status": "success", "pipeline": {"id": 3},
                "started_at": "2024-01-02T10:00:00Z", "finished_at": "2024-01-02T10:00:30.5Z"})"_ba;
        const Result<Batch> one = parsePage(PageKind::Jobs, job, PageContext{u"job.json"_s, {}});
        QVERIFY2(one.ok(), qPrintable(one.errorMessage()));
        QCOMPARE(one->jobs.size(), 1);
        QCOMPARE(one->jobs[0].finishedAt, at(Jan02_2024, 10, 0, 30, 500));
        QCOMPARE(one->jobs[0].queuedAt, std::nullopt); // no queued_duration
        const Result<Batch> none = parsePage(PageKind::Deployments, "[]"_ba, PageContext{u"d.json"_s, {}});
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
    }

    void unknownTier()
    {
        const Result<Batch> batch =
            parsePage(PageKind::Environments, R"([{"name": "qa", "slug": "qa", "tier": "lab"}])"_ba,
                      PageContext{u"env.json"_s, {}});
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->environments[0].tier, std::nullopt);
        QVERIFY(warned(*batch, {u"environment qa"_s, u"“lab”"_s}));
    }
};

QTEST_GUILESS_MAIN(TestGitLabPages)
#include "tst_gitlabpages.moc"
