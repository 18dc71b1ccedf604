// SPDX-License-Identifier: GPL-3.0-or-later
// The count of environments an import made: environments named by deployments and listed by the provider, counted
// when this import created them, not when they were there already, on SQLite and again on PostgreSQL (a database of
// its own on the test server). On the server, an environment another import creates while this one waits for it is
// that import's, not this one's.

#include "engineworkspaces.h"

#include "ci/cistore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QtConcurrent>

using namespace flowdeck;
using namespace flowdeck::ci;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr Timestamp t0 = 1'700'000'000'000;
constexpr Timestamp minute = 60'000;

DeploymentRecord deployment(const QString &externalId, const QString &environment)
{
    DeploymentRecord record;
    record.externalId = externalId;
    record.environment = environment;
    record.version = u"1.0"_s;
    record.status = u"succeeded"_s;
    record.startedAt = t0;
    record.finishedAt = t0 + minute;
    return record;
}

const StoreContext context{.source = u"csv"_s, .serviceId = std::nullopt, .serviceName = u"shop"_s};

qint64 count(const store::Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning().noquote() << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

class TestEnvironmentsMade : public QObject
{
    Q_OBJECT

public:
    /// `engine`: "sqlite" or "postgresql", where the workspaces of the test are made.
    explicit TestEnvironmentsMade(const QString &engine)
        : m_workspaces(engine)
    {}

private:
    EngineWorkspaces m_workspaces;

private Q_SLOTS:
    void initTestCase() { qInfo().noquote() << "Workspaces on" << m_workspaces.engine(); }

    void countsOnlyWhatItMade()
    {
        auto workspace = m_workspaces.create(u"made"_s);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        // Two deployments to staging and one to production, and production and qa listed: three environments.
        Batch first;
        first.deployments = {deployment(u"d1"_s, u"staging"_s), deployment(u"d2"_s, u"production"_s),
                             deployment(u"d3"_s, u"staging"_s)};
        first.environments = {EnvironmentRecord{u"production"_s, std::nullopt},
                              EnvironmentRecord{u"qa"_s, std::nullopt}};
        auto stored = storeBatch(**workspace, first, context);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->environments, 3);
        QCOMPARE(count(**workspace, u"SELECT count(*) FROM environments"_s), 3);

        // Again, and with one new name: only that one is made.
        Batch second = first;
        second.deployments.append(deployment(u"d4"_s, u"canary"_s));
        stored = storeBatch(**workspace, second, context);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->environments, 1);
        QCOMPARE(count(**workspace, u"SELECT count(*) FROM environments"_s), 4);
    }

    void notWhatAnotherImportMadeMeanwhile()
    {
        if (!m_workspaces.onPostgreSql())
            return; // SQLite writes one transaction at a time: nothing is made meanwhile.
        auto mine = m_workspaces.create(u"meanwhile"_s);
        QVERIFY2(mine, qPrintable(mine.errorMessage()));
        auto theirs = store::Workspace::open(m_workspaces.location(u"meanwhile"_s), m_workspaces.options());
        QVERIFY2(theirs, qPrintable(theirs.errorMessage()));
        auto observer = store::Workspace::open(m_workspaces.location(u"meanwhile"_s), m_workspaces.options());
        QVERIFY2(observer, qPrintable(observer.errorMessage()));

        // The other import has made production and not yet committed; this import, looking for production, finds
        // none, makes it, and waits for the other's transaction. When that commits, production is the other's.
        QSqlDatabase other = (*theirs)->connection();
        QVERIFY(other.transaction());
        QSqlQuery insert(other);
        QVERIFY2(
            insert.exec(u"INSERT INTO environments (name, tier, position) VALUES ('production', 'production', 0)"_s),
            qPrintable(insert.lastError().text()));

        Batch batch;
        batch.deployments = {deployment(u"d1"_s, u"production"_s), deployment(u"d2"_s, u"staging"_s)};
        const std::shared_ptr<store::Workspace> workspace = *mine;
        QFuture<Result<StoreCounts>> storing =
            QtConcurrent::run([workspace, batch] { return storeBatch(*workspace, batch, context); });

        // Until the import waits on the other's row lock.
        const QString waiting = u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                u"AND wait_event_type = 'Lock'"_s;
        QElapsedTimer waited;
        waited.start();
        while (count(**observer, waiting) < 1 && !storing.isFinished() && waited.elapsed() < 20'000)
            QThread::msleep(20);
        QVERIFY2(!storing.isFinished(), "the import did not wait for the other transaction");
        QVERIFY(other.commit());

        storing.waitForFinished();
        const Result<StoreCounts> stored = storing.result();
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        // Staging only: production was the other import's.
        QCOMPARE(stored->environments, 1);
        QCOMPARE(count(**observer, u"SELECT count(*) FROM environments"_s), 2);
        QCOMPARE(count(**observer, u"SELECT count(*) FROM deployments d JOIN environments e ON e.id = "
                                   u"d.environment_id WHERE e.name = 'production'"_s),
                 1);
    }

    void cleanupTestCase() { m_workspaces.clear(); }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnBothEngines<TestEnvironmentsMade>(argc, argv);
}
#include "tst_environmentsmade.moc"
