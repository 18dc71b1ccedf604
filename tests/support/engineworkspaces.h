// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postgresqltesting.h"

#include "result.h"
#include "store/workspace.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <list>
#include <memory>

namespace flowdeck::testing {

/// The workspaces of a suite that runs once per engine: files in a temporary folder on "sqlite", databases of
/// their own on the test PostgreSQL server on "postgresql". Without the server, making one fails with the message
/// that says how to start it, so the suite fails instead of passing on SQLite alone.
class EngineWorkspaces
{
public:
    /// `engine`: "sqlite" or "postgresql".
    explicit EngineWorkspaces(QString engine);
    ~EngineWorkspaces();
    EngineWorkspaces(const EngineWorkspaces &) = delete;
    EngineWorkspaces &operator=(const EngineWorkspaces &) = delete;

    QString engine() const { return m_engine; }
    bool onPostgreSql() const;

    /// Whether workspaces can be made: on PostgreSQL, that the test server takes a new database. For a suite's
    /// initTestCase(), so that a missing server fails the suite once, with the message that says how to start one.
    Result<void> check() const;

    /// A new, empty workspace called `name`; location() and options() of it open it again (from another process
    /// too, with options().password as PGPASSWORD).
    Result<std::shared_ptr<store::Workspace>> create(const QString &name);
    /// A place for a new workspace called `name`, left for the flowdeck program to create: a file path that does not
    /// exist yet, or the address of an empty database (opened with options()).
    Result<QString> newLocation(const QString &name);
    /// A copy of `source` (on either engine) called `name`, made with store::WorkspaceCopy.
    Result<std::shared_ptr<store::Workspace>> copy(const store::Workspace &source, const QString &name);

    /// Where the workspace called `name` made by create() lives: a file path or a server address without a password.
    QString location(const QString &name) const;
    /// The options that open a workspace made here: the test server's password on PostgreSQL.
    store::OpenOptions options() const;

    /// PostgreSQL writes an updated row anew, after the others: rewriting every other row (odd `column`) of
    /// `table` unchanged leaves the rows in an order other than their ids', as real updates do, so that a read
    /// that relies on the order rows were inserted in fails. SQLite keeps its rows in id order whatever is done.
    static Result<void> shuffleRows(const store::Workspace &workspace, const QString &table,
                                    const QString &column = QStringLiteral("id"));

    /// Drops the databases made on the server; the suite closes its workspaces first.
    void clear();

private:
    QString m_engine;
    QTemporaryDir m_dir;
    std::list<std::unique_ptr<PostgreSqlTestDatabase>> m_databases;
    QHash<QString, QString> m_locations;
    QString m_password;
};

/// Fails the test (never skips it) when `workspaces` cannot make workspaces on their engine.
#define FLOWDECK_REQUIRE_ENGINE(workspaces)                                                                            \
    do {                                                                                                               \
        const auto usable = (workspaces).check();                                                                      \
        QVERIFY2(usable, qPrintable(usable.errorMessage()));                                                           \
    } while (false)

/// The engines a suite runs on, in the order it runs on them (for data-driven cases of both).
inline const QStringList testEngines{QStringLiteral("sqlite"), QStringLiteral("postgresql")};

/// Runs the Qt Test class `Test` (constructed with the engine's name) on SQLite and then on PostgreSQL, and returns
/// the number of failed functions of both runs: the body of main() for a suite that runs on both engines.
template<typename Test>
int execOnBothEngines(int argc, char **argv)
{
    int failed = 0;
    for (const QString &engine : testEngines) {
        Test test{engine};
        failed += QTest::qExec(&test, argc, argv);
    }
    return failed;
}

} // namespace flowdeck::testing
