// SPDX-License-Identifier: GPL-3.0-or-later
// The release plan editor and the new release dialog on temporary workspaces with two services, two environments
// and two backends: plans built through the dialog's widgets as a user would and stored, refusals (a cycle, a
// missing backend, a plan changed elsewhere) shown in the dialog with the edits kept, undo and redo, and a release
// made from a template. The expected rows and settings texts are written out by hand from the edits made.
#include "releases/planeditor.h"

#include "common/messagebar.h"
#include "release/releasestore.h"
#include "rowinserter.h"
#include "store/workspace.h"
#include "workspacefile.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace flowdeck;
using namespace flowdeck::views;
using namespace Qt::StringLiterals;
using release::PlanEdge;
using release::ReleasePlan;

namespace {

// Columns of the task table, in the order the dialog shows them.
enum TaskColumn
{
    NameColumn,
    KindColumn,
    ServiceColumn,
    EnvironmentColumn,
    BackendColumn,
    VersionColumn,
    RetriesColumn,
    RollbackColumn,
    AfterColumn
};

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

/// Types `text` over what a field shows (lines ended with Enter) and leaves it with Tab, as a user does.
void typeInField(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(field, Qt::Key_Return);
        QTest::keyClicks(field, lines[i]);
    }
    QTest::keyClick(field, Qt::Key_Tab);
}

/// Opens the editor of a table cell, types `text` over its value and presses Enter.
void typeInCell(QTableView *table, int row, int column, const QString &text)
{
    const QModelIndex index = table->model()->index(row, column);
    table->setFocus();
    table->setCurrentIndex(index);
    table->edit(index);
    QWidget *editor = table->indexWidget(index);
    if (!editor)
        qFatal("no editor in row %d, column %d", row, column);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits after the editor has seen the key.
    QCoreApplication::processEvents();
}

/// Picks `label` in a choice cell as a user does: opens the cell's list and activates the item.
void chooseInCell(QTableView *table, int row, int column, const QString &label)
{
    const QModelIndex index = table->model()->index(row, column);
    table->setCurrentIndex(index);
    table->edit(index);
    auto *combo = qobject_cast<QComboBox *>(table->indexWidget(index));
    if (!combo)
        qFatal("no choice in row %d, column %d", row, column);
    const int item = combo->findText(label);
    if (item < 0)
        qFatal("no choice %s", qPrintable(label));
    // The list opens once the editor is shown; the pick closes it.
    QCoreApplication::processEvents();
    combo->hidePopup();
    combo->setCurrentIndex(item);
    Q_EMIT combo->activated(item);
}

/// Toggles the check box of a cell or list row with the space bar.
void toggleWithSpace(QAbstractItemView *view, const QModelIndex &index)
{
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_Space);
}

/// Clicks a check box on its box: a wide one does not take a click beyond its text.
void clickCheckBox(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
}

void choose(QComboBox *combo, const QString &label)
{
    const int item = combo->findText(label);
    if (item < 0)
        qFatal("no choice %s", qPrintable(label));
    combo->setCurrentIndex(item);
    Q_EMIT combo->activated(item);
}

/// Ticks the predecessor `name` in the settings of the selected task.
void tickPredecessor(QDialog &dialog, const QString &name)
{
    auto *list = child<QListWidget>(&dialog, u"predecessorList"_s);
    const QList<QListWidgetItem *> found = list->findItems(name, Qt::MatchExactly);
    if (found.size() != 1)
        qFatal("no predecessor %s", qPrintable(name));
    toggleWithSpace(list, list->indexFromItem(found.constFirst()));
}

QStringList cellTexts(QTableView *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        texts.append(table->model()->index(row, column).data().toString());
    return texts;
}

QStringList taskNames(const ReleasePlan &plan)
{
    QStringList names;
    for (const ReleaseTask &task : plan.tasks)
        names.append(task.name);
    return names;
}

/// Sorted, so that comparisons do not depend on the order the orderings were made in.
QList<PlanEdge> sortedEdges(QList<PlanEdge> edges)
{
    std::sort(edges.begin(), edges.end(),
              [](const PlanEdge &a, const PlanEdge &b) { return std::pair(a.from, a.to) < std::pair(b.from, b.to); });
    return edges;
}

void clickSave(QDialog &dialog)
{
    QPushButton *save = child<QDialogButtonBox>(&dialog, {})->button(QDialogButtonBox::Ok);
    QTest::mouseClick(save, Qt::LeftButton);
}

} // namespace

class TestPlanEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::shared_ptr<store::Workspace> m_workspace;
    Id m_storefront = 0;
    Id m_payments = 0;
    Id m_staging = 0;
    Id m_production = 0;
    Id m_script = 0;
    Id m_argo = 0;

    /// A stored template: "Build" deploys storefront to staging, "Sign-off" (approval by dana) runs after it,
    /// "Ship" deploys storefront and "Ship payments" payments to production after the sign-off.
    ReleasePlan storedTemplate(const QString &name)
    {
        ReleasePlan plan;
        plan.release.name = name;
        plan.release.version = u"1.0"_s;
        plan.release.isTemplate = true;
        plan.items = {ReleaseItem{0, 0, m_storefront, u"1.0"_s}};
        auto deploy = [](const QString &taskName, Id service, Id environment, Id backend) {
            ReleaseTask task;
            task.name = taskName;
            task.kind = release::kind::deploy;
            task.serviceId = service;
            task.environmentId = environment;
            task.backendId = backend;
            task.config = u"{}"_s;
            return task;
        };
        ReleaseTask signOff;
        signOff.name = u"Sign-off"_s;
        signOff.kind = release::kind::approval;
        signOff.config = u"{\"approvers\":[\"dana\"]}"_s;
        plan.tasks = {deploy(u"Build"_s, m_storefront, m_staging, m_script), signOff,
                      deploy(u"Ship"_s, m_storefront, m_production, m_script),
                      deploy(u"Ship payments"_s, m_payments, m_production, m_argo)};
        plan.edges = {{u"Build"_s, u"Sign-off"_s}, {u"Sign-off"_s, u"Ship"_s}, {u"Sign-off"_s, u"Ship payments"_s}};
        auto saved = release::savePlan(*m_workspace, plan, u"tester"_s);
        if (!saved)
            qFatal("%s", qPrintable(saved.errorMessage()));
        return *saved;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto created = store::Workspace::create(m_dir.filePath(u"plans-%1.flowdeck"_s.arg(++m_files)));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        m_workspace = *created;
        testing::RowInserter rows(*m_workspace);
        m_storefront = rows.add(Service{0, u"storefront"_s, {}, {}});
        m_payments = rows.add(Service{0, u"payments"_s, {}, {}});
        m_staging = rows.add(Environment{0, u"staging"_s, u"staging"_s, 1});
        m_production = rows.add(Environment{0, u"production"_s, u"production"_s, 2});
        m_script = rows.add(Backend{0, u"deploy-script"_s, u"process"_s, u"{\"program\":\"/bin/true\"}"_s, true});
        m_argo = rows.add(Backend{0, u"argo"_s, u"argocd"_s, u"{}"_s, true});
        QVERIFY2(rows.error().isEmpty(), qPrintable(rows.error()));
    }

    void cleanup() { m_workspace.reset(); }

    // A template built through the dialog's fields, table and settings as a user would, stored as built.
    void buildsAndStoresPlan()
    {
        ReleasePlan empty;
        empty.release.isTemplate = true;
        PlanEditorDialog dialog(m_workspace, empty);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.windowTitle(), u"New Template"_s);
        auto *table = child<QTableView>(&dialog, u"taskTable"_s);
        QAbstractItemModelTester taskTester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *services = child<QTableView>(&dialog, u"carriedServices"_s);
        QAbstractItemModelTester itemTester(services->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        typeInField(child<QLineEdit>(&dialog, u"nameEdit"_s), u"Weekly train"_s);
        typeInField(child<QLineEdit>(&dialog, u"versionEdit"_s), u"2.4"_s);
        typeInField(child<QPlainTextEdit>(&dialog, u"descriptionEdit"_s), u"Storefront every Tuesday"_s);
        auto *start = child<QWidget>(&dialog, u"startEdit"_s);
        start->findChild<QDateTimeEdit *>()->setDateTime(QDateTime(QDate(2030, 5, 7), QTime(9, 30), Qt::UTC));
        clickCheckBox(start->findChild<QCheckBox *>());
        choose(child<QComboBox>(&dialog, u"onFailureChoice"_s), u"Roll back: run the rollback tasks"_s);

        // Services are listed by name: payments, storefront.
        QCOMPARE(cellTexts(services, 0), (QStringList{u"payments"_s, u"storefront"_s}));
        toggleWithSpace(services, services->model()->index(1, 0));
        // A newly carried service starts with the release's version.
        QCOMPARE(services->model()->index(1, 1).data().toString(), u"2.4"_s);
        typeInCell(services, 1, 1, u"2.4.1"_s);

        auto *add = child<QPushButton>(&dialog, u"addTask"_s);
        for (int i = 0; i < 4; ++i)
            QTest::mouseClick(add, Qt::LeftButton);
        // Each new task follows the one selected before it and deploys the first carried service.
        QCOMPARE(cellTexts(table, NameColumn), (QStringList{u"Task 1"_s, u"Task 2"_s, u"Task 3"_s, u"Task 4"_s}));
        QCOMPARE(cellTexts(table, AfterColumn), (QStringList{u"start"_s, u"Task 1"_s, u"Task 2"_s, u"Task 3"_s}));
        QCOMPARE(cellTexts(table, ServiceColumn), QStringList(4, u"storefront"_s));

        typeInCell(table, 0, NameColumn, u"Deploy staging"_s);
        chooseInCell(table, 0, EnvironmentColumn, u"staging"_s);
        chooseInCell(table, 0, BackendColumn, u"deploy-script (process)"_s);

        typeInCell(table, 1, NameColumn, u"Approve"_s);
        chooseInCell(table, 1, KindColumn, u"Approval gate"_s);
        chooseInCell(table, 1, ServiceColumn, u"(none)"_s);
        typeInField(child<QLineEdit>(&dialog, u"approversEdit"_s), u"dana, lee"_s);

        typeInCell(table, 2, NameColumn, u"Deploy production"_s);
        chooseInCell(table, 2, EnvironmentColumn, u"production"_s);
        chooseInCell(table, 2, BackendColumn, u"deploy-script (process)"_s);
        typeInCell(table, 2, RetriesColumn, u"2"_s);
        typeInCell(table, 2, VersionColumn, u"2.4.1-hotfix"_s);
        typeInField(child<QPlainTextEdit>(&dialog, u"argumentsEdit"_s), u"--canary\n--region=eu"_s);

        typeInCell(table, 3, NameColumn, u"Smoke check"_s);
        chooseInCell(table, 3, KindColumn, u"Check gate"_s);
        chooseInCell(table, 3, EnvironmentColumn, u"production"_s);
        clickCheckBox(child<QCheckBox>(&dialog, u"pipelineGreenCheck"_s));
        clickCheckBox(child<QCheckBox>(&dialog, u"noOpenIncidentCheck"_s));
        // The check also waits for the approval directly.
        tickPredecessor(dialog, u"Approve"_s);
        QCOMPARE(table->model()->index(3, AfterColumn).data().toString(), u"Approve, Deploy production"_s);

        // A wait after the check, then a manual task, moved above the wait.
        table->setCurrentIndex(table->model()->index(3, NameColumn));
        QTest::mouseClick(add, Qt::LeftButton);
        typeInCell(table, 4, NameColumn, u"Soak"_s);
        chooseInCell(table, 4, KindColumn, u"Wait"_s);
        QCOMPARE(child<QSpinBox>(&dialog, u"waitMinutesEdit"_s)->value(), 15);
        typeInField(child<QSpinBox>(&dialog, u"waitMinutesEdit"_s), u"30"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        typeInCell(table, 5, NameColumn, u"Announce"_s);
        chooseInCell(table, 5, KindColumn, u"Manual task"_s);
        typeInField(child<QLineEdit>(&dialog, u"ownerEdit"_s), u"sam"_s);
        typeInField(child<QPlainTextEdit>(&dialog, u"instructionsEdit"_s), u"Post in #releases"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"moveTaskUp"_s), Qt::LeftButton);
        QCOMPARE(cellTexts(table, NameColumn).mid(4), (QStringList{u"Announce"_s, u"Soak"_s}));

        // A rollback of production, which may not wait for a forward task.
        table->setCurrentIndex(table->model()->index(5, NameColumn));
        QTest::mouseClick(add, Qt::LeftButton);
        typeInCell(table, 6, NameColumn, u"Roll back production"_s);
        chooseInCell(table, 6, EnvironmentColumn, u"production"_s);
        chooseInCell(table, 6, BackendColumn, u"argo (argocd)"_s);
        toggleWithSpace(table, table->model()->index(6, RollbackColumn));
        tickPredecessor(dialog, u"Soak"_s);
        QCOMPARE(table->model()->index(6, AfterColumn).data().toString(), u"start"_s);

        QSignalSpy finished(&dialog, &QDialog::finished);
        clickSave(dialog);
        auto *messages = child<MessageBar>(&dialog, u"planMessages"_s);
        QTRY_VERIFY2(finished.size() == 1, qPrintable(messages->text()));
        QCOMPARE(finished[0][0].toInt(), int(QDialog::Accepted));

        auto stored = release::loadPlan(m_workspace->connection(), u"Weekly train"_s);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(dialog.plan(), *stored);
        const ReleasePlan &plan = *stored;
        QCOMPARE(plan.release.version, u"2.4"_s);
        QCOMPARE(plan.release.description, u"Storefront every Tuesday"_s);
        QVERIFY(plan.release.isTemplate);
        QCOMPARE(plan.release.plannedStart,
                 OptionalTime(QDateTime(QDate(2030, 5, 7), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch()));
        QCOMPARE(plan.release.plannedEnd, OptionalTime());
        QCOMPARE(plan.release.onFailure, u"rollback"_s);
        QCOMPARE(plan.release.revision, 1);
        QCOMPARE(plan.items.size(), 1);
        QCOMPARE(plan.items[0].serviceId, m_storefront);
        QCOMPARE(plan.items[0].version, u"2.4.1"_s);

        QCOMPARE(taskNames(plan), (QStringList{u"Deploy staging"_s, u"Approve"_s, u"Deploy production"_s,
                                               u"Smoke check"_s, u"Announce"_s, u"Soak"_s, u"Roll back production"_s}));
        const ReleaseTask *staging = plan.task(u"Deploy staging"_s);
        QCOMPARE(staging->kind, u"deploy"_s);
        QCOMPARE(staging->serviceId, OptionalId(m_storefront));
        QCOMPARE(staging->environmentId, OptionalId(m_staging));
        QCOMPARE(staging->backendId, OptionalId(m_script));
        QCOMPARE(staging->version, std::optional<QString>());
        QCOMPARE(staging->config, u"{}"_s);
        QCOMPARE(staging->state, u"planned"_s);
        const ReleaseTask *approve = plan.task(u"Approve"_s);
        QCOMPARE(approve->kind, u"approval"_s);
        QCOMPARE(approve->serviceId, OptionalId());
        QCOMPARE(approve->backendId, OptionalId());
        QCOMPARE(approve->config, u"{\"approvers\":[\"dana\",\"lee\"]}"_s);
        const ReleaseTask *production = plan.task(u"Deploy production"_s);
        QCOMPARE(production->environmentId, OptionalId(m_production));
        QCOMPARE(production->maxRetries, 2);
        QCOMPARE(production->version, std::optional<QString>(u"2.4.1-hotfix"_s));
        QCOMPARE(production->config, u"{\"arguments\":[\"--canary\",\"--region=eu\"]}"_s);
        const ReleaseTask *smoke = plan.task(u"Smoke check"_s);
        QCOMPARE(smoke->kind, u"check"_s);
        QCOMPARE(smoke->serviceId, OptionalId(m_storefront));
        QCOMPARE(smoke->environmentId, OptionalId(m_production));
        QCOMPARE(smoke->config, u"{\"conditions\":[\"pipeline_green\",\"no_open_incident\"]}"_s);
        const ReleaseTask *announce = plan.task(u"Announce"_s);
        QCOMPARE(announce->kind, u"manual"_s);
        QCOMPARE(announce->owner, std::optional<QString>(u"sam"_s));
        QCOMPARE(announce->instructions, std::optional<QString>(u"Post in #releases"_s));
        QCOMPARE(announce->config, u"{}"_s);
        const ReleaseTask *soak = plan.task(u"Soak"_s);
        QCOMPARE(soak->kind, u"wait"_s);
        QCOMPARE(soak->config, u"{\"minutes\":30}"_s);
        const ReleaseTask *rollback = plan.task(u"Roll back production"_s);
        QVERIFY(rollback->isRollback);
        QCOMPARE(rollback->backendId, OptionalId(m_argo));
        QVERIFY(!production->isRollback);

        QCOMPARE(sortedEdges(plan.edges), sortedEdges({{u"Deploy staging"_s, u"Approve"_s},
                                                       {u"Approve"_s, u"Deploy production"_s},
                                                       {u"Deploy production"_s, u"Smoke check"_s},
                                                       {u"Approve"_s, u"Smoke check"_s},
                                                       {u"Smoke check"_s, u"Soak"_s},
                                                       {u"Soak"_s, u"Announce"_s}}));

        QCOMPARE(testing::countRows(m_workspace->path(), u"releases"_s), 1);
        QCOMPARE(testing::countRows(m_workspace->path(), u"release_tasks"_s), 7);
    }

    // A cycle and a deploy without a backend are refused in the dialog, naming the task; nothing is stored and the
    // edits stay for the next try.
    void refusesInvalidPlan()
    {
        ReleasePlan empty;
        empty.release.isTemplate = true;
        empty.release.name = u"Loop"_s;
        PlanEditorDialog dialog(m_workspace, empty);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *table = child<QTableView>(&dialog, u"taskTable"_s);
        auto *add = child<QPushButton>(&dialog, u"addTask"_s);
        auto *messages = child<MessageBar>(&dialog, u"planMessages"_s);
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        for (int row = 0; row < 2; ++row) {
            chooseInCell(table, row, KindColumn, u"Manual task"_s);
            typeInCell(table, row, NameColumn, row == 0 ? u"Prepare"_s : u"Verify"_s);
        }
        // "Verify" runs after "Prepare"; making "Prepare" run after "Verify" closes the loop.
        table->setCurrentIndex(table->model()->index(0, NameColumn));
        tickPredecessor(dialog, u"Verify"_s);

        QSignalSpy finished(&dialog, &QDialog::finished);
        clickSave(dialog);
        QVERIFY(messages->isVisible());
        QVERIFY2(messages->text().contains(u"cycle"_s), qPrintable(messages->text()));
        QVERIFY(messages->text().contains(u"“Prepare”"_s));
        QVERIFY(messages->text().contains(u"“Verify”"_s));
        QCOMPARE(finished.size(), 0);
        QCOMPARE(testing::countRows(m_workspace->path(), u"releases"_s), 0);
        QCOMPARE(sortedEdges(dialog.plan().edges),
                 sortedEdges({{u"Prepare"_s, u"Verify"_s}, {u"Verify"_s, u"Prepare"_s}}));

        // Untick it again; a deploy without a backend is refused next, naming it, and the task is selected.
        tickPredecessor(dialog, u"Verify"_s);
        QVERIFY(messages->text().isEmpty());
        table->setCurrentIndex(table->model()->index(1, NameColumn));
        QTest::mouseClick(add, Qt::LeftButton);
        typeInCell(table, 2, NameColumn, u"Roll out"_s);
        chooseInCell(table, 2, ServiceColumn, u"storefront"_s);
        chooseInCell(table, 2, EnvironmentColumn, u"staging"_s);
        table->setCurrentIndex(table->model()->index(0, NameColumn));
        clickSave(dialog);
        QCOMPARE(messages->text(), u"Deploy task “Roll out” names no backend to deploy through."_s);
        QCOMPARE(table->currentIndex().row(), 2);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(testing::countRows(m_workspace->path(), u"releases"_s), 0);

        chooseInCell(table, 2, BackendColumn, u"argo (argocd)"_s);
        clickSave(dialog);
        QTRY_COMPARE(finished.size(), 1);
        auto stored = release::loadPlan(m_workspace->connection(), u"Loop"_s);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(taskNames(*stored), (QStringList{u"Prepare"_s, u"Verify"_s, u"Roll out"_s}));
        QCOMPARE(sortedEdges(stored->edges), sortedEdges({{u"Prepare"_s, u"Verify"_s}, {u"Verify"_s, u"Roll out"_s}}));
    }

    // Every edit is undone with Ctrl+Z and made again with Ctrl+Shift+Z, in a text field as well.
    void undoesAndRedoes()
    {
        const ReleasePlan stored = storedTemplate(u"Train"_s);
        PlanEditorDialog dialog(m_workspace, stored);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *table = child<QTableView>(&dialog, u"taskTable"_s);
        auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
        auto *undoButton = child<QToolButton>(&dialog, u"undoButton"_s);
        QVERIFY(!undoButton->isEnabled());

        typeInCell(table, 1, NameColumn, u"Approval"_s);
        QCOMPARE(cellTexts(table, AfterColumn)[2], u"Approval"_s);
        QCOMPARE(undoButton->toolTip(), u"Undo: Rename “Sign-off” to “Approval” (Ctrl+Z)"_s);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(cellTexts(table, NameColumn)[1], u"Sign-off"_s);
        QCOMPARE(cellTexts(table, AfterColumn)[2], u"Sign-off"_s);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(cellTexts(table, NameColumn)[1], u"Approval"_s);

        // Removing "Approval" bridges its orderings; undoing brings it back with them.
        table->setCurrentIndex(table->model()->index(1, NameColumn));
        QTest::mouseClick(child<QPushButton>(&dialog, u"removeTask"_s), Qt::LeftButton);
        QCOMPARE(cellTexts(table, NameColumn), (QStringList{u"Build"_s, u"Ship"_s, u"Ship payments"_s}));
        QCOMPARE(cellTexts(table, AfterColumn), (QStringList{u"start"_s, u"Build"_s, u"Build"_s}));
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(cellTexts(table, NameColumn), (QStringList{u"Build"_s, u"Approval"_s, u"Ship"_s, u"Ship payments"_s}));
        QCOMPARE(cellTexts(table, AfterColumn), (QStringList{u"start"_s, u"Build"_s, u"Approval"_s, u"Approval"_s}));

        // In the name field, Ctrl+Z first takes back what was typed there, then the edit before.
        typeInField(name, u"Train B"_s);
        name->setFocus();
        QTest::keyClicks(name, u" (draft)"_s);
        QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(name->text(), u"Train B"_s);
        QCOMPARE(dialog.plan().release.name, u"Train B"_s);
        QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(name->text(), u"Train"_s);
        QCOMPARE(dialog.plan().release.name, u"Train"_s);
        QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(name->text(), u"Train B"_s);

        // Settings of a task: the approvers go back and forth too.
        table->setCurrentIndex(table->model()->index(1, NameColumn));
        auto *approvers = child<QLineEdit>(&dialog, u"approversEdit"_s);
        QCOMPARE(approvers->text(), u"dana"_s);
        typeInField(approvers, u"dana, kim"_s);
        QCOMPARE(dialog.plan().task(u"Approval"_s)->config, u"{\"approvers\":[\"dana\",\"kim\"]}"_s);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(approvers->text(), u"dana"_s);
        QCOMPARE(dialog.plan().task(u"Approval"_s)->config, u"{\"approvers\":[\"dana\"]}"_s);

        // Nothing was stored meanwhile.
        auto unchanged = release::loadPlan(m_workspace->connection(), stored.release.id);
        QVERIFY(unchanged);
        QCOMPARE(*unchanged, stored);
    }

    // An edited template keeps the ids of the tasks that stay; a new task gets one of its own.
    void editKeepsTaskIds()
    {
        const ReleasePlan stored = storedTemplate(u"Train"_s);
        PlanEditorDialog dialog(m_workspace, stored);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.windowTitle(), u"Edit Template “Train”"_s);
        auto *table = child<QTableView>(&dialog, u"taskTable"_s);
        chooseInCell(table, 0, EnvironmentColumn, u"production"_s);
        table->setCurrentIndex(table->model()->index(3, NameColumn));
        QTest::mouseClick(child<QPushButton>(&dialog, u"addTask"_s), Qt::LeftButton);
        typeInCell(table, 4, NameColumn, u"Tell support"_s);
        chooseInCell(table, 4, KindColumn, u"Manual task"_s);
        // "Ship" goes; "Ship payments" then runs after the sign-off as before.
        table->setCurrentIndex(table->model()->index(2, NameColumn));
        QTest::mouseClick(child<QPushButton>(&dialog, u"removeTask"_s), Qt::LeftButton);

        QSignalSpy finished(&dialog, &QDialog::finished);
        clickSave(dialog);
        QTRY_COMPARE(finished.size(), 1);
        auto saved = release::loadPlan(m_workspace->connection(), stored.release.id);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        QCOMPARE(dialog.plan(), *saved);
        QCOMPARE(saved->release.revision, 2);
        QCOMPARE(taskNames(*saved), (QStringList{u"Build"_s, u"Sign-off"_s, u"Ship payments"_s, u"Tell support"_s}));
        for (const QString &kept : {u"Build"_s, u"Sign-off"_s, u"Ship payments"_s})
            QCOMPARE(saved->task(kept)->id, stored.task(kept)->id);
        const Id highest = std::max({stored.tasks[0].id, stored.tasks[1].id, stored.tasks[2].id, stored.tasks[3].id});
        QVERIFY(saved->task(u"Tell support"_s)->id > highest);
        QCOMPARE(saved->task(u"Build"_s)->environmentId, OptionalId(m_production));
        QCOMPARE(sortedEdges(saved->edges), sortedEdges({{u"Build"_s, u"Sign-off"_s},
                                                         {u"Sign-off"_s, u"Ship payments"_s},
                                                         {u"Ship payments"_s, u"Tell support"_s}}));
    }

    // A plan changed elsewhere after the dialog opened is not overwritten: the refusal shows and the edits stay.
    void refusesStaleRevision()
    {
        const ReleasePlan stored = storedTemplate(u"Train"_s);
        PlanEditorDialog dialog(m_workspace, stored);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        ReleasePlan elsewhere = stored;
        elsewhere.release.description = u"Changed by someone else"_s;
        auto other = release::savePlan(*m_workspace, elsewhere, u"someone"_s);
        QVERIFY2(other, qPrintable(other.errorMessage()));

        typeInField(child<QLineEdit>(&dialog, u"versionEdit"_s), u"1.1"_s);
        QSignalSpy finished(&dialog, &QDialog::finished);
        clickSave(dialog);
        auto *messages = child<MessageBar>(&dialog, u"planMessages"_s);
        QTRY_VERIFY2(messages->text().contains(u"changed elsewhere"_s), qPrintable(messages->text()));
        QCOMPARE(finished.size(), 0);
        QCOMPARE(dialog.plan().release.version, u"1.1"_s);
        QCOMPARE(child<QLineEdit>(&dialog, u"versionEdit"_s)->text(), u"1.1"_s);
        QVERIFY(child<QPushButton>(&dialog, u"addTask"_s)->isEnabled());
        auto current = release::loadPlan(m_workspace->connection(), stored.release.id);
        QVERIFY(current);
        QCOMPARE(current->release.version, u"1.0"_s);
        QCOMPARE(current->release.description, u"Changed by someone else"_s);
        QCOMPARE(current->release.revision, 2);
    }

    // A release that has started is shown, but its plan cannot be changed.
    void startedReleaseIsReadOnly()
    {
        const ReleasePlan stored = storedTemplate(u"Train"_s);
        auto made = release::releaseFromTemplate(
            *m_workspace, stored.release.id, u"Train 7"_s, u"7.0"_s,
            {ReleaseItem{0, 0, m_storefront, u"7.0"_s}, ReleaseItem{0, 0, m_payments, u"7.1"_s}}, {}, u"tester"_s);
        QVERIFY2(made, qPrintable(made.errorMessage()));
        Release running = made->release;
        running.status = release::status::running;
        QVERIFY(release::updateReleaseStatus(m_workspace->connection(), running));
        auto loaded = release::loadPlan(m_workspace->connection(), running.id);
        QVERIFY(loaded);

        PlanEditorDialog dialog(m_workspace, *loaded);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.windowTitle(), u"Edit Release “Train 7”"_s);
        QVERIFY(child<MessageBar>(&dialog, u"planMessages"_s)->text().contains(u"has started"_s));
        QVERIFY(!child<QPushButton>(&dialog, u"addTask"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, u"removeTask"_s)->isEnabled());
        QVERIFY(!child<QDialogButtonBox>(&dialog, {})->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(child<QLineEdit>(&dialog, u"nameEdit"_s)->isReadOnly());
        auto *table = child<QTableView>(&dialog, u"taskTable"_s);
        QVERIFY(!(table->model()->flags(table->model()->index(0, NameColumn)) & Qt::ItemIsEditable));
        QCOMPARE(cellTexts(table, VersionColumn), (QStringList{u"7.0"_s, u"–"_s, u"7.0"_s, u"7.1"_s}));
        QCOMPARE(dialog.plan(), *loaded);
    }

    // A release from a template with the versions given per service; an empty version takes the release's.
    void makesReleaseFromTemplate()
    {
        const ReleasePlan stored = storedTemplate(u"Weekly train"_s);
        NewReleaseDialog dialog(m_workspace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.setTemplate(stored.release.id);
        QCOMPARE(child<QComboBox>(&dialog, u"templateChoice"_s)->currentText(), u"Weekly train"_s);
        auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
        // The template carries storefront at 1.0 and deploys payments too.
        auto *storefront = child<QLineEdit>(&dialog, u"serviceVersion_storefront"_s);
        auto *payments = child<QLineEdit>(&dialog, u"serviceVersion_payments"_s);
        QCOMPARE(storefront->text(), u"1.0"_s);
        QCOMPARE(payments->text(), QString());

        typeInField(child<QLineEdit>(&dialog, u"versionEdit"_s), u"3.1.0"_s);
        QCOMPARE(name->text(), u"Weekly train 3.1.0"_s);
        QCOMPARE(payments->placeholderText(), u"3.1.0"_s);
        typeInField(storefront, u"3.1.2"_s);
        auto *start = child<QWidget>(&dialog, u"startEdit"_s);
        start->findChild<QDateTimeEdit *>()->setDateTime(QDateTime(QDate(2030, 6, 4), QTime(8, 0), Qt::UTC));
        clickCheckBox(start->findChild<QCheckBox *>());

        QSignalSpy finished(&dialog, &QDialog::finished);
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, {})->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished[0][0].toInt(), int(QDialog::Accepted));
        QVERIFY(dialog.createdId() > 0);

        auto made = release::loadPlan(m_workspace->connection(), dialog.createdId());
        QVERIFY2(made, qPrintable(made.errorMessage()));
        QCOMPARE(made->release.name, u"Weekly train 3.1.0"_s);
        QCOMPARE(made->release.version, u"3.1.0"_s);
        QVERIFY(!made->release.isTemplate);
        QCOMPARE(made->release.templateId, OptionalId(stored.release.id));
        QCOMPARE(made->release.status, u"planned"_s);
        QCOMPARE(made->release.plannedStart,
                 OptionalTime(QDateTime(QDate(2030, 6, 4), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch()));
        QCOMPARE(made->items.size(), 2);
        QCOMPARE(made->items[0].serviceId, m_storefront);
        QCOMPARE(made->items[0].version, u"3.1.2"_s);
        QCOMPARE(made->items[1].serviceId, m_payments);
        QCOMPARE(made->items[1].version, u"3.1.0"_s);
        QCOMPARE(taskNames(*made), (QStringList{u"Build"_s, u"Sign-off"_s, u"Ship"_s, u"Ship payments"_s}));
        QCOMPARE(made->task(u"Build"_s)->version, std::optional<QString>(u"3.1.2"_s));
        QCOMPARE(made->task(u"Ship"_s)->version, std::optional<QString>(u"3.1.2"_s));
        QCOMPARE(made->task(u"Ship payments"_s)->version, std::optional<QString>(u"3.1.0"_s));
        QCOMPARE(sortedEdges(made->edges), sortedEdges(stored.edges));
    }

    // Without a template there is nothing to create, and the dialog says where templates come from.
    void newReleaseNeedsTemplate()
    {
        NewReleaseDialog dialog(m_workspace);
        QVERIFY(!child<QDialogButtonBox>(&dialog, {})->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(child<MessageBar>(&dialog, u"newReleaseMessages"_s)->text().contains(u"no release template"_s));
    }

    // Renders the editor and the new release dialog in a light and a dark palette, for a look (written where
    // FLOWDECK_RENDER_DIR says, when it is set).
    void rendersDialogs()
    {
        const ReleasePlan stored = storedTemplate(u"Weekly train"_s);
        const QString out = qEnvironmentVariable("FLOWDECK_RENDER_DIR");
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            dark.setColor(role, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        for (const auto &[name, palette] : {std::pair(u"light"_s, light), std::pair(u"dark"_s, dark)}) {
            QApplication::setPalette(palette);
            PlanEditorDialog editor(m_workspace, stored);
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            auto *table = child<QTableView>(&editor, u"taskTable"_s);
            table->setCurrentIndex(table->model()->index(1, NameColumn));
            const QImage editorImage = editor.grab().toImage();
            QVERIFY(!editorImage.isNull());
            NewReleaseDialog creator(m_workspace);
            creator.show();
            QVERIFY(QTest::qWaitForWindowExposed(&creator));
            const QImage creatorImage = creator.grab().toImage();
            QVERIFY(!creatorImage.isNull());
            if (!out.isEmpty()) {
                QVERIFY(editorImage.save(out + u"/plan-editor-"_s + name + u".png"_s));
                QVERIFY(creatorImage.save(out + u"/new-release-"_s + name + u".png"_s));
            }
        }
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(TestPlanEditor)
#include "tst_planeditor.moc"
