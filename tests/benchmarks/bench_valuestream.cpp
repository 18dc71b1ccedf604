// SPDX-License-Identifier: GPL-3.0-or-later
// The derived value stream (deriveMap) over the year of history that bench_metrics generates (1M jobs, 100k
// deployments, 500k commits), for the last 90 days and the whole year, for every service and for one; next to it
// the delivery metrics on the same scope, since the budget (0.5 s) holds for both together. Each part is timed alone,
// then both through deriveWithMetrics(), as a page or report that shows both loads them: that time is the one held
// against the budget.
//
//   bench_valuestream [--workspace FILE] [--runs N] [--scope 1-4] [--together]
// --scope measures only one of the four (in the order printed); --together times only deriveWithMetrics(), so that a
// profiler sees nothing else. A missing FILE is made by bench_metrics (and kept); a workspace without pipelines then
// gets the stage layer a CI import would give it: per service a pipeline whose stages are named like the jobs
// (checkout -> build -> unit tests and lint in parallel -> integration tests -> image scan -> package -> publish ->
// deploy -> smoke test), each run assigned to its service's pipeline and each job to its stage. The metrics do not
// read that layer. The allocator is set up as the application sets it up (memory::tuneAllocator()).

#include "domain/pipeline.h"
#include "memory/allocator.h"
#include "metrics/metrics.h"
#include "metrics/metricsload.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"
#include "valuestream/derivation.h"
#include "valuestream/derivewithmetrics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

#include <time.h>

using namespace flowdeck;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

constexpr Timestamp dayMs = 24 * 3600 * 1000;
/// bench_metrics' history ends on 2025-01-01 00:00 UTC and covers the year before.
constexpr Timestamp historyEnd = 1735689600000;
constexpr Timestamp historyStart = historyEnd - 365 * dayMs;
constexpr double budgetMs = 500;

struct StageSpec
{
    QString name;
    const char *kind;
    QList<int> needs;
};

const QList<StageSpec> stageSpecs{
    {u"checkout"_s, StageKind::Other, {}},
    {u"build"_s, StageKind::Build, {0}},
    {u"unit tests"_s, StageKind::Test, {1}},
    {u"lint"_s, StageKind::Test, {1}},
    {u"integration tests"_s, StageKind::Test, {2, 3}},
    {u"image scan"_s, StageKind::Security, {4}},
    {u"package"_s, StageKind::Build, {5}},
    {u"publish"_s, StageKind::Other, {6}},
    {u"deploy"_s, StageKind::Deploy, {7}},
    {u"smoke test"_s, StageKind::Test, {8}},
};

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Result<void> exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return store::sqlError(sql.left(40), query.lastError());
    return {};
}

