// SPDX-License-Identifier: GPL-3.0-or-later
// Release plans stored in and read from real workspace files: round trips, two editors at once, task ids kept
// across edits, releases made from templates, deletion, the audit log, approvals and task output.
#include "rowinserter.h"

#include "release/audit.h"
#include "release/releasestore.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::release;
using namespace flowdeck::store;
using namespace Qt::StringLiterals;

namespace {

ReleaseTask task(const QString &name, const QString &taskKind, const QString &config = u"{}"_s)
{
    ReleaseTask t;
    t.name = name;
    t.kind = taskKind;
    t.state = state::planned;
    t.config = config;
    return t;
}

qint64 count(const Workspace &workspace, const QString &sql, const QVariantList &values = {})
{
    auto query = runQuery(workspace.connection(), u"count"_s, sql, values);
    if (!query || !query->next())
        return -1;
    return query->value(0).toLongLong();
}

QStringList actions(const QList<AuditEntry> &entries)
{
    QStringList names;
    for (const AuditEntry &entry : entries)
        names.append(entry.action);
    return names;
}

} // namespace

class TestReleaseStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::shared_ptr<Workspace> m_workspace;
    Id m_storefront = 0;
    Id m_checkout = 0;
    Id m_staging = 0;
    Id m_production = 0;
    Id m_script = 0;

    const Workspace &workspace() const { return *m_workspace; }

    /// storefront 2.4.0 and checkout 1.9.1 to staging, then, approved by dana, to production; rollback tasks for
    /// production; a manual smoke test and a wait of 15 minutes before production.
    ReleasePlan springPlan(const QString &name = u"Spring"_s) const
    {
        ReleasePlan plan;
        plan.release.name = name;
        plan.release.version = u"2024.3"_s;
        plan.release.description = u"Spring release"_s;
        plan.release.plannedStart = Timestamp(1'711'965'600'000);
        plan.release.onFailure = u"rollback"_s;
        plan.items = {ReleaseItem{0, 0, m_storefront, u"2.4.0"_s}, ReleaseItem{0, 0, m_checkout, u"1.9.1"_s}};
        plan.tasks = {deploy(u"storefront-staging"_s, m_storefront, m_staging, u"2.4.0"_s),
                      deploy(u"checkout-staging"_s, m_checkout, m_staging, u"1.9.1"_s),
                      task(u"smoke"_s, kind::manual),
                      task(u"approve"_s, kind::approval, uR"({"approvers":["dana"]})"_s),
                      task(u"settle"_s, kind::wait, uR"({"minutes":15})"_s),
                      deploy(u"storefront-production"_s, m_storefront, m_production, u"2.4.0"_s),
                      deploy(u"rollback-storefront"_s, m_storefront, m_production, std::nullopt)};
        plan.tasks[2].owner = u"lee"_s;
        plan.tasks[2].instructions = u"Click through the shop"_s;
        plan.tasks[5].maxRetries = 2;
        plan.tasks[6].isRollback = true;
        plan.edges = {{u"storefront-staging"_s, u"smoke"_s},
                      {u"checkout-staging"_s, u"smoke"_s},
                      {u"smoke"_s, u"approve"_s},
                      {u"approve"_s, u"settle"_s},
                      {u"settle"_s, u"storefront-production"_s}};
        return plan;
    }

    ReleaseTask deploy(const QString &name, Id service, Id environment, std::optional<QString> version) const
    {
        ReleaseTask t = task(name, kind::deploy, uR"({"arguments":["--verbose"]})"_s);
        t.serviceId = service;
        t.environmentId = environment;
        t.backendId = m_script;
        t.version = version;
        return t;
    }

    qint64 rows(const QString &table) const { return count(workspace(), u"SELECT count(*) FROM "_s + table); }

