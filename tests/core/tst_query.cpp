// SPDX-License-Identifier: GPL-3.0-or-later
// Running a read with bound values and reading its rows, on SQLite and again on PostgreSQL (a database of its own on
// the test server).

#include "delivery/deploymentrow.h"
#include "engineworkspaces.h"
#include "fixturerows.h"
#include "fixturetime.h"
#include "rowinserter.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::store;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

class TestQuery : public QObject
{
    Q_OBJECT

public:
    /// `engine`: "sqlite" or "postgresql", where the workspace of the test is made.
    explicit TestQuery(const QString &engine)
        : m_workspaces(engine)
    {}

private:
    EngineWorkspaces m_workspaces;
    std::shared_ptr<Workspace> m_workspace;
    Id m_finished = 0;
    Id m_running = 0;

private Q_SLOTS:
    void initTestCase()
    {
        qInfo().noquote() << "Workspace on" << m_workspaces.engine();
        auto created = m_workspaces.create(u"query"_s);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        m_workspace = *created;
        RowInserter in(*m_workspace);
        const Id cart = in.add(Service{0, u"cart"_s, {}, {}});
        const Id production = in.add(Environment{0, u"production"_s, QString::fromLatin1(Tier::Production), 0});
        m_finished = in.add(deploymentRow(cart, production, u"1.0"_s, Status::Succeeded, T, T + 5 * minute));
        m_running = in.add(deploymentRow(cart, production, u"1.1"_s, Status::Running, T + hour, {}));
        QVERIFY2(in.error().isEmpty(), qPrintable(in.error()));
    }

    void bindsValuesInOrder()
    {
        auto query = runQuery(m_workspace->connection(), u"deployments"_s,
                              u"SELECT version FROM deployments WHERE status = ? AND started_at >= ?"_s,
                              {QString::fromLatin1(Status::Running), T});
        QVERIFY2(query, qPrintable(query.errorMessage()));
        QVERIFY(query->next());
        QCOMPARE(query->value(0).toString(), u"1.1"_s);
        QVERIFY(!query->next());
    }

    void failureNamesWhatWasRead()
    {
        auto query = runQuery(m_workspace->connection(), u"release calendar"_s, u"SELECT * FROM no_such_table"_s);
        QVERIFY(!query);
        QVERIFY2(query.errorMessage().startsWith(u"release calendar failed: "_s), qPrintable(query.errorMessage()));
        QVERIFY2(query.errorMessage().contains(u"no_such_table"_s), qPrintable(query.errorMessage()));
    }

    void nullableColumns()
    {
        QCOMPARE(optionalTime(QVariant()), OptionalTime());
        QCOMPARE(optionalTime(QVariant(qint64(T))), OptionalTime(T));
        QCOMPARE(optionalInt(QVariant()), std::optional<int>());
        QCOMPARE(optionalInt(QVariant(0)), std::optional<int>(0));
    }

    void readsDeploymentRows()
    {
        auto query = runQuery(m_workspace->connection(), u"deployments"_s,
                              u"SELECT 'before', "_s + deploymentRowColumns() +
                                  u" FROM deployments d JOIN services s ON s.id = d.service_id "
                                  "JOIN environments e ON e.id = d.environment_id ORDER BY d.id"_s);
        QVERIFY2(query, qPrintable(query.errorMessage()));
        QList<DeploymentRow> rows;
        while (query->next()) {
            QCOMPARE(query->value(0).toString(), u"before"_s);
            rows.append(readDeploymentRow(*query, 1));
        }
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0],
                 (DeploymentRow{m_finished, u"cart"_s, u"production"_s, u"1.0"_s, u"succeeded"_s, T, T + 5 * minute}));
        QCOMPARE(rows[1], (DeploymentRow{m_running, u"cart"_s, u"production"_s, u"1.1"_s, u"running"_s, T + hour, {}}));
    }

    void cleanupTestCase()
    {
        // The workspace closes before its database is dropped.
        m_workspace.reset();
        m_workspaces.clear();
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnBothEngines<TestQuery>(argc, argv);
}
#include "tst_query.moc"
