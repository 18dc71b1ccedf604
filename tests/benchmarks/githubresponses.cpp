// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub Actions responses: workflow-run pages and each run's jobs with their steps.
#include "responsewriting.h"

#include <limits>

namespace flowdeck::bench::detail {

using namespace Qt::StringLiterals;

namespace {

struct Workflow
{
    QString name;
    QString file;
    qint64 id = 0;
    QStringList events;
    QStringList jobs;
    int minJobs = 1;
    int maxJobs = 1;
    /// How often it runs, relative to the others.
    int weight = 1;
};

const QList<Workflow> &workflows()
{
    static const QList<Workflow> list = {
        {u"CI"_s,
         u".github/workflows/ci.yml"_s,
         4183211,
         {u"push"_s, u"pull_request"_s},
         {u"lint"_s,
          u"typecheck"_s,
          u"build (ubuntu-latest, 3.11)"_s,
          u"build (ubuntu-latest, 3.12)"_s,
          u"build (macos-latest, 3.12)"_s,
          u"build (windows-latest, 3.12)"_s,
          u"test (ubuntu-latest, 3.11)"_s,
          u"test (ubuntu-latest, 3.12)"_s,
          u"test (macos-latest, 3.12)"_s,
          u"test (windows-latest, 3.12)"_s,
          u"integration (postgres-15)"_s,
          u"integration (postgres-16)"_s,
          u"e2e (chromium)"_s,
          u"e2e (firefox)"_s,
          u"e2e (webkit)"_s,
          u"coverage"_s,
          u"docs"_s,
          u"security-scan"_s,
          u"package"_s,
          u"report"_s},
         6,
         20,
         60},
        {u"Deploy"_s,
         u".github/workflows/deploy.yml"_s,
         4183215,
         {u"push"_s, u"workflow_dispatch"_s},
         {u"build-image"_s, u"scan-image"_s, u"push-image"_s, u"deploy-staging"_s, u"smoke-test-staging"_s,
          u"deploy-production"_s, u"smoke-test-production"_s, u"notify"_s},
         4,
         8,
         15},
        {u"Nightly"_s,
         u".github/workflows/nightly.yml"_s,
         4183219,
         {u"schedule"_s},
         {u"build (ubuntu-latest, nightly)"_s, u"test (ubuntu-latest, nightly)"_s, u"benchmarks"_s, u"fuzz (parser)"_s,
          u"fuzz (decoder)"_s, u"dependency-audit"_s, u"license-check"_s, u"e2e (chromium)"_s, u"e2e (firefox)"_s,
          u"e2e (webkit)"_s},
         5,
         10,
         10},
        {u"Pull request checks"_s,
         u".github/workflows/pr-checks.yml"_s,
         4183223,
         {u"pull_request"_s},
         {u"commitlint"_s, u"markdownlint"_s, u"actionlint"_s},
         1,
         3,
         15},
    };
    return list;
}

/// The steps between "Set up job" and "Complete job", in the order a job runs them.
const QStringList &middleSteps()
{
    static const QStringList steps = {
        u"Run actions/checkout@v4"_s,
        u"Set up Python 3.12"_s,
        u"Run actions/cache@v4"_s,
        u"Install dependencies"_s,
        u"Run linters"_s,
        u"Build"_s,
        u"Run unit tests"_s,
        u"Run integration tests"_s,
        u"Upload coverage"_s,
        u"Build image"_s,
        u"Push image"_s,
        u"Upload artifact"_s,
        u"Post Run actions/cache@v4"_s,
        u"Post Run actions/checkout@v4"_s,
    };
    return steps;
}

struct GitHubRun
{
    qint64 id = 0;
    qsizetype workflow = 0;
    qint64 number = 0;
    QString branch;
    QString sha;
    QString event;
    QString title;
    qint64 created = 0;
    qint64 started = 0;
    qint64 updated = 0;
    int jobCount = 0;
    /// Among the newest: still running when the responses were saved.
    bool running = false;
    QString conclusion;
};

class GitHubHistory
{
public:
    GitHubHistory(GeneratedResponses &counts, const QJsonObject &runTemplate, const QJsonObject &jobTemplate)
        : m_counts(counts)
        , m_writer(counts)
        , m_runTemplate(runTemplate)
        , m_jobTemplate(jobTemplate)
        , m_stepTemplate(jobTemplate.value("steps"_L1).toArray().first().toObject())
    {}

