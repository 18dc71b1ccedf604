// SPDX-License-Identifier: GPL-3.0-or-later
// The CI connections dialog on temporary workspaces: connections added, edited and removed through the form as a
// user would, field problems shown in place, the token kept in the keychain or, where none answers, for the session
// only, "Test Connection" against a loopback server, and job mappings and tiers edited in the Mappings tab changing
// the stored rows (the expected stages follow from the stage names written below).
#include "ci/ciconnectionform.h"
#include "ci/ciconnectionsdialog.h"
#include "ci/cimappingspanel.h"
#include "ci/cisourcelistmodel.h"
#include "ci/cistore.h"
#include "ci/citokens.h"
#include "ci/environmenttiermodel.h"
#include "ci/jobstagemodel.h"
#include "ci/sync/cisources.h"
#include "common/messagebar.h"
#include "rowinserter.h"
#include "scriptedhttpserver.h"
#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace flowdeck;
using namespace flowdeck::views;
using namespace Qt::StringLiterals;

namespace {

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void chooseProvider(CiConnectionForm *form, const QString &provider)
{
    auto *combo = child<QComboBox>(form, u"provider"_s);
    combo->setCurrentIndex(combo->findData(provider));
}

QList<CiSource> storedSources(const store::Workspace &workspace)
{
    auto sources = ci::loadSources(workspace);
    if (!sources)
        qFatal("%s", qPrintable(sources.errorMessage()));
    return *sources;
}

OptionalId stageOf(const store::Workspace &workspace, const QString &externalId)
{
    auto query = store::runQuery(workspace.connection(), u"jobs"_s,
                                 u"SELECT stage_id FROM jobs WHERE external_id = ?"_s, {externalId});
    if (!query || !query->next())
        qFatal("no job %s", qPrintable(externalId));
    return store::fromSql<OptionalId>(query->value(0));
}

/// Picks `label` in the choice cell at `index` as a user does: opens the cell's editor and activates the item.
void choose(QTableView *table, const QModelIndex &index, const QString &label)
{
    table->setCurrentIndex(index);
    table->edit(index);
    auto *combo = table->viewport()->findChild<QComboBox *>();
    if (!combo)
        qFatal("no editor");
    const int item = combo->findText(label);
    if (item < 0)
        qFatal("no choice %s", qPrintable(label));
    combo->hidePopup();
    combo->setCurrentIndex(item);
    Q_EMIT combo->activated(item);
}

/// Whether a keychain answers in this session (a Secret Service on the D-Bus session bus).
bool keychainAnswers(const secrets::Keychain &keychain)
{
    return keychain.read(u"probe"_s).ok();
}

} // namespace

