// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in to git servers: the keychain itself (a real Secret Service on the test's own D-Bus session, which
// scripts/quickstart.sh starts), and imports from a real smart-HTTP server on 127.0.0.1 that wants a password.

#include "gitcli.h"
#include "githttpserver.h"
#include "historycomparison.h"
#include "richhistory.h"

#include "git/gitimport.h"
#include "git/storedcredentials.h"
#include "secrets/keychain.h"
#include "store/workspace.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::git;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

class TestGitCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keychainRoundTrip();
    void keychainFromAnotherThread();
    void credentialKeys_data();
    void credentialKeys();
    void storedCredentialsSignIn();
    void noCredentials();
    void refusedStoredCredentialsAskAgain();
    void refusalsStop();
    void corruptEntry();
    void cleanupTestCase();

private:
    std::shared_ptr<store::Workspace> workspace(const QString &name) const;
    Result<GitImportResult> import(const store::Workspace &workspace, const QString &url,
                                   const CredentialProvider &credentials) const;
    qint64 storedCommitCount(const store::Workspace &workspace) const;

    QTemporaryDir m_dir;
    /// Entries of this run only, under a service of their own.
    secrets::Keychain m_keychain{u"Flowdeck tests %1"_s.arg(QRandomGenerator::global()->generate())};
    std::unique_ptr<GitHttpServer> m_server;
    QString m_url;
    std::unique_ptr<GitCli> m_origin;
};

void TestGitCredentials::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // No keychain is a failure, not a skip: the test run provides one.
    auto probe = m_keychain.read(u"probe"_s);
    QVERIFY2(probe, qPrintable(u"The keychain must be reachable for this test (scripts/quickstart.sh test starts "
                               u"one): "_s +
                               probe.errorMessage()));

    m_origin = std::make_unique<GitCli>(m_dir.filePath(u"origin"_s), m_dir.filePath(u"home"_s));
    m_origin->init();
    buildRichHistory(*m_origin);
    QVERIFY(!QTest::currentTestFailed());
    GitCli top(m_dir.path(), m_dir.filePath(u"home"_s));
    QDir().mkpath(m_dir.filePath(u"served"_s));
    top.run({u"clone"_s, u"-q"_s, u"--mirror"_s, m_origin->directory(), m_dir.filePath(u"served/shop.git"_s)});
    QVERIFY(!QTest::currentTestFailed());
    m_server = std::make_unique<GitHttpServer>(m_dir.filePath(u"served"_s), u"alice"_s, u"s3cret-tök€n"_s);
    QVERIFY(m_server->isListening());
    m_url = m_server->url(u"shop.git"_s);
}

void TestGitCredentials::cleanupTestCase()
{
    if (!m_server)
        return;
    for (const QString &key : {u"round trip"_s, u"thread"_s, u"probe"_s})
        QVERIFY(m_keychain.remove(key));
    QVERIFY(forgetCredential(m_keychain, m_url));
}

std::shared_ptr<store::Workspace> TestGitCredentials::workspace(const QString &name) const
{
    auto created = store::Workspace::create(m_dir.filePath(name + u".flowdeck"_s));
    if (!created) {
        QTest::qFail(qPrintable(created.errorMessage()), __FILE__, __LINE__);
        return {};
    }
    return *created;
}

Result<GitImportResult> TestGitCredentials::import(const store::Workspace &workspace, const QString &url,
                                                   const CredentialProvider &credentials) const
{
    GitImportOptions options;
    options.source = url;
    options.cloneDirectory = m_dir.filePath(u"clones-"_s + QFileInfo(workspace.path()).baseName());
    options.credentials = credentials;
    return importGitHistory(workspace, options, TaskControl());
}