    Result<void> write(qint64 jobs)
    {
        planRuns(jobs);
        for (GitHubRun &run : m_runs) {
            const QJsonArray list = runJobs(run);
            const QJsonObject page{{u"total_count"_s, list.size()}, {u"jobs"_s, list}};
            if (auto written = m_writer.write(u"jobs/%1.json"_s.arg(run.id), QJsonDocument(page)); !written)
                return written;
        }
        QList<QJsonObject> items;
        items.reserve(m_runs.size());
        for (auto run = m_runs.crbegin(); run != m_runs.crend(); ++run)
            items.append(runItem(*run));
        const qsizetype total = m_runs.size();
        return writePages(m_writer, u"runs/runs-%1.json"_s, items, [total](const QJsonArray &array) {
            return QJsonDocument(QJsonObject{{u"total_count"_s, total}, {u"workflow_runs"_s, array}});
        });
    }

private:
    void planRuns(qint64 jobs)
    {
        const QList<Workflow> &flows = workflows();
        int weights = 0;
        for (const Workflow &flow : flows)
            weights += flow.weight;
        QList<qint64> numbers(flows.size(), 1200);
        qint64 time = historyStart;
        qint64 id = 7000000000;
        while (m_counts.jobs < jobs) {
            qsizetype which = 0;
            for (qint64 roll = m_random.between(0, weights - 1); roll >= flows[which].weight; ++which)
                roll -= flows[which].weight;
            const Workflow &flow = flows[which];
            GitHubRun run;
            run.id = id;
            run.workflow = which;
            run.number = numbers[which]++;
            run.branch = flow.events.contains(u"schedule"_s) ? u"main"_s : branch(m_random);
            run.sha = m_random.hex(40);
            run.event = m_random.pick(flow.events);
            run.title = m_random.pick(commitTitles());
            run.created = time;
            run.started = time + m_random.between(0, 4) * second;
            run.jobCount = int(m_random.between(flow.minJobs, flow.maxJobs));
            m_counts.jobs += run.jobCount;
            m_runs.append(run);
            time += m_random.between(60, 900) * second;
            id += m_random.between(1, 5000);
        }
        m_counts.runs = m_runs.size();
        const qsizetype running = std::max<qsizetype>(3, m_runs.size() / 300);
        for (qsizetype i = std::max<qsizetype>(0, m_runs.size() - running); i < m_runs.size(); ++i)
            m_runs[i].running = true;
    }

    /// A step as the fixture's first step, with its place, name, outcome and times.
    QJsonObject step(int number, const QString &name, const QString &status, const QJsonValue &conclusion,
                     std::optional<qint64> started, std::optional<qint64> completed)
    {
        QJsonObject item = m_stepTemplate;
        item[u"name"_s] = name;
        item[u"status"_s] = status;
        item[u"conclusion"_s] = conclusion;
        item[u"number"_s] = number;
        const auto pacific = [](qint64 ms) {
            return isoOffset(ms, -8 * 3600);
        };
        item[u"started_at"_s] = started ? QJsonValue(pacific(*started)) : QJsonValue(QJsonValue::Null);
        item[u"completed_at"_s] = completed ? QJsonValue(pacific(*completed)) : QJsonValue(QJsonValue::Null);
        ++m_counts.steps;
        return item;
    }

    struct JobOutcome
    {
        QJsonObject item;
        qint64 end = 0;
        QString conclusion;
    };

