// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/workspace.h"

#include <QString>
#include <QVariant>

namespace flowdeck::testing {

/// A fresh database of a test's own on the test PostgreSQL server (FLOWDECK_TEST_POSTGRESQL, with the password in
/// FLOWDECK_TEST_POSTGRESQL_PASSWORD; scripts/test-postgresql.sh starts one), created empty and dropped when this
/// goes. Without the server the database is not ready and error() says how to start one: a test that needs it
/// fails instead of passing unseen.
class PostgreSqlTestDatabase
{
public:
    /// Creates the database flowdeck_test_<name>_<pid>_<n>.
    explicit PostgreSqlTestDatabase(const QString &name);
    ~PostgreSqlTestDatabase();
    PostgreSqlTestDatabase(const PostgreSqlTestDatabase &) = delete;
    PostgreSqlTestDatabase &operator=(const PostgreSqlTestDatabase &) = delete;

    bool isReady() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    /// The database's name, and its address without a password.
    QString name() const { return m_name; }
    QString address() const { return m_address; }
    QString password() const { return m_password; }
    /// Open options that carry the test server's password.
    store::OpenOptions options() const { return {.readOnly = false, .password = m_password}; }

    /// Runs `sql` on the database past Workspace (as another program would); false, with a warning, on failure.
    bool exec(const QString &sql) const;
    /// The first column of the first row of `sql`, or an invalid QVariant.
    QVariant scalar(const QString &sql) const;

private:
    QString m_name;
    QString m_address;
    QString m_password;
    QString m_error;
    QString m_connection;
};

/// The message for a test that needs the test server and finds FLOWDECK_TEST_POSTGRESQL unset.
QString postgreSqlServerMissing();

} // namespace flowdeck::testing

/// Fails the test (never skips it) when `database` could not be made.
#define FLOWDECK_REQUIRE_POSTGRESQL(database) QVERIFY2((database).isReady(), qPrintable((database).error()))