private slots:
    void init()
    {
        auto created = Workspace::create(m_dir.filePath(u"releases-%1.flowdeck"_s.arg(++m_files)));
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        m_workspace = *created;
        testing::RowInserter rows(workspace());
        m_storefront = rows.add(Service{0, u"storefront"_s, {}, {}});
        m_checkout = rows.add(Service{0, u"checkout"_s, {}, {}});
        m_staging = rows.add(Environment{0, u"staging"_s, u"staging"_s, 0});
        m_production = rows.add(Environment{0, u"production"_s, u"production"_s, 1});
        m_script = rows.add(Backend{0, u"deploy-script"_s, u"process"_s, uR"({"program":"/bin/true"})"_s, true});
        QVERIFY2(rows.error().isEmpty(), qPrintable(rows.error()));
    }

    void cleanup() { m_workspace.reset(); }

    void saveAndLoadRoundTrip()
    {
        const ReleasePlan given = springPlan();
        auto saved = savePlan(workspace(), given, u"dana"_s);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QVERIFY(saved->release.id > 0);
        QCOMPARE(saved->release.revision, 1);
        QCOMPARE(saved->release.status, status::planned);
        QVERIFY(saved->release.createdAt > 0);
        QCOMPARE(saved->release.name, u"Spring"_s);
        QCOMPARE(saved->release.version, u"2024.3"_s);
        QCOMPARE(saved->release.description, u"Spring release"_s);
        QCOMPARE(saved->release.plannedStart, OptionalTime(1'711'965'600'000));
        QCOMPARE(saved->release.onFailure, u"rollback"_s);

        QCOMPARE(saved->items.size(), 2);
        QCOMPARE(saved->items[0].serviceId, m_storefront);
        QCOMPARE(saved->items[0].version, u"2.4.0"_s);
        QCOMPARE(saved->items[1].serviceId, m_checkout);
        QCOMPARE(saved->items[1].version, u"1.9.1"_s);
        for (const ReleaseItem &item : saved->items)
            QCOMPARE(item.releaseId, saved->release.id);

        QCOMPARE(saved->tasks.size(), given.tasks.size());
        for (qsizetype i = 0; i < given.tasks.size(); ++i) {
            ReleaseTask expected = given.tasks[i];
            const ReleaseTask &stored = saved->tasks[i];
            QVERIFY(stored.id > 0);
            expected.id = stored.id;
            expected.releaseId = saved->release.id;
            QCOMPARE(stored, expected);
        }
        QCOMPARE(saved->edges, given.edges);

        auto byId = loadPlan(workspace().connection(), saved->release.id);
        QVERIFY2(byId.ok(), qPrintable(byId.errorMessage()));
        QCOMPARE(*byId, *saved);
        auto byName = loadPlan(workspace().connection(), u"Spring"_s);
        QVERIFY2(byName.ok(), qPrintable(byName.errorMessage()));
        QCOMPARE(*byName, *saved);

        // Counted in the file itself: 7 tasks, 5 edges, 2 items, one release.
        QCOMPARE(rows(u"releases"_s), 1);
        QCOMPARE(rows(u"release_tasks"_s), 7);
        QCOMPARE(rows(u"release_task_edges"_s), 5);
        QCOMPARE(rows(u"release_items"_s), 2);

        auto missing = loadPlan(workspace().connection(), u"Autumn"_s);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.errorMessage().contains(u"“Autumn”"_s), qPrintable(missing.errorMessage()));
        QVERIFY(!loadPlan(workspace().connection(), Id(9999)).ok());
    }

    void staleRevisionRefused()
    {
        auto saved = savePlan(workspace(), springPlan(), u"dana"_s);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        ReleasePlan first = *saved;
        ReleasePlan second = *saved;

        first.release.description = u"Edited by dana"_s;
        auto edited = savePlan(workspace(), first, u"dana"_s);
        QVERIFY2(edited.ok(), qPrintable(edited.errorMessage()));
        QCOMPARE(edited->release.revision, 2);

        // The second editor still holds revision 1.
        second.release.description = u"Edited by lee"_s;
        second.tasks.append(task(u"celebrate"_s, kind::manual));
        second.edges.append({u"storefront-production"_s, u"celebrate"_s});
        auto stale = savePlan(workspace(), second, u"lee"_s);
        QVERIFY(!stale.ok());
        QVERIFY2(stale.errorMessage().contains(u"changed elsewhere"_s), qPrintable(stale.errorMessage()));
        QVERIFY2(stale.errorMessage().contains(u"“Spring”"_s), qPrintable(stale.errorMessage()));

        // Nothing of the second edit was written, not even an audit entry.
        auto stored = loadPlan(workspace().connection(), saved->release.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->release.description, u"Edited by dana"_s);
        QCOMPARE(stored->release.revision, 2);
        QCOMPARE(rows(u"release_tasks"_s), 7);
        QCOMPARE(rows(u"release_task_edges"_s), 5);
        QCOMPARE(rows(u"audit_log"_s), 2);

        // Made again on the stored revision, the edit goes through.
        second.release.revision = stored->release.revision;
        auto retried = savePlan(workspace(), second, u"lee"_s);
        QVERIFY2(retried.ok(), qPrintable(retried.errorMessage()));
        QCOMPARE(retried->release.revision, 3);
        QCOMPARE(rows(u"release_tasks"_s), 8);
    }

    void taskIdsKeptAcrossSaves()
    {
        auto saved = savePlan(workspace(), springPlan(), u"dana"_s);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        const Id smoke = saved->task(u"smoke"_s)->id;
        const Id approve = saved->task(u"approve"_s)->id;
        const Id settle = saved->task(u"settle"_s)->id;
        const Id production = saved->task(u"storefront-production"_s)->id;
        QVERIFY(appendOutput(workspace().connection(), ReleaseTaskOutput{0, smoke, 1, 1000, u"noted"_s}).ok());

        // Remove the wait, change the approvers and the smoke test's owner, add a check gate.
        ReleasePlan edit = *saved;
        edit.tasks.removeIf([](const ReleaseTask &t) { return t.name == u"settle"_s; });
        edit.edges.removeIf([](const PlanEdge &e) { return e.from == u"settle"_s || e.to == u"settle"_s; });
        edit.task(u"approve"_s)->config = uR"({"approvers":["dana","sam"]})"_s;
        edit.task(u"smoke"_s)->owner = u"sam"_s;
        edit.tasks.append(task(u"green"_s, kind::check, uR"({"conditions":["pipeline_green"]})"_s));
        edit.edges.append({u"approve"_s, u"green"_s});
        edit.edges.append({u"green"_s, u"storefront-production"_s});
        auto resaved = savePlan(workspace(), edit, u"dana"_s);
        QVERIFY2(resaved.ok(), qPrintable(resaved.errorMessage()));

        QCOMPARE(resaved->task(u"smoke"_s)->id, smoke);
        QCOMPARE(resaved->task(u"smoke"_s)->owner, std::optional<QString>(u"sam"_s));
        QCOMPARE(resaved->task(u"approve"_s)->id, approve);
        QCOMPARE(resaved->task(u"approve"_s)->config, uR"({"approvers":["dana","sam"]})"_s);
        QCOMPARE(resaved->task(u"storefront-production"_s)->id, production);
        QVERIFY(!resaved->task(u"settle"_s));
        const Id green = resaved->task(u"green"_s)->id;
        QVERIFY(green > 0 && green != settle);
        QCOMPARE(count(workspace(), u"SELECT count(*) FROM release_tasks WHERE id = ?"_s, {settle}), 0);
        QCOMPARE(rows(u"release_tasks"_s), 7);
        QCOMPARE(resaved->predecessors(u"storefront-production"_s), QStringList{u"green"_s});
        QCOMPARE(rows(u"release_task_edges"_s), 5);

        // What was attached to a task that stayed is still attached to it.
        auto kept = output(workspace().connection(), smoke);
        QVERIFY(kept.ok());
        QCOMPARE(kept->size(), 1);
        QCOMPARE(kept->constFirst().text, u"noted"_s);
    }

    void invalidOrDuplicatePlansWriteNothing()
    {
        ReleasePlan cyclic = springPlan();
        cyclic.edges.append({u"storefront-production"_s, u"smoke"_s});
        auto refused = savePlan(workspace(), cyclic, u"dana"_s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(u"cycle"_s), qPrintable(refused.errorMessage()));
        QCOMPARE(rows(u"releases"_s), 0);
        QCOMPARE(rows(u"audit_log"_s), 0);

        ReleasePlan unknownService = springPlan();
        unknownService.tasks[0].serviceId = 777;
        refused = savePlan(workspace(), unknownService, u"dana"_s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(u"“storefront-staging”"_s) &&
                     refused.errorMessage().contains(u"777"_s),
                 qPrintable(refused.errorMessage()));

        ReleasePlan twice = springPlan();
        twice.items.append(ReleaseItem{0, 0, m_storefront, u"2.4.1"_s});
        refused = savePlan(workspace(), twice, u"dana"_s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(u"“storefront”"_s), qPrintable(refused.errorMessage()));
        QCOMPARE(rows(u"releases"_s), 0);

        QVERIFY(savePlan(workspace(), springPlan(), u"dana"_s).ok());
        refused = savePlan(workspace(), springPlan(), u"lee"_s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(u"already a release named “Spring”"_s),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(rows(u"releases"_s), 1);
        QCOMPARE(rows(u"release_tasks"_s), 7);
    }

    void releaseFromTemplateCopiesThePlan()
    {
        ReleasePlan weekly = springPlan(u"Weekly train"_s);
        weekly.release.isTemplate = true;
        weekly.release.plannedStart.reset();
        weekly.items.clear();
        for (ReleaseTask &t : weekly.tasks)
            t.version.reset();
        auto storedTemplate = savePlan(workspace(), weekly, u"dana"_s);
        QVERIFY2(storedTemplate.ok(), qPrintable(storedTemplate.errorMessage()));
        QVERIFY(storedTemplate->release.isTemplate);

        const QList<ReleaseItem> items{ReleaseItem{0, 0, m_storefront, u"2.5.0"_s},
                                       ReleaseItem{0, 0, m_checkout, u"1.10.0"_s}};
        auto made = releaseFromTemplate(workspace(), storedTemplate->release.id, u"Week 14"_s, u"w14"_s, items,
                                        Timestamp(1'712'000'000'000), u"lee"_s);
        QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
        QVERIFY(!made->release.isTemplate);
        QCOMPARE(made->release.templateId, OptionalId(storedTemplate->release.id));
        QCOMPARE(made->release.name, u"Week 14"_s);
        QCOMPARE(made->release.version, u"w14"_s);
        QCOMPARE(made->release.status, status::planned);
        QCOMPARE(made->release.plannedStart, OptionalTime(1'712'000'000'000));
        QCOMPARE(made->release.onFailure, u"rollback"_s);
        QCOMPARE(made->items.size(), 2);
        QCOMPARE(made->items[1].version, u"1.10.0"_s);

        // Same tasks and edges, new rows; deploy tasks take the carried version, the rollback task none.
        QCOMPARE(made->tasks.size(), 7);
        QCOMPARE(made->edges, weekly.edges);
        for (const ReleaseTask &t : made->tasks) {
            QVERIFY(!storedTemplate->task(t.id));
            QCOMPARE(t.state, state::planned);
        }
        QCOMPARE(made->task(u"storefront-staging"_s)->version, std::optional<QString>(u"2.5.0"_s));
        QCOMPARE(made->task(u"checkout-staging"_s)->version, std::optional<QString>(u"1.10.0"_s));
        QCOMPARE(made->task(u"storefront-production"_s)->version, std::optional<QString>(u"2.5.0"_s));
        QCOMPARE(made->task(u"rollback-storefront"_s)->version, std::nullopt);
        QCOMPARE(made->task(u"smoke"_s)->instructions, std::optional<QString>(u"Click through the shop"_s));
        QCOMPARE(made->task(u"storefront-production"_s)->maxRetries, 2);

        // The template itself is as it was.
        auto unchanged = loadPlan(workspace().connection(), storedTemplate->release.id);
        QVERIFY(unchanged.ok());
        QCOMPARE(*unchanged, *storedTemplate);

        auto audit = auditEntries(workspace().connection(), u"release"_s, made->release.id);
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->constFirst().action, u"release.create"_s);
        QCOMPARE(audit->constFirst().actor, u"lee"_s);
        QVERIFY2(audit->constFirst().detail.contains(u"“Weekly train”"_s), qPrintable(audit->constFirst().detail));

        // A release that leaves out a service the template deploys is refused, naming it.
        auto partial = releaseFromTemplate(workspace(), storedTemplate->release.id, u"Week 15"_s, u"w15"_s,
                                           {ReleaseItem{0, 0, m_storefront, u"2.5.1"_s}}, std::nullopt, u"lee"_s);
        QVERIFY(!partial.ok());
        QVERIFY2(partial.errorMessage().contains(u"“checkout”"_s), qPrintable(partial.errorMessage()));

        // Only templates are templates.
        auto fromRelease =
            releaseFromTemplate(workspace(), made->release.id, u"Week 16"_s, u"w16"_s, items, std::nullopt, u"lee"_s);
        QVERIFY(!fromRelease.ok());
        QVERIFY2(fromRelease.errorMessage().contains(u"not a template"_s), qPrintable(fromRelease.errorMessage()));
        QCOMPARE(rows(u"releases"_s), 2);

        auto templates = listReleases(workspace().connection(), true);
        QVERIFY(templates.ok());
        QCOMPARE(templates->size(), 1);
        QCOMPARE(templates->constFirst().release.name, u"Weekly train"_s);
    }

    void startedReleaseNotEditable()
    {
        auto saved = savePlan(workspace(), springPlan(), u"dana"_s);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        Release running = saved->release;
        running.status = status::running;
        running.startedAt = Timestamp(1'711'966'000'000);
        QVERIFY(updateReleaseStatus(workspace().connection(), running).ok());

        ReleasePlan edit = *saved;
        edit.release.description = u"Too late"_s;
        auto refused = savePlan(workspace(), edit, u"dana"_s);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(u"has started"_s), qPrintable(refused.errorMessage()));
        auto stored = loadPlan(workspace().connection(), saved->release.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->release.description, u"Spring release"_s);
        QCOMPARE(stored->release.status, status::running);
        QCOMPARE(stored->release.startedAt, OptionalTime(1'711'966'000'000));

        // A running release is not deleted either.
        auto deleted = deleteRelease(workspace(), saved->release.id, u"dana"_s);
        QVERIFY(!deleted.ok());
        QVERIFY2(deleted.errorMessage().contains(u"abort"_s), qPrintable(deleted.errorMessage()));
        QCOMPARE(rows(u"releases"_s), 1);
    }

    void deleteRemovesThePlan()
    {
        auto saved = savePlan(workspace(), springPlan(), u"dana"_s);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        const Id approve = saved->task(u"approve"_s)->id;
        QVERIFY(
            addApproval(workspace().connection(), ReleaseApproval{0, approve, u"dana"_s, u"approve"_s, {}, 0}).ok());
        QVERIFY(deleteRelease(workspace(), saved->release.id, u"sam"_s).ok());

        QVERIFY(!loadPlan(workspace().connection(), saved->release.id).ok());
        QCOMPARE(rows(u"releases"_s), 0);
        QCOMPARE(rows(u"release_tasks"_s), 0);
        QCOMPARE(rows(u"release_task_edges"_s), 0);
        QCOMPARE(rows(u"release_items"_s), 0);
        QCOMPARE(rows(u"release_approvals"_s), 0);
        auto audit = auditEntries(workspace().connection(), u"release"_s, saved->release.id);
        QVERIFY(audit.ok());
        QCOMPARE(actions(*audit), (QStringList{u"release.create"_s, u"release.delete"_s}));
        QCOMPARE(audit->last().actor, u"sam"_s);

        QVERIFY(!deleteRelease(workspace(), saved->release.id, u"sam"_s).ok());
    }

    void auditLogIsAppendOnly()
    {
        auto saved = savePlan(workspace(), springPlan(), u"dana"_s);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        ReleasePlan edit = *saved;
        edit.release.version = u"2024.3.1"_s;
        QVERIFY(savePlan(workspace(), edit, u"lee"_s).ok());
        QVERIFY(appendAudit(workspace().connection(),
                            AuditEntry{0, 5, u"sam"_s, u"backend.edit"_s, u"backend"_s, m_script, u"succeeded"_s, {}})
                    .ok());

        auto entries = auditEntries(workspace().connection(), u"release"_s, saved->release.id);
        QVERIFY(entries.ok());
        QCOMPARE(actions(*entries), (QStringList{u"release.create"_s, u"release.edit"_s}));
        QCOMPARE(entries->at(0).actor, u"dana"_s);
        QCOMPARE(entries->at(1).actor, u"lee"_s);
        QCOMPARE(entries->at(1).outcome, u"succeeded"_s);
        QVERIFY(entries->at(0).at > 0);
        QVERIFY2(entries->at(1).detail.contains(u"revision 2"_s), qPrintable(entries->at(1).detail));

        // All entries, oldest first: the backend entry was written with the earliest time.
        auto all = auditEntries(workspace().connection());
        QVERIFY(all.ok());
        QCOMPARE(actions(*all), (QStringList{u"backend.edit"_s, u"release.create"_s, u"release.edit"_s}));

        for (const QString &sql : {u"UPDATE audit_log SET actor = 'mallory'"_s, u"DELETE FROM audit_log"_s}) {
            QSqlQuery query(workspace().connection());
            QVERIFY(!query.exec(sql));
            QVERIFY2(query.lastError().text().contains(u"append-only"_s), qPrintable(query.lastError().text()));
        }
        QCOMPARE(rows(u"audit_log"_s), 3);
        QCOMPARE(count(workspace(), u"SELECT count(*) FROM audit_log WHERE actor = 'mallory'"_s), 0);

        QVERIFY(!appendAudit(workspace().connection(), AuditEntry{0, 0, {}, u"x.y"_s, u"release"_s, {}, {}, {}}).ok());
    }

    void actors()
    {
        const QByteArray user = qgetenv("USER");
        const QByteArray username = qgetenv("USERNAME");
        qputenv("USER", "dana");
        QCOMPARE(currentUser(), u"dana"_s);
        QCOMPARE(engineActor(), u"flowdeck engine (dana)"_s);
        qunsetenv("USER");
        qputenv("USERNAME", "lee");
        QCOMPARE(currentUser(), u"lee"_s);
        qunsetenv("USERNAME");
        QCOMPARE(currentUser(), u"flowdeck"_s);
        QCOMPARE(engineActor(), u"flowdeck engine (flowdeck)"_s);
        if (!user.isNull())
            qputenv("USER", user);
        if (!username.isNull())
            qputenv("USERNAME", username);
    }

    void taskUpdatesApprovalsAndOutput()
    {
        auto saved = savePlan(workspace(), springPlan(), u"dana"_s);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        const QSqlDatabase db = workspace().connection();

        ReleaseTask production = *saved->task(u"storefront-production"_s);
        production.state = state::running;
        production.attempt = 2;
        production.backendHandle = uR"({"token":"r1-t6-a2"})"_s;
        production.startedAt = Timestamp(1'711'970'000'000);
        production.owner = u"not written by updateTask"_s;
        QVERIFY(updateTask(db, production).ok());
        auto reloaded = loadPlan(db, saved->release.id);
        QVERIFY(reloaded.ok());
        const ReleaseTask *stored = reloaded->task(u"storefront-production"_s);
        QCOMPARE(stored->state, state::running);
        QCOMPARE(stored->attempt, 2);
        QCOMPARE(stored->backendHandle, std::optional<QString>(uR"({"token":"r1-t6-a2"})"_s));
        QCOMPARE(stored->startedAt, OptionalTime(1'711'970'000'000));
        QCOMPARE(stored->finishedAt, std::nullopt);
        QCOMPARE(stored->owner, std::nullopt);
        QCOMPARE(reloaded->release.revision, 1);
        ReleaseTask gone = production;
        gone.id = 9999;
        QVERIFY(!updateTask(db, gone).ok());

        const Id approve = saved->task(u"approve"_s)->id;
        QVERIFY(addApproval(db, ReleaseApproval{0, approve, u"dana"_s, u"reject"_s, u"not yet"_s, 100}).ok());
        QVERIFY(addApproval(db, ReleaseApproval{0, approve, u"dana"_s, u"approve"_s, u"now"_s, 200}).ok());
        auto decisions = approvals(db, approve);
        QVERIFY(decisions.ok());
        QCOMPARE(decisions->size(), 2);
        QCOMPARE(decisions->at(0).decision, u"reject"_s);
        QCOMPARE(decisions->at(0).comment, u"not yet"_s);
        QCOMPARE(decisions->at(1).decision, u"approve"_s);
        QCOMPARE(decisions->at(1).at, Timestamp(200));
        QVERIFY(!addApproval(db, ReleaseApproval{0, approve, u"dana"_s, u"maybe"_s, {}, 300}).ok());
        QVERIFY(!addApproval(db, ReleaseApproval{0, approve, u" "_s, u"approve"_s, {}, 300}).ok());
        QVERIFY(!addApproval(db, ReleaseApproval{0, 9999, u"dana"_s, u"approve"_s, {}, 300}).ok());
        QCOMPARE(rows(u"release_approvals"_s), 2);

        const Id task = production.id;
        for (const auto &[attempt, text] : {std::pair{1, u"starting\n"_s}, std::pair{1, u"failed\n"_s},
                                            std::pair{2, u"starting again\n"_s}, std::pair{2, u"done\n"_s}})
            QVERIFY(appendOutput(db, ReleaseTaskOutput{0, task, attempt, 0, text}).ok());
        auto all = output(db, task);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 4);
        QCOMPARE(all->at(0).text, u"starting\n"_s);
        QCOMPARE(all->at(3).text, u"done\n"_s);
        QVERIFY(all->at(0).at > 0);
        auto second = output(db, task, 2);
        QVERIFY(second.ok());
        QCOMPARE(second->size(), 2);
        QCOMPARE(second->at(0).text, u"starting again\n"_s);
        auto after = output(db, task, 0, all->at(1).id);
        QVERIFY(after.ok());
        QCOMPARE(after->size(), 2);
        QCOMPARE(after->at(0).id, all->at(2).id);
        auto afterInAttempt = output(db, task, 2, all->at(2).id);
        QVERIFY(afterInAttempt.ok());
        QCOMPARE(afterInAttempt->size(), 1);
        QCOMPARE(afterInAttempt->at(0).text, u"done\n"_s);
        auto nothing = output(db, task, 0, all->at(3).id);
        QVERIFY(nothing.ok());
        QVERIFY(nothing->isEmpty());
    }

    void listedReleases()
    {
        ReleasePlan later = springPlan(u"Summer"_s);
        later.release.plannedStart = Timestamp(1'719'000'000'000);
        ReleasePlan unscheduled = springPlan(u"Someday"_s);
        unscheduled.release.plannedStart.reset();
        ReleasePlan earlier = springPlan(u"Spring"_s);
        ReleasePlan alsoEarlier = springPlan(u"April fix"_s);
        alsoEarlier.items = {ReleaseItem{0, 0, m_checkout, u"1.9.2"_s}};
        alsoEarlier.tasks = {deploy(u"checkout-production"_s, m_checkout, m_production, u"1.9.2"_s)};
        alsoEarlier.edges.clear();
        for (const ReleasePlan &plan : {later, unscheduled, earlier, alsoEarlier})
            QVERIFY(savePlan(workspace(), plan, u"dana"_s).ok());

        auto spring = loadPlan(workspace().connection(), u"Spring"_s);
        QVERIFY(spring.ok());
        for (const QString &name : {u"storefront-staging"_s, u"smoke"_s}) {
            ReleaseTask done = *spring->task(name);
            done.state = name == u"smoke"_s ? state::skipped : state::succeeded;
            QVERIFY(updateTask(workspace().connection(), done).ok());
        }
        ReleaseTask failed = *spring->task(u"checkout-staging"_s);
        failed.state = state::failed;
        QVERIFY(updateTask(workspace().connection(), failed).ok());

        auto listed = listReleases(workspace().connection());
        QVERIFY2(listed.ok(), qPrintable(listed.errorMessage()));
        QStringList names;
        for (const ReleaseSummary &summary : std::as_const(*listed))
            names.append(summary.release.name);
        // By planned start (April fix and Spring share one), then by name; unscheduled last.
        QCOMPARE(names, (QStringList{u"April fix"_s, u"Spring"_s, u"Summer"_s, u"Someday"_s}));
        const ReleaseSummary &springSummary = listed->at(1);
        QCOMPARE(springSummary.tasks, 7);
        QCOMPARE(springSummary.tasksDone, 2);
        QCOMPARE(springSummary.items, (QStringList{u"checkout 1.9.1"_s, u"storefront 2.4.0"_s}));
        QCOMPARE(springSummary.environmentIds, (QList<Id>{m_staging, m_production}));
        QCOMPARE(listed->at(0).items, QStringList{u"checkout 1.9.2"_s});
        QCOMPARE(listed->at(0).environmentIds, QList<Id>{m_production});
        QCOMPARE(listed->at(0).tasksDone, 0);

        auto templates = listReleases(workspace().connection(), true);
        QVERIFY(templates.ok());
        QVERIFY(templates->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReleaseStore)
#include "tst_releasestore.moc"
