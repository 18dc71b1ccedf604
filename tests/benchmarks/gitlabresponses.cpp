// SPDX-License-Identifier: GPL-3.0-or-later
// GitLab responses: pipeline list pages, each pipeline on its own, and the project's job pages.
#include "responsewriting.h"

#include <cmath>
#include <limits>

namespace flowdeck::bench::detail {

using namespace Qt::StringLiterals;

namespace {

struct GitLabStage
{
    QString name;
    QStringList jobs;
    int minJobs = 0;
    int maxJobs = 0;
};

const QList<GitLabStage> &gitlabStages()
{
    static const QList<GitLabStage> stages = {
        {u"build"_s, {u"compile"_s, u"build:assets"_s, u"build:docker"_s}, 1, 3},
        {u"test"_s,
         {u"rspec 1/4"_s, u"rspec 2/4"_s, u"rspec 3/4"_s, u"rspec 4/4"_s, u"jest"_s, u"rubocop"_s, u"eslint"_s,
          u"brakeman-sast"_s, u"secret_detection"_s, u"container_scanning"_s},
         2,
         8},
        {u"deploy"_s, {u"deploy:review"_s, u"deploy:staging"_s, u"deploy:production"_s}, 0, 3},
    };
    return stages;
}

struct GitLabJob
{
    qint64 id = 0;
    QString name;
    QString stage;
    QString status;
    qint64 created = 0;
    std::optional<qint64> started;
    std::optional<qint64> finished;
    double queued = 0;
    qint64 runner = 0;
};

struct GitLabPipeline
{
    qint64 id = 0;
    qint64 iid = 0;
    QString status;
    QString source;
    QString ref;
    QString sha;
    QString beforeSha;
    QString title;
    qint64 created = 0;
    qint64 updated = 0;
    std::optional<qint64> started;
    std::optional<qint64> finished;
    double queued = 0;
    QList<GitLabJob> jobs;
};

class GitLabHistory
{
public:
    GitLabHistory(GeneratedResponses &counts, const QJsonObject &listTemplate, const QJsonObject &singleTemplate,
                  const QJsonArray &jobTemplates)
        : m_counts(counts)
        , m_writer(counts)
        , m_listTemplate(listTemplate)
        , m_singleTemplate(singleTemplate)
        , m_jobTemplates(jobTemplates)
    {}

    Result<void> write(qint64 jobs)
    {
        plan(jobs);
        QList<QJsonObject> listed;
        listed.reserve(m_pipelines.size());
        for (auto pipeline = m_pipelines.crbegin(); pipeline != m_pipelines.crend(); ++pipeline)
            listed.append(listItem(*pipeline));
        const auto asArray = [](const QJsonArray &array) {
            return QJsonDocument(array);
        };
        if (auto written = writePages(m_writer, u"pipelines/pipelines-%1.json"_s, listed, asArray); !written)
            return written;
        listed.clear();
        for (const GitLabPipeline &pipeline : std::as_const(m_pipelines)) {
            if (auto written = m_writer.write(u"pipelines/%1.json"_s.arg(pipeline.id), QJsonDocument(single(pipeline)));
                !written)
                return written;
        }
        // The project's jobs, newest first.
        QList<QJsonObject> items;
        items.reserve(m_counts.jobs);
        for (auto pipeline = m_pipelines.crbegin(); pipeline != m_pipelines.crend(); ++pipeline) {
            for (auto job = pipeline->jobs.crbegin(); job != pipeline->jobs.crend(); ++job)
                items.append(jobItem(*pipeline, *job));
        }
        return writePages(m_writer, u"jobs/jobs-%1.json"_s, items, asArray);
    }

private:
    void plan(qint64 jobs)
    {
        qint64 time = historyStart;
        qint64 id = 1200000;
        qint64 jobId = 5400000;
        QString previousSha = m_random.hex(40);
        while (m_counts.jobs < jobs) {
            GitLabPipeline pipeline;
            pipeline.id = id;
            pipeline.iid = m_pipelines.size() + 1;
            const double source = m_random.real(0, 1);
            pipeline.source = source < 0.6    ? u"push"_s
                              : source < 0.85 ? u"merge_request_event"_s
                              : source < 0.95 ? u"schedule"_s
                                              : u"web"_s;
            pipeline.ref = pipeline.source == u"schedule"_s ? u"main"_s : branch(m_random);
            pipeline.sha = m_random.hex(40);
            pipeline.beforeSha = previousSha;
            previousSha = pipeline.sha;
            pipeline.title = m_random.pick(commitTitles());
            pipeline.created = time;
            m_pipelines.append(pipeline);
            time += m_random.between(120, 1800) * second;
            id += m_random.between(1, 40);
            for (const GitLabStage &stage : gitlabStages()) {
                for (qsizetype index :
                     m_random.orderedSubset(stage.jobs.size(), m_random.between(stage.minJobs, stage.maxJobs))) {
                    GitLabJob job;
                    job.id = jobId++;
                    job.name = stage.jobs[index];
                    job.stage = stage.name;
                    m_pipelines.last().jobs.append(job);
                    ++m_counts.jobs;
                }
            }
            jobId += m_random.between(0, 20);
        }
        m_counts.runs = m_pipelines.size();
        const qsizetype running = std::max<qsizetype>(3, m_pipelines.size() / 300);
        for (qsizetype i = 0; i < m_pipelines.size(); ++i)
            run(m_pipelines[i], i >= m_pipelines.size() - running);
    }