qint64 TestGitCredentials::storedCommitCount(const store::Workspace &workspace) const
{
    QSqlQuery query(workspace.connection());
    if (!query.exec(u"SELECT count(*) FROM commits"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestGitCredentials::keychainRoundTrip()
{
    const QString key = u"round trip"_s;
    QVERIFY(m_keychain.remove(key));
    auto missing = m_keychain.read(key);
    QVERIFY2(missing, qPrintable(missing.errorMessage()));
    QVERIFY(!missing->has_value());

    const QByteArray secret = QStringLiteral("tök€n with spaces\nand a line").toUtf8();
    QVERIFY(m_keychain.write(key, secret));
    auto read = m_keychain.read(key);
    QVERIFY2(read, qPrintable(read.errorMessage()));
    QCOMPARE(read->value_or(QByteArray()), secret);

    QVERIFY(m_keychain.write(key, "replaced"));
    QCOMPARE(m_keychain.read(key)->value_or(QByteArray()), QByteArray("replaced"));
    // Another service does not see the entry.
    const secrets::Keychain other(m_keychain.service() + u" other"_s);
    QVERIFY(!other.read(key)->has_value());

    auto removed = m_keychain.remove(key);
    QVERIFY2(removed, qPrintable(removed.errorMessage()));
    QVERIFY(*removed);
    auto again = m_keychain.remove(key);
    QVERIFY(again);
    QVERIFY(!*again);
    QVERIFY(!m_keychain.read(key)->has_value());
}

void TestGitCredentials::keychainFromAnotherThread()
{
    // Imports ask from worker threads: the keychain answers them through the main thread's event loop.
    std::optional<Result<std::optional<QByteArray>>> answer;
    QVERIFY(m_keychain.write(u"thread"_s, "from the main thread"));
    QThread *worker = QThread::create([&] { answer.emplace(m_keychain.read(u"thread"_s)); });
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 20000);
    delete worker;
    QVERIFY(answer);
    QVERIFY2(*answer, qPrintable(answer->errorMessage()));
    QCOMPARE((*answer)->value_or(QByteArray()), QByteArray("from the main thread"));
}

void TestGitCredentials::credentialKeys_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::newRow("https") << u"https://git.example.com/team/shop.git"_s << u"git https://git.example.com"_s;
    QTest::newRow("case and user") << u"https://Bob@GIT.Example.com/x"_s << u"git https://git.example.com"_s;
    QTest::newRow("port") << u"http://127.0.0.1:8080/a.git"_s << u"git http://127.0.0.1:8080"_s;
    QTest::newRow("ssh") << u"ssh://git@host.example:2222/a.git"_s << u"git ssh://host.example:2222"_s;
    QTest::newRow("scp-like") << u"git@github.com:team/shop.git"_s << u"git ssh://github.com"_s;
}

void TestGitCredentials::credentialKeys()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    QCOMPARE(credentialKey(url), key);
}

void TestGitCredentials::storedCredentialsSignIn()
{
    QVERIFY(storeCredential(m_keychain, m_url, Credential{u"alice"_s, u"s3cret-tök€n"_s}));
    int asked = 0;
    const CredentialProvider provider = keychainCredentials(m_keychain, [&](const QString &, int) {
        ++asked;
        return std::optional<Credential>();
    });
    auto workspace = this->workspace(u"stored"_s);
    QVERIFY(workspace);
    const int refusalsBefore = m_server->refusals();
    auto result = import(*workspace, m_url, provider);
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(asked, 0);
    // The server refused only the first, anonymous request of each connection.
    QVERIFY(m_server->refusals() > refusalsBefore);
    compareWithGit(*m_origin, workspace->connection(), result->repositoryId);
    QVERIFY(!QTest::currentTestFailed());
    compareRefsWithGit(*m_origin, workspace->connection(), result->repositoryId);
    QVERIFY(!QTest::currentTestFailed());

    // The next import fetches with the same stored credentials and finds nothing new.
    auto again = import(*workspace, m_url, provider);
    QVERIFY2(again, qPrintable(again.errorMessage()));
    QCOMPARE(again->newCommits, 0);
    QVERIFY(forgetCredential(m_keychain, m_url));
}