/// Per service a pipeline with the stages of stageSpecs; runs and jobs assigned to them.
Result<void> addStageLayer(QSqlDatabase &db)
{
    QList<Id> services;
    {
        QSqlQuery query(db);
        if (!query.exec(u"SELECT id FROM services ORDER BY id"_s))
            return store::sqlError(u"services"_s, query.lastError());
        while (query.next())
            services.append(query.value(0).toLongLong());
    }
    if (auto made = exec(db, u"CREATE TEMP TABLE bench_stages (service_id INTEGER, name TEXT, stage_id INTEGER, "
                             u"PRIMARY KEY (service_id, name))"_s);
        !made)
        return made;
    store::TableWriter<Pipeline> pipelines(db);
    store::TableWriter<Stage> stages(db);
    store::TableWriter<StageEdge> edges(db);
    QSqlQuery mapping(db);
    mapping.prepare(u"INSERT INTO bench_stages (service_id, name, stage_id) VALUES (?, ?, ?)"_s);
    for (const Id service : std::as_const(services)) {
        auto pipeline = pipelines.insert(Pipeline{0,
                                                  u"deliver %1"_s.arg(service),
                                                  service,
                                                  u"bench"_s,
                                                  u"pipeline-%1"_s.arg(service),
                                                  {},
                                                  {},
                                                  1,
                                                  historyStart});
        if (!pipeline)
            return pipeline.error();
        QList<Id> ids;
        for (qsizetype i = 0; i < stageSpecs.size(); ++i) {
            const StageSpec &spec = stageSpecs[i];
            auto stage =
                stages.insert(Stage{0, *pipeline, spec.name, QString::fromLatin1(spec.kind), std::nullopt, int(i)});
            if (!stage)
                return stage.error();
            ids.append(*stage);
            for (const int need : spec.needs) {
                if (auto edge = edges.insert(StageEdge{0, *pipeline, ids[need], *stage}); !edge)
                    return edge.error();
            }
            mapping.addBindValue(service);
            mapping.addBindValue(spec.name);
            mapping.addBindValue(*stage);
            if (!mapping.exec())
                return store::sqlError(u"bench_stages"_s, mapping.lastError());
        }
    }
    if (auto done = exec(db, u"UPDATE pipeline_runs SET pipeline_id = (SELECT p.id FROM pipelines p WHERE "
                             u"p.service_id = pipeline_runs.service_id AND p.source = 'bench')"_s);
        !done)
        return done;
    if (auto done = exec(db, u"UPDATE jobs SET stage_id = m.stage_id FROM pipeline_runs r, bench_stages m "
                             u"WHERE r.id = jobs.run_id AND m.service_id = r.service_id AND m.name = jobs.name"_s);
        !done)
        return done;
    return exec(db, u"DROP TABLE bench_stages"_s);
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

/// Each part alone: the derivation, then the metrics, as the product would run them one after the other.
bool measureAlone(const QSqlDatabase &db, const valuestream::DerivationScope &scope, const metrics::Scope &metricsScope,
                  const metrics::Options &options, QList<double> &derivations, QList<double> &derivationCpus,
                  QList<double> &metricsTimes)
{
    QElapsedTimer timer;
    double cpuBefore = processCpuMs();
    timer.start();
    auto derived = valuestream::deriveMap(db, scope);
    derivations.append(double(timer.nsecsElapsed()) / 1e6);
    derivationCpus.append(processCpuMs() - cpuBefore);
    if (!derived) {
        err << derived.errorMessage() << '\n';
        return false;
    }

    timer.restart();
    auto loaded = metrics::loadMetricsData(db, metricsScope, options);
    if (!loaded) {
        err << loaded.errorMessage() << '\n';
        return false;
    }
    const metrics::MetricsReport report = metrics::computeMetrics(*loaded, metricsScope, options);
    metricsTimes.append(double(timer.nsecsElapsed()) / 1e6);
    Q_UNUSED(report);
    return true;
}

/// Each part alone, then both as the product loads them together; with `togetherOnly` (for a profiler) only the latter.
bool measure(const QSqlDatabase &db, const QString &label, const valuestream::DerivationScope &scope, int runs,
             bool togetherOnly)
{
    QList<double> derivations;
    QList<double> derivationCpus;
    QList<double> metricsTimes;
    QList<double> together;
    QList<double> togetherCpus;
    valuestream::Map map;
    const metrics::Scope metricsScope{scope.from, scope.to,
                                      scope.serviceId ? QList<Id>{*scope.serviceId} : QList<Id>{}};
    const metrics::Options options;
    for (int i = 0; i < runs; ++i) {
        if (!togetherOnly && !measureAlone(db, scope, metricsScope, options, derivations, derivationCpus, metricsTimes))
            return false;
        const double cpuBefore = processCpuMs();
        QElapsedTimer timer;
        timer.start();
        auto both = valuestream::deriveWithMetrics(db, scope, metricsScope, options);
        together.append(double(timer.nsecsElapsed()) / 1e6);
        togetherCpus.append(processCpuMs() - cpuBefore);
        if (!both) {
            err << both.errorMessage() << '\n';
            return false;
        }
        map = std::move(both->map);
    }
    qint64 waits = 0;
    qint64 processes = 0;
    for (const valuestream::Step &step : std::as_const(map.steps)) {
        waits += step.waitSamplesMs.size();
        processes += step.processSamplesMs.size();
    }
    const double both = median(together);
    out << '\n' << label << " (median of " << runs << " runs, best in brackets)\n";
    out << "  map \"" << map.name << "\": " << map.steps.size() << " steps, " << map.edges.size() << " edges, " << waits
        << " waits and " << processes << " process times sampled\n";
    if (!togetherOnly) {
        out << "  alone: derivation " << ms(median(derivations)) << " ms ("
            << ms(*std::min_element(derivations.cbegin(), derivations.cend())) << ", CPU time "
            << ms(median(derivationCpus)) << " ms); metrics " << ms(median(metricsTimes)) << " ms ("
            << ms(*std::min_element(metricsTimes.cbegin(), metricsTimes.cend())) << ")\n";
    }
    out << "  together (deriveWithMetrics): " << ms(both) << " ms ("
        << ms(*std::min_element(together.cbegin(), together.cend())) << ", CPU time " << ms(median(togetherCpus))
        << " ms) = " << QString::number(both / budgetMs, 'f', 2) << " of the " << budgetMs << " ms budget\n";
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
    QString file;
    int runs = 5;
    /// One of the four scopes (for a profiler), else 0 for all.
    int only = 0;
    bool togetherOnly = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &option = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        if (option == u"--together"_s) {
            togetherOnly = true;
            continue;
        }
        if (option == u"--runs"_s && hasValue && arguments[i + 1].toInt() > 0) {
            runs = arguments[i + 1].toInt();
        } else if (option == u"--workspace"_s && hasValue) {
            file = arguments[i + 1];
        } else if (option == u"--scope"_s && hasValue && arguments[i + 1].toInt() >= 1 &&
                   arguments[i + 1].toInt() <= 4) {
            only = arguments[i + 1].toInt();
        } else {
            err << "usage: bench_valuestream [--workspace FILE] [--runs N] [--scope 1-4] [--together]\n";
            return 2;
        }
        ++i;
    }

    QTemporaryDir temporary;
    if (file.isEmpty())
        file = temporary.filePath(u"valuestream.flowdeck"_s);
    if (!QFile::exists(file)) {
        out << "Generating " << file << " with bench_metrics\n";
        out.flush();
        QProcess generator;
        generator.setProcessChannelMode(QProcess::ForwardedChannels);
        generator.start(QStringLiteral(FLOWDECK_BENCH_METRICS), {u"--workspace"_s, file, u"--runs"_s, u"1"_s});
        if (!generator.waitForFinished(-1) || generator.exitStatus() != QProcess::NormalExit ||
            generator.exitCode() != 0) {
            err << "bench_metrics could not generate " << file << '\n';
            return 1;
        }
    }
    auto opened = store::Workspace::open(file);
    if (!opened) {
        err << opened.errorMessage() << '\n';
        return 1;
    }
    const std::shared_ptr<store::Workspace> workspace = *opened;
    QSqlDatabase db = workspace->connection();
    if (count(db, u"SELECT count(*) FROM pipelines"_s) == 0) {
        QElapsedTimer timer;
        timer.start();
        if (auto added = workspace->write(addStageLayer); !added) {
            err << added.errorMessage() << '\n';
            return 1;
        }
        out << "Stage layer added in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s\n";
    }
    out << "Workspace " << file << ": " << count(db, u"SELECT count(*) FROM services"_s) << " services, "
        << count(db, u"SELECT count(*) FROM commits"_s) << " commits, "
        << count(db, u"SELECT count(*) FROM deployments"_s) << " deployments, "
        << count(db, u"SELECT count(*) FROM pipeline_runs"_s) << " runs, " << count(db, u"SELECT count(*) FROM jobs"_s)
        << " jobs (" << count(db, u"SELECT count(*) FROM jobs WHERE stage_id IS NOT NULL"_s) << " with a stage), "
        << count(db, u"SELECT count(*) FROM pull_requests"_s) << " pull requests; " << QThread::idealThreadCount()
        << " cores\n";

    using valuestream::DerivationScope;
    using valuestream::Statistic;
    const Timestamp last90 = historyEnd - 90 * dayMs;
    const struct
    {
        QString label;
        DerivationScope scope;
    } scopes[] = {
        {u"Every service, last 90 days"_s, DerivationScope{last90, historyEnd, {}, Statistic::Median}},
        {u"Every service, whole year"_s, DerivationScope{historyStart, historyEnd, {}, Statistic::Median}},
        {u"One service, last 90 days"_s, DerivationScope{last90, historyEnd, Id(1), Statistic::Median}},
        {u"One service, whole year, p85"_s, DerivationScope{historyStart, historyEnd, Id(1), Statistic::P85}},
    };
    for (int i = 0; i < 4; ++i) {
        if ((only == 0 || only == i + 1) && !measure(db, scopes[i].label, scopes[i].scope, runs, togetherOnly))
            return 1;
    }
    return 0;
}
