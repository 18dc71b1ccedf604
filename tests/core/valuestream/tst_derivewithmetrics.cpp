// SPDX-License-Identifier: GPL-3.0-or-later
// deriveWithMetrics() against deriveMap() and the metrics computed on their own, on the demo workspace: the same
// map and the same metrics, whether the two parts run at once (their own connections) or one after the other (inside
// the caller's transaction); a failure, a cancellation and the progress. All of it again on PostgreSQL, on a copy of
// the demo in a database of its own on the test server, where the results equal those from SQLite.

#include "postgresqltesting.h"

#include "demo/demogenerator.h"
#include "metrics/metricsjson.h"
#include "metrics/metricsload.h"
#include "store/workspace.h"
#include "store/workspacecopy.h"
#include "valuestream/derivewithmetrics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace flowdeck;
using namespace flowdeck::valuestream;
using namespace Qt::StringLiterals;

namespace {

constexpr Timestamp day = 24 * 3600 * 1000;

} // namespace

class TestDeriveWithMetrics : public QObject
{
    Q_OBJECT

public:
    /// `engine`: "sqlite" or "postgresql", where the workspace the cases read is.
    explicit TestDeriveWithMetrics(QString engine)
        : m_engine(std::move(engine))
    {}

private:
    QString m_engine;
    QTemporaryDir m_dir;
    /// The demo as generated, on SQLite.
    std::shared_ptr<store::Workspace> m_generated;
    std::unique_ptr<testing::PostgreSqlTestDatabase> m_database;
    /// The workspace the cases read: the demo, or on PostgreSQL its copy.
    std::shared_ptr<store::Workspace> m_workspace;
    /// A fixed end of history keeps the figures independent of the day the test runs.
    const Timestamp m_end = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

    QSqlDatabase db() const { return m_workspace->connection(); }

