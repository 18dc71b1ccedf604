// SPDX-License-Identifier: GPL-3.0-or-later
// The backends of a real workspace: checked, stored, renamed, refused and removed, each audited.
#include "release/audit.h"
#include "release/backendstore.h"
#include "release/releasestore.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::release;
using namespace Qt::StringLiterals;

class TestBackendStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<store::Workspace> m_workspace;

    int count(const QString &sql) const
    {
        auto query = store::runQuery(m_workspace->connection(), u"test"_s, sql);
        return query && query->next() ? query->value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto created = store::Workspace::create(m_dir.filePath(u"backends.flowdeck"_s));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        m_workspace = *created;
    }

    void checkSaysWhatWouldRunOrWhatIsWrong()
    {
        Backend script{0, u"script"_s, u"process"_s,
                       u"{\"program\": \"/opt/deploy.sh\", \"arguments\": [\"{service}\"]}"_s, true};
        auto fine = BackendStore::check(script);
        QVERIFY2(fine, qPrintable(fine.errorMessage()));
        QVERIFY2(fine->contains(u"/opt/deploy.sh shop"_s), qPrintable(*fine));
        Backend broken = script;
        broken.config = u"{\"program\": "_s;
        auto refused = BackendStore::check(broken);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"script"_s) && refused.errorMessage().contains(u"JSON"_s),
                 qPrintable(refused.errorMessage()));
        Backend unknown = script;
        unknown.kind = u"ftp"_s;
        QVERIFY(!BackendStore::check(unknown));
        Backend nameless = script;
        nameless.name = u" "_s;
        QVERIFY(!BackendStore::check(nameless));
        // Every kind's example is a config its backend accepts.
        for (const QString &kind : BackendStore::kinds()) {
            Backend example{0, u"example"_s, kind, BackendStore::exampleConfig(kind), true};
            auto checked = BackendStore::check(example);
            QVERIFY2(checked, qPrintable(kind + u": "_s + checked.errorMessage()));
        }
    }

    void storedRenamedAndRemoved()
    {
        auto saved = BackendStore::save(
            *m_workspace, Backend{0, u" deploy "_s, u"process"_s, u"{\"program\": \"/bin/true\"}"_s, true}, u"dana"_s);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        QVERIFY(saved->id > 0);
        QCOMPARE(saved->name, u"deploy"_s);
        auto twin = BackendStore::save(
            *m_workspace, Backend{0, u"deploy"_s, u"process"_s, u"{\"program\": \"/bin/true\"}"_s, true}, u"dana"_s);
        QVERIFY(!twin);
        QVERIFY2(twin.errorMessage().contains(u"already"_s), qPrintable(twin.errorMessage()));
        Backend renamed = *saved;
        renamed.name = u"deploy-prod"_s;
        renamed.enabled = false;
        QVERIFY(BackendStore::save(*m_workspace, renamed, u"lee"_s));
        auto listed = BackendStore::list(m_workspace->connection());
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().name, u"deploy-prod"_s);
        QVERIFY(!listed->first().enabled);

        // A planned release that deploys through it keeps it.
        QVERIFY(m_workspace->write([](QSqlDatabase &db) -> Result<void> {
            for (const QString &sql :
                 {u"INSERT INTO services (name) VALUES ('shop')"_s,
                  u"INSERT INTO environments (name, tier) VALUES ('production', 'production')"_s}) {
                auto ran = store::runQuery(db, u"test"_s, sql);
                if (!ran)
                    return ran.error();
            }
            return {};
        }));
        ReleasePlan plan;
        plan.release.name = u"uses it"_s;
        plan.release.status = status::planned;
        plan.release.createdAt = QDateTime::currentMSecsSinceEpoch();
        ReleaseTask deploy;
        deploy.name = u"deploy"_s;
        deploy.kind = kind::deploy;
        deploy.state = state::planned;
        deploy.config = u"{}"_s;
        deploy.serviceId = 1;
        deploy.environmentId = 1;
        deploy.backendId = saved->id;
        plan.tasks = {deploy};
        QVERIFY(savePlan(*m_workspace, plan, u"dana"_s));
        auto refused = BackendStore::remove(*m_workspace, saved->id, u"dana"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"uses it"_s), qPrintable(refused.errorMessage()));
        QVERIFY(count(u"SELECT COUNT(*) FROM release_tasks WHERE name = 'deploy'"_s) == 1);
        auto stored = loadPlan(m_workspace->connection(), u"uses it"_s);
        QVERIFY(stored);
        QVERIFY(deleteRelease(*m_workspace, stored->release.id, u"dana"_s));
        QVERIFY(BackendStore::remove(*m_workspace, saved->id, u"dana"_s));
        QCOMPARE(count(u"SELECT COUNT(*) FROM backends"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action IN ('backend.create', 'backend.edit', "
                       "'backend.delete') AND subject_type = 'backend'"_s),
                 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'backend.edit' AND actor = 'lee'"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestBackendStore)
#include "tst_backendstore.moc"