    /// One job: `skipped` when an earlier one failed; queued, or cut off mid-step, when it starts or ends after
    /// `now` (the moment a running run was saved).
    JobOutcome job(const GitHubRun &run, const QString &name, qint64 created, bool skipped, qint64 now)
    {
        QJsonObject item = m_jobTemplate;
        m_jobId += m_random.between(1, 40);
        const QString api = u"https://api.github.com/repos/octo-org/octo-repo"_s;
        item[u"id"_s] = m_jobId;
        item[u"run_id"_s] = run.id;
        item[u"run_url"_s] = QString(api + u"/actions/runs/"_s + QString::number(run.id));
        item[u"head_sha"_s] = run.sha;
        item[u"url"_s] = QString(api + u"/actions/jobs/"_s + QString::number(m_jobId));
        item[u"html_url"_s] =
            u"https://github.com/octo-org/octo-repo/actions/runs/%1/job/%2"_s.arg(run.id).arg(m_jobId);
        item[u"check_run_url"_s] = QString(api + u"/check-runs/"_s + QString::number(m_jobId));
        item[u"name"_s] = name;
        item[u"workflow_name"_s] = workflows()[run.workflow].name;
        item[u"head_branch"_s] = run.branch;
        item[u"run_attempt"_s] = 1;
        item[u"created_at"_s] = isoSeconds(created);

        const qint64 start =
            created + (m_random.chance(0.05) ? m_random.between(60, 900) : m_random.between(2, 45)) * second;
        const bool selfHosted = name.startsWith(u"integration"_s) || name.startsWith(u"deploy"_s);
        const bool waits = skipped || start > now;
        if (waits) {
            item[u"labels"_s] = QJsonArray();
            item[u"runner_id"_s] = QJsonValue::Null;
            item[u"runner_name"_s] = QJsonValue::Null;
            item[u"runner_group_id"_s] = QJsonValue::Null;
            item[u"runner_group_name"_s] = QJsonValue::Null;
        } else if (selfHosted) {
            const qint64 runner = m_random.between(1, 12);
            item[u"labels"_s] = QJsonArray{u"self-hosted"_s, u"linux"_s, u"x64"_s};
            item[u"runner_id"_s] = 100 + runner;
            item[u"runner_name"_s] = u"build-runner-%1"_s.arg(runner, 2, 10, QLatin1Char('0'));
            item[u"runner_group_id"_s] = 1;
            item[u"runner_group_name"_s] = u"Default"_s;
        } else {
            const qsizetype open = name.indexOf(u'(');
            const QString os = open > 0 && name.mid(open + 1).contains(u"-latest"_s)
                                   ? name.mid(open + 1, name.indexOf(u',', open) - open - 1)
                                   : u"ubuntu-latest"_s;
            const qint64 runner = m_random.between(1, 900);
            item[u"labels"_s] = QJsonArray{os};
            item[u"runner_id"_s] = 1000 + runner;
            item[u"runner_name"_s] = u"GitHub Actions %1"_s.arg(runner);
            item[u"runner_group_id"_s] = 0;
            item[u"runner_group_name"_s] = u"GitHub Actions"_s;
        }
        if (waits) {
            // Skipped: ended as soon as it was created; waiting: not started.
            item[u"status"_s] = skipped ? u"completed"_s : u"queued"_s;
            item[u"conclusion"_s] = skipped ? QJsonValue(u"skipped"_s) : QJsonValue(QJsonValue::Null);
            item[u"started_at"_s] = isoSeconds(created);
            item[u"completed_at"_s] = skipped ? QJsonValue(isoSeconds(created)) : QJsonValue(QJsonValue::Null);
            item[u"steps"_s] = QJsonArray();
            return {item, created, skipped ? u"skipped"_s : QString()};
        }

        const int count = int(m_random.between(3, 15));
        QStringList names{u"Set up job"_s};
        for (qsizetype index : m_random.orderedSubset(middleSteps().size(), count - 2))
            names.append(middleSteps()[index]);
        names.append(u"Complete job"_s);
        // Where it fails or is cancelled, if it does: a step of its own work.
        const double roll = m_random.real(0, 1);
        const QString ending = roll < 0.06 ? u"failure"_s : roll < 0.075 ? u"cancelled"_s : u"success"_s;
        const int breaking = ending == u"success"_s ? -1 : int(m_random.between(1, count - 2));

        QJsonArray steps;
        qint64 time = start;
        QString conclusion = ending;
        bool stopped = false;
        for (int i = 0; i < count; ++i) {
            const bool last = i == count - 1;
            qint64 length = i == 0 ? m_random.between(1, 3) : last ? m_random.between(0, 1) : m_random.between(0, 90);
            if (m_random.chance(0.05))
                length += m_random.between(60, 600);
            const qint64 end = time + length * second;
            if (end > now) {
                // Saved while this step ran: it is in progress, the ones after it queued.
                steps.append(step(i + 1, names[i], u"in_progress"_s, QJsonValue::Null, time, std::nullopt));
                for (int j = i + 1; j < count; ++j)
                    steps.append(step(j + 1, names[j], u"queued"_s, QJsonValue::Null, std::nullopt, std::nullopt));
                stopped = true;
                break;
            }
            QString outcome = u"success"_s;
            if (i == breaking)
                outcome = ending;
            else if (breaking >= 0 && i > breaking && !last)
                outcome = u"skipped"_s;
            const qint64 stepEnd = outcome == u"skipped"_s ? time : end;
            steps.append(step(i + 1, names[i], u"completed"_s, outcome, time, stepEnd));
            time = stepEnd;
        }
        item[u"steps"_s] = steps;
        item[u"started_at"_s] = isoSeconds(start);
        if (stopped) {
            item[u"status"_s] = u"in_progress"_s;
            item[u"conclusion"_s] = QJsonValue::Null;
            item[u"completed_at"_s] = QJsonValue::Null;
            conclusion.clear();
        } else {
            item[u"status"_s] = u"completed"_s;
            item[u"conclusion"_s] = conclusion;
            item[u"completed_at"_s] = isoSeconds(time);
        }
        return {item, time, conclusion};
    }