class TestCiConnections : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    /// The tests' own keychain entries, apart from the user's.
    secrets::Keychain m_keychain{u"Flowdeck tests %1"_s.arg(QRandomGenerator::global()->generate())};

    std::shared_ptr<store::Workspace> workspace()
    {
        auto created = store::Workspace::create(m_dir.filePath(u"ci-%1.flowdeck"_s.arg(++m_files)));
        if (!created)
            qFatal("%s", qPrintable(created.errorMessage()));
        return *created;
    }

    static void settle(CiConnectionsDialog &dialog) { QTRY_VERIFY_WITH_TIMEOUT(!dialog.mappings()->isBusy(), 20000); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void emptyWorkspaceSaysWhatToDo()
    {
        auto shop = workspace();
        CiTokens tokens(m_keychain);
        CiConnectionsDialog dialog(shop, &tokens);
        dialog.show();
        auto *listStack = dialog.sourceList()->parentWidget();
        QVERIFY(qobject_cast<QStackedWidget *>(listStack));
        QCOMPARE(static_cast<QStackedWidget *>(listStack)->currentWidget()->objectName(), u"ciSourcesEmpty"_s);
        auto *empty = child<QWidget>(&dialog, u"ciSourcesEmpty"_s);
        bool said = false;
        for (QLabel *label : empty->findChildren<QLabel *>())
            said = said || label->text().startsWith(u"No CI connections yet."_s);
        QVERIFY(said);
        QVERIFY(!child<QPushButton>(&dialog, u"syncAllConnections"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, u"editConnection"_s)->isEnabled());

        // The empty state's button opens the form for that provider.
        QTest::mouseClick(child<QPushButton>(&dialog, u"connect_jenkins"_s), Qt::LeftButton);
        QVERIFY(dialog.isEditing());
        QCOMPARE(child<QComboBox>(dialog.form(), u"provider"_s)->currentData().toString(), u"jenkins"_s);
        // Escape leaves the form first, then closes the dialog.
        QTest::keyClick(dialog.form()->focusWidget(), Qt::Key_Escape);
        QVERIFY(!dialog.isEditing());
        QVERIFY(dialog.isVisible());
        QTest::keyClick(dialog.sourceList(), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        settle(dialog);
    }

    void addsConnectionThroughTheForm()
    {
        auto shop = workspace();
        CiTokens tokens(m_keychain);
        CiConnectionsDialog dialog(shop, &tokens);
        dialog.show();
        QSignalSpy edited(&dialog, &CiConnectionsDialog::workspaceEdited);
        QTest::mouseClick(child<QPushButton>(&dialog, u"addConnection"_s), Qt::LeftButton);
        QVERIFY(dialog.isEditing());
        CiConnectionForm *form = dialog.form();
        auto *url = child<QLineEdit>(form, u"apiUrl"_s);
        QCOMPARE(url->text(), u"https://api.github.com"_s);

        // GitLab: the untouched address follows the provider.
        chooseProvider(form, u"gitlab"_s);
        QCOMPARE(url->text(), u"https://gitlab.com"_s);
        typeInto(url, u"https://gitlab.example.com/"_s);

        // Saving without a project says so next to the field, and stores nothing.
        auto *save = child<QDialogButtonBox>(&dialog, u"formButtons"_s)->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.isEditing());
        auto *projectProblem = child<QLabel>(form, u"projectProblem"_s);
        QVERIFY(projectProblem->isVisible());
        QVERIFY2(projectProblem->text().contains(u"group/project"_s), qPrintable(projectProblem->text()));
        QVERIFY(storedSources(*shop).isEmpty());

        QTest::keyClicks(child<QLineEdit>(form, u"project"_s), u"platform/shop"_s);
        QVERIFY(!projectProblem->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(!dialog.isEditing());
        QCOMPARE(edited.count(), 1);

        const QList<CiSource> sources = storedSources(*shop);
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources[0].provider, u"gitlab"_s);
        QCOMPARE(sources[0].baseUrl, u"https://gitlab.example.com"_s); // the trailing slash goes
        QCOMPARE(sources[0].project, u"platform/shop"_s);
        QCOMPARE(sources[0].incidentLabel, u"incident"_s);
        // The service is named after the project's last segment.
        auto services = store::loadRows<Service>(shop->connection());
        QCOMPARE(services->size(), 1);
        QCOMPARE(services->constFirst().name, u"shop"_s);
        QCOMPARE(sources[0].serviceId, OptionalId(services->constFirst().id));

        QCOMPARE(dialog.sourceModel()->rowCount(), 1);
        const QModelIndex row = dialog.sourceModel()->index(0);
        QCOMPARE(row.data().toString(), u"platform/shop on GitLab at gitlab.example.com"_s);
        QCOMPARE(row.data(CiSourceListModel::DetailRole).toString(), u"service shop · never synced"_s);
        QVERIFY(child<QPushButton>(&dialog, u"syncAllConnections"_s)->isEnabled());
        settle(dialog);
    }

    void showsFieldProblemsInPlace()
    {
        auto shop = workspace();
        CiTokens tokens(m_keychain);
        CiConnectionsDialog dialog(shop, &tokens);
        dialog.show();
        dialog.addConnection(u"github"_s);
        CiConnectionForm *form = dialog.form();
        auto *urlProblem = child<QLabel>(form, u"apiUrlProblem"_s);
        auto *projectProblem = child<QLabel>(form, u"projectProblem"_s);
        // Nothing typed yet: no problems shown.
        QVERIFY(!urlProblem->isVisible());
        QVERIFY(!projectProblem->isVisible());

        QTest::keyClicks(child<QLineEdit>(form, u"project"_s), u"storefront"_s);
        QVERIFY(projectProblem->isVisible());
        QVERIFY2(projectProblem->text().contains(u"\"storefront\""_s) &&
                     projectProblem->text().contains(u"OWNER/REPO"_s),
                 qPrintable(projectProblem->text()));
        QVERIFY(!urlProblem->isVisible());

        typeInto(child<QLineEdit>(form, u"apiUrl"_s), u"ftp://github.example.com"_s);
        QVERIFY(urlProblem->isVisible());
        QVERIFY2(urlProblem->text().contains(u"\"ftp://github.example.com\""_s), qPrintable(urlProblem->text()));
        QVERIFY(!child<QPushButton>(form, u"testConnection"_s)->isEnabled());

        // Jenkins: one address names the job; without /job/ it is refused.
        chooseProvider(form, u"jenkins"_s);
        QVERIFY(!child<QLineEdit>(form, u"project"_s)->isVisible());
        typeInto(child<QLineEdit>(form, u"apiUrl"_s), u"https://ci.example.com/view/all"_s);
        QVERIFY(urlProblem->isVisible());
        QVERIFY2(urlProblem->text().contains(u"/job/"_s), qPrintable(urlProblem->text()));
        typeInto(child<QLineEdit>(form, u"apiUrl"_s), u"https://ci.example.com/job/shop/job/main/"_s);
        QVERIFY(!urlProblem->isVisible());
        QVERIFY(dialog.saveForm());
        const QList<CiSource> sources = storedSources(*shop);
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources[0].baseUrl, u"https://ci.example.com"_s);
        QCOMPARE(sources[0].project, u"job/shop/job/main"_s);
        settle(dialog);
    }

    void editsAndRemovesConnections()
    {
        auto shop = workspace();
        testing::RowInserter rows(*shop);
        const Id payments = rows.add(Service{0, u"payments"_s, {}, {}});
        QVERIFY2(rows.error().isEmpty(), qPrintable(rows.error()));
        CiSource github;
        github.provider = u"github"_s;
        github.project = u"petech/storefront"_s;
        github.lastSyncAt = 1'700'000'000'000;
        auto saved = ci::saveSource(*shop, github);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        const Id id = saved->id;

        CiTokens tokens(m_keychain);
        CiConnectionsDialog dialog(shop, &tokens);
        dialog.show();
        QCOMPARE(dialog.sourceModel()->rowCount(), 1);
        dialog.sourceList()->setCurrentIndex(dialog.sourceModel()->index(0));
        QTest::mouseClick(child<QPushButton>(&dialog, u"editConnection"_s), Qt::LeftButton);
        QVERIFY(dialog.isEditing());
        CiConnectionForm *form = dialog.form();
        QCOMPARE(child<QLineEdit>(form, u"project"_s)->text(), u"petech/storefront"_s);

        // Another service and incident label: the same connection, its last sync kept.
        auto *service = child<QComboBox>(form, u"service"_s);
        service->setCurrentIndex(service->findText(u"payments"_s));
        typeInto(child<QLineEdit>(form, u"incidentLabel"_s), u"sev1"_s);
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, u"formButtons"_s)->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QList<CiSource> sources = storedSources(*shop);
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources[0].id, id);
        QCOMPARE(sources[0].serviceId, OptionalId(payments));
        QCOMPARE(sources[0].incidentLabel, u"sev1"_s);
        QCOMPARE(sources[0].lastSyncAt, OptionalTime(1'700'000'000'000));

        // Another repository: it replaces the connection, and has never been synced.
        dialog.editConnection(0);
        typeInto(child<QLineEdit>(form, u"project"_s), u"petech/checkout"_s);
        QVERIFY(dialog.saveForm());
        sources = storedSources(*shop);
        QCOMPARE(sources.size(), 1);
        QVERIFY(sources[0].id != id);
        QCOMPARE(sources[0].project, u"petech/checkout"_s);
        QCOMPARE(sources[0].lastSyncAt, OptionalTime());

        // Remove asks first; Cancel keeps it, Remove removes it.
        dialog.sourceList()->setCurrentIndex(dialog.sourceModel()->index(0));
        QTest::mouseClick(child<QPushButton>(&dialog, u"removeConnection"_s), Qt::LeftButton);
        auto *question = child<QMessageBox>(&dialog, u"removeQuestion"_s);
        QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton);
        QCOMPARE(storedSources(*shop).size(), 1);
        QTRY_VERIFY(!dialog.findChild<QMessageBox *>(u"removeQuestion"_s));
        QTest::mouseClick(child<QPushButton>(&dialog, u"removeConnection"_s), Qt::LeftButton);
        question = child<QMessageBox>(&dialog, u"removeQuestion"_s);
        QTest::mouseClick(child<QPushButton>(question, u"confirmRemove"_s), Qt::LeftButton);
        QVERIFY(storedSources(*shop).isEmpty());
        QCOMPARE(dialog.sourceModel()->rowCount(), 0);
        settle(dialog);
    }

    void tokenKeptForTheSessionWithoutKeychain()
    {
        if (keychainAnswers(m_keychain))
            QSKIP("A keychain answers: tst_ciconnections_nokeychain runs this without one.");
        auto shop = workspace();
        CiTokens tokens(m_keychain);
        CiConnectionsDialog dialog(shop, &tokens);
        dialog.show();
        dialog.addConnection(u"github"_s);
        CiConnectionForm *form = dialog.form();
        QTest::keyClicks(child<QLineEdit>(form, u"project"_s), u"petech/storefront"_s);
        auto *token = child<QLineEdit>(form, u"token"_s);
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        QTest::keyClicks(token, u"ghp_secret"_s);
        QVERIFY(dialog.saveForm());

        // The message says where the token went, once, in the dialog.
        QVERIFY(dialog.messageBar()->isVisible());
        QVERIFY2(dialog.messageBar()->text().contains(u"session only"_s), qPrintable(dialog.messageBar()->text()));
        QVERIFY(!dialog.messageBar()->text().contains(u"ghp_secret"_s));
        const QString key = ci::tokenKey(u"github"_s, u"https://api.github.com"_s);
        const CiTokens::Outcome kept = tokens.read(key);
        QCOMPARE(int(kept.place), int(CiTokens::Place::Session));
        QCOMPARE(kept.token, QByteArray("ghp_secret"));
        // Nowhere in the workspace.
        QFile file(shop->path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("ghp_secret"));

        // The form shows it as stored for the session, hidden, with Replace and Forget.
        dialog.editConnection(0);
        auto *stored = child<QLabel>(form, u"storedToken"_s);
        QVERIFY(stored->isVisible());
        QVERIFY2(stored->text().contains(u"session"_s), qPrintable(stored->text()));
        QVERIFY(!token->isVisible());
        QTest::mouseClick(child<QPushButton>(form, u"replaceToken"_s), Qt::LeftButton);
        QVERIFY(token->isVisible());
        QTest::mouseClick(child<QPushButton>(form, u"forgetToken"_s), Qt::LeftButton);
        QVERIFY(!stored->isVisible());
        QCOMPARE(int(tokens.read(key).place), int(CiTokens::Place::None));
        dialog.cancelForm();
        settle(dialog);
    }

    void tokenStoredInTheKeychain()
    {
        if (!keychainAnswers(m_keychain))
            QSKIP("No keychain answers in this session: scripts/quickstart.sh test starts one.");
        auto shop = workspace();
        CiTokens tokens(m_keychain);
        CiConnectionsDialog dialog(shop, &tokens);
        dialog.show();
        dialog.addConnection(u"gitlab"_s);
        CiConnectionForm *form = dialog.form();
        QTest::keyClicks(child<QLineEdit>(form, u"project"_s), u"platform/shop"_s);
        QTest::keyClicks(child<QLineEdit>(form, u"token"_s), u"glpat-secret"_s);
        QVERIFY(dialog.saveForm());
        QVERIFY(!dialog.messageBar()->isVisible());
        const QString key = ci::tokenKey(u"gitlab"_s, u"https://gitlab.com"_s);
        const CiTokens::Outcome stored = tokens.read(key);
        QCOMPARE(int(stored.place), int(CiTokens::Place::Keychain));
        QCOMPARE(stored.token, QByteArray("glpat-secret"));
        // Another window's tokens (a new session) still find it.
        QCOMPARE(CiTokens(m_keychain).read(key).token, QByteArray("glpat-secret"));
        dialog.editConnection(0);
        QVERIFY2(child<QLabel>(form, u"storedToken"_s)->text().contains(u"keychain"_s),
                 qPrintable(child<QLabel>(form, u"storedToken"_s)->text()));
        QTest::mouseClick(child<QPushButton>(form, u"forgetToken"_s), Qt::LeftButton);
        QCOMPARE(int(CiTokens(m_keychain).read(key).place), int(CiTokens::Place::None));
        settle(dialog);
    }

    void testConnectionAnswersInPlace()
    {
        testing::ScriptedHttpServer server;
        QVERIFY(server.isListening());
        server.script(u"/repos/petech/storefront/actions/runs"_s,
                      testing::ScriptedResponse::ok(R"({"total_count": 3, "workflow_runs": []})"));
        server.script(u"/repos/petech/private/actions/runs"_s,
                      testing::ScriptedResponse::withStatus(401, R"({"message": "Bad credentials"})"));
        auto shop = workspace();
        CiTokens tokens(m_keychain);
        CiConnectionsDialog dialog(shop, &tokens);
        dialog.show();
        dialog.addConnection(u"github"_s);
        CiConnectionForm *form = dialog.form();
        typeInto(child<QLineEdit>(form, u"apiUrl"_s), server.origin());
        QTest::keyClicks(child<QLineEdit>(form, u"project"_s), u"petech/storefront"_s);
        QTest::keyClicks(child<QLineEdit>(form, u"token"_s), u"typed-token"_s);
        auto *answer = child<QLabel>(form, u"testAnswer"_s);
        QTest::mouseClick(child<QPushButton>(form, u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(answer->text().startsWith(u"✓"_s), 20000);
        QVERIFY2(answer->text().contains(u"petech/storefront"_s) && answer->text().contains(u'3'),
                 qPrintable(answer->text()));
        // The typed token went to the server, not into the answer.
        QCOMPARE(server.requests().constLast().header("Authorization"), QByteArray("Bearer typed-token"));
        QVERIFY(!answer->text().contains(u"typed-token"_s));

        typeInto(child<QLineEdit>(form, u"project"_s), u"petech/private"_s);
        QVERIFY(answer->text().isEmpty()); // an answer for other fields is not shown
        QTest::mouseClick(child<QPushButton>(form, u"testConnection"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(answer->text().startsWith(u"✕"_s), 20000);
        QVERIFY2(answer->text().contains(u"401"_s), qPrintable(answer->text()));
        // Nothing was saved by testing.
        QVERIFY(storedSources(*shop).isEmpty());
        settle(dialog);
    }

    void mappingEditsMoveStoredJobs()
    {
        auto shop = workspace();
        testing::RowInserter rows(*shop);
        const Id service = rows.add(Service{0, u"storefront"_s, {}, {}});
        const Id pipeline = rows.add(Pipeline{0, u"CI"_s, service, u"test"_s, u"ci"_s, {}, {}, 1, 0});
        const Id build = rows.add(Stage{0, pipeline, u"build"_s, u"build"_s, {}, 0});
        const Id test = rows.add(Stage{0, pipeline, u"test"_s, u"test"_s, {}, 1});
        const Id live = rows.add(Environment{0, u"live-eu"_s, QString::fromLatin1(Tier::Other), 0});
        QVERIFY2(rows.error().isEmpty(), qPrintable(rows.error()));
        ci::Batch batch;
        ci::RunRecord run;
        run.externalId = u"r1"_s;
        run.pipelineName = u"CI"_s;
        run.status = QString::fromLatin1(Status::Succeeded);
        batch.runs = {run};
        const auto job = [](const QString &id, const QString &name) {
            ci::JobRecord record;
            record.externalId = id;
            record.runExternalId = u"r1"_s;
            record.name = name;
            record.status = QString::fromLatin1(Status::Succeeded);
            return record;
        };
        // build by its name, "test (linux)" by its name without matrix values, docs and lint by nothing.
        batch.jobs = {job(u"1"_s, u"build"_s), job(u"2"_s, u"docs"_s), job(u"3"_s, u"lint"_s),
                      job(u"4"_s, u"test (linux)"_s)};
        auto stored = ci::storeBatch(*shop, batch, ci::StoreContext{u"github"_s, service, {}});
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stageOf(*shop, u"2"_s), OptionalId());

        CiTokens tokens(m_keychain);
        CiConnectionsDialog dialog(shop, &tokens);
        dialog.show();
        dialog.showMappings();
        settle(dialog);
        CiMappingsPanel *panel = dialog.mappings();
        QAbstractItemModelTester jobTester(panel->jobModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tierTester(panel->tierModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(panel->pipelineChoice()->count(), 1);
        QCOMPARE(panel->pipelineChoice()->currentText(), u"CI — storefront (4 jobs)"_s);
        JobStageModel *jobs = panel->jobModel();
        QCOMPARE(jobs->rowCount(), 4);
        const auto stageCell = [jobs](int row) {
            return jobs->index(row, JobStageModel::StageColumn);
        };
        // Rows by name: build, docs, lint, test (linux).
        QCOMPARE(jobs->index(1, JobStageModel::JobColumn).data().toString(), u"docs"_s);
        QCOMPARE(stageCell(0).data().toString(), u"(automatic: build)"_s);
        QCOMPARE(stageCell(1).data().toString(), u"(automatic: no stage)"_s);
        QCOMPARE(stageCell(3).data().toString(), u"(automatic: test)"_s);
        QVERIFY(stageCell(3).data(Qt::ToolTipRole).toString().contains(u"matrix"_s));

        // docs onto build: the stored job moves at once.
        QSignalSpy edited(&dialog, &CiConnectionsDialog::workspaceEdited);
        choose(panel->jobTable(), stageCell(1), u"build"_s);
        settle(dialog);
        QCOMPARE(stageOf(*shop, u"2"_s), OptionalId(build));
        QCOMPARE(stageCell(1).data().toString(), u"build"_s);
        QCOMPARE(edited.count(), 1);

        // build deliberately onto no stage, then test (linux) onto build.
        choose(panel->jobTable(), stageCell(0), u"(no stage)"_s);
        settle(dialog);
        QCOMPARE(stageOf(*shop, u"1"_s), OptionalId());
        QCOMPARE(stageCell(0).data().toString(), u"(no stage)"_s);
        choose(panel->jobTable(), stageCell(3), u"build"_s);
        settle(dialog);
        QCOMPARE(stageOf(*shop, u"4"_s), OptionalId(build));

        // Undo, twice, in order; then redo.
        panel->undoStack()->undo();
        settle(dialog);
        QCOMPARE(stageOf(*shop, u"4"_s), OptionalId(test));
        panel->undoStack()->undo();
        settle(dialog);
        QCOMPARE(stageOf(*shop, u"1"_s), OptionalId(build));
        QCOMPARE(stageCell(0).data().toString(), u"(automatic: build)"_s);
        panel->undoStack()->redo();
        settle(dialog);
        QCOMPARE(stageOf(*shop, u"1"_s), OptionalId());

        // Back to automatic: docs has no stage of its name again.
        choose(panel->jobTable(), stageCell(1), u"(automatic: no stage)"_s);
        settle(dialog);
        QCOMPARE(stageOf(*shop, u"2"_s), OptionalId());

        // The tier of an environment.
        EnvironmentTierModel *tiers = panel->tierModel();
        QCOMPARE(tiers->rowCount(), 1);
        const QModelIndex tierCell = tiers->index(0, EnvironmentTierModel::TierColumn);
        QCOMPARE(tierCell.data().toString(), u"Other"_s);
        choose(panel->environmentTable(), tierCell, u"Production"_s);
        settle(dialog);
        auto environments = store::loadRows<Environment>(shop->connection(), u"id = ?"_s, {live});
        QCOMPARE(environments->constFirst().tier, u"production"_s);
        QCOMPARE(tiers->index(0, EnvironmentTierModel::TierColumn).data().toString(), u"Production"_s);
    }

    void mappingsEmptyState()
    {
        auto shop = workspace();
        CiTokens tokens(m_keychain);
        CiConnectionsDialog dialog(shop, &tokens);
        dialog.show();
        dialog.showMappings();
        settle(dialog);
        auto *jobsEmpty = child<QLabel>(&dialog, u"jobsEmpty"_s);
        QVERIFY(jobsEmpty->isVisible());
        QVERIFY(jobsEmpty->text().startsWith(u"No pipeline has imported jobs yet."_s));
        QVERIFY(child<QLabel>(&dialog, u"environmentsEmpty"_s)->isVisible());
        QVERIFY(!dialog.mappings()->pipelineChoice()->isEnabled());
    }

    void sourceListModel()
    {
        CiSourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CiSource jenkins;
        jenkins.id = 7;
        jenkins.provider = u"jenkins"_s;
        jenkins.baseUrl = u"https://ci.example.com"_s;
        jenkins.project = u"job/shop/job/main"_s;
        jenkins.serviceId = 3;
        const Timestamp now = 1'700'000'000'000;
        jenkins.lastSyncAt = now - 3 * 3'600'000;
        model.setSources({jenkins}, {{3, u"shop"_s}}, now);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), u"main on Jenkins at ci.example.com"_s);
        QCOMPARE(model.index(0).data(CiSourceListModel::DetailRole).toString(),
                 u"service shop · last synced 3 h ago"_s);
        QCOMPARE(model.rowOf(7), 0);
        QCOMPARE(model.rowOf(8), -1);
        model.setSources({}, {}, now);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestCiConnections)
#include "tst_ciconnections.moc"