    /// Runs the pipeline's stages one after the other: a failed or cancelled job skips the later stages; a
    /// running pipeline was saved partway.
    void run(GitLabPipeline &pipeline, bool running)
    {
        const qint64 now =
            running ? pipeline.created + m_random.between(60, 900) * second : std::numeric_limits<qint64>::max();
        qint64 cursor = pipeline.created + m_random.between(0, 3) * second;
        bool failed = false;
        bool cancelled = false;
        bool unfinished = false;
        QString stage;
        qint64 stageEnd = cursor;
        for (GitLabJob &job : pipeline.jobs) {
            if (job.stage != stage) {
                cursor = std::max(cursor, stageEnd) + m_random.between(1, 5) * second;
                stageEnd = cursor;
                stage = job.stage;
            }
            job.created = pipeline.created + m_random.between(0, 999);
            if (failed || cancelled) {
                job.status = u"skipped"_s;
                continue;
            }
            if (job.name == u"deploy:production"_s && m_random.chance(0.5)) {
                job.status = u"manual"_s;
                continue;
            }
            // GitLab gives it in seconds to the millisecond.
            job.queued =
                std::round((m_random.chance(0.05) ? m_random.real(60, 600) : m_random.real(0.5, 40)) * 1000) / 1000;
            const qint64 start = cursor + qint64(job.queued * 1000);
            if (start > now) {
                job.status = stage == pipeline.jobs.first().stage ? u"pending"_s : u"created"_s;
                job.queued = 0;
                unfinished = true;
                continue;
            }
            job.started = start;
            job.runner = m_random.between(1, 40);
            const qint64 end = start + m_random.between(20000, job.stage == u"test"_s ? 900000 : 300000);
            if (end > now) {
                job.status = u"running"_s;
                unfinished = true;
                continue;
            }
            const double roll = m_random.real(0, 1);
            job.status = roll < 0.05 ? u"failed"_s : roll < 0.06 ? u"canceled"_s : u"success"_s;
            failed = failed || job.status == u"failed"_s;
            cancelled = cancelled || job.status == u"canceled"_s;
            job.finished = end;
            stageEnd = std::max(stageEnd, end);
            if (!pipeline.started || start < *pipeline.started) {
                pipeline.started = start;
                pipeline.queued = job.queued;
            }
        }
        pipeline.status = unfinished ? u"running"_s : failed ? u"failed"_s : cancelled ? u"canceled"_s : u"success"_s;
        if (!unfinished)
            pipeline.finished = stageEnd;
        pipeline.updated = unfinished ? now : stageEnd + m_random.between(0, 999);
        if (pipeline.started)
            pipeline.updated = std::max(pipeline.updated, *pipeline.started);
    }

    QString webUrl() const { return u"https://gitlab.example.com/acme/storefront"_s; }

    QJsonObject listItem(const GitLabPipeline &pipeline) const
    {
        QJsonObject item = m_listTemplate;
        item[u"id"_s] = pipeline.id;
        item[u"iid"_s] = pipeline.iid;
        item[u"project_id"_s] = 21;
        item[u"status"_s] = pipeline.status;
        item[u"source"_s] = pipeline.source;
        item[u"ref"_s] = pipeline.ref;
        item[u"sha"_s] = pipeline.sha;
        item[u"web_url"_s] = QString(webUrl() + u"/-/pipelines/"_s + QString::number(pipeline.id));
        item[u"created_at"_s] = isoMillis(pipeline.created);
        item[u"updated_at"_s] = isoMillis(pipeline.updated);
        return item;
    }