    /// Both results of `scope` compared with those of the parts run on their own.
    void compareWithParts(const QSqlDatabase &db, const DerivationScope &scope)
    {
        const metrics::Scope metricsScope{scope.from, scope.to,
                                          scope.serviceId ? QList<Id>{*scope.serviceId} : QList<Id>{}};
        const metrics::Options options;
        auto both = deriveWithMetrics(db, scope, metricsScope, options);
        QVERIFY2(both, qPrintable(both.errorMessage()));
        auto map = deriveMap(db, scope);
        QVERIFY2(map, qPrintable(map.errorMessage()));
        auto report = metrics::measure(db, metricsScope, options);
        QVERIFY2(report, qPrintable(report.errorMessage()));

        QVERIFY(!map->steps.isEmpty());
        QVERIFY(both->map == *map);
        QVERIFY(report->deploymentFrequency.deployments > 0);
        QCOMPARE(metrics::metricsJson(both->report, {}), metrics::metricsJson(*report, {}));
        // The facts serve the period before as well, as those that loadMetricsData() reads.
        auto data = metrics::loadMetricsData(db, metricsScope, options);
        QVERIFY2(data, qPrintable(data.errorMessage()));
        QCOMPARE(metrics::metricsJson(metrics::computeMetrics(both->data, metricsScope.previous(), options), {}),
                 metrics::metricsJson(metrics::computeMetrics(*data, metricsScope.previous(), options), {}));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qInfo().noquote() << "Workspace on" << m_engine;
        auto created = store::Workspace::create(m_dir.filePath(u"demo.flowdeck"_s));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        m_generated = *created;
        auto generated = demo::generateDemo(*m_generated, {.end = m_end});
        QVERIFY2(generated, qPrintable(generated.errorMessage()));
        if (m_engine == u"sqlite"_s) {
            m_workspace = m_generated;
            return;
        }
        m_database = std::make_unique<testing::PostgreSqlTestDatabase>(u"derivewithmetrics"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(*m_database);
        auto server = store::Workspace::create(m_database->address(), m_database->options());
        QVERIFY2(server, qPrintable(server.errorMessage()));
        m_workspace = *server;
        auto copied = store::WorkspaceCopy::copy(*m_generated, *m_workspace);
        QVERIFY2(copied, qPrintable(copied.errorMessage()));
    }

    void cleanupTestCase()
    {
        // The workspace closes before its database is dropped.
        m_workspace.reset();
        m_generated.reset();
        m_database.reset();
    }

    void theSameAsFromTheGeneratedDemo()
    {
        // On SQLite the workspace is the generated demo itself; on PostgreSQL its copy gives the same map, every
        // sample in order, and the same metrics.
        const DerivationScope scope{m_end - 180 * day, m_end, {}, Statistic::Median};
        const metrics::Scope metricsScope{scope.from, scope.to, {}};
        auto here = deriveWithMetrics(db(), scope, metricsScope, {});
        QVERIFY2(here, qPrintable(here.errorMessage()));
        auto generated = deriveWithMetrics(m_generated->connection(), scope, metricsScope, {});
        QVERIFY2(generated, qPrintable(generated.errorMessage()));
        QVERIFY(!here->map.steps.isEmpty());
        QVERIFY(here->map == generated->map);
        QCOMPARE(metrics::metricsJson(here->report, {}), metrics::metricsJson(generated->report, {}));
    }

    void everyServiceAtOnce()
    {
        compareWithParts(db(), DerivationScope{m_end - 90 * day, m_end, {}, Statistic::Median});
    }

    void oneServiceAtOnce()
    {
        compareWithParts(db(), DerivationScope{m_end - 180 * day, m_end, Id(1), Statistic::P85});
    }

    void insideATransactionOneAfterTheOther()
    {
        // Inside the caller's transaction only its connection sees what it wrote: both parts read through it.
        auto written = m_workspace->write([&](QSqlDatabase &db) -> Result<void> {
            compareWithParts(db, DerivationScope{m_end - 90 * day, m_end, {}, Statistic::Median});
            return {};
        });
        QVERIFY2(written, qPrintable(written.errorMessage()));
    }

    void theJobsOfManyRunsAreReadByTwoThreads()
    {
        // Over the demo's whole year the runs are many enough for two threads to read their jobs, each on a
        // connection of its own; inside the caller's transaction one thread reads them all through it. The maps,
        // samples in their order included, are the same.
        const DerivationScope scope{m_end - 366 * day, m_end, {}, Statistic::Median};
        QSqlQuery count(db());
        QVERIFY(count.exec(
            u"SELECT count(*) FROM pipeline_runs WHERE created_at >= %1 AND created_at < %2"_s.arg(scope.from)
                .arg(scope.to)));
        QVERIFY(count.next());
        QVERIFY2(count.value(0).toLongLong() >= 2048, qPrintable(count.value(0).toString()));
        auto shared = deriveMap(db(), scope);
        QVERIFY2(shared, qPrintable(shared.errorMessage()));
        std::optional<Map> alone;
        auto written = m_workspace->write([&](QSqlDatabase &db) -> Result<void> {
            auto map = deriveMap(db, scope);
            if (!map)
                return map.error();
            alone = *map;
            return {};
        });
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QVERIFY(alone);
        const Step *build = nullptr;
        for (const Step &step : std::as_const(shared->steps))
            build = step.sourceKey == u"stage:build"_s ? &step : build;
        QVERIFY(build);
        QVERIFY(build->waitSamplesMs.size() > 2048);
        QVERIFY(*shared == *alone);
    }

    void jobsStoredOutOfRunOrderAreReadByRun()
    {
        // Across every service and most runs the jobs are read in the table's order, which hands them over run after
        // run where they were stored so. Where a run's jobs were stored after later runs' jobs (here those of the
        // period's first run, moved behind every other job in their order), they are read by run again: the map is
        // the same, samples in their order included.
        if (m_engine != u"sqlite"_s)
            QSKIP("On PostgreSQL the jobs are read by run.");
        const DerivationScope scope{m_end - 366 * day, m_end, {}, Statistic::Median};
        auto before = deriveMap(m_generated->connection(), scope);
        QVERIFY2(before, qPrintable(before.errorMessage()));
        const QString file = m_dir.filePath(u"moved.flowdeck"_s);
        {
            QSqlQuery copy(m_generated->connection());
            QVERIFY(copy.exec(u"VACUUM INTO '%1'"_s.arg(file)));
        }
        {
            auto raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"moved"_s);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(u"PRAGMA foreign_keys = OFF"_s));
            QVERIFY(query.exec(u"SELECT j.run_id FROM jobs j JOIN pipeline_runs r ON r.id = j.run_id WHERE "
                               u"r.created_at >= %1 AND r.created_at < %2 ORDER BY j.id LIMIT 1"_s.arg(scope.from)
                                   .arg(scope.to)));
            QVERIFY(query.next());
            const Id run = query.value(0).toLongLong();
            query.finish();
            QVERIFY(query.exec(u"UPDATE jobs SET id = id + (SELECT max(id) FROM jobs) WHERE run_id = %1"_s.arg(run)));
            QVERIFY(query.numRowsAffected() > 0);
            query.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"moved"_s);
        auto moved = store::Workspace::open(file);
        QVERIFY2(moved, qPrintable(moved.errorMessage()));
        auto after = deriveMap((*moved)->connection(), scope);
        QVERIFY2(after, qPrintable(after.errorMessage()));
        QVERIFY(!after->steps.isEmpty());
        QVERIFY(*after == *before);
    }

    void progressCountsBoth()
    {
        QList<std::pair<qint64, qint64>> reports;
        const TaskControl control([&](qint64 done, qint64 total) { reports.append({done, total}); }, nullptr);
        const DerivationScope scope{m_end - 90 * day, m_end, {}, Statistic::Median};
        auto both = deriveWithMetrics(db(), scope, metrics::Scope{scope.from, scope.to, {}}, {}, control);
        QVERIFY2(both, qPrintable(both.errorMessage()));
        QVERIFY(!reports.isEmpty());
        // The derivation's 5 phases and the metrics' 6 steps, reported in order up to all 11.
        QCOMPARE(reports.constLast(), (std::pair<qint64, qint64>(11, 11)));
        for (qsizetype i = 1; i < reports.size(); ++i)
            QVERIFY(reports[i].first > reports[i - 1].first);
    }

    void aFailureIsTheResult()
    {
        // A period that ends before it begins is refused by the derivation.
        auto both = deriveWithMetrics(db(), DerivationScope{m_end, m_end - day, {}, Statistic::Median},
                                      metrics::Scope{m_end - day, m_end, {}}, {});
        QVERIFY(!both);
        QVERIFY2(both.errorMessage().contains(u"must end after it begins"_s), qPrintable(both.errorMessage()));
    }

    void cancellation()
    {
        std::atomic_bool cancel{true};
        auto both = deriveWithMetrics(db(), DerivationScope{m_end - 90 * day, m_end, {}, Statistic::Median},
                                      metrics::Scope{m_end - 90 * day, m_end, {}}, {}, TaskControl({}, &cancel));
        QVERIFY(!both);
        QCOMPARE(both.errorMessage(), TaskControl::canceledMessage());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestDeriveWithMetrics onSqlite(u"sqlite"_s);
    int failed = QTest::qExec(&onSqlite, argc, argv);
    TestDeriveWithMetrics onPostgreSql(u"postgresql"_s);
    failed += QTest::qExec(&onPostgreSql, argc, argv);
    return failed;
}
#include "tst_derivewithmetrics.moc"
