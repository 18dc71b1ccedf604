// SPDX-License-Identifier: GPL-3.0-or-later
// The Jenkins page parsers on the shared fixtures (the Stage View plugin's documented responses and captures of the
// JSON API) and on hand-written pages for what has no fixture. Expected values are read from the files; Jenkins
// gives epoch milliseconds, so finishes are worked out as start + duration in the comments.
#include "ci/jenkins/jenkinspages.h"
#include "pagetesting.h"

#include "domain/delivery.h"

#include <QDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::ci;
using namespace flowdeck::ci::jenkins;
using flowdeck::ci::testing::fileContents;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return testing::sharedFixture("jenkins"_L1, name);
}

QString testData(const QString &name)
{
    return testing::testDataFile("jenkins"_L1, name);
}

Result<Batch> parseFile(PageKind kind, const QString &path, const QString &jobUrl)
{
    return parsePage(kind, fileContents(path), PageContext{path, jobUrl});
}

bool warned(const Batch &batch, const QStringList &words)
{
    for (const QString &warning : batch.warnings) {
        if (std::all_of(words.begin(), words.end(), [&](const QString &word) { return warning.contains(word); }))
            return true;
    }
    return false;
}

QString status(const char *word)
{
    return QString::fromLatin1(word);
}

const QString testWorkflow = u"https://ci.example/jenkins/job/Test%20Workflow/"_s;

} // namespace

