// SPDX-License-Identifier: GPL-3.0-or-later
// All delivery metrics over a generated year of history: reading the facts (loadMetricsData) and computing the
// report (computeMetrics), for the last 90 days and for the whole year. Budget: 0.5 s for both together over
// 1M jobs, 100k deployments and 500k commits.
//
//   bench_metrics [--commits N] [--deployments N] [--jobs N] [--services N] [--pull-requests N] [--runs N]
//                 [--workspace FILE]
// With --workspace, an existing FILE is measured as it is, and a missing one is generated there and kept.

#include "domain/delivery.h"
#include "domain/history.h"
#include "domain/pipeline.h"
#include "memory/allocator.h"
#include "metrics/metrics.h"
#include "metrics/metricsload.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <random>

#include <time.h>

using namespace flowdeck;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

constexpr Timestamp hourMs = 3600 * 1000;
constexpr Timestamp dayMs = 24 * hourMs;
/// 2025-01-01 00:00 UTC: the generated history is the year before it.
constexpr Timestamp historyEnd = 1735689600000;
constexpr Timestamp historyStart = historyEnd - 365 * dayMs;
constexpr double budgetMs = 500;

struct Sizes
{
    qint64 commits = 500000;
    qint64 deployments = 100000;
    qint64 jobs = 1000000;
    int services = 8;
    qint64 pullRequests = 20000;
};

const QStringList environmentNames{u"dev"_s, u"test"_s, u"staging"_s, u"production"_s};
const QStringList environmentTiers{QLatin1StringView(Tier::Development), QLatin1StringView(Tier::Testing),
                                   QLatin1StringView(Tier::Staging), QLatin1StringView(Tier::Production)};
const QStringList verbs{u"Add"_s, u"Fix"_s, u"Refactor"_s, u"Update"_s, u"Remove"_s, u"Document"_s, u"Test"_s};
const QStringList things{u"checkout flow"_s, u"price rounding"_s, u"session cache"_s, u"login form"_s,
                         u"search index"_s,  u"order export"_s,   u"retry policy"_s,  u"invoice layout"_s};
const QStringList jobNames{u"checkout"_s,   u"build"_s,   u"unit tests"_s, u"lint"_s,   u"integration tests"_s,
                           u"image scan"_s, u"package"_s, u"publish"_s,    u"deploy"_s, u"smoke test"_s};

class Generator
{
public:
    Generator(QSqlDatabase &db, const Sizes &sizes)
        : m_db(db)
        , m_sizes(sizes)
    {}

    Result<void> run()
    {
        if (auto made = services(); !made)
            return made;
        if (auto made = commits(); !made)
            return made;
        if (auto made = pullRequests(); !made)
            return made;
        if (auto made = deployments(); !made)
            return made;
        return incidents();
    }

private:
    template<typename T>
    Result<void> flushEvery(store::BulkInserter<T> &inserter, qsizetype rows = 20000)
    {
        return inserter.pending() >= rows ? inserter.flush() : Result<void>();
    }

    Result<void> services()
    {
        store::BulkInserter<Repository> repositories(m_db);
        store::BulkInserter<Service> services(m_db);
        store::BulkInserter<Environment> environments(m_db);
        for (int s = 0; s < m_sizes.services; ++s) {
            repositories.add(Repository{0, u"repo-%1"_s.arg(s), {}, {}, u"main"_s, {}, {}});
            services.add(Service{0, u"service-%1"_s.arg(s), {}, Id(s + 1)});
        }
        for (qsizetype e = 0; e < environmentNames.size(); ++e)
            environments.add(Environment{0, environmentNames[e], environmentTiers[e], int(e)});
        if (auto done = repositories.flush(); !done)
            return done;
        if (auto done = services.flush(); !done)
            return done;
        return environments.flush();
    }

    static QString oid(int service, qint64 index)
    {
        // Unique per (service, index), spread over the hex digits like a real object id.
        std::mt19937_64 mix(quint64(service) * 1000003u + quint64(index));
        QString text = u"%1%2"_s.arg(quint64(mix()), 16, 16, QChar(u'0')).arg(quint64(mix()), 16, 16, QChar(u'0'));
        return text + u"%1"_s.arg(quint32((service << 24) ^ index), 8, 16, QChar(u'0'));
    }

    qint64 commitsPerService() const { return m_sizes.commits / m_sizes.services; }

