// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace trust on real workspace files, kept in the settings of a test application in Qt's test locations so
// that the user's own settings are never touched.
#include "rowinserter.h"

#include "release/trust.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace flowdeck;
using namespace flowdeck::release;
using namespace Qt::StringLiterals;

class TestTrust : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::shared_ptr<store::Workspace> newWorkspace(const QList<Backend> &backends)
    {
        auto created = store::Workspace::create(m_dir.filePath(u"trust-%1.flowdeck"_s.arg(++m_files)));
        if (!created)
            qFatal("%s", qPrintable(created.errorMessage()));
        testing::RowInserter rows(**created);
        for (const Backend &backend : backends)
            rows.add(backend);
        if (!rows.error().isEmpty())
            qFatal("%s", qPrintable(rows.error()));
        return *created;
    }

    static QList<Backend> backends()
    {
        return {
            Backend{
                0, u"deploy-script"_s, u"process"_s,
                u"{\"program\":\"/opt/deploy/deploy.sh\",\"arguments\":[\"{service}\",\"{version}\",\"{environment}\"]}"_s,
                true},
            Backend{0, u"hooks"_s, u"webhook"_s, u"{\"url\":\"https://hooks.example.com/deploy\"}"_s, true},
            Backend{0, u"old-jenkins"_s, u"jenkins"_s, u"{\"job_url\":\"https://old.example.com/job/deploy\"}"_s,
                    false}};
    }

    static bool trusted(const store::Workspace &workspace)
    {
        auto result = WorkspaceTrust::isTrusted(workspace);
        if (!result)
            qFatal("%s", qPrintable(result.errorMessage()));
        return *result;
    }

    static void exec(const store::Workspace &workspace, const QString &sql)
    {
        auto done = store::runQuery(workspace.connection(), u"backends"_s, sql);
        if (!done)
            qFatal("%s", qPrintable(done.errorMessage()));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Flowdeck"_s);
        QCoreApplication::setApplicationName(u"Flowdeck trust test"_s);
        // Make sure the settings written below are the test's own, not the user's.
        QVERIFY2(QSettings().fileName().contains(u"qttest"_s), qPrintable(QSettings().fileName()));
    }

    void init() { QSettings().clear(); }

    void untrustedUntilTrusted()
    {
        const auto workspace = newWorkspace(backends());
        QVERIFY(workspace->setting(u"workspace.id"_s).isEmpty());
        QVERIFY(!trusted(*workspace));

        QVERIFY(WorkspaceTrust::trust(*workspace).ok());
        const QString identity = workspace->setting(u"workspace.id"_s);
        QVERIFY(!QUuid::fromString(identity).isNull());
        QVERIFY(trusted(*workspace));
        auto fingerprint = WorkspaceTrust::fingerprint(workspace->connection());
        QVERIFY(fingerprint.ok());
        QCOMPARE(fingerprint->size(), 64);
        QCOMPARE(QSettings().value(u"trust/"_s + identity).toString(), *fingerprint);

        // Trusting again keeps the identity.
        QVERIFY(WorkspaceTrust::trust(*workspace).ok());
        QCOMPARE(workspace->setting(u"workspace.id"_s), identity);

        QVERIFY(WorkspaceTrust::revoke(*workspace).ok());
        QVERIFY(!trusted(*workspace));
        QVERIFY(!QSettings().contains(u"trust/"_s + identity));
    }

    void changedBackendNeedsTrustAgain()
    {
        const auto workspace = newWorkspace(backends());
        QVERIFY(WorkspaceTrust::trust(*workspace).ok());
        QVERIFY(trusted(*workspace));

        exec(*workspace,
             u"UPDATE backends SET config = '{\"program\":\"/tmp/evil.sh\"}' WHERE name = 'deploy-script'"_s);
        QVERIFY(!trusted(*workspace));
        QVERIFY(WorkspaceTrust::trust(*workspace).ok());
        QVERIFY(trusted(*workspace));

        exec(*workspace, u"UPDATE backends SET kind = 'gitlab' WHERE name = 'hooks'"_s);
        QVERIFY(!trusted(*workspace));
        QVERIFY(WorkspaceTrust::trust(*workspace).ok());

        exec(*workspace, u"INSERT INTO backends (name, kind, config) VALUES ('argo', 'argocd', '{}')"_s);
        QVERIFY(!trusted(*workspace));
    }

    void disabledBackendsIgnored()
    {
        const auto workspace = newWorkspace(backends());
        QVERIFY(WorkspaceTrust::trust(*workspace).ok());

        exec(*workspace, u"UPDATE backends SET config = '{\"job_url\":\"https://evil.example.com/job/x\"}' "
                         u"WHERE name = 'old-jenkins'"_s);
        QVERIFY(trusted(*workspace));
        // Enabled, it would run: trust is needed again.
        exec(*workspace, u"UPDATE backends SET enabled = 1 WHERE name = 'old-jenkins'"_s);
        QVERIFY(!trusted(*workspace));
    }

    void trustBelongsToOneWorkspace()
    {
        const auto first = newWorkspace(backends());
        QList<Backend> reversed = backends();
        std::reverse(reversed.begin(), reversed.end());
        const auto second = newWorkspace(reversed);
        // The same backends, written in another order, have the same fingerprint...
        QCOMPARE(*WorkspaceTrust::fingerprint(first->connection()), *WorkspaceTrust::fingerprint(second->connection()));
        QVERIFY(WorkspaceTrust::trust(*first).ok());
        // ... but trust is for the workspace that was trusted.
        QVERIFY(trusted(*first));
        QVERIFY(!trusted(*second));
        QVERIFY(first->setting(u"workspace.id"_s) != second->setting(u"workspace.id"_s));
    }

    void whatWouldRun()
    {
        auto workspace = newWorkspace(backends());
        auto lines = WorkspaceTrust::whatWouldRun(workspace->connection());
        QVERIFY2(lines.ok(), qPrintable(lines.errorMessage()));
        QCOMPARE(*lines, (QStringList{u"deploy-script (process): runs /opt/deploy/deploy.sh {service} {version} "
                                      u"{environment}"_s,
                                      u"hooks (webhook): calls https://hooks.example.com/deploy"_s}));

        // The keys each kind's config has: the address it calls (or the kind's own default) and what it acts on.
        workspace = newWorkspace({
            Backend{0, u"actions"_s, u"github"_s, u"{\"repository\":\"acme/shop\",\"workflow\":\"deploy.yml\"}"_s,
                    true},
            Backend{0, u"argo"_s, u"argocd"_s, u"{\"server\":\"https://argo.example.com\",\"application\":\"shop\"}"_s,
                    true},
            Backend{0, u"broken"_s, u"webhook"_s, u"{not json"_s, true},
            Backend{0, u"enterprise"_s, u"github"_s,
                    u"{\"api\":\"https://github.example.com/api/v3\",\"repository\":\"acme/shop\"}"_s, true},
            Backend{0, u"gitlab"_s, u"gitlab"_s, u"{\"project\":1234}"_s, true},
            Backend{0, u"jenkins"_s, u"jenkins"_s, u"{\"job_url\":\"https://ci.example.com/job/deploy-shop\"}"_s, true},
            Backend{0, u"nowhere"_s, u"webhook"_s, u"{}"_s, true},
            Backend{0, u"quoted"_s, u"process"_s,
                    u"{\"program\":\"/opt/my tools/deploy\",\"arguments\":[\"a b\",\"\"]}"_s, true},
            Backend{0, u"unset"_s, u"process"_s, u"{}"_s, true},
        });
        lines = WorkspaceTrust::whatWouldRun(workspace->connection());
        QVERIFY2(lines.ok(), qPrintable(lines.errorMessage()));
        QCOMPARE(*lines, (QStringList{
                             u"actions (github): calls https://api.github.com for repository acme/shop, workflow "
                             u"deploy.yml"_s,
                             u"argo (argocd): calls https://argo.example.com for application shop"_s,
                             u"broken (webhook): its settings cannot be read, so it would not run"_s,
                             u"enterprise (github): calls https://github.example.com/api/v3 for repository acme/shop"_s,
                             u"gitlab (gitlab): calls https://gitlab.com/api/v4 for project 1234"_s,
                             u"jenkins (jenkins): calls https://ci.example.com/job/deploy-shop"_s,
                             u"nowhere (webhook): calls an address its settings do not give"_s,
                             u"quoted (process): runs \"/opt/my tools/deploy\" \"a b\" \"\""_s,
                             u"unset (process): names no program to run"_s,
                         }));
    }
};

QTEST_GUILESS_MAIN(TestTrust)
#include "tst_trust.moc"