void TestGitCredentials::noCredentials()
{
    QVERIFY(forgetCredential(m_keychain, m_url));
    QList<int> attempts;
    const CredentialProvider provider = keychainCredentials(m_keychain, [&](const QString &url, int attempt) {
        attempts.append(attempt);
        if (url != m_url)
            QTest::qFail("The provider was asked for another URL", __FILE__, __LINE__);
        return std::optional<Credential>();
    });
    auto workspace = this->workspace(u"none"_s);
    QVERIFY(workspace);
    auto result = import(*workspace, m_url, provider);
    QVERIFY(!result);
    QVERIFY2(result.errorMessage().contains(u"no credentials were given"_s), qPrintable(result.errorMessage()));
    QVERIFY2(result.errorMessage().contains(m_url), qPrintable(result.errorMessage()));
    QCOMPARE(attempts, QList<int>{0});
    QCOMPARE(storedCommitCount(*workspace), 0);
}

void TestGitCredentials::refusedStoredCredentialsAskAgain()
{
    QVERIFY(storeCredential(m_keychain, m_url, Credential{u"alice"_s, u"an old token"_s}));
    QList<int> attempts;
    const CredentialProvider provider = keychainCredentials(m_keychain, [&](const QString &, int attempt) {
        attempts.append(attempt);
        return std::optional<Credential>(Credential{u"alice"_s, u"s3cret-tök€n"_s});
    });
    auto workspace = this->workspace(u"ask"_s);
    QVERIFY(workspace);
    auto result = import(*workspace, m_url, provider);
    QVERIFY2(result, qPrintable(result.errorMessage()));
    // The stored token was tried first and refused; the person was asked once, knowing of the refusal.
    QCOMPARE(attempts, QList<int>{1});
    compareWithGit(*m_origin, workspace->connection(), result->repositoryId);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(forgetCredential(m_keychain, m_url));
}

void TestGitCredentials::refusalsStop()
{
    QVERIFY(forgetCredential(m_keychain, m_url));
    QList<int> attempts;
    const CredentialProvider provider = keychainCredentials(m_keychain, [&](const QString &, int attempt) {
        attempts.append(attempt);
        return std::optional<Credential>(Credential{u"alice"_s, u"wrong"_s});
    });
    auto workspace = this->workspace(u"wrong"_s);
    QVERIFY(workspace);
    auto result = import(*workspace, m_url, provider);
    QVERIFY(!result);
    QVERIFY2(result.errorMessage().contains(u"did not accept the credentials"_s), qPrintable(result.errorMessage()));
    QCOMPARE(attempts, (QList<int>{0, 1, 2}));
    QCOMPARE(storedCommitCount(*workspace), 0);
}

void TestGitCredentials::corruptEntry()
{
    // Something else wrote the entry: reading it says so and names the entry, instead of signing in with junk.
    QVERIFY(m_keychain.write(credentialKey(m_url), "not json"));
    auto stored = storedCredential(m_keychain, m_url);
    QVERIFY(!stored);
    QVERIFY2(stored.errorMessage().contains(credentialKey(m_url)), qPrintable(stored.errorMessage()));
    QString problem;
    int asked = 0;
    const CredentialProvider provider = keychainCredentials(
        m_keychain,
        [&](const QString &, int) {
            ++asked;
            return std::optional<Credential>(Credential{u"alice"_s, u"s3cret-tök€n"_s});
        },
        [&](const QString &message) { problem = message; });
    auto workspace = this->workspace(u"corrupt"_s);
    QVERIFY(workspace);
    auto result = import(*workspace, m_url, provider);
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(asked, 1);
    QVERIFY2(problem.contains(credentialKey(m_url)), qPrintable(problem));
    QVERIFY(forgetCredential(m_keychain, m_url));
}

QTEST_GUILESS_MAIN(TestGitCredentials)
#include "tst_gitcredentials.moc"