    Result<void> commits()
    {
        store::BulkInserter<Commit> inserter(m_db);
        const qint64 perService = commitsPerService();
        const double spacing = double(365 * dayMs) / double(perService);
        m_commitTimes.resize(m_sizes.services);
        m_commitIds.resize(m_sizes.services);
        Id next = 1;
        for (int s = 0; s < m_sizes.services; ++s) {
            for (qint64 i = 0; i < perService; ++i) {
                Commit commit;
                commit.repositoryId = s + 1;
                commit.oid = oid(s, i);
                commit.authorName = u"Developer %1"_s.arg(m_random() % 40);
                commit.authorEmail = u"dev%1@example.com"_s.arg(m_random() % 40);
                commit.authorTime = historyStart + Timestamp(double(i) * spacing) + Timestamp(m_random() % 600000);
                commit.committerName = commit.authorName;
                commit.committerEmail = commit.authorEmail;
                commit.committerTime = commit.authorTime + Timestamp(m_random() % (3 * hourMs));
                const bool hotfix = m_random() % 200 == 0;
                commit.summary = (hotfix ? u"Hotfix: "_s : QString()) + verbs[m_random() % verbs.size()] + u' ' +
                                 things[m_random() % things.size()] + u" (#%1)"_s.arg(i);
                commit.message = commit.summary + u"\n\nWhy and how, in a sentence or two of explanation."_s;
                commit.filesChanged = int(m_random() % 12 + 1);
                commit.insertions = int(m_random() % 200);
                commit.deletions = int(m_random() % 80);
                inserter.add(commit);
                m_commitTimes[s].append(commit.committerTime);
                m_commitIds[s].append(next++);
                if (auto flushed = flushEvery(inserter); !flushed)
                    return flushed;
            }
        }
        return inserter.flush();
    }

    Result<void> pullRequests()
    {
        store::BulkInserter<PullRequest> inserter(m_db);
        const qint64 perService = m_sizes.pullRequests / m_sizes.services;
        const qint64 every = std::max<qint64>(1, commitsPerService() / std::max<qint64>(1, perService));
        for (int s = 0; s < m_sizes.services; ++s) {
            for (qint64 p = 0; p < perService; ++p) {
                const qint64 index = std::min(commitsPerService() - 1, p * every + every - 1);
                PullRequest request;
                request.repositoryId = s + 1;
                request.number = int(p + 1);
                request.title = verbs[m_random() % verbs.size()] + u' ' + things[m_random() % things.size()];
                request.author = u"dev%1"_s.arg(m_random() % 40);
                request.headBranch = u"feature/%1"_s.arg(p);
                request.baseBranch = u"main"_s;
                request.mergedAt = m_commitTimes[s][index];
                request.createdAt = *request.mergedAt - Timestamp(m_random() % (72 * hourMs)) - 60000;
                request.closedAt = request.mergedAt;
                request.mergeCommitOid = oid(s, index);
                if (m_random() % 10 != 0)
                    request.firstCommitAt = request.createdAt - Timestamp(m_random() % (48 * hourMs));
                request.source = u"bench"_s;
                request.externalId = u"pr-%1-%2"_s.arg(s).arg(p);
                inserter.add(request);
                if (auto flushed = flushEvery(inserter); !flushed)
                    return flushed;
            }
        }
        return inserter.flush();
    }

    /// One deployment to be written: which commits it brings (the indexes [first, last) of its service's commits).
    struct Planned
    {
        int service = 0;
        int environment = 0;
        qint64 slot = 0;
        qint64 first = 0;
        qint64 last = 0;
        /// The commit deployed: the last of its batch, or for a rollback the last of the batch before.
        qint64 head = 0;
        bool failed = false;
        bool rollback = false;
        bool hotfixBranch = false;
        Timestamp startedAt = 0;
        Timestamp finishedAt = 0;
    };