    /// The run's jobs in waves of up to four, each wave waiting for the one before; after a failure the later
    /// waves are skipped. Sets the run's conclusion and last update.
    QJsonArray runJobs(GitHubRun &run)
    {
        const Workflow &flow = workflows()[run.workflow];
        QStringList names;
        for (qsizetype index : m_random.orderedSubset(flow.jobs.size(), run.jobCount))
            names.append(flow.jobs[index]);
        const qint64 now =
            run.running ? run.started + m_random.between(60, 600) * second : std::numeric_limits<qint64>::max();
        QJsonArray list;
        qint64 cursor = run.started;
        bool failed = false;
        bool cancelled = false;
        bool unfinished = false;
        for (qsizetype first = 0; first < names.size();) {
            const qsizetype wave = std::min<qsizetype>(m_random.between(1, 4), names.size() - first);
            qint64 waveEnd = cursor;
            const bool skipped = failed || cancelled;
            for (qsizetype i = first; i < first + wave; ++i) {
                const qint64 created = cursor + m_random.between(0, 3) * second;
                const JobOutcome outcome = job(run, names[i], created, skipped, now);
                list.append(outcome.item);
                waveEnd = std::max(waveEnd, outcome.end);
                failed = failed || outcome.conclusion == u"failure"_s;
                cancelled = cancelled || outcome.conclusion == u"cancelled"_s;
                unfinished = unfinished || outcome.conclusion.isEmpty();
            }
            cursor = waveEnd + m_random.between(1, 5) * second;
            first += wave;
        }
        run.updated = run.running ? std::min(cursor, now) : cursor;
        run.conclusion = unfinished ? QString() : failed ? u"failure"_s : cancelled ? u"cancelled"_s : u"success"_s;
        if (run.running && !unfinished)
            run.running = false;
        return list;
    }

    QJsonObject runItem(const GitHubRun &run) const
    {
        const Workflow &flow = workflows()[run.workflow];
        const QString api = u"https://api.github.com/repos/octo-org/octo-repo"_s;
        const QString runApi = api + u"/actions/runs/"_s + QString::number(run.id);
        QJsonObject item = m_runTemplate;
        item[u"id"_s] = run.id;
        item[u"name"_s] = flow.name;
        item[u"check_suite_id"_s] = run.id / 3;
        item[u"head_branch"_s] = run.branch;
        item[u"head_sha"_s] = run.sha;
        item[u"path"_s] = QString(flow.file + u"@main"_s);
        item[u"run_number"_s] = run.number;
        item[u"event"_s] = run.event;
        item[u"display_title"_s] = run.title;
        item[u"status"_s] = run.running ? u"in_progress"_s : u"completed"_s;
        item[u"conclusion"_s] = run.running ? QJsonValue(QJsonValue::Null) : QJsonValue(run.conclusion);
        item[u"workflow_id"_s] = flow.id;
        item[u"url"_s] = runApi;
        item[u"html_url"_s] =
            QString(u"https://github.com/octo-org/octo-repo/actions/runs/"_s + QString::number(run.id));
        item[u"created_at"_s] = isoSeconds(run.created);
        item[u"updated_at"_s] = isoSeconds(run.updated);
        item[u"run_attempt"_s] = 1;
        item[u"run_started_at"_s] = isoSeconds(run.started);
        item[u"jobs_url"_s] = QString(runApi + u"/jobs"_s);
        item[u"logs_url"_s] = QString(runApi + u"/logs"_s);
        item[u"check_suite_url"_s] = QString(api + u"/check-suites/"_s + QString::number(run.id / 3));
        item[u"artifacts_url"_s] = QString(runApi + u"/artifacts"_s);
        item[u"cancel_url"_s] = QString(runApi + u"/cancel"_s);
        item[u"rerun_url"_s] = QString(runApi + u"/rerun"_s);
        item[u"workflow_url"_s] = QString(api + u"/actions/workflows/"_s + QString::number(flow.id));
        QJsonObject commit = item.value("head_commit"_L1).toObject();
        commit[u"id"_s] = run.sha;
        commit[u"message"_s] = run.title;
        commit[u"timestamp"_s] = isoSeconds(run.created - 60 * second);
        item[u"head_commit"_s] = commit;
        return item;
    }

    GeneratedResponses &m_counts;
    FolderWriter m_writer;
    Random m_random{1};
    QJsonObject m_runTemplate;
    QJsonObject m_jobTemplate;
    QJsonObject m_stepTemplate;
    QList<GitHubRun> m_runs;
    qint64 m_jobId = 20000000000;
};

} // namespace

Result<void> writeGitHub(GeneratedResponses &counts, qint64 jobs, const QString &fixtures)
{
    auto runs = readFixture(fixtures, u"github/workflow-run-paginated.json"_s);
    if (!runs)
        return runs.error();
    auto jobPage = readFixture(fixtures, u"github/job-paginated.json"_s);
    if (!jobPage)
        return jobPage.error();
    GitHubHistory history(counts, runs->object().value("workflow_runs"_L1).toArray().first().toObject(),
                          jobPage->object().value("jobs"_L1).toArray().first().toObject());
    return history.write(jobs);
}

} // namespace flowdeck::bench::detail