    QJsonObject single(const GitLabPipeline &pipeline) const
    {
        QJsonObject item = m_singleTemplate;
        item[u"id"_s] = pipeline.id;
        item[u"iid"_s] = pipeline.iid;
        item[u"project_id"_s] = 21;
        item[u"sha"_s] = pipeline.sha;
        item[u"ref"_s] = pipeline.ref;
        item[u"status"_s] = pipeline.status;
        item[u"source"_s] = pipeline.source;
        item[u"created_at"_s] = isoMillis(pipeline.created);
        item[u"updated_at"_s] = isoMillis(pipeline.updated);
        item[u"web_url"_s] = QString(webUrl() + u"/-/pipelines/"_s + QString::number(pipeline.id));
        item[u"before_sha"_s] = pipeline.beforeSha;
        item[u"started_at"_s] = timeOrNull(pipeline.started, isoMillis);
        item[u"finished_at"_s] = timeOrNull(pipeline.finished, isoMillis);
        item[u"duration"_s] = pipeline.started && pipeline.finished
                                  ? QJsonValue((*pipeline.finished - *pipeline.started) / second)
                                  : QJsonValue(QJsonValue::Null);
        item[u"queued_duration"_s] = pipeline.started ? QJsonValue(qint64(pipeline.queued)) : QJsonValue::Null;
        QJsonObject status = item.value("detailed_status"_L1).toObject();
        const QString word = pipeline.status == u"success"_s ? u"passed"_s : pipeline.status;
        status[u"icon"_s] = QString(u"status_"_s + pipeline.status);
        status[u"text"_s] = word;
        status[u"label"_s] = word;
        status[u"group"_s] = pipeline.status;
        status[u"tooltip"_s] = word;
        status[u"details_path"_s] = QString(u"/acme/storefront/-/pipelines/"_s + QString::number(pipeline.id));
        item[u"detailed_status"_s] = status;
        return item;
    }

    QJsonObject jobItem(const GitLabPipeline &pipeline, const GitLabJob &job) const
    {
        QJsonObject item = m_jobTemplates.at(job.id % m_jobTemplates.size()).toObject();
        QJsonObject commit = item.value("commit"_L1).toObject();
        commit[u"id"_s] = pipeline.sha;
        commit[u"short_id"_s] = pipeline.sha.left(8);
        commit[u"title"_s] = pipeline.title;
        commit[u"message"_s] = pipeline.title;
        commit[u"created_at"_s] = isoOffset(pipeline.created - 300 * second, 3600);
        item[u"commit"_s] = commit;
        item[u"id"_s] = job.id;
        item[u"name"_s] = job.name;
        item[u"stage"_s] = job.stage;
        item[u"status"_s] = job.status;
        item[u"ref"_s] = pipeline.ref;
        item[u"created_at"_s] = isoMillis(job.created);
        item[u"started_at"_s] = timeOrNull(job.started, isoMillis);
        item[u"finished_at"_s] = timeOrNull(job.finished, isoMillis);
        item[u"duration"_s] = job.started && job.finished ? QJsonValue((*job.finished - *job.started) / 1000.0)
                                                          : QJsonValue(QJsonValue::Null);
        item[u"queued_duration"_s] = job.started ? QJsonValue(job.queued) : QJsonValue(QJsonValue::Null);
        item[u"artifacts_expire_at"_s] =
            job.finished ? QJsonValue(isoMillis(*job.finished + 30 * 86400 * second)) : QJsonValue(QJsonValue::Null);
        if (job.status == u"failed"_s)
            item[u"failure_reason"_s] = u"script_failure"_s;
        else
            item.remove("failure_reason"_L1);
        QJsonObject ofPipeline = item.value("pipeline"_L1).toObject();
        ofPipeline[u"id"_s] = pipeline.id;
        ofPipeline[u"project_id"_s] = 21;
        ofPipeline[u"ref"_s] = pipeline.ref;
        ofPipeline[u"sha"_s] = pipeline.sha;
        ofPipeline[u"status"_s] = pipeline.status;
        item[u"pipeline"_s] = ofPipeline;
        if (job.runner > 0) {
            item[u"runner"_s] =
                QJsonObject{{u"id"_s, job.runner},
                            {u"description"_s, u"shared-docker-%1"_s.arg(job.runner, 2, 10, QLatin1Char('0'))},
                            {u"ip_address"_s, QJsonValue::Null},
                            {u"active"_s, true},
                            {u"paused"_s, false},
                            {u"is_shared"_s, true},
                            {u"runner_type"_s, u"instance_type"_s},
                            {u"name"_s, u"gitlab-runner"_s},
                            {u"online"_s, true},
                            {u"status"_s, u"online"_s}};
        } else {
            item[u"runner"_s] = QJsonValue::Null;
        }
        item[u"web_url"_s] = QString(webUrl() + u"/-/jobs/"_s + QString::number(job.id));
        return item;
    }

    GeneratedResponses &m_counts;
    FolderWriter m_writer;
    Random m_random{2};
    QJsonObject m_listTemplate;
    QJsonObject m_singleTemplate;
    QJsonArray m_jobTemplates;
    QList<GitLabPipeline> m_pipelines;
};

} // namespace

Result<void> writeGitLab(GeneratedResponses &counts, qint64 jobs, const QString &fixtures)
{
    auto list = readFixture(fixtures, u"gitlab/pipelines-list.json"_s);
    if (!list)
        return list.error();
    auto single = readFixture(fixtures, u"gitlab/pipeline-single.json"_s);
    if (!single)
        return single.error();
    auto jobList = readFixture(fixtures, u"gitlab/jobs-list-pipeline.json"_s);
    if (!jobList)
        return jobList.error();
    GitLabHistory history(counts, list->array().first().toObject(), single->object(), jobList->array());
    return history.write(jobs);
}

} // namespace flowdeck::bench::detail
