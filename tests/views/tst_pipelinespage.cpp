// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/messagebar.h"
#include "common/pagestack.h"
#include "domain/delivery.h"
#include "fixturerows.h"
#include "fixturetime.h"
#include "graph/pipelinestore.h"
#include "pipelines/addstagedialog.h"
#include "pipelines/graphminimap.h"
#include "pipelines/pipelinegraphpanel.h"
#include "pipelines/pipelinegraphview.h"
#include "pipelines/pipelinelistmodel.h"
#include "pipelines/pipelinescene.h"
#include "pipelines/pipelinespage.h"
#include "pipelines/stagecarditem.h"
#include "pipelines/stageedgeitem.h"
#include "pipelines/stageediting.h"
#include "pipelines/stagekindstyle.h"
#include "rowinserter.h"
#include "scratchfile.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>
#include <QWheelEvent>

using namespace flowdeck;
using namespace flowdeck::store;
using namespace flowdeck::testing;
using namespace flowdeck::views;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 second = 1000;

graph::StageSpec stage(const QString &name, const char *kind, QStringList needs = {}, const QString &environment = {})
{
    graph::StageSpec spec;
    spec.name = name;
    spec.kind = QString::fromLatin1(kind);
    spec.needs = std::move(needs);
    spec.environment = environment;
    return spec;
}

// checkout:   build ─┬─ unit ─┬─ package ── deploy (staging)
//                    ├─ lint ─┘
//                    └─ docs
graph::PipelineSpec checkoutPipeline()
{
    graph::PipelineSpec pipeline;
    pipeline.name = u"checkout"_s;
    pipeline.stages = {stage(u"build"_s, StageKind::Build),
                       stage(u"unit"_s, StageKind::Test, {u"build"_s}),
                       stage(u"lint"_s, StageKind::Test, {u"build"_s}),
                       stage(u"docs"_s, StageKind::Other, {u"build"_s}),
                       stage(u"package"_s, StageKind::Build, {u"unit"_s, u"lint"_s}),
                       stage(u"deploy"_s, StageKind::Deploy, {u"package"_s}, u"staging"_s)};
    return pipeline;
}

graph::PipelineSpec docsSitePipeline()
{
    graph::PipelineSpec pipeline;
    pipeline.name = u"docs-site"_s;
    pipeline.stages = {stage(u"publish"_s, StageKind::Deploy, {}, u"production"_s)};
    return pipeline;
}

Id stageId(const Workspace &workspace, Id pipelineId, const QString &name)
{
    QSqlQuery query(workspace.connection());
    query.prepare(u"SELECT id FROM stages WHERE pipeline_id = ? AND name = ?"_s);
    query.addBindValue(pipelineId);
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

// The jobs behind the medians. Worked out by hand:
//   build    queue 1, 3, 2 min -> 2 min; run 4, 6, 5 min -> 5 min; 2 of 3 succeeded -> 67 %; 3 runs; 7 min
//   unit     queue 30 s, 30 s -> 30 s; run 10 min and 12 min 1 s -> 11 min 0.5 s ("11 min"); 2 runs; 11 min 30.5 s
//   lint     queue 1 min, run 1 min; 1 run; 2 min
//   docs     no jobs: "No runs yet", takes 0
//   package  queue 0, run 3 min; 3 min
//   deploy   queue 2 min, run 1 min; 3 min
// Critical path: build (7 min) -> unit (11 min 30.5 s) -> package (3 min) -> deploy (3 min) = 24 min 30.5 s;
// lint runs from 7 to 9 min and could end as late as 18 min 30.5 s (when package starts): 9 min 30.5 s of slack.
QString addJobs(const Workspace &workspace, Id pipelineId)
{
    RowInserter in(workspace);
    const auto job = [&](Id run, const QString &name, const char *status, Timestamp queued, qint64 wait, qint64 work) {
        Job row = jobRow(run, name, status, queued, queued + wait, queued + wait + work);
        row.stageId = stageId(workspace, pipelineId, name);
        in.add(row);
    };
    const Id run1 = in.add(runRow(Status::Succeeded, T, T, T + hour));
    const Id run2 = in.add(runRow(Status::Failed, T + day, T + day, T + day + hour));
    const Id run3 = in.add(runRow(Status::Succeeded, T + 2 * day, T + 2 * day, T + 2 * day + hour));
    job(run1, u"build"_s, Status::Succeeded, T, 1 * minute, 4 * minute);
    job(run2, u"build"_s, Status::Failed, T + day, 3 * minute, 6 * minute);
    job(run3, u"build"_s, Status::Succeeded, T + 2 * day, 2 * minute, 5 * minute);
    job(run1, u"unit"_s, Status::Succeeded, T + 10 * minute, 30 * second, 10 * minute);
    job(run3, u"unit"_s, Status::Succeeded, T + 2 * day + 10 * minute, 30 * second, 12 * minute + second);
    job(run1, u"lint"_s, Status::Succeeded, T + 10 * minute, minute, minute);
    job(run1, u"package"_s, Status::Succeeded, T + 30 * minute, 0, 3 * minute);
    job(run1, u"deploy"_s, Status::Succeeded, T + 40 * minute, 2 * minute, minute);
    return in.error();
}

struct Fixture
{
    std::shared_ptr<Workspace> workspace;
    Id checkout = 0;
    Id docsSite = 0;
};

bool waitReady(const PipelinesPage &page)
{
    return QTest::qWaitFor([&page] { return page.isReady(); }, 10000);
}

const StageCardItem *card(const PipelinesPage &page, const QString &name)
{
    return page.panel()->scene()->card(name);
}

QStringList names(const QList<StageCardItem *> &cards)
{
    QStringList names;
    for (const StageCardItem *card : cards)
        names.append(card->name());
    return names;
}

QStringList edgeNames(const QList<StageEdgeItem *> &edges, bool criticalOnly = false)
{
    QStringList names;
    for (const StageEdgeItem *edge : edges) {
        if (!criticalOnly || edge->isCritical())
            names.append(edge->from() + u" → "_s + edge->to());
    }
    names.sort();
    return names;
}

// The stored stages as "name(kind, environment): needs" lines, for comparing whole pipelines.
QStringList storedStages(const Workspace &workspace, Id pipelineId)
{
    auto stored = graph::loadPipeline(workspace.connection(), pipelineId);
    if (!stored)
        return {stored.errorMessage()};
    QStringList lines;
    for (const graph::StageSpec &stage : stored->spec.stages) {
        lines.append(u"%1(%2%3): %4"_s.arg(stage.name, stage.kind,
                                           stage.environment.isEmpty() ? QString() : u", "_s + stage.environment,
                                           stage.needs.join(u", "_s)));
    }
    return lines;
}

int storedRevision(const Workspace &workspace, Id pipelineId)
{
    auto stored = graph::loadPipeline(workspace.connection(), pipelineId);
    return stored ? stored->row.revision : -1;
}

} // namespace

class TestPipelinesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A new workspace with both pipelines and the jobs, so that each test edits its own.
    Fixture makeWorkspace()
    {
        Fixture fixture;
        auto created = Workspace::create(m_dir.filePath(u"pipelines-%1.flowdeck"_s.arg(++m_files)));
        if (!created) {
            qWarning("%s", qPrintable(created.errorMessage()));
            return fixture;
        }
        fixture.workspace = *created;
        auto checkout = graph::savePipeline(*fixture.workspace, checkoutPipeline());
        auto docsSite = graph::savePipeline(*fixture.workspace, docsSitePipeline());
        if (!checkout || !docsSite) {
            qWarning("%s", qPrintable(checkout.errorMessage() + docsSite.errorMessage()));
            fixture.workspace.reset();
            return fixture;
        }
        fixture.checkout = checkout->pipelineId;
        fixture.docsSite = docsSite->pipelineId;
        if (const QString failed = addJobs(*fixture.workspace, fixture.checkout); !failed.isEmpty()) {
            qWarning("%s", qPrintable(failed));
            fixture.workspace.reset();
        }
        return fixture;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void listsThePipelinesAndDrawsTheFirst()
    {
        const Fixture fixture = makeWorkspace();
        QVERIFY(fixture.workspace);
        PipelinesPage page;
        QAbstractItemModelTester tester(page.listModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(&page, &Page::ready);
        page.resize(1400, 900);
        QVERIFY(!page.isReady());
        page.setWorkspace(fixture.workspace);
        QVERIFY(waitReady(page));
        QCOMPARE(ready.count(), 1);

        // Listed by name, the first one drawn.
        const PipelineListModel *model = page.listModel();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, 0).data().toString(), u"checkout"_s);
        QCOMPARE(model->index(0, 0).data(PipelineListModel::DetailRole).toString(), u"6 stages"_s);
        QCOMPARE(model->index(1, 0).data().toString(), u"docs-site"_s);
        QCOMPARE(model->index(1, 0).data(PipelineListModel::DetailRole).toString(), u"1 stage"_s);
        QCOMPARE(page.shownPipeline(), fixture.checkout);
        QCOMPARE(page.list()->currentIndex().row(), 0);
        QCOMPARE(page.findChild<QLabel *>(u"pipelinesFacts"_s)->text(), u"2 pipelines"_s);
        QCOMPARE(page.panel()->heading(), u"checkout"_s);
        QCOMPARE(page.panel()->facts(), u"6 stages · 6 connections"_s);

        // A card per stage, an edge per need, in the drawing.
        const PipelineScene *scene = page.panel()->scene();
        QVERIFY(scene->isLaidOut());
        QCOMPARE(names(scene->cards()),
                 QStringList({u"build"_s, u"unit"_s, u"lint"_s, u"docs"_s, u"package"_s, u"deploy"_s}));
        QCOMPARE(edgeNames(scene->edges()),
                 QStringList({u"build → docs"_s, u"build → lint"_s, u"build → unit"_s, u"lint → package"_s,
                              u"package → deploy"_s, u"unit → package"_s}));
        for (const StageCardItem *item : scene->cards())
            QVERIFY2(item->isVisible(), qPrintable(item->name()));
        // No card covers another.
        for (const StageCardItem *a : scene->cards()) {
            for (const StageCardItem *b : scene->cards()) {
                QVERIFY2(a == b || !a->mapRectToScene(a->cardRect()).intersects(b->mapRectToScene(b->cardRect())),
                         qPrintable(a->name() + u" "_s + b->name()));
            }
        }

        // Left to right: each edge runs from its stage's right side to the right of where it started, and its arrow
        // ends at the card that waits.
        for (const StageEdgeItem *edge : scene->edges()) {
            const QRectF from = card(page, edge->from())->sceneBoundingRect();
            const QRectF to = card(page, edge->to())->mapRectToScene(card(page, edge->to())->cardRect());
            QVERIFY2(from.center().x() < to.center().x(), qPrintable(edge->from()));
            const QPointF end = edge->path().pointAtPercent(1);
            QVERIFY2(end.x() <= to.left() + 1 && end.x() > from.center().x(), qPrintable(edge->to()));
            QVERIFY2(to.adjusted(-16, -4, 4, 4).contains(end), qPrintable(edge->to()));
        }
    }

    void cardsShowTheMediansAndTheCriticalPath()
    {
        const Fixture fixture = makeWorkspace();
        QVERIFY(fixture.workspace);
        PipelinesPage page;
        page.resize(1400, 900);
        page.setWorkspace(fixture.workspace);
        QVERIFY(waitReady(page));

        const StageCardContent &build = card(page, u"build"_s)->content();
        QCOMPARE(build.kindText, u"Build"_s);
        QCOMPARE(build.queue, u"2 min"_s);
        QCOMPARE(build.run, u"5 min"_s);
        QCOMPARE(build.success, u"67 %"_s);
        QCOMPARE(build.runs, u"3"_s);
        QVERIFY(build.hasRuns);

        const StageCardContent &unit = card(page, u"unit"_s)->content();
        QCOMPARE(unit.queue, u"30 s"_s);
        QCOMPARE(unit.run, u"11 min"_s);
        QCOMPARE(unit.success, u"100 %"_s);
        QCOMPARE(unit.runs, u"2"_s);
        // The card rounds; the tooltip has the exact median.
        QVERIFY2(unit.toolTip.contains(u"Median run: 11 min 0.500 s"_s), qPrintable(unit.toolTip));
        QVERIFY2(unit.toolTip.contains(u"Median wait in the queue: 30 s"_s), qPrintable(unit.toolTip));
        QVERIFY2(build.toolTip.contains(u"Succeeded: 66.7 % (2 of 3 jobs that ended)"_s), qPrintable(build.toolTip));
        QCOMPARE(card(page, u"unit"_s)->toolTip(), unit.toolTip);

        const StageCardContent &docs = card(page, u"docs"_s)->content();
        QVERIFY(!docs.hasRuns);
        QCOMPARE(docs.kindText, u"Other"_s);
        QVERIFY(docs.queue.isEmpty());
        QCOMPARE(StageCardContent::noRunsText(), u"No runs yet"_s);

        const StageCardContent &deploy = card(page, u"deploy"_s)->content();
        QCOMPARE(deploy.kindText, u"Deploy → staging"_s);
        QCOMPARE(deploy.queue, u"2 min"_s);
        QCOMPARE(deploy.run, u"1 min"_s);

        // build 7 min + unit 11 min 30.5 s + package 3 min + deploy 3 min.
        QStringList critical;
        for (const StageCardItem *item : page.panel()->scene()->cards()) {
            if (item->isCritical())
                critical.append(item->name());
        }
        QCOMPARE(critical, QStringList({u"build"_s, u"unit"_s, u"package"_s, u"deploy"_s}));
        QCOMPARE(edgeNames(page.panel()->scene()->edges(), true),
                 QStringList({u"build → unit"_s, u"package → deploy"_s, u"unit → package"_s}));
        for (const StageEdgeItem *edge : page.panel()->scene()->edges())
            QCOMPARE(edge->penWidth() > 2, edge->isCritical());
        QCOMPARE(page.panel()->criticalPathText(),
                 u"Critical path: 24 min 30 s through 4 of 6 stages, longest unit (11 min 30 s)"_s);
        QVERIFY(card(page, u"lint"_s)->content().toolTip.contains(u"Slack: 9 min 30.500 s"_s));
    }

    void emptyWorkspaceOffersTheImport()
    {
        auto empty = Workspace::create(m_dir.filePath(u"empty.flowdeck"_s));
        QVERIFY(empty);
        PipelinesPage page;
        page.setWorkspace(*empty);
        QVERIFY(waitReady(page));
        auto *stack = page.findChild<PageStack *>();
        QCOMPARE(stack->state(), PageStack::State::Empty);
        QCOMPARE(stack->findChild<QLabel *>(u"emptyTitle"_s)->text(), u"No pipelines yet"_s);
        QVERIFY(stack->findChild<QLabel *>(u"emptyText"_s)->text().contains(u"GitHub Actions"_s));
        auto *button = page.findChild<QPushButton *>(u"importPipelineButton"_s);
        QCOMPARE(button->text(), u"Import Pipeline…"_s);
        QVERIFY(button->isEnabled());
        QCOMPARE(page.shownPipeline(), 0);
        QVERIFY(page.panel()->scene()->cards().isEmpty());
        QVERIFY(!page.panel()->addStageAction()->isEnabled());

        // No workspace at all: blank, and ready.
        page.setWorkspace(nullptr);
        QVERIFY(page.isReady());
        QCOMPARE(stack->state(), PageStack::State::Blank);
    }

    void importsAPipelineFile()
    {
        auto workspace = Workspace::create(m_dir.filePath(u"import.flowdeck"_s));
        QVERIFY(workspace);
        PipelinesPage page;
        page.resize(1400, 900);
        page.setWorkspace(*workspace);
        QVERIFY(waitReady(page));

        // Not a pipeline: said in the message area, nothing stored.
        const QString bad = m_dir.filePath(u"notes.yml"_s);
        QVERIFY(writeFile(bad, "just: a\nmap: of things\n"));
        QSignalSpy finished(&page, &PipelinesPage::importFinished);
        page.importFile(bad);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        MessageBar *messages = page.panel()->messageBar();
        QCOMPARE(messages->kind(), MessageBar::Kind::Error);
        QVERIFY2(messages->text().startsWith(u"notes.yml was not imported."_s), qPrintable(messages->text()));
        QCOMPARE(page.listModel()->rowCount(), 0);

        // python/cpython's build workflow: check_source, and seven jobs that need it.
        const QString workflow =
            QStringLiteral(FLOWDECK_SHARED_FIXTURES) + u"/pipelines/github-actions/python-cpython__build.yml"_s;
        page.importFile(workflow);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QVERIFY(waitReady(page));
        QCOMPARE(page.listModel()->rowCount(), 1);
        QCOMPARE(page.panel()->heading(), u"Tests"_s);
        QCOMPARE(page.panel()->scene()->cards().size(), 8);
        QCOMPARE(page.panel()->scene()->edges().size(), 7);
        for (const StageEdgeItem *edge : page.panel()->scene()->edges())
            QCOMPARE(edge->from(), u"check_source"_s);
        QCOMPARE(messages->kind(), MessageBar::Kind::Information);
        QVERIFY2(messages->text().startsWith(u"Imported “Tests” from python-cpython__build.yml (GitHub Actions): "
                                             "8 stages."_s),
                 qPrintable(messages->text()));
        QCOMPARE(page.panel()->facts(), u"8 stages · 7 connections · imported from GitHub Actions"_s);
        // No jobs yet: no critical path to mark.
        for (const StageCardItem *item : page.panel()->scene()->cards())
            QVERIFY(!item->isCritical() && !item->content().hasRuns);
        QCOMPARE(page.panel()->criticalPathText(), u"Critical path: not known until jobs are imported"_s);

        // The same workflow again updates the pipeline it made.
        const Id tests = page.shownPipeline();
        page.importFile(workflow);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QVERIFY(waitReady(page));
        QCOMPARE(page.listModel()->rowCount(), 1);
        QCOMPARE(page.shownPipeline(), tests);
        QCOMPARE(storedRevision(**workspace, tests), 2);

        // A Flowdeck file of another pipeline called "Tests" is refused: a name stays with one pipeline.
        const QString native = m_dir.filePath(u"tests.yml"_s);
        QVERIFY(writeFile(native, "pipeline: Tests\nstages:\n  - name: a\n    kind: build\n"));
        page.importFile(native);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QVERIFY2(messages->text().contains(u"already has a pipeline named “Tests”, from github"_s),
                 qPrintable(messages->text()));
        QCOMPARE(page.listModel()->rowCount(), 1);

        // Under a name of its own it is stored and shown.
        QVERIFY(writeFile(native,
                          "pipeline: smoke\nstages:\n  - name: a\n    kind: build\n  - name: b\n    kind: test\n"
                          "    needs:\n      - a\n"));
        page.importFile(native);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QVERIFY(waitReady(page));
        QCOMPARE(page.listModel()->rowCount(), 2);
        QCOMPARE(page.panel()->heading(), u"smoke"_s);
        QCOMPARE(page.panel()->facts(), u"2 stages · 1 connection"_s);
        QVERIFY(messages->text().startsWith(u"Imported “smoke” from tests.yml (Flowdeck): 2 stages."_s));
    }

    void editsAreStoredAndUndone()
    {
        const Fixture fixture = makeWorkspace();
        QVERIFY(fixture.workspace);
        const Workspace &workspace = *fixture.workspace;
        PipelinesPage page;
        page.resize(1400, 900);
        page.setWorkspace(fixture.workspace);
        QVERIFY(waitReady(page));
        QUndoStack *undo = page.undoStack();
        const QStringList original = storedStages(workspace, fixture.checkout);
        QCOMPARE(original, QStringList({u"build(build): "_s, u"unit(test): build"_s, u"lint(test): build"_s,
                                        u"docs(other): build"_s, u"package(build): unit, lint"_s,
                                        u"deploy(deploy, staging): package"_s}));

        // Add, after deploy.
        QVERIFY(page.editing()->addStage(stage(u"smoke"_s, StageKind::Test), u"deploy"_s));
        QVERIFY(!page.isReady());
        QVERIFY(waitReady(page));
        QCOMPARE(undo->undoText(), u"Add stage smoke"_s);
        const QStringList added = storedStages(workspace, fixture.checkout);
        QCOMPARE(added, original + QStringList{u"smoke(test): deploy"_s});
        QCOMPARE(page.panel()->scene()->cards().size(), 7);
        QCOMPARE(page.panel()->scene()->selectedStage(), u"smoke"_s);
        QCOMPARE(page.listModel()->index(0, 0).data(PipelineListModel::DetailRole).toString(), u"7 stages"_s);

        // Rename: the needs follow, and the stage keeps its row (and so its jobs).
        const Id buildId = stageId(workspace, fixture.checkout, u"build"_s);
        QVERIFY(page.editing()->renameStage(u"build"_s, u"compile"_s));
        QVERIFY(waitReady(page));
        QCOMPARE(stageId(workspace, fixture.checkout, u"compile"_s), buildId);
        QCOMPARE(undo->undoText(), u"Rename stage build to compile"_s);
        const QStringList renamed = storedStages(workspace, fixture.checkout);
        QCOMPARE(renamed, QStringList({u"compile(build): "_s, u"unit(test): compile"_s, u"lint(test): compile"_s,
                                       u"docs(other): compile"_s, u"package(build): unit, lint"_s,
                                       u"deploy(deploy, staging): package"_s, u"smoke(test): deploy"_s}));
        QVERIFY(card(page, u"compile"_s));
        QVERIFY(!card(page, u"build"_s));

        // Connect.
        QVERIFY(page.editing()->connectStages(u"docs"_s, u"smoke"_s));
        QVERIFY(waitReady(page));
        QCOMPARE(undo->undoText(), u"Connect docs → smoke"_s);
        const QStringList connected = storedStages(workspace, fixture.checkout);
        QCOMPARE(connected.last(), u"smoke(test): deploy, docs"_s);
        QVERIFY(page.panel()->scene()->edge(u"docs"_s, u"smoke"_s));

        // Remove a connection.
        QVERIFY(page.editing()->disconnectStages(u"lint"_s, u"package"_s));
        QVERIFY(waitReady(page));
        QCOMPARE(undo->undoText(), u"Remove connection lint → package"_s);
        const QStringList disconnected = storedStages(workspace, fixture.checkout);
        QCOMPARE(disconnected[4], u"package(build): unit"_s);

        // Delete: its needs go with it.
        QVERIFY(page.editing()->deleteStage(u"docs"_s));
        QVERIFY(waitReady(page));
        QCOMPARE(undo->undoText(), u"Delete stage docs"_s);
        const QStringList deleted = storedStages(workspace, fixture.checkout);
        QCOMPARE(deleted, QStringList({u"compile(build): "_s, u"unit(test): compile"_s, u"lint(test): compile"_s,
                                       u"package(build): unit"_s, u"deploy(deploy, staging): package"_s,
                                       u"smoke(test): deploy"_s}));
        QCOMPARE(page.panel()->scene()->cards().size(), 6);
        QCOMPARE(undo->count(), 5);

        // Undo, step by step, stores each earlier state.
        const QList<QStringList> before = {disconnected, connected, renamed, added, original};
        for (const QStringList &expected : before) {
            undo->undo();
            QVERIFY(waitReady(page));
            QCOMPARE(storedStages(workspace, fixture.checkout), expected);
        }
        QCOMPARE(names(page.panel()->scene()->cards()),
                 QStringList({u"build"_s, u"unit"_s, u"lint"_s, u"docs"_s, u"package"_s, u"deploy"_s}));
        QVERIFY(!undo->canUndo());
        // Undoing the rename gave the same row its old name back.
        QCOMPARE(stageId(workspace, fixture.checkout, u"build"_s), buildId);

        // And redo stores them again.
        const QList<QStringList> after = {added, renamed, connected, disconnected, deleted};
        for (const QStringList &expected : after) {
            undo->redo();
            QVERIFY(waitReady(page));
            QCOMPARE(storedStages(workspace, fixture.checkout), expected);
        }
        QVERIFY(!undo->canRedo());
        QCOMPARE(stageId(workspace, fixture.checkout, u"compile"_s), buildId);
        // Each edit raised the revision by one: 1 at the start, five edits, five undos, five redos.
        QCOMPARE(storedRevision(workspace, fixture.checkout), 16);
    }

    void quickEditsAreSavedInOrder()
    {
        const Fixture fixture = makeWorkspace();
        QVERIFY(fixture.workspace);
        PipelinesPage page;
        page.resize(1400, 900);
        page.setWorkspace(fixture.workspace);
        QVERIFY(waitReady(page));
        // Three edits before any save ended: each starts from the one before it.
        QVERIFY(page.editing()->addStage(stage(u"a"_s, StageKind::Test)));
        QVERIFY(page.editing()->addStage(stage(u"b"_s, StageKind::Test), u"a"_s));
        QVERIFY(page.editing()->deleteStage(u"a"_s));
        QVERIFY(waitReady(page));
        QCOMPARE(storedStages(*fixture.workspace, fixture.checkout).last(), u"b(test): "_s);
        QCOMPARE(storedRevision(*fixture.workspace, fixture.checkout), 4);
        QVERIFY(page.panel()->messageBar()->text().isEmpty());

        // b is connected to nothing: it stands apart, under the connected stages.
        const StageCardItem *b = card(page, u"b"_s);
        QVERIFY(b && b->isVisible());
        for (const StageCardItem *other : page.panel()->scene()->cards()) {
            if (other != b)
                QVERIFY2(b->y() > other->y() + other->cardRect().height(), qPrintable(other->name()));
        }
        QVERIFY(page.panel()->scene()->sceneRect().contains(b->sceneBoundingRect()));

        // A pipeline without a single connection is drawn without a layout at all.
        page.showPipeline(fixture.docsSite);
        QVERIFY(waitReady(page));
        QCOMPARE(names(page.panel()->scene()->cards()), QStringList{u"publish"_s});
        QVERIFY(card(page, u"publish"_s)->isVisible());
        QVERIFY(page.panel()->scene()->edges().isEmpty());
        QCOMPARE(card(page, u"publish"_s)->content().kindText, u"Deploy → production"_s);
    }

    void refusesACycle()
    {
        const Fixture fixture = makeWorkspace();
        QVERIFY(fixture.workspace);
        PipelinesPage page;
        page.resize(1400, 900);
        page.setWorkspace(fixture.workspace);
        QVERIFY(waitReady(page));
        const QStringList stored = storedStages(*fixture.workspace, fixture.checkout);

        // unit needs build and package needs unit: unit waiting for package would go round.
        QVERIFY(!page.editing()->connectStages(u"package"_s, u"unit"_s));
        const QString message = page.panel()->messageBar()->text();
        QCOMPARE(page.panel()->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(message.contains(u"“unit” cannot run after “package”"_s), qPrintable(message));
        QVERIFY2(message.contains(u"package → unit → package"_s), qPrintable(message));
        // A longer one, through three stages.
        QVERIFY(!page.editing()->connectStages(u"deploy"_s, u"unit"_s));
        QVERIFY2(page.panel()->messageBar()->text().contains(u"deploy → unit → package → deploy"_s),
                 qPrintable(page.panel()->messageBar()->text()));
        QVERIFY(!page.editing()->connectStages(u"lint"_s, u"lint"_s));
        QVERIFY(!page.editing()->connectStages(u"build"_s, u"unit"_s));

        QVERIFY(page.isReady());
        QCOMPARE(page.undoStack()->count(), 0);
        QCOMPARE(storedStages(*fixture.workspace, fixture.checkout), stored);
        QCOMPARE(storedRevision(*fixture.workspace, fixture.checkout), 1);

        // Bad names are refused the same way.
        QVERIFY(!page.editing()->renameStage(u"lint"_s, u"unit"_s));
        QVERIFY(page.panel()->messageBar()->text().contains(u"There is a stage called “unit” already."_s));
        QVERIFY(!page.editing()->addStage(stage(u""_s, StageKind::Test)));
        QCOMPARE(page.undoStack()->count(), 0);
    }

    void refusesAStaleEdit()
    {
        const Fixture fixture = makeWorkspace();
        QVERIFY(fixture.workspace);
        PipelinesPage page;
        page.resize(1400, 900);
        page.setWorkspace(fixture.workspace);
        QVERIFY(waitReady(page));
        QVERIFY(page.editing()->addStage(stage(u"smoke"_s, StageKind::Test), u"deploy"_s));
        QVERIFY(waitReady(page));
        QCOMPARE(storedRevision(*fixture.workspace, fixture.checkout), 2);

        // Someone else adds a stage behind the page's back.
        auto stored = graph::loadPipeline(fixture.workspace->connection(), fixture.checkout);
        QVERIFY(stored);
        graph::PipelineSpec changed = stored->spec;
        changed.stages.append(stage(u"audit"_s, StageKind::Security, {u"build"_s}));
        auto saved = graph::savePipeline(*fixture.workspace, changed, graph::PipelineSaveOptions::editOf(stored->row));
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        const QStringList theirs = storedStages(*fixture.workspace, fixture.checkout);

        // The page's next edit started from revision 2: refused, nothing of it stored, the page shows theirs.
        QVERIFY(page.editing()->deleteStage(u"docs"_s));
        QVERIFY(waitReady(page));
        const QString message = page.panel()->messageBar()->text();
        QCOMPARE(page.panel()->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(message.contains(u"was changed elsewhere (it is at revision 3, this edit started from revision 2)"_s),
                 qPrintable(message));
        QCOMPARE(storedStages(*fixture.workspace, fixture.checkout), theirs);
        QCOMPARE(storedRevision(*fixture.workspace, fixture.checkout), 3);
        QVERIFY(card(page, u"audit"_s));
        QVERIFY(card(page, u"docs"_s));
        // The edits made before cannot be undone over theirs.
        QCOMPARE(page.undoStack()->count(), 0);

        // Edits go on from what is stored now.
        QVERIFY(page.editing()->deleteStage(u"docs"_s));
        QVERIFY(waitReady(page));
        QVERIFY(!card(page, u"docs"_s));
        QCOMPARE(storedRevision(*fixture.workspace, fixture.checkout), 4);
    }

    void undoShowsThePipelineItChanges()
    {
        const Fixture fixture = makeWorkspace();
        QVERIFY(fixture.workspace);
        PipelinesPage page;
        page.resize(1400, 900);
        page.setWorkspace(fixture.workspace);
        QVERIFY(waitReady(page));
        QVERIFY(page.editing()->deleteStage(u"docs"_s));
        QVERIFY(waitReady(page));
        page.showPipeline(fixture.docsSite);
        QVERIFY(waitReady(page));
        QCOMPARE(page.panel()->heading(), u"docs-site"_s);

        page.undoStack()->undo();
        QVERIFY(waitReady(page));
        QCOMPARE(page.shownPipeline(), fixture.checkout);
        QCOMPARE(page.list()->currentIndex().row(), 0);
        QVERIFY(card(page, u"docs"_s));
        QCOMPARE(storedStages(*fixture.workspace, fixture.checkout)[3], u"docs(other): build"_s);
    }

    void connectsByDragging()
    {
        const Fixture fixture = makeWorkspace();
        QVERIFY(fixture.workspace);
        PipelinesPage page;
        page.resize(1400, 900);
        page.show();
        page.setWorkspace(fixture.workspace);
        QVERIFY(waitReady(page));
        PipelineGraphView *view = page.panel()->view();
        view->fitAll();

        const auto press = [view](QEvent::Type type, const QPointF &scenePoint, Qt::MouseButtons buttons) {
            const QPointF at = view->mapFromScene(scenePoint);
            QMouseEvent event(type, at, view->viewport()->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
            QApplication::sendEvent(view->viewport(), &event);
        };
        const StageCardItem *docs = card(page, u"docs"_s);
        const StageCardItem *deploy = card(page, u"deploy"_s);
        const QPointF handle = docs->mapToScene(docs->outputHandle());
        const QPointF target = deploy->mapToScene(deploy->cardRect().center());
        press(QEvent::MouseButtonPress, handle, Qt::LeftButton);
        QVERIFY(view->isConnecting());
        press(QEvent::MouseMove, (handle + target) / 2, Qt::LeftButton);
        press(QEvent::MouseMove, target, Qt::LeftButton);
        QVERIFY(card(page, u"deploy"_s)->isDropTarget());
        press(QEvent::MouseButtonRelease, target, Qt::NoButton);
        QVERIFY(!view->isConnecting());
        QCOMPARE(page.undoStack()->undoText(), u"Connect docs → deploy"_s);
        QVERIFY(waitReady(page));
        QCOMPARE(storedStages(*fixture.workspace, fixture.checkout).last(),
                 u"deploy(deploy, staging): package, docs"_s);

        // Dragged backwards into a cycle: refused with the cycle named.
        const StageCardItem *package = card(page, u"package"_s);
        const StageCardItem *unit = card(page, u"unit"_s);
        press(QEvent::MouseButtonPress, package->mapToScene(package->outputHandle()), Qt::LeftButton);
        press(QEvent::MouseMove, unit->mapToScene(unit->cardRect().center()), Qt::LeftButton);
        press(QEvent::MouseButtonRelease, unit->mapToScene(unit->cardRect().center()), Qt::NoButton);
        QCOMPARE(page.undoStack()->count(), 1);
        QVERIFY(page.panel()->messageBar()->text().contains(u"package → unit → package"_s));
    }

    void zoomsFitsAndPans()
    {
        const Fixture fixture = makeWorkspace();
        QVERIFY(fixture.workspace);
        PipelinesPage page;
        // Too small for the whole drawing at 100 %.
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.setWorkspace(fixture.workspace);
        QVERIFY(waitReady(page));
        PipelineGraphView *view = page.panel()->view();
        const QRectF scene = view->sceneRect();
        const auto shown = [view] {
            return view->mapToScene(view->viewport()->rect()).boundingRect();
        };

        view->fitAll();
        QVERIFY(view->zoom() < 1.0);
        QVERIFY2(shown().adjusted(-1, -1, 1, 1).contains(scene), qPrintable(u"%1"_s.arg(view->zoom())));
        QVERIFY(!view->minimap()->isVisible());
        const qreal fitted = view->zoom();

        page.panel()->zoomInAction()->trigger();
        QVERIFY(qFuzzyCompare(view->zoom(), fitted * PipelineGraphView::zoomStep));
        page.panel()->zoomOutAction()->trigger();
        page.panel()->zoomOutAction()->trigger();
        QVERIFY(qFuzzyCompare(view->zoom(), fitted / PipelineGraphView::zoomStep));

        // Ctrl+wheel zooms; the wheel alone scrolls.
        view->setZoom(1.0);
        const QPointF at = view->viewport()->rect().center();
        QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->zoom() > 1.1);
        QCOMPARE(view->transform().m11(), view->transform().m22());

        // Ctrl+0 fits again, from the keyboard.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(qFuzzyCompare(view->zoom(), fitted));

        // At 100 % the drawing does not fit: the minimap shows where the view is, and moves it.
        view->setZoom(1.0);
        view->centerOn(scene.topLeft());
        GraphMinimap *minimap = view->minimap();
        QVERIFY(minimap->isVisible());
        const QRect viewport = view->viewport()->geometry();
        QVERIFY(viewport.contains(minimap->geometry()));
        QVERIFY(minimap->geometry().right() > viewport.center().x());
        QVERIFY(minimap->geometry().bottom() > viewport.center().y());
        const QRectF frame = minimap->visibleFrame();
        QVERIFY(frame.width() < minimap->width() - 7);
        const QPointF before = shown().center();
        QTest::mouseClick(minimap, Qt::LeftButton, {}, QPoint(minimap->width() - 8, minimap->height() / 2));
        QVERIFY(shown().center().x() > before.x() + 50);
        QVERIFY(minimap->visibleFrame().center().x() > frame.center().x());

        // Arrow keys walk from stage to stage.
        page.panel()->scene()->clearSelection();
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(page.panel()->scene()->selectedStage(), u"build"_s);
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(QStringList({u"unit"_s, u"lint"_s, u"docs"_s}).contains(page.panel()->scene()->selectedStage()));
        QVERIFY(page.panel()->renameAction()->isEnabled());
        QVERIFY(page.panel()->deleteAction()->isEnabled());
    }

    void followsThePalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        QCOMPARE(criticalPathColor(dark), okabeIto(OkabeIto::Sky));
        QCOMPARE(criticalPathColor(QPalette(Qt::white)), okabeIto(OkabeIto::Blue));

        PipelinesPage page;
        page.setPalette(dark);
        QCOMPARE(page.panel()->scene()->palette().color(QPalette::Base), QColor(0x20, 0x20, 0x20));
        // Kinds differ in shape and label, never in colour alone.
        QSet<int> shapes;
        QSet<QString> labels;
        for (const QString &kind : StageKindStyle::kinds()) {
            shapes.insert(int(StageKindStyle::of(kind).shape));
            labels.insert(StageKindStyle::of(kind).label);
        }
        QCOMPARE(shapes.size(), StageKindStyle::kinds().size());
        QCOMPARE(labels.size(), StageKindStyle::kinds().size());
    }

    void reachableByKeyboard()
    {
        PipelinesPage page;
        QCOMPARE(page.list()->accessibleName(), u"Pipelines"_s);
        QCOMPARE(page.panel()->view()->accessibleName(), u"Pipeline drawing"_s);
        PipelineGraphPanel *panel = page.panel();
        const QList<QAction *> actions = {panel->importAction(),  panel->addStageAction(), panel->renameAction(),
                                          panel->deleteAction(),  panel->connectAction(),  panel->zoomInAction(),
                                          panel->zoomOutAction(), panel->fitAction()};
        for (QAction *action : actions) {
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(!keys.isEmpty(), qPrintable(action->objectName()));
            QVERIFY2(action->toolTip().contains(keys), qPrintable(action->toolTip()));
            QWidget *button = panel->toolBar()->widgetForAction(action);
            QVERIFY2(button && (button->focusPolicy() & Qt::TabFocus), qPrintable(action->objectName()));
        }
        QCOMPARE(panel->renameAction()->shortcut(), QKeySequence(Qt::Key_F2));
        QCOMPARE(panel->deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
        QCOMPARE(panel->fitAction()->shortcut(), QKeySequence(u"Ctrl+0"_s));
    }

    void addStageDialogChecksTheName()
    {
        const graph::PipelineSpec pipeline = checkoutPipeline();
        AddStageDialog dialog(pipeline, {u"staging"_s}, u"package"_s);
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.after(), u"package"_s);
        QTest::keyClicks(dialog.nameEdit(), u"unit"_s);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.findChild<QLabel *>(u"stageProblem"_s)->text(), u"There is a stage called “unit” already."_s);
        dialog.nameEdit()->setText(u"release"_s);
        QVERIFY(ok->isEnabled());
        QVERIFY(!dialog.environmentBox()->isEnabled());
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->findData(QString::fromLatin1(StageKind::Deploy)));
        QVERIFY(dialog.environmentBox()->isEnabled());
        dialog.environmentBox()->setCurrentText(u"production"_s);
        QCOMPARE(dialog.stage().name, u"release"_s);
        QCOMPARE(dialog.stage().kind, u"deploy"_s);
        QCOMPARE(dialog.stage().environment, u"production"_s);
    }
};

QTEST_MAIN(TestPipelinesPage)
#include "tst_pipelinespage.moc"