    Result<void> deployments()
    {
        const int environments = int(environmentNames.size());
        const qint64 slotCount = std::max<qint64>(1, m_sizes.deployments / (m_sizes.services * environments));
        const qint64 perService = commitsPerService();
        const qint64 batch = std::max<qint64>(1, perService / slotCount);
        QList<Planned> planned;
        planned.reserve(m_sizes.deployments + m_sizes.deployments / 100);
        for (int s = 0; s < m_sizes.services; ++s) {
            QList<Timestamp> previousFinish(slotCount);
            for (int e = 0; e < environments; ++e) {
                qint64 carried = 0; // the first commit not yet shipped to this environment successfully
                for (qint64 k = 0; k < slotCount; ++k) {
                    Planned deployment;
                    deployment.service = s;
                    deployment.environment = e;
                    deployment.slot = k;
                    deployment.first = carried;
                    deployment.last = k + 1 == slotCount ? perService : std::min(perService, (k + 1) * batch);
                    deployment.head = std::max<qint64>(0, deployment.last - 1);
                    deployment.failed = m_random() % 50 == 0; // 2 %
                    deployment.hotfixBranch = e == environments - 1 && m_random() % 60 == 0;
                    const Timestamp ready = e == 0 ? m_commitTimes[s][deployment.last - 1] : previousFinish[k];
                    const Timestamp delay = e == 0 ? 10 * 60000 + Timestamp(m_random() % hourMs)
                                                   : hourMs + Timestamp(m_random() % (e * 12 * hourMs));
                    deployment.startedAt = ready + delay;
                    deployment.finishedAt = deployment.startedAt + 2 * 60000 + Timestamp(m_random() % (20 * 60000));
                    previousFinish[k] = deployment.finishedAt;
                    if (!deployment.failed)
                        carried = deployment.last;
                    planned.append(deployment);
                    // A few production deployments are rolled back to the version before.
                    if (e == environments - 1 && k > 0 && !deployment.failed && m_random() % 200 == 0) {
                        Planned rollback = deployment;
                        rollback.slot = k - 1;
                        rollback.first = rollback.last = 0;
                        rollback.head = std::min(perService, k * batch) - 1;
                        rollback.rollback = true;
                        rollback.hotfixBranch = false;
                        rollback.startedAt = deployment.finishedAt + hourMs;
                        rollback.finishedAt = rollback.startedAt + 5 * 60000;
                        planned.append(rollback);
                    }
                }
            }
        }
        std::stable_sort(planned.begin(), planned.end(),
                         [](const Planned &a, const Planned &b) { return a.finishedAt < b.finishedAt; });

        // One run per deployment, the deployment's own jobs in it.
        store::BulkInserter<PipelineRun> runs(m_db);
        store::BulkInserter<Job> jobs(m_db);
        store::BulkInserter<Deployment> deployments(m_db);
        store::BulkInserter<DeploymentCommit> shipped(m_db);
        const auto runCount = qint64(planned.size());
        for (qsizetype d = 0; d < planned.size(); ++d) {
            const Planned &p = planned[d];
            const Id id = d + 1;
            PipelineRun run;
            run.serviceId = p.service + 1;
            run.source = u"bench"_s;
            run.externalId = u"run-%1"_s.arg(id);
            run.number = id;
            run.branch = p.hotfixBranch ? u"hotfix/%1"_s.arg(id) : u"main"_s;
            run.event = u"push"_s;
            run.status = QLatin1StringView(p.failed ? Status::Failed : Status::Succeeded);
            run.name = u"deliver"_s;
            // The jobs spread evenly over the runs, m_sizes.jobs in all.
            const qint64 jobsPerRun = (d + 1) * m_sizes.jobs / runCount - d * m_sizes.jobs / runCount;
            Timestamp clock = p.startedAt - Timestamp(jobsPerRun) * 8 * 60000;
            run.createdAt = run.startedAt = clock;
            for (qint64 j = 0; j < jobsPerRun; ++j) {
                Job job;
                job.runId = id;
                job.name = jobNames[j % jobNames.size()];
                job.source = u"bench"_s;
                job.externalId = u"job-%1-%2"_s.arg(id).arg(j);
                job.status = QLatin1StringView(Status::Succeeded);
                job.queuedAt = clock;
                const Timestamp wait = Timestamp(m_random() % (5 * 60000));
                const Timestamp work = 30000 + Timestamp(m_random() % (3 * 60000));
                if (m_random() % 33 != 0) { // about 3 % never started: skipped
                    job.startedAt = clock + wait;
                    job.finishedAt = clock + wait + work;
                    clock += wait + work;
                } else {
                    job.status = QLatin1StringView(Status::Skipped);
                }
                job.runner = u"runner-%1"_s.arg(m_random() % 16);
                jobs.add(job);
            }
            run.finishedAt = clock;
            runs.add(run);

            Deployment deployment;
            deployment.serviceId = p.service + 1;
            deployment.environmentId = p.environment + 1;
            deployment.version = u"1.%1.0"_s.arg(p.slot);
            deployment.commitOid = oid(p.service, p.head);
            deployment.runId = id;
            deployment.status = QLatin1StringView(p.failed ? Status::Failed : Status::Succeeded);
            deployment.startedAt = p.startedAt;
            deployment.finishedAt = p.finishedAt;
            deployment.source = u"bench"_s;
            deployment.externalId = u"deployment-%1"_s.arg(id);
            deployment.triggeredBy = u"pipeline"_s;
            deployments.add(deployment);
            for (qint64 c = p.first; c < p.last; ++c)
                shipped.add(DeploymentCommit{id, m_commitIds[p.service][c]});
            if (p.environment == environmentNames.size() - 1 && !p.failed && !p.rollback)
                m_production.append({id, p.service, p.finishedAt, p.first, p.last});

            // Runs before jobs and deployments, for the foreign keys.
            if (runs.pending() >= 2000) {
                for (auto flushed : {runs.flush(), jobs.flush(), deployments.flush(), shipped.flush()}) {
                    if (!flushed)
                        return flushed;
                }
            }
        }
        for (auto flushed : {runs.flush(), jobs.flush(), deployments.flush(), shipped.flush()}) {
            if (!flushed)
                return flushed;
        }
        return {};
    }

