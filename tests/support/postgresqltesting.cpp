// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresqltesting.h"

#include <QCoreApplication>
#include <QDebug>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace flowdeck::testing {

using namespace Qt::StringLiterals;

namespace {

std::atomic<int> nextDatabase{1};

/// A connection to the test server's maintenance database, where databases are created and dropped.
bool withServer(const store::ServerAddress &server, const QString &password, const QString &sql, QString *error)
{
    const QString name = u"flowdeck-test-server-%1"_s.arg(nextDatabase.fetch_add(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setDatabaseName(server.database);
        db.setUserName(server.user);
        db.setPassword(password);
        if (!db.open()) {
            *error =
                u"Cannot connect to the test PostgreSQL server %1: %2"_s.arg(server.toString(), db.lastError().text());
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = u"%1 failed on the test server: %2"_s.arg(sql, query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

QString postgreSqlServerMissing()
{
    return u"This test needs the test PostgreSQL server, and FLOWDECK_TEST_POSTGRESQL is not set. Run the tests "
           "with scripts/quickstart.sh test, which starts one, or start one by hand with\n"
           "    eval \"$(scripts/test-postgresql.sh start /tmp/flowdeck-pg)\"\n"
           "and stop it afterwards with scripts/test-postgresql.sh stop /tmp/flowdeck-pg."_s;
}

PostgreSqlTestDatabase::PostgreSqlTestDatabase(const QString &name)
{
    const QString server = qEnvironmentVariable("FLOWDECK_TEST_POSTGRESQL");
    if (server.isEmpty()) {
        m_error = postgreSqlServerMissing();
        return;
    }
    m_password = qEnvironmentVariable("FLOWDECK_TEST_POSTGRESQL_PASSWORD");
    auto address = store::Workspace::parseServerAddress(server);
    if (!address) {
        m_error = u"FLOWDECK_TEST_POSTGRESQL: "_s + address.errorMessage();
        return;
    }
    QString label = name.toLower();
    label.replace(QRegularExpression(u"[^a-z0-9_]"_s), u"_"_s);
    label.truncate(30);
    m_name =
        u"flowdeck_test_%1_%2_%3"_s.arg(label).arg(QCoreApplication::applicationPid()).arg(nextDatabase.fetch_add(1));
    if (!withServer(*address, m_password, u"CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0"_s.arg(m_name),
                    &m_error))
        return;
    store::ServerAddress own = *address;
    own.database = m_name;
    m_address = own.toString();
    m_connection = u"flowdeck-test-"_s + m_name;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connection);
    db.setHostName(own.host);
    db.setPort(own.port);
    db.setDatabaseName(own.database);
    db.setUserName(own.user);
    db.setPassword(m_password);
    if (!db.open())
        m_error = u"Cannot connect to the test database %1: %2"_s.arg(m_address, db.lastError().text());
}

PostgreSqlTestDatabase::~PostgreSqlTestDatabase()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    if (m_address.isEmpty())
        return;
    auto server = store::Workspace::parseServerAddress(qEnvironmentVariable("FLOWDECK_TEST_POSTGRESQL"));
    QString error;
    // FORCE: a workspace the test kept open still has connections to it.
    if (server && !withServer(*server, m_password, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name), &error))
        qWarning().noquote() << error;
}

bool PostgreSqlTestDatabase::exec(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (query.exec(sql))
        return true;
    qWarning().noquote() << sql << "failed:" << query.lastError().text();
    return false;
}

QVariant PostgreSqlTestDatabase::scalar(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(sql) || !query.next()) {
        qWarning().noquote() << sql << "failed:" << query.lastError().text();
        return {};
    }
    return query.value(0);
}

} // namespace flowdeck::testing
