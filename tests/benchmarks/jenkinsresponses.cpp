// SPDX-License-Identifier: GPL-3.0-or-later
// Jenkins responses: each build's Pipeline Stage View describe with its stages.
#include "responsewriting.h"

#include <limits>

namespace flowdeck::bench::detail {

using namespace Qt::StringLiterals;

namespace {

const QStringList &jenkinsStages()
{
    static const QStringList stages = {
        u"Checkout"_s, u"Build"_s,   u"Unit tests"_s,        u"Integration tests"_s, u"Static analysis"_s,
        u"Package"_s,  u"Publish"_s, u"Deploy to staging"_s, u"Approve"_s,           u"Deploy to production"_s,
    };
    return stages;
}

class JenkinsHistory
{
public:
    JenkinsHistory(GeneratedResponses &counts, const QJsonObject &runTemplate)
        : m_counts(counts)
        , m_writer(counts)
        , m_runTemplate(runTemplate)
        , m_stageTemplate(runTemplate.value("stages"_L1).toArray().first().toObject())
    {}

    Result<void> write(qint64 jobs)
    {
        // Finished builds until there are enough stages, then the few newest, still running.
        qint64 time = historyStart;
        qint64 number = 0;
        qint64 running = 0;
        while (m_counts.jobs < jobs || running < std::max<qint64>(3, number / 300)) {
            const bool ended = m_counts.jobs < jobs;
            running += ended ? 0 : 1;
            const QJsonObject run = build(++number, time, int(m_random.between(3, 10)), !ended);
            if (auto written =
                    m_writer.write(u"builds/%1.json"_s.arg(number, 6, 10, QLatin1Char('0')), QJsonDocument(run));
                !written)
                return written;
            time += m_random.between(300, 3600) * second;
        }
        m_counts.runs = number;
        return {};
    }

private:
    QJsonObject build(qint64 number, qint64 start, int stageCount, bool running)
    {
        const QString path = u"/jenkins/job/storefront/%1/"_s.arg(number);
        const qint64 now = running ? start + m_random.between(30, 900) * second : std::numeric_limits<qint64>::max();
        QJsonArray stages;
        qint64 time = start + m_random.between(200, 2000);
        qint64 node = 3;
        QString status = u"SUCCESS"_s;
        bool paused = false;
        for (qsizetype index : m_random.orderedSubset(jenkinsStages().size(), stageCount)) {
            const QString &name = jenkinsStages()[index];
            node += m_random.between(2, 9);
            QJsonObject stage = m_stageTemplate;
            stage[u"_links"_s] = QJsonObject{
                {u"self"_s, QJsonObject{{u"href"_s, QString(path + u"execution/node/%1/wfapi/describe"_s.arg(node))}}}};
            stage[u"id"_s] = QString::number(node);
            stage[u"name"_s] = name;
            stage[u"execNode"_s] = QString();
            stage[u"startTimeMillis"_s] = time;
            stage[u"pauseDurationMillis"_s] = 0;
            ++m_counts.jobs;
            const bool approval = name == u"Approve"_s;
            qint64 length = approval ? m_random.between(30000, 3600000) : m_random.between(2000, 240000);
            if (time + length > now) {
                // Saved while this stage ran: it is the last one the page lists.
                paused = approval;
                stage[u"status"_s] = approval ? u"PAUSED_PENDING_INPUT"_s : u"IN_PROGRESS"_s;
                stage[u"durationMillis"_s] = now - time;
                stage[u"pauseDurationMillis"_s] = approval ? now - time : 0;
                stages.append(stage);
                status = stage[u"status"_s].toString();
                break;
            }
            const double roll = m_random.real(0, 1);
            const QString outcome = roll < 0.05                                ? u"FAILED"_s
                                    : roll < 0.06                              ? u"ABORTED"_s
                                    : roll < 0.08 && name.endsWith(u"tests"_s) ? u"UNSTABLE"_s
                                                                               : u"SUCCESS"_s;
            stage[u"status"_s] = outcome;
            stage[u"durationMillis"_s] = length;
            if (approval)
                stage[u"pauseDurationMillis"_s] = length - m_random.between(0, 500);
            stages.append(stage);
            time += length + m_random.between(5, 300);
            if (outcome != u"SUCCESS"_s && status != u"FAILED"_s)
                status = outcome;
            // A failed or aborted stage ends the build: the stages after it never start.
            if (outcome == u"FAILED"_s || outcome == u"ABORTED"_s)
                break;
        }
        QJsonObject run = m_runTemplate;
        QJsonObject links{{u"self"_s, QJsonObject{{u"href"_s, QString(path + u"wfapi/describe"_s)}}}};
        if (paused)
            links[u"pendingInputActions"_s] = QJsonObject{{u"href"_s, QString(path + u"wfapi/pendingInputActions"_s)}};
        else
            links[u"artifacts"_s] = QJsonObject{{u"href"_s, QString(path + u"wfapi/artifacts"_s)}};
        run[u"_links"_s] = links;
        run[u"id"_s] = QString::number(number);
        run[u"name"_s] = u"#%1"_s.arg(number);
        run[u"status"_s] = status;
        const qint64 end = running ? std::min(now, time) : time;
        run[u"startTimeMillis"_s] = start;
        run[u"endTimeMillis"_s] = end;
        run[u"durationMillis"_s] = end - start;
        run[u"queueDurationMillis"_s] = m_random.between(5, 120000);
        run[u"pauseDurationMillis"_s] = 0;
        run[u"stages"_s] = stages;
        return run;
    }

    GeneratedResponses &m_counts;
    FolderWriter m_writer;
    Random m_random{3};
    QJsonObject m_runTemplate;
    QJsonObject m_stageTemplate;
};

} // namespace

Result<void> writeJenkins(GeneratedResponses &counts, qint64 jobs, const QString &fixtures)
{
    auto describe = readFixture(fixtures, u"jenkins/wfapi-readme-run-describe.json"_s);
    if (!describe)
        return describe.error();
    JenkinsHistory history(counts, describe->object());
    return history.write(jobs);
}

} // namespace flowdeck::bench::detail