    Result<void> incidents()
    {
        store::BulkInserter<Incident> inserter(m_db);
        qint64 number = 0;
        for (const Shipped &deployment : std::as_const(m_production)) {
            if (m_random() % 100 != 0)
                continue;
            Incident incident;
            incident.title = u"Errors after %1"_s.arg(deployment.id);
            incident.startedAt = deployment.finishedAt + hourMs + Timestamp(m_random() % (12 * hourMs));
            if (m_random() % 20 != 0)
                incident.resolvedAt = incident.startedAt + 30 * 60000 + Timestamp(m_random() % (8 * hourMs));
            switch (m_random() % 3) {
            case 0: // linked to the deployment
                incident.serviceId = deployment.service + 1;
                incident.deploymentId = deployment.id;
                break;
            case 1: // linked to a commit the deployment shipped
                incident.serviceId = deployment.service + 1;
                if (deployment.last > deployment.first)
                    incident.commitOid = oid(deployment.service, deployment.first);
                break;
            default: // the service only
                incident.serviceId = deployment.service + 1;
                break;
            }
            incident.source = u"bench"_s;
            incident.externalId = u"incident-%1"_s.arg(++number);
            inserter.add(incident);
        }
        return inserter.flush();
    }

    struct Shipped
    {
        Id id = 0;
        int service = 0;
        Timestamp finishedAt = 0;
        qint64 first = 0;
        qint64 last = 0;
    };

    QSqlDatabase &m_db;
    Sizes m_sizes;
    std::mt19937_64 m_random{20250101};
    QList<QList<Timestamp>> m_commitTimes;
    QList<QList<Id>> m_commitIds;
    QList<Shipped> m_production;
};

qint64 count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