class TestJenkinsPages : public QObject
{
    Q_OBJECT

private slots:
    void buildInfo()
    {
        const Result<Batch> batch = parseFile(PageKind::Build, fixture(u"jenkins-rest-build-info.json"_s),
                                              u"http://localhost:32769/job/fish/"_s);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->runs.size(), 1);
        QVERIFY2(batch->warnings.isEmpty(), qPrintable(batch->warnings.join(u'\n')));
        const RunRecord &run = batch->runs[0];
        QCOMPARE(run.externalId, u"http://localhost:32769/job/fish/10/"_s);
        QCOMPARE(run.project, u"http://localhost:32769/job/fish/"_s);
        QCOMPARE(run.pipelineName, u"fish"_s);
        QCOMPARE(run.number, 10);
        QCOMPARE(run.status, status(Status::Succeeded));
        QCOMPARE(run.startedAt, 1461091892486);
        QCOMPARE(run.finishedAt, 1461091953236); // 1,461,091,892,486 + 60,750
        QCOMPARE(run.createdAt, std::nullopt);   // only queueId 73, no time
        QCOMPARE(run.commitOid, std::nullopt);
        QCOMPARE(run.branch, std::nullopt);
        QCOMPARE(run.event, u"manual"_s); // "Started by user anonymous"
        QCOMPARE(run.url, u"http://localhost:32769/job/fish/10/"_s);
    }

    void buildWithoutJobUrl()
    {
        // The job is the build URL less its number.
        const Result<Batch> batch = parseFile(PageKind::Build, fixture(u"jenkins-rest-build-info.json"_s), QString());
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->runs[0].project, u"http://localhost:32769/job/fish/"_s);
        QCOMPARE(batch->runs[0].pipelineName, u"fish"_s);
    }

    void jobInfoWithoutTree()
    {
        // The job's plain api/json lists builds by number and URL: nothing to import, one warning per build.
        const Result<Batch> batch = parseFile(PageKind::JobBuilds, fixture(u"jenkins-rest-job-info.json"_s),
                                              u"http://localhost:32769/job/fish/"_s);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QVERIFY(batch->isEmpty());
        QCOMPARE(batch->warnings.size(), 7);
        QVERIFY(warned(*batch, {u"build http://localhost:32769/job/fish/7/"_s, u"tree=builds"_s}));
        QVERIFY(warned(*batch, {u"build http://localhost:32769/job/fish/1/"_s, u"not imported"_s}));
    }

    void jobBuildsWithTree()
    {
        const Result<Batch> batch =
            parseFile(PageKind::JobBuilds, testData(u"job-builds-tree.json"_s), u"https://ci.example/job/app"_s);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->runs.size(), 7);

        const RunRecord &building = batch->runs[0];
        QCOMPARE(building.externalId, u"https://ci.example/job/app/12/"_s);
        QCOMPARE(building.project, u"https://ci.example/job/app/"_s); // the slash added
        QCOMPARE(building.pipelineName, u"app"_s);
        QCOMPARE(building.status, status(Status::Running));
        QCOMPARE(building.startedAt, 1700000400000);
        QCOMPARE(building.finishedAt, std::nullopt); // duration 0 while building
        QCOMPARE(building.event, u"manual"_s);

        const RunRecord &failed = batch->runs[1];
        QCOMPARE(failed.number, 11);
        QCOMPARE(failed.status, status(Status::Failed));
        QCOMPARE(failed.startedAt, 1700000000000);
        QCOMPARE(failed.finishedAt, 1700000093250);                                // + 93,250
        QCOMPARE(failed.createdAt, 1699999995500);                                 // - 4,500 queuing
        QCOMPARE(failed.commitOid, u"d6cd1e2bd19e03a81132a23b2025920577f84e37"_s); // the first checkout's
        QCOMPARE(failed.branch, u"main"_s);                                        // refs/remotes/origin/main
        QCOMPARE(failed.event, u"schedule"_s);

        QCOMPARE(batch->runs[2].status, status(Status::Failed));   // UNSTABLE
        QCOMPARE(batch->runs[2].finishedAt, 1699999060000);        // 1,699,999,000,000 + 60,000
        QCOMPARE(batch->runs[3].status, status(Status::Canceled)); // ABORTED
        QCOMPARE(batch->runs[3].finishedAt, 1699998001500);
        QCOMPARE(batch->runs[3].event, u"upstream"_s);
        QCOMPARE(batch->runs[4].status, status(Status::Skipped)); // NOT_BUILT
        QCOMPARE(batch->runs[4].finishedAt, 1699997000000);       // duration 0
        QCOMPARE(batch->runs[4].event, u"BranchIndexingCause"_s);

        // An unknown result, and no result on a build that is not building: running, with a warning each.
        QCOMPARE(batch->runs[5].status, status(Status::Running));
        QCOMPARE(batch->runs[5].finishedAt, std::nullopt);
        QCOMPARE(batch->runs[6].status, status(Status::Running));
        QCOMPARE(batch->warnings.size(), 2);
        QVERIFY(warned(*batch, {u"build https://ci.example/job/app/7/"_s, u"“SHRUGGED”"_s}));
        QVERIFY(warned(*batch, {u"build https://ci.example/job/app/6/"_s, u"not building"_s}));
    }

    void jobDescribe()
    {
        const Result<Batch> batch =
            parseFile(PageKind::WfapiJob, fixture(u"wfapi-readme-job-describe.json"_s), testWorkflow);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QVERIFY(batch->isEmpty());
        QVERIFY(batch->warnings.isEmpty());
    }

    void runDescribe()
    {
        const Result<Batch> batch =
            parseFile(PageKind::WfapiRun, fixture(u"wfapi-readme-run-describe.json"_s), testWorkflow);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QVERIFY2(batch->warnings.isEmpty(), qPrintable(batch->warnings.join(u'\n')));
        QCOMPARE(batch->runs.size(), 1);
        const RunRecord &run = batch->runs[0];
        // The id is a date; the link names build 16.
        QCOMPARE(run.externalId, u"https://ci.example/jenkins/job/Test%20Workflow/16/"_s);
        QCOMPARE(run.number, 16);
        QCOMPARE(run.project, testWorkflow);
        QCOMPARE(run.pipelineName, u"Test Workflow"_s);
        QCOMPARE(run.status, status(Status::Waiting)); // PAUSED_PENDING_INPUT
        QCOMPARE(run.startedAt, 1413461275770);
        QCOMPARE(run.finishedAt, std::nullopt); // endTimeMillis 1413461285999 is "now", not a finish
        QCOMPARE(run.url, run.externalId);

        QCOMPARE(batch->jobs.size(), 3);
        const JobRecord &build = batch->jobs[0];
        QCOMPARE(build.externalId, u"https://ci.example/jenkins/job/Test%20Workflow/16/#5"_s);
        QCOMPARE(build.runExternalId, run.externalId);
        QCOMPARE(build.name, u"Build"_s);
        QCOMPARE(build.status, status(Status::Succeeded));
        QCOMPARE(build.startedAt, 1413461275770);
        QCOMPARE(build.finishedAt, 1413461280998); // + 5,228
        QCOMPARE(build.queuedAt, std::nullopt);
        QCOMPARE(build.pausedMs, std::nullopt);
        QCOMPARE(batch->jobs[1].externalId, u"https://ci.example/jenkins/job/Test%20Workflow/16/#8"_s);
        QCOMPARE(batch->jobs[1].finishedAt, 1413461285992); // 1,413,461,280,998 + 4,994
        const JobRecord &deploy = batch->jobs[2];
        QCOMPARE(deploy.name, u"Deploy"_s);
        QCOMPARE(deploy.status, status(Status::Waiting));
        QCOMPARE(deploy.startedAt, 1413461285992);
        QCOMPARE(deploy.finishedAt, std::nullopt); // paused: its 7 ms are no finish
    }

    void runsList()
    {
        const Result<Batch> batch = parseFile(PageKind::WfapiRuns, fixture(u"wfapi-readme-runs.json"_s), testWorkflow);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QVERIFY(batch->warnings.isEmpty());
        QCOMPARE(batch->runs.size(), 2);
        QCOMPARE(batch->jobs.size(), 6);
        QCOMPARE(batch->runs[0].externalId, u"https://ci.example/jenkins/job/Test%20Workflow/16/"_s);
        const RunRecord &done = batch->runs[1];
        QCOMPARE(done.externalId, u"https://ci.example/jenkins/job/Test%20Workflow/15/"_s);
        QCOMPARE(done.number, 15);
        QCOMPARE(done.status, status(Status::Succeeded));
        QCOMPARE(done.startedAt, 1413459910289);
        QCOMPARE(done.finishedAt, 1413459937070); // endTimeMillis = 1,413,459,910,289 + 26,781
        QCOMPARE(batch->jobs[3].externalId, u"https://ci.example/jenkins/job/Test%20Workflow/15/#5"_s);
        QCOMPARE(batch->jobs[3].finishedAt, 1413459917043); // 1,413,459,910,289 + 6,754
        QCOMPARE(batch->jobs[4].finishedAt, 1413459922041); // 1,413,459,917,043 + 4,998
        QCOMPARE(batch->jobs[5].name, u"Deploy"_s);
        QCOMPARE(batch->jobs[5].status, status(Status::Succeeded));
        QCOMPARE(batch->jobs[5].finishedAt, 1413459937070); // 1,413,459,922,041 + 15,029
    }

    void runsWithoutJobUrl()
    {
        // Without the job's URL the build ids are server-relative, and a warning says they will not meet api/json's.
        const Result<Batch> batch = parseFile(PageKind::WfapiRuns, fixture(u"wfapi-readme-runs.json"_s), QString());
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->runs[0].externalId, u"/jenkins/job/Test%20Workflow/16/"_s);
        QCOMPARE(batch->runs[0].project, u"/jenkins/job/Test%20Workflow/"_s);
        QCOMPARE(batch->runs[0].pipelineName, u"Test Workflow"_s);
        QCOMPARE(batch->runs[0].url, std::nullopt);
        QCOMPARE(batch->jobs[0].externalId, u"/jenkins/job/Test%20Workflow/16/#5"_s);
        QCOMPARE(batch->warnings.size(), 2);
        QVERIFY(warned(*batch, {u"build /jenkins/job/Test%20Workflow/15/"_s, u"server-relative"_s}));
    }

    void runInProgress()
    {
        const Result<Batch> batch =
            parseFile(PageKind::WfapiRuns, fixture(u"wfapi-runs-in-progress.json"_s), u"https://ci.example/job/cd/"_s);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QVERIFY(batch->warnings.isEmpty());
        QCOMPARE(batch->runs.size(), 1);
        const RunRecord &run = batch->runs[0];
        QCOMPARE(run.externalId, u"https://ci.example/job/cd/1/"_s);
        QCOMPARE(run.pipelineName, u"cd"_s);
        QCOMPARE(run.status, status(Status::Running));
        QCOMPARE(run.startedAt, 1414318232950);
        // IN_PROGRESS with endTimeMillis 1414318288921 and durationMillis 55971: not a finish.
        QCOMPARE(run.finishedAt, std::nullopt);
        QCOMPARE(batch->jobs.size(), 2);
        const JobRecord &staging = batch->jobs[0];
        QCOMPARE(staging.externalId, u"https://ci.example/job/cd/1/#27"_s);
        QCOMPARE(staging.status, status(Status::Succeeded));
        QCOMPARE(staging.finishedAt, 1414318288292); // 1,414,318,278,045 + 10,247
        QCOMPARE(staging.pausedMs, 0);
        const JobRecord &production = batch->jobs[1];
        QCOMPARE(production.externalId, u"https://ci.example/job/cd/1/#33"_s);
        QCOMPARE(production.status, status(Status::Running));
        QCOMPARE(production.startedAt, 1414318288292);
        QCOMPARE(production.finishedAt, std::nullopt); // its 629 ms so far are no finish
    }

    void runsMixedStatuses()
    {
        const Result<Batch> batch = parseFile(PageKind::WfapiRuns, fixture(u"wfapi-runs-mixed-statuses.json"_s),
                                              u"https://ci.example/job/cd/"_s);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QVERIFY(batch->warnings.isEmpty());
        QCOMPARE(batch->runs.size(), 3);
        QCOMPARE(batch->jobs.size(), 6);
        QCOMPARE(batch->runs[0].status, status(Status::Succeeded));
        QCOMPARE(batch->runs[0].finishedAt, 1414318242950);
        const RunRecord &failed = batch->runs[1];
        QCOMPARE(failed.externalId, u"https://ci.example/job/cd/2/"_s);
        QCOMPARE(failed.number, 2);
        QCOMPARE(failed.status, status(Status::Failed));
        QCOMPARE(failed.startedAt, 1414318252950);
        QCOMPARE(failed.finishedAt, 1414318262950);
        // Run 2's stages: Build 1,414,318,253,950 + 1,000; Test failed at 1,414,318,254,950 + 8,000.
        QCOMPARE(batch->jobs[2].externalId, u"https://ci.example/job/cd/2/#10"_s);
        QCOMPARE(batch->jobs[2].finishedAt, 1414318254950);
        QCOMPARE(batch->jobs[3].externalId, u"https://ci.example/job/cd/2/#20"_s);
        QCOMPARE(batch->jobs[3].status, status(Status::Failed));
        QCOMPARE(batch->jobs[3].finishedAt, 1414318262950);
        QCOMPARE(batch->jobs[5].runExternalId, u"https://ci.example/job/cd/3/"_s);
        QCOMPARE(batch->jobs[5].finishedAt, 1414318281950); // 1,414,318,276,950 + 5,000
    }

    void stageNodeFailed()
    {
        const Result<Batch> batch = parseFile(PageKind::WfapiStageNode,
                                              fixture(u"wfapi-readme-stage-node-describe-failed.json"_s), testWorkflow);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QVERIFY(batch->warnings.isEmpty());
        QVERIFY(batch->runs.isEmpty());
        QCOMPARE(batch->jobs.size(), 1);
        const JobRecord &test = batch->jobs[0];
        QCOMPARE(test.externalId, u"https://ci.example/jenkins/job/Test%20Workflow/17/#8"_s);
        QCOMPARE(test.runExternalId, u"https://ci.example/jenkins/job/Test%20Workflow/17/"_s);
        QCOMPARE(test.name, u"Test"_s);
        QCOMPARE(test.status, status(Status::Failed));
        QCOMPARE(test.startedAt, 1413462240994);
        QCOMPARE(test.finishedAt, 1413462246024); // + 5,030
        QCOMPARE(test.steps.size(), 1);
        QCOMPARE(test.steps[0].position, 1);
        QCOMPARE(test.steps[0].name, u"Shell Script"_s);
        QCOMPARE(test.steps[0].status, status(Status::Failed));
        QCOMPARE(test.steps[0].startedAt, 1413462240999);
        QCOMPARE(test.steps[0].finishedAt, 1413462245998); // + 4,999
    }

    void stageNodeSucceeded()
    {
        const Result<Batch> batch = parseFile(
            PageKind::WfapiStageNode, fixture(u"wfapi-readme-stage-node-describe-success.json"_s), testWorkflow);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->jobs.size(), 1);
        const JobRecord &build = batch->jobs[0];
        QCOMPARE(build.externalId, u"https://ci.example/jenkins/job/Test%20Workflow/16/#5"_s);
        QCOMPARE(build.finishedAt, 1413461280998); // 1,413,461,275,770 + 5,228
        QCOMPARE(build.steps.size(), 2);
        QCOMPARE(build.steps[0].name, u"Git"_s);
        QCOMPARE(build.steps[0].finishedAt, 1413461275792); // 1,413,461,275,783 + 9
        QCOMPARE(build.steps[1].position, 2);
        QCOMPARE(build.steps[1].startedAt, 1413461275792);
        QCOMPARE(build.steps[1].finishedAt, 1413461280998); // + 5,206
    }

    void contradictoryRun()
    {
        const Result<Batch> batch =
            parseFile(PageKind::WfapiRuns, testData(u"wfapi-contradictory.json"_s), u"https://ci.example/job/app/"_s);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        const RunRecord &run = batch->runs[0];
        QCOMPARE(run.status, status(Status::Succeeded));
        QCOMPARE(run.startedAt, 1700001000000);
        // endTimeMillis a second before the start: no finish.
        QCOMPARE(run.finishedAt, std::nullopt);
        QCOMPARE(run.createdAt, 1700000992750); // - 7,250 in the queue
        QVERIFY(warned(*batch, {u"build https://ci.example/job/app/21/"_s, u"before it started"_s}));

        QCOMPARE(batch->jobs.size(), 3);
        const JobRecord &approve = batch->jobs[0];
        QCOMPARE(approve.startedAt, 1700001001000);
        QCOMPARE(approve.finishedAt, 1700001031000); // + 30,000
        QCOMPARE(approve.queuedAt, 1700000999000);   // - 2,000
        QCOMPARE(approve.pausedMs, 25000);
        const JobRecord &mystery = batch->jobs[1];
        QCOMPARE(mystery.status, status(Status::Running));
        QCOMPARE(mystery.finishedAt, std::nullopt);
        QVERIFY(warned(*batch, {u"stage https://ci.example/job/app/21/#9 (Mystery)"_s, u"“SPINNING”"_s}));
        const JobRecord &rollback = batch->jobs[2];
        QCOMPARE(rollback.externalId, u"https://ci.example/job/app/21/#12"_s); // a numeric id
        QCOMPARE(rollback.status, status(Status::Skipped));
        QCOMPARE(rollback.startedAt, std::nullopt); // startTimeMillis 0: never started
        QCOMPARE(rollback.finishedAt, std::nullopt);
        QCOMPARE(batch->warnings.size(), 2);
    }

    void detectFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::newRow("build") << u"jenkins-rest-build-info.json"_s << int(PageKind::Build);
        QTest::newRow("job") << u"jenkins-rest-job-info.json"_s << int(PageKind::JobBuilds);
        QTest::newRow("job describe") << u"wfapi-readme-job-describe.json"_s << int(PageKind::WfapiJob);
        QTest::newRow("run describe") << u"wfapi-readme-run-describe.json"_s << int(PageKind::WfapiRun);
        QTest::newRow("runs") << u"wfapi-readme-runs.json"_s << int(PageKind::WfapiRuns);
        QTest::newRow("stage failed") << u"wfapi-readme-stage-node-describe-failed.json"_s
                                      << int(PageKind::WfapiStageNode);
        QTest::newRow("stage succeeded") << u"wfapi-readme-stage-node-describe-success.json"_s
                                         << int(PageKind::WfapiStageNode);
        QTest::newRow("in progress") << u"wfapi-runs-in-progress.json"_s << int(PageKind::WfapiRuns);
        QTest::newRow("mixed") << u"wfapi-runs-mixed-statuses.json"_s << int(PageKind::WfapiRuns);
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
        QCOMPARE(detectPageKind(fileContents(testData(u"job-builds-tree.json"_s))), PageKind::JobBuilds);
        QCOMPARE(detectPageKind(fileContents(testData(u"wfapi-contradictory.json"_s))), PageKind::WfapiRuns);
        QCOMPARE(detectPageKind("[]"_ba), std::nullopt);
        QCOMPARE(detectPageKind("{\"servlet\": \"Stapler\", \"message\": \"Not Found\"}"_ba), std::nullopt);
        QCOMPARE(detectPageKind("<html><body>Jenkins</body></html>"_ba), std::nullopt);
    }

    void everyFixtureParses()
    {
        const QDir folder(QStringLiteral(FLOWDECK_SHARED_FIXTURES "/ci/jenkins"));
        const QStringList files = folder.entryList({u"*.json"_s}, QDir::Files);
        QCOMPARE(files.size(), 9);
        for (const QString &file : files) {
            const QByteArray body = fileContents(folder.filePath(file));
            const std::optional<PageKind> kind = detectPageKind(body);
            QVERIFY2(kind.has_value(), qPrintable(file));
            const Result<Batch> batch = parsePage(*kind, body, PageContext{file, testWorkflow});
            QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        }
    }

    void buildUrlOfLinks()
    {
        QCOMPARE(buildUrlOfLink(u"/job/cd/1/wfapi/describe"_s, u"https://ci.example/job/cd/"_s),
                 u"https://ci.example/job/cd/1/"_s);
        QCOMPARE(buildUrlOfLink(u"/jenkins/job/a/job/b/7/execution/node/12/wfapi/describe"_s,
                                u"http://host:8080/jenkins/job/a/job/b/"_s),
                 u"http://host:8080/jenkins/job/a/job/b/7/"_s);
        QCOMPARE(buildUrlOfLink(u"https://other.example/job/x/3/wfapi/describe"_s, u"https://ci.example/"_s),
                 u"https://other.example/job/x/3/"_s);
        QCOMPARE(buildUrlOfLink(u"/job/cd/1/wfapi/describe"_s, QString()), u"/job/cd/1/"_s);
        QCOMPARE(buildUrlOfLink(u"/job/cd/1/console"_s, u"https://ci.example/job/cd/"_s), QString());
    }

    void notJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("message");
        QTest::newRow("empty") << QByteArray() << QStringList{u"runs.json: the response is empty"_s};
        QTest::newRow("truncated") << "[{\"id\": \"1\", \"stages\": [{\"id\""_ba
                                   << QStringList{u"runs.json: not JSON (at byte "_s, u"runs.json"_s};
        QTest::newRow("login page") << "<html><head>Sign in [Jenkins]</head></html>"_ba
                                    << QStringList{u"runs.json: not JSON (at byte "_s, u"illegal value"_s};
    }
    void notJson()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, message);
        const Result<Batch> batch = parsePage(PageKind::WfapiRuns, body, PageContext{u"runs.json"_s, testWorkflow});
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
        QTest::newRow("a run as a build")
            << int(PageKind::Build) << fileContents(fixture(u"wfapi-readme-run-describe.json"_s))
            << u"page.json: expected a build, found a wfapi run"_s;
        QTest::newRow("runs as a job's builds")
            << int(PageKind::JobBuilds) << fileContents(fixture(u"wfapi-readme-runs.json"_s))
            << u"page.json: expected a job with its builds, found a list"_s;
        QTest::newRow("a stage as a run")
            << int(PageKind::WfapiRun) << fileContents(fixture(u"wfapi-readme-stage-node-describe-success.json"_s))
            << u"page.json: expected a wfapi run, found a wfapi stage node"_s;
        QTest::newRow("numbers as runs") << int(PageKind::WfapiRuns) << "[1]"_ba
                                         << u"page.json, item 1: expected a wfapi run, found 1"_s;
        QTest::newRow("error object") << int(PageKind::WfapiRuns) << "{\"message\": \"Not Found\"}"_ba
                                      << u"page.json: expected a wfapi run, found an object with none of its keys"_s;
        QTest::newRow("run without link")
            << int(PageKind::WfapiRuns)
            << "[{\"id\": \"2014-10-16_13-07-52\", \"status\": \"SUCCESS\", \"stages\": []}]"_ba
            << u"page.json, item 1: the run has no “_links.self.href” to name its build"_s;
        QTest::newRow("stage without id")
            << int(PageKind::WfapiRun)
            << "{\"_links\": {\"self\": {\"href\": \"/job/a/3/wfapi/describe\"}}, \"stages\": [{\"name\": \"x\"}]}"_ba
            << u"page.json: a stage of build https://ci.example/job/a/3/ has no “id”"_s;
        QTest::newRow("build without url")
            << int(PageKind::JobBuilds) << "{\"builds\": [{\"result\": \"SUCCESS\", \"timestamp\": 1}]}"_ba
            << u"page.json, builds item 1: the build has no “url”"_s;
        QTest::newRow("builds of numbers") << int(PageKind::JobBuilds) << "{\"builds\": [3]}"_ba
                                           << u"page.json, builds item 1: expected a build, found 3"_s;
    }
    void wrongShape()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const Result<Batch> batch =
            parsePage(PageKind(kind), body, PageContext{u"page.json"_s, u"https://ci.example/job/a/"_s});
        QVERIFY(!batch.ok());
        QCOMPARE(batch.errorMessage(), message);
    }
};

QTEST_GUILESS_MAIN(TestJenkinsPages)
#include "tst_jenkinspages.moc"
