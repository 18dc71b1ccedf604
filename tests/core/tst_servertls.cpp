// SPDX-License-Identifier: GPL-3.0-or-later
// What a user is told about TLS by a real PostgreSQL server that accepts logins over TLS only: a server of the
// test's own, started with scripts/test-postgresql.sh ... tls-only (a certificate signed by itself, every host line
// of pg_hba.conf a hostssl line). An address with sslmode=disable is told to ask for TLS; require and the default
// connect encrypted; verify-full checks the certificate against the one the client trusts. (A server without TLS
// asked for it with sslmode=require is tst_workspacepostgresql's.)

#include "store/serverconnection.h"
#include "store/workspace.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::store;
using namespace Qt::StringLiterals;

namespace {

/// Runs `program` with `arguments`; false, with what it printed, when it could not run or failed.
bool runProgram(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120'000)) {
        *output = program + u": "_s + process.errorString();
        process.kill();
        process.waitForFinished();
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAllStandardOutput());
    const QString errors = QString::fromLocal8Bit(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *output += errors;
        return false;
    }
    return true;
}

} // namespace

class TestServerTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_serverDir;
    bool m_started = false;
    /// postgresql://flowdeck@127.0.0.1:PORT/, to which a database name is added.
    QString m_server;
    QString m_password;

    QString address(const QString &database, const QString &sslMode = {}) const
    {
        return m_server + database + (sslMode.isEmpty() ? QString() : u"?sslmode="_s + sslMode);
    }

    /// Whether the workspace's connection of this thread is encrypted, as the server sees it.
    static bool encrypted(const Workspace &workspace)
    {
        QSqlQuery query(workspace.connection());
        if (!query.exec(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s) || !query.next()) {
            qWarning().noquote() << query.lastError().text();
            return false;
        }
        return query.value(0).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_serverDir = m_dir.filePath(u"server"_s);
        QString output;
        const bool started = runProgram(QStringLiteral(FLOWDECK_TEST_POSTGRESQL_SCRIPT),
                                        {u"start"_s, m_serverDir, u"tls-only"_s}, &output);
        QVERIFY2(started, qPrintable(u"The TLS-only test server did not start:\n"_s + output));
        m_started = true;
        QString location;
        for (const QString &line : output.split(u'\n')) {
            if (line.startsWith(u"export FLOWDECK_TEST_POSTGRESQL="_s))
                location = line.section(u'=', 1);
            else if (line.startsWith(u"export FLOWDECK_TEST_POSTGRESQL_PASSWORD="_s))
                m_password = line.section(u'=', 1);
        }
        auto parsed = Workspace::parseServerAddress(location);
        QVERIFY2(parsed, qPrintable(output));
        parsed->database.clear();
        m_server = u"postgresql://%1@%2:%3/"_s.arg(parsed->user, parsed->host).arg(parsed->port);

        // The workspace's database, made over TLS.
        auto maintenance = Workspace::parseServerAddress(address(u"postgres"_s, u"require"_s));
        QVERIFY2(maintenance, qPrintable(maintenance.errorMessage()));
        {
            auto db = ServerConnection::connect(u"tls-setup"_s, *maintenance, m_password, false);
            QVERIFY2(db, qPrintable(db.errorMessage()));
            QSqlQuery query(*db);
            QVERIFY2(query.exec(u"CREATE DATABASE tls"_s), qPrintable(query.lastError().text()));
            db->close();
        }
        QSqlDatabase::removeDatabase(u"tls-setup"_s);
    }

    void withoutTlsTheUserIsToldToAskForIt()
    {
        const QString plain = address(u"tls"_s, u"disable"_s);
        auto opened = Workspace::create(plain, {.readOnly = false, .password = m_password});
        QVERIFY(!opened);
        const QString message = opened.errorMessage();
        // Where, why, and what to change.
        const QString where = m_server.section(u'@', 1) + u"tls"_s;
        QVERIFY2(message.contains(where), qPrintable(message));
        QVERIFY2(message.contains(u"accepts only encrypted connections"_s), qPrintable(message));
        QVERIFY2(message.contains(u"?sslmode=require"_s), qPrintable(message));
        QVERIFY2(!message.contains(m_password), qPrintable(message));
    }

    void requireAndTheDefaultConnectEncrypted()
    {
        const OpenOptions options{.readOnly = false, .password = m_password};
        {
            auto created = Workspace::create(address(u"tls"_s, u"require"_s), options);
            QVERIFY2(created, qPrintable(created.errorMessage()));
            QVERIFY(encrypted(**created));
        }
        // Without sslmode libpq prefers TLS, and gets it.
        auto opened = Workspace::open(address(u"tls"_s), options);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QVERIFY(encrypted(**opened));
    }

    void verifyFullChecksTheCertificate()
    {
        const OpenOptions options{.readOnly = false, .password = m_password};
        const QByteArray before = qgetenv("PGSSLROOTCERT");
        // A certificate of someone else's, signed by itself: the server's is not signed by it.
        const QString other = m_dir.filePath(u"other.crt"_s);
        QString output;
        QVERIFY2(runProgram(u"openssl"_s,
                            {u"req"_s, u"-new"_s, u"-x509"_s, u"-days"_s, u"7"_s, u"-nodes"_s, u"-subj"_s,
                             u"/CN=127.0.0.1"_s, u"-keyout"_s, m_dir.filePath(u"other.key"_s), u"-out"_s, other},
                            &output),
                 qPrintable(output));
        qputenv("PGSSLROOTCERT", QFile::encodeName(other));
        auto refused = Workspace::open(address(u"tls"_s, u"verify-full"_s), options);
        qputenv("PGSSLROOTCERT", QFile::encodeName(m_serverDir + u"/server.crt"_s));
        auto trusted = Workspace::open(address(u"tls"_s, u"verify-full"_s), options);
        if (before.isNull())
            qunsetenv("PGSSLROOTCERT");
        else
            qputenv("PGSSLROOTCERT", before);

        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"certificate could not be verified (sslmode=verify-full)"_s),
                 qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(m_server.section(u'@', 1) + u"tls"_s),
                 qPrintable(refused.errorMessage()));
        // The server's own certificate, trusted, is for 127.0.0.1: verified.
        QVERIFY2(trusted, qPrintable(trusted.errorMessage()));
        QVERIFY(encrypted(**trusted));
    }

    void cleanupTestCase()
    {
        if (!m_started)
            return;
        QString output;
        if (!runProgram(QStringLiteral(FLOWDECK_TEST_POSTGRESQL_SCRIPT), {u"stop"_s, m_serverDir}, &output))
            qWarning().noquote() << "The TLS-only test server did not stop:" << output;
    }
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_servertls.moc"