/// CPU time of the whole process (every thread), ms: on a shared machine the wall time also counts waiting for a
/// core.
double processCpuMs()
{
    timespec time{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}

bool measure(const QSqlDatabase &db, const QString &label, const metrics::Scope &scope, int runs)
{
    const metrics::Options options;
    QList<double> loads;
    QList<double> computes;
    QList<double> totals;
    QList<double> loadCpus;
    metrics::MetricsData data;
    metrics::MetricsReport report;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuBefore = processCpuMs();
        timer.start();
        auto loaded = metrics::loadMetricsData(db, scope, options);
        const double loadMs = timer.nsecsElapsed() / 1e6;
        loadCpus.append(processCpuMs() - cpuBefore);
        if (!loaded) {
            err << loaded.errorMessage() << '\n';
            return false;
        }
        timer.restart();
        report = metrics::computeMetrics(*loaded, scope, options);
        const double computeMs = timer.nsecsElapsed() / 1e6;
        loads.append(loadMs);
        computes.append(computeMs);
        totals.append(loadMs + computeMs);
        data = std::move(*loaded);
    }
    const double total = median(totals);
    out << '\n' << label << " (median of " << runs << " runs)\n";
    const auto hotfixes = std::count_if(data.deployments.cbegin(), data.deployments.cend(),
                                        [](const metrics::DeploymentFact &deployment) { return deployment.hotfix; });
    qint64 shipped = 0;
    Timestamp shippedAtSum = 0;
    for (const metrics::ChangeFact &change : std::as_const(data.changes)) {
        shipped += change.productionAt ? 1 : 0;
        shippedAtSum += change.productionAt.value_or(0) / 1000;
    }
    out << "  facts: " << data.deployments.size() << " production deployments (" << hotfixes << " hotfixes), "
        << shipped << " of " << data.changes.size() << " changes in production (their times sum to " << shippedAtSum
        << " s), " << data.incidents.size() << " incidents, " << data.pullRequests.size() << " pull requests, "
        << data.runs.size() << " runs\n";
    out << "  report: " << report.deploymentFrequency.deployments << " deployments, " << report.leadTime.records.size()
        << " changes shipped, " << report.changeFailureRate.failed << " failures, " << report.rework.rework
        << " rework\n";
    out << "  load " << ms(median(loads)) << " ms (CPU time of all threads " << ms(median(loadCpus)) << " ms), compute "
        << ms(median(computes)) << " ms, total " << ms(total) << " ms = " << QString::number(total / budgetMs, 'f', 2)
        << " of the " << budgetMs << " ms budget\n";
    out.flush();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    // As the application does, so that the figures are those of the product.
    memory::tuneAllocator();
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    Sizes sizes;
    QString file;
    int runs = 5;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &option = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        const qint64 value = hasValue ? arguments[i + 1].toLongLong() : 0;
        if (option == u"--commits"_s && value > 0) {
            sizes.commits = value;
        } else if (option == u"--deployments"_s && value > 0) {
            sizes.deployments = value;
        } else if (option == u"--jobs"_s && value > 0) {
            sizes.jobs = value;
        } else if (option == u"--services"_s && value > 0) {
            sizes.services = int(value);
        } else if (option == u"--pull-requests"_s && value > 0) {
            sizes.pullRequests = value;
        } else if (option == u"--runs"_s && value > 0) {
            runs = int(value);
        } else if (option == u"--workspace"_s && hasValue) {
            file = arguments[i + 1];
        } else {
            err << "usage: bench_metrics [--commits N] [--deployments N] [--jobs N] [--services N] "
                   "[--pull-requests N] [--runs N] [--workspace FILE]\n";
            return 2;
        }
        ++i;
    }

    QTemporaryDir temporary;
    if (file.isEmpty())
        file = temporary.filePath(u"metrics.flowdeck"_s);
    std::shared_ptr<store::Workspace> workspace;
    if (QFile::exists(file)) {
        auto opened = store::Workspace::open(file);
        if (!opened) {
            err << opened.errorMessage() << '\n';
            return 1;
        }
        workspace = *opened;
        out << "Measuring " << file << '\n';
    } else {
        auto created = store::Workspace::create(file);
        if (!created) {
            err << created.errorMessage() << '\n';
            return 1;
        }
        workspace = *created;
        QElapsedTimer timer;
        timer.start();
        auto written = workspace->write([&](QSqlDatabase &db) { return Generator(db, sizes).run(); });
        if (!written) {
            err << written.errorMessage() << '\n';
            return 1;
        }
        out << "Generated in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
    }
    const QSqlDatabase db = workspace->connection();
    out << "Workspace: " << count(db, u"commits"_s) << " commits, " << count(db, u"deployments"_s) << " deployments, "
        << count(db, u"deployment_commits"_s) << " deployment commits, " << count(db, u"pipeline_runs"_s) << " runs, "
        << count(db, u"jobs"_s) << " jobs, " << count(db, u"pull_requests"_s) << " pull requests, "
        << count(db, u"incidents"_s) << " incidents; " << QThread::idealThreadCount() << " cores\n";

    if (!measure(db, u"Last 90 days"_s, metrics::Scope{historyEnd - 90 * dayMs, historyEnd, {}}, runs))
        return 1;
    if (!measure(db, u"Whole year"_s, metrics::Scope{historyStart, historyEnd, {}}, runs))
        return 1;
    if (!measure(db, u"Last 90 days, one service"_s, metrics::Scope{historyEnd - 90 * dayMs, historyEnd, {1}}, runs))
        return 1;
    return 0;
}
