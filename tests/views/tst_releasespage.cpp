// SPDX-License-Identifier: GPL-3.0-or-later
// The Releases page on a workspace file whose releases, template, windows and backend the test stores through the
// release core: the list in planned order with statuses, services and tasks done; the status filter and the templates;
// the calendar's marks for windows, blackouts and planned days; a selected release's graph and task details; an
// approval given (and a rejection refused) from the details, after which the page resumes the release; a release
// whose deploy runs a real /bin/sh script through the process backend, after the trust prompt, to its end, while the
// GUI thread stays free; task boxes sized to their names; the page in a small window; and the backends and windows
// dialogs opened from the page, after which it reads the workspace again.
#include "common/messagebar.h"
#include "common/pagestack.h"
#include "release/audit.h"
#include "release/backend.h"
#include "release/calendar.h"
#include "release/enginelock.h"
#include "release/releasestore.h"
#include "release/trust.h"
#include "releases/backendsdialog.h"
#include "releases/calendarpanel.h"
#include "releases/releasecalendar.h"
#include "releases/releaselistmodel.h"
#include "releases/releaserunner.h"
#include "releases/releasespage.h"
#include "releases/taskboxitem.h"
#include "releases/taskdetails.h"
#include "releases/taskgraphview.h"
#include "releases/windowsdialog.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace flowdeck;
using namespace flowdeck::views;
using namespace Qt::StringLiterals;
namespace state = release::state;
namespace status = release::status;
namespace kind = release::kind;

namespace {

Timestamp utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class TestReleasesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<store::Workspace> m_workspace;
    Id m_storefront = 0;
    Id m_payments = 0;
    Id m_staging = 0;
    Id m_production = 0;
    Id m_backend = 0;
    Id m_spring = 0;
    Id m_hotfix = 0;
    Id m_summer = 0;
    Id m_template = 0;
    Id m_gate = 0;
    Id m_announce = 0;
    Id m_deploy = 0;

    Result<void> exec(const QString &sql, const QVariantList &values = {})
    {
        return m_workspace->write([&](QSqlDatabase &db) -> Result<void> {
            auto ran = store::runQuery(db, u"test"_s, sql, values);
            if (!ran)
                return ran.error();
            return {};
        });
    }

    Id idOf(const QString &sql, const QVariantList &values = {}) const
    {
        auto query = store::runQuery(m_workspace->connection(), u"test"_s, sql, values);
        return query && query->next() ? query->value(0).toLongLong() : 0;
    }

    Result<release::ReleasePlan> store(release::ReleasePlan plan)
    {
        plan.release.status = status::planned;
        plan.release.createdAt = QDateTime::currentMSecsSinceEpoch();
        return release::savePlan(*m_workspace, plan, u"tester"_s);
    }

    ReleaseTask deploy(const QString &name, Id service, Id environment, const QString &version)
    {
        ReleaseTask made = release::newTask(name, kind::deploy);
        made.serviceId = service;
        made.environmentId = environment;
        made.version = version;
        made.backendId = m_backend;
        return made;
    }

    release::ReleasePlan plan(Id releaseId) const
    {
        auto loaded = release::loadPlan(m_workspace->connection(), releaseId);
        return loaded ? *loaded : release::ReleasePlan{};
    }

    static bool load(ReleasesPage &page, std::shared_ptr<const store::Workspace> workspace)
    {
        page.setWorkspace(std::move(workspace));
        return QTest::qWaitFor([&] { return page.isReady(); }, 20'000);
    }

    /// Waits until the page shows the release `releaseId` as last read.
    static bool shows(ReleasesPage &page, Id releaseId)
    {
        return QTest::qWaitFor(
            [&] {
                return page.shownRelease() && page.shownRelease()->plan.release.id == releaseId &&
                       !page.isLoadingRelease();
            },
            20'000);
    }

    /// The list's row of a release, by its name.
    static const release::ReleaseSummary *row(const ReleasesPage &page, Id releaseId)
    {
        return page.releaseModel()->releaseAt(page.releaseModel()->rowOf(releaseId));
    }

    /// The deploys the script was started for, one line each: "payments 1.8.1 staging".
    QStringList scriptRuns() const
    {
        QFile file(m_dir.filePath(u"runs.log"_s));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

    static QToolButton *button(const QWidget &parent, const QString &name)
    {
        return parent.findChild<QToolButton *>(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Flowdeck"_s);
        QCoreApplication::setApplicationName(u"Flowdeck releases page test"_s);
        QSettings().clear();
        // Process jobs are kept by their tokens, which repeat in every new workspace: none is left from an earlier run.
        QVERIFY(QDir(release::defaultJobDirectory()).removeRecursively());
        qputenv("FLOWDECK_RUNNER", QByteArrayLiteral(FLOWDECK_RUNNER_PATH));
        QVERIFY(m_dir.isValid());

        // The deploy script prints, takes two seconds, and prints again.
        const QString script = m_dir.filePath(u"deploy.sh"_s);
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n"
                   "echo \"$1 $2 $3\" >> '" +
                   m_dir.filePath(u"runs.log"_s).toUtf8() +
                   "'\n"
                   "echo \"deploying $1 $2 to $3\"\n"
                   "sleep 2\n"
                   "echo \"deployed $1 $2\"\n");
        file.close();

        auto created = store::Workspace::create(m_dir.filePath(u"releases.flowdeck"_s));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        m_workspace = *created;
        QVERIFY(exec(u"INSERT INTO services (name) VALUES ('storefront'), ('payments')"_s));
        QVERIFY(exec(
            u"INSERT INTO environments (name, tier) VALUES ('staging', 'staging'), ('production', 'production')"_s));
        m_storefront = idOf(u"SELECT id FROM services WHERE name = 'storefront'"_s);
        m_payments = idOf(u"SELECT id FROM services WHERE name = 'payments'"_s);
        m_staging = idOf(u"SELECT id FROM environments WHERE name = 'staging'"_s);
        m_production = idOf(u"SELECT id FROM environments WHERE name = 'production'"_s);
        const QJsonObject config{
            {u"program"_s, u"/bin/sh"_s},
            {u"arguments"_s, QJsonArray{script, u"{service}"_s, u"{version}"_s, u"{environment}"_s}},
            {u"timeout_seconds"_s, 60}};
        QVERIFY(exec(u"INSERT INTO backends (name, kind, config) VALUES ('deploy-script', 'process', ?)"_s,
                     {QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))}));
        m_backend = idOf(u"SELECT id FROM backends"_s);

        // Spring release, 10 March 2026 09:00–11:00: a go/no-go gate for the user running the test, then a manual
        // announcement. It waits at the gate.
        release::ReleasePlan spring;
        spring.release.name = u"Spring release"_s;
        spring.release.version = u"2.4.0"_s;
        spring.release.plannedStart = utc(2026, 3, 10, 9);
        spring.release.plannedEnd = utc(2026, 3, 10, 11);
        spring.items = {ReleaseItem{0, 0, m_storefront, u"2.4.0"_s}};
        ReleaseTask gate = release::newTask(u"Go/no-go"_s, kind::approval);
        release::TaskSettings approvers;
        approvers.approvers = {release::currentUser()};
        gate.config = release::taskConfig(kind::approval, approvers);
        ReleaseTask announce = release::newTask(u"Announce"_s, kind::manual);
        announce.owner = u"lee"_s;
        announce.instructions = u"Post the release notes in #releases."_s;
        spring.tasks = {gate, announce};
        spring.edges = {{u"Go/no-go"_s, u"Announce"_s}};
        auto springSaved = store(spring);
        QVERIFY2(springSaved, qPrintable(springSaved.errorMessage()));
        m_spring = springSaved->release.id;
        m_gate = springSaved->task(u"Go/no-go"_s)->id;
        m_announce = springSaved->task(u"Announce"_s)->id;

        // Hotfix, 12 March 2026 14:00: one deploy of payments 1.8.1 to staging through the script.
        release::ReleasePlan hotfix;
        hotfix.release.name = u"Payments hotfix"_s;
        hotfix.release.version = u"1.8.1"_s;
        hotfix.release.plannedStart = utc(2026, 3, 12, 14);
        hotfix.items = {ReleaseItem{0, 0, m_payments, u"1.8.1"_s}};
        hotfix.tasks = {deploy(u"Deploy payments"_s, m_payments, m_staging, u"1.8.1"_s)};
        auto hotfixSaved = store(hotfix);
        QVERIFY2(hotfixSaved, qPrintable(hotfixSaved.errorMessage()));
        m_hotfix = hotfixSaved->release.id;
        m_deploy = hotfixSaved->tasks.first().id;

        // Summer release, 1 June 08:00 to 2 June 18:00: two deploys to production, both done.
        release::ReleasePlan summer;
        summer.release.name = u"Summer release"_s;
        summer.release.version = u"2.5.0"_s;
        summer.release.plannedStart = utc(2026, 6, 1, 8);
        summer.release.plannedEnd = utc(2026, 6, 2, 18);
        summer.items = {ReleaseItem{0, 0, m_storefront, u"2.5.0"_s}, ReleaseItem{0, 0, m_payments, u"1.9.0"_s}};
        summer.tasks = {deploy(u"Deploy storefront"_s, m_storefront, m_production, u"2.5.0"_s),
                        deploy(u"Deploy payments"_s, m_payments, m_production, u"1.9.0"_s)};
        auto summerSaved = store(summer);
        QVERIFY2(summerSaved, qPrintable(summerSaved.errorMessage()));
        m_summer = summerSaved->release.id;

        // A template with a sign-off and a smoke test.
        release::ReleasePlan standard;
        standard.release.name = u"Standard release"_s;
        standard.release.isTemplate = true;
        ReleaseTask signOff = release::newTask(u"Sign-off"_s, kind::approval);
        release::TaskSettings dana;
        dana.approvers = {u"dana"_s};
        signOff.config = release::taskConfig(kind::approval, dana);
        standard.tasks = {signOff, release::newTask(u"Smoke test"_s, kind::manual)};
        standard.edges = {{u"Sign-off"_s, u"Smoke test"_s}};
        auto standardSaved = store(standard);
        QVERIFY2(standardSaved, qPrintable(standardSaved.errorMessage()));
        m_template = standardSaved->release.id;

        // Where they stand: spring waits at its gate since 08:55, summer succeeded.
        const Timestamp started = QDateTime::currentMSecsSinceEpoch() - 60'000;
        QVERIFY(m_workspace->write([&](QSqlDatabase &db) -> Result<void> {
            release::ReleasePlan waiting = *springSaved;
            waiting.release.status = status::waiting;
            waiting.release.startedAt = started;
            if (auto updated = release::updateReleaseStatus(db, waiting.release); !updated)
                return updated;
            ReleaseTask *atGate = waiting.task(u"Go/no-go"_s);
            atGate->state = state::running;
            atGate->attempt = 1;
            atGate->startedAt = started;
            if (auto updated = release::updateTask(db, *atGate); !updated)
                return updated;
            release::ReleasePlan done = *summerSaved;
            done.release.status = status::succeeded;
            done.release.startedAt = utc(2026, 6, 1, 8);
            done.release.finishedAt = utc(2026, 6, 1, 8, 20);
            if (auto updated = release::updateReleaseStatus(db, done.release); !updated)
                return updated;
            for (ReleaseTask &each : done.tasks) {
                each.state = state::succeeded;
                each.attempt = 1;
                each.startedAt = utc(2026, 6, 1, 8);
                each.finishedAt = utc(2026, 6, 1, 8, 10);
                if (auto updated = release::updateTask(db, each); !updated)
                    return updated;
            }
            return {};
        }));

        // Office hours for production on weekdays, and a freeze over the weekend of 20 March for everything.
        DeploymentWindow office;
        office.name = u"Office hours"_s;
        office.kind = u"window"_s;
        office.environmentId = m_production;
        office.recurrence = u"weekly"_s;
        office.weekdays = 0b0011111;
        office.startMinute = 9 * 60;
        office.endMinute = 17 * 60;
        DeploymentWindow freeze;
        freeze.name = u"Spring freeze"_s;
        freeze.kind = u"blackout"_s;
        freeze.recurrence = u"once"_s;
        freeze.startsAt = utc(2026, 3, 20, 0);
        freeze.endsAt = utc(2026, 3, 23, 0);
        for (const DeploymentWindow &window : {office, freeze}) {
            auto saved = release::saveWindow(m_workspace->connection(), window, u"tester"_s);
            QVERIFY2(saved, qPrintable(saved.errorMessage()));
        }
    }

    void emptyWorkspaceSaysWhatAReleaseIs()
    {
        auto created = store::Workspace::create(m_dir.filePath(u"empty.flowdeck"_s));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        ReleasesPage page;
        page.resize(1300, 850);
        page.show();
        QVERIFY(load(page, *created));
        auto *stack = page.findChild<PageStack *>();
        QCOMPARE(stack->state(), PageStack::State::Empty);
        QVERIFY(stack->findChild<QLabel *>(u"emptyText"_s)->text().contains(u"deploy tasks"_s));
        auto *newRelease = page.findChild<QPushButton *>(u"emptyNewReleaseButton"_s);
        auto *newTemplate = page.findChild<QPushButton *>(u"emptyNewTemplateButton"_s);
        QVERIFY(newRelease && newRelease->isVisibleTo(&page));
        QVERIFY(newTemplate && newTemplate->isVisibleTo(&page));
        QCOMPARE(newRelease->text(), u"New release…"_s);
        QCOMPARE(newTemplate->text(), u"New template…"_s);
        QVERIFY(!page.runAction()->isEnabled());
    }

    void listsReleasesInPlannedOrder()
    {
        ReleasesPage page;
        page.resize(1300, 850);
        page.show();
        QAbstractItemModelTester listTester(page.releaseModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(page.filterModel(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(load(page, m_workspace));
        ReleaseListModel *model = page.releaseModel();
        QCOMPARE(model->rowCount(), 3);
        // Planned start first: 10 March, 12 March, 1 June.
        QCOMPARE(model->releaseAt(0)->release.id, m_spring);
        QCOMPARE(model->releaseAt(1)->release.id, m_hotfix);
        QCOMPARE(model->releaseAt(2)->release.id, m_summer);
        const auto cell = [model](int rowIndex, int column) {
            return model->index(rowIndex, column).data().toString();
        };
        QCOMPARE(cell(0, ReleaseListModel::NameColumn), u"Spring release"_s);
        QCOMPARE(cell(0, ReleaseListModel::VersionColumn), u"2.4.0"_s);
        QCOMPARE(cell(0, ReleaseListModel::StatusColumn), u"Waiting"_s);
        QCOMPARE(cell(0, ReleaseListModel::ServicesColumn), u"storefront 2.4.0"_s);
        QCOMPARE(cell(0, ReleaseListModel::TasksColumn), u"0 of 2"_s);
        // One day, 09:00 to 11:00, in the C locale's short format but to the minute.
        QCOMPARE(cell(0, ReleaseListModel::WindowColumn), u"10 Mar 2026 09:00 – 11:00"_s);
        QCOMPARE(cell(1, ReleaseListModel::WindowColumn), u"12 Mar 2026 14:00"_s);
        QCOMPARE(cell(2, ReleaseListModel::WindowColumn), u"1 Jun 2026 08:00 – 2 Jun 2026 18:00"_s);
        QCOMPARE(cell(1, ReleaseListModel::StatusColumn), u"Planned"_s);
        QCOMPARE(cell(1, ReleaseListModel::TasksColumn), u"0 of 1"_s);
        QCOMPARE(cell(2, ReleaseListModel::StatusColumn), u"Succeeded"_s);
        // The carried services by name, with their versions.
        QCOMPARE(cell(2, ReleaseListModel::ServicesColumn), u"payments 1.9.0, storefront 2.5.0"_s);
        QCOMPARE(cell(2, ReleaseListModel::TasksColumn), u"2 of 2"_s);
        QVERIFY(!model->index(2, ReleaseListModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(page.findChild<QLabel *>(u"releasesFacts"_s)->text(), u"3 releases, 1 under way · 1 template"_s);
        // The release under way is the one shown first.
        QCOMPARE(page.selectedRelease(), m_spring);
    }

    void filtersByStatusAndListsTemplates()
    {
        ReleasesPage page;
        page.resize(1300, 850);
        page.show();
        QVERIFY(load(page, m_workspace));
        QComboBox *filter = page.statusFilter();
        const auto choose = [filter](const QString &label) {
            const int index = filter->findText(label);
            QVERIFY2(index >= 0, qPrintable(label));
            filter->setCurrentIndex(index);
        };
        const auto shownIds = [&page] {
            QList<Id> ids;
            for (int rowIndex = 0; rowIndex < page.filterModel()->rowCount(); ++rowIndex)
                ids.append(page.filterModel()->index(rowIndex, 0).data(ReleaseListModel::IdRole).toLongLong());
            return ids;
        };
        choose(u"Succeeded"_s);
        QCOMPARE(shownIds(), QList<Id>{m_summer});
        QCOMPARE(page.findChild<QLabel *>(u"releaseCount"_s)->text(), u"1 of 3 releases"_s);
        // The only release left is selected and shown.
        QCOMPARE(page.selectedRelease(), m_summer);
        QVERIFY(shows(page, m_summer));
        choose(u"Under way"_s);
        QCOMPARE(shownIds(), QList<Id>{m_spring});
        choose(u"Planned"_s);
        QCOMPARE(shownIds(), QList<Id>{m_hotfix});
        choose(u"Failed"_s);
        QCOMPARE(shownIds(), QList<Id>{});
        QVERIFY(!page.runAction()->isEnabled());
        choose(u"All"_s);
        QCOMPARE(shownIds(), (QList<Id>{m_spring, m_hotfix, m_summer}));

        page.templatesAction()->trigger();
        QVERIFY(page.isShowingTemplates());
        QCOMPARE(shownIds(), QList<Id>{m_template});
        QVERIFY(page.releaseTable()->isColumnHidden(ReleaseListModel::StatusColumn));
        QCOMPARE(page.releaseModel()->index(0, ReleaseListModel::TasksColumn).data().toString(), u"2 tasks"_s);
        QVERIFY(shows(page, m_template));
        QCOMPARE(page.graphView()->boxes().size(), 2);
        // A template is edited, never run.
        QVERIFY(!page.runAction()->isEnabled());
        QVERIFY(page.editPlanAction()->isEnabled());
        page.templatesAction()->trigger();
        QVERIFY(!page.isShowingTemplates());
        QCOMPARE(page.filterModel()->rowCount(), 3);
    }

    void calendarMarksWindowsBlackoutsAndPlannedDays()
    {
        ReleasesPage page;
        page.resize(1300, 850);
        page.show();
        QVERIFY(load(page, m_workspace));
        ReleaseCalendar *calendar = page.calendarPanel()->calendar();
        const auto marks = [calendar](int month, int day) {
            return calendar->marks(QDate(2026, month, day));
        };
        // Tuesday 10 March: office hours, the spring release.
        QVERIFY(marks(3, 10).window);
        QVERIFY(!marks(3, 10).blackout);
        QCOMPARE(marks(3, 10).releases, QList<Id>{m_spring});
        QCOMPARE(marks(3, 12).releases, QList<Id>{m_hotfix});
        QCOMPARE(marks(3, 11).releases, QList<Id>{});
        // Friday 20 March: office hours and the freeze; Saturday: the freeze only; Monday 23: the freeze has ended at
        // midnight.
        QVERIFY(marks(3, 20).window && marks(3, 20).blackout);
        QVERIFY(!marks(3, 21).window && marks(3, 21).blackout);
        QVERIFY(marks(3, 23).window && !marks(3, 23).blackout);
        // The summer release spans two days.
        QCOMPARE(marks(6, 1).releases, QList<Id>{m_summer});
        QCOMPARE(marks(6, 2).releases, QList<Id>{m_summer});
        QCOMPARE(marks(6, 3).releases, QList<Id>{});
        // Planned days are bold.
        QCOMPARE(calendar->dateTextFormat(QDate(2026, 3, 12)).fontWeight(), int(QFont::Bold));
        QCOMPARE(calendar->dateTextFormat(QDate(2026, 3, 13)).fontWeight(), int(QFont::Normal));

        // The whole month shows, every week of it, with nothing to scroll.
        QVERIFY(calendar->isVisible());
        QCOMPARE(calendar->height(), calendar->sizeHint().height());
        auto *scroll = page.calendarPanel()->findChild<QScrollArea *>(u"calendarScroll"_s);
        QVERIFY(scroll);
        QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);

        // A day lists what is planned then; choosing a release there selects it.
        page.calendarPanel()->showDate(QDate(2026, 3, 20));
        QListWidget *day = page.calendarPanel()->dayList();
        QCOMPARE(day->count(), 2);
        QVERIFY(day->item(0)->text().contains(u"Office hours"_s));
        QCOMPARE(day->item(1)->text(),
                 u"▨ Blackout “Spring freeze”, all environments, 20 Mar 2026 00:00 – 23 Mar 2026 00:00"_s);
        // A line longer than the list is wide wraps within it: nothing scrolls sideways.
        QApplication::processEvents();
        const QRect blackout = day->visualItemRect(day->item(1));
        QVERIFY2(day->fontMetrics().horizontalAdvance(day->item(1)->text()) > day->viewport()->width(),
                 "the test needs a line longer than the list is wide");
        QVERIFY(blackout.height() >= 2 * day->fontMetrics().lineSpacing());
        QVERIFY(blackout.right() <= day->viewport()->width());
        QVERIFY(!day->horizontalScrollBar()->isVisible());
        // On the day of a release, its name once and its hours; the date is the list's title.
        page.calendarPanel()->showDate(QDate(2026, 3, 10));
        QCOMPARE(day->item(0)->text(), u"Spring release 2.4.0 — Waiting, 09:00 – 11:00"_s);
        QCOMPARE(page.calendarPanel()->findChild<QLabel *>(u"calendarDayTitle"_s)->text(), u"Tuesday, 10 March 2026"_s);
        // Tuesday 2 June: the second day of the summer release, with its whole window, and office hours.
        page.calendarPanel()->showDate(QDate(2026, 6, 2));
        QCOMPARE(day->count(), 2);
        QCOMPARE(day->item(0)->text(), u"Summer release 2.5.0 — Succeeded, 1 Jun 2026 08:00 – 2 Jun 2026 18:00"_s);
        QVERIFY(day->item(0)->toolTip().startsWith(day->item(0)->text()));
        QVERIFY(day->item(1)->text().contains(u"Office hours"_s));
        const QRect itemRect = day->visualItemRect(day->item(0));
        QTest::mouseClick(day->viewport(), Qt::LeftButton, {}, itemRect.center());
        QCOMPARE(page.selectedRelease(), m_summer);
        QVERIFY(shows(page, m_summer));
    }

    void selectingAReleaseShowsItsGraphAndTask()
    {
        ReleasesPage page;
        page.resize(1300, 850);
        page.show();
        QVERIFY(load(page, m_workspace));
        QVERIFY(page.selectRelease(m_hotfix));
        QVERIFY(shows(page, m_hotfix));
        TaskGraphView *graph = page.graphView();
        QCOMPARE(graph->boxes().size(), 1);
        QCOMPARE(page.detailsView()->taskId(), m_deploy);
        QCOMPARE(page.detailsView()->fact(u"kind"_s), u"Deploy"_s);
        QCOMPARE(page.detailsView()->fact(u"deploys"_s), u"payments 1.8.1 → staging via deploy-script"_s);
        QCOMPARE(page.findChild<QLabel *>(u"releaseTitle"_s)->text(), u"Payments hotfix 1.8.1"_s);
        QVERIFY(page.runAction()->isEnabled());
        QCOMPARE(page.runAction()->text(), u"Run"_s);

        QVERIFY(page.selectRelease(m_spring));
        QVERIFY(shows(page, m_spring));
        QCOMPARE(graph->boxes().size(), 2);
        // The gate comes before the announcement, left to right.
        QVERIFY(graph->box(m_gate)->pos().x() < graph->box(m_announce)->pos().x());
        QCOMPARE(graph->box(m_gate)->task().state, state::running);
        QCOMPARE(graph->box(m_announce)->task().state, state::planned);
        QCOMPARE(graph->box(m_gate)->attemptText(), u"attempt 1"_s);
        // The task waiting for a person is the one shown.
        QCOMPARE(page.selectedTask(), m_gate);
        TaskDetailsView *details = page.detailsView();
        QCOMPARE(details->taskId(), m_gate);
        QCOMPARE(details->fact(u"kind"_s), u"Approval gate"_s);
        QCOMPARE(details->fact(u"state"_s), u"Running"_s);
        QCOMPARE(details->fact(u"approvers"_s), release::currentUser() + u": ◷ not decided yet"_s);
        QVERIFY(details->approveAction()->isEnabled());
        QVERIFY(details->rejectAction()->isEnabled());
        QVERIFY(!details->markDoneAction()->isEnabled());
        QVERIFY(!button(*details, u"markTaskDoneButton"_s)->isVisibleTo(details));
        QCOMPARE(page.runAction()->text(), u"Resume"_s);

        // A click on the other box shows its details.
        QTest::mouseClick(graph->viewport(), Qt::LeftButton, {},
                          graph->mapFromScene(graph->box(m_announce)->sceneBoundingRect().center()));
        QCOMPARE(page.selectedTask(), m_announce);
        QCOMPARE(details->taskId(), m_announce);
        QCOMPARE(details->fact(u"owner"_s), u"lee"_s);
        QCOMPARE(details->fact(u"instructions"_s), u"Post the release notes in #releases."_s);
        QVERIFY(!details->approveAction()->isEnabled());
        QVERIFY(details->skipAction()->isEnabled());
        // The arrow keys walk back to the gate.
        graph->setFocus();
        QTest::keyClick(graph, Qt::Key_Left);
        QCOMPARE(page.selectedTask(), m_gate);
    }

    void shortcutsAndTooltips()
    {
        ReleasesPage page;
        page.resize(1300, 850);
        page.show();
        QVERIFY(load(page, m_workspace));
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Every action says what it does and its keys.
        for (QAction *action : {page.runAction(), page.abortAction(), page.newReleaseAction(), page.newTemplateAction(),
                                page.editPlanAction(), page.deleteAction(), page.templatesAction(),
                                page.backendsAction(), page.windowsAction(), page.detailsView()->approveAction(),
                                page.detailsView()->rejectAction(), page.detailsView()->markDoneAction(),
                                page.detailsView()->retryAction(), page.detailsView()->skipAction()}) {
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
            QVERIFY2(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)),
                     qPrintable(action->objectName() + u": "_s + action->toolTip()));
        }

        // Ctrl+T lists the templates; Delete in the list asks before it deletes, and Cancel keeps the template.
        page.releaseTable()->setFocus();
        QTest::keyClick(page.releaseTable(), Qt::Key_T, Qt::ControlModifier);
        QVERIFY(page.isShowingTemplates());
        QVERIFY(shows(page, m_template));
        QTest::keyClick(page.releaseTable(), Qt::Key_Delete);
        auto *ask = page.findChild<QMessageBox *>(u"deletePrompt"_s);
        QVERIFY(ask);
        QVERIFY(ask->text().contains(u"“Standard release”"_s));
        ask->button(QMessageBox::Cancel)->click();
        QTest::qWait(100);
        QVERIFY(release::loadPlan(m_workspace->connection(), m_template));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTest::keyClick(page.releaseTable(), Qt::Key_T, Qt::ControlModifier);
        QVERIFY(!page.isShowingTemplates());
    }

    void approvingTheGateWritesTheApprovalAndGoesOn()
    {
        ReleasesPage page;
        page.resize(1300, 850);
        page.show();
        QVERIFY(load(page, m_workspace));
        QVERIFY(page.selectRelease(m_spring));
        QVERIFY(shows(page, m_spring));
        TaskDetailsView *details = page.detailsView();
        QTRY_COMPARE_WITH_TIMEOUT(details->taskId(), m_gate, 10'000);

        // A rejection without a comment is refused by the core, and the page says so where the user acted.
        QTest::mouseClick(button(*details, u"rejectTaskButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.messageBar()->text().contains(u"rejection needs a comment"_s), 10'000);
        QCOMPARE(page.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(page.messageBar()->text().contains(u"Go/no-go"_s));
        auto none = release::approvals(m_workspace->connection(), m_gate);
        QVERIFY(none && none->isEmpty());

        QTest::keyClicks(details->commentEdit(), u"Looks good"_s);
        QTest::mouseClick(button(*details, u"approveTaskButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(release::approvals(m_workspace->connection(), m_gate)->size() == 1, 10'000);
        const ReleaseApproval approval = release::approvals(m_workspace->connection(), m_gate)->first();
        QCOMPARE(approval.approver, release::currentUser());
        QCOMPARE(approval.decision, u"approve"_s);
        QCOMPARE(approval.comment, u"Looks good"_s);
        QTRY_VERIFY_WITH_TIMEOUT(details->commentEdit()->text().isEmpty(), 10'000);

        // No engine ran the release; the page resumes it, the gate passes and the announcement waits for its owner.
        QTRY_VERIFY_WITH_TIMEOUT(page.runner()->isRunning(m_spring), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(page.graphView()->box(m_gate)->task().state, state::succeeded, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(page.graphView()->box(m_announce)->task().state, state::running, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(details->fact(u"approvers"_s).startsWith(release::currentUser() + u": ✓ approved"_s),
                                 10'000);
        QVERIFY(details->fact(u"approvers"_s).endsWith(u"— “Looks good”"_s));

        page.selectTask(m_announce);
        QTRY_VERIFY_WITH_TIMEOUT(details->markDoneAction()->isEnabled(), 10'000);
        QTest::mouseClick(button(*details, u"markTaskDoneButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(row(page, m_spring)->release.status, status::succeeded, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(!page.runner()->isRunning(m_spring), 10'000);
        QVERIFY(page.messageBar()->text().contains(u"Succeeded"_s));
        QCOMPARE(plan(m_spring).task(m_announce)->state, state::succeeded);
    }

    void runsADeployThroughTheProcessBackend()
    {
        ReleasesPage page;
        page.resize(1300, 850);
        page.show();
        QVERIFY(load(page, m_workspace));
        QVERIFY(page.selectRelease(m_hotfix));
        QVERIFY(shows(page, m_hotfix));

        // The workspace is not trusted: Run asks first, and Cancel runs nothing.
        QVERIFY(!*release::WorkspaceTrust::isTrusted(*m_workspace));
        QTest::mouseClick(button(page, u"runReleaseButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.trustPrompt() && page.trustPrompt()->isVisible(), 10'000);
        QVERIFY(page.trustPrompt()->informativeText().contains(m_dir.filePath(u"deploy.sh"_s)));
        page.trustPrompt()->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page.trustPrompt(), 10'000);
        QTest::qWait(200);
        QVERIFY(!page.runner()->isRunning(m_hotfix));
        QCOMPARE(plan(m_hotfix).release.status, status::planned);

        // The GUI thread is watched while the release runs: no pause between two of its timer ticks may be long.
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longest = 0;
        QTimer probe;
        probe.setInterval(10);
        connect(&probe, &QTimer::timeout, &page, [&] {
            const qint64 at = clock.elapsed();
            longest = std::max(longest, at - last);
            last = at;
        });

        QTest::mouseClick(button(page, u"runReleaseButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.trustPrompt() && page.trustPrompt()->isVisible(), 10'000);
        auto *trust = page.trustPrompt()->findChild<QPushButton *>(u"trustAndRunButton"_s);
        QVERIFY(trust);
        QCOMPARE(trust->text(), u"Trust and Run"_s);
        clock.start();
        probe.start();
        trust->click();
        QTRY_VERIFY2_WITH_TIMEOUT(page.runner()->isRunning(m_hotfix) ||
                                      row(page, m_hotfix)->release.status != status::planned,
                                  qPrintable(page.messageBar()->text()), 10'000);
        QVERIFY(*release::WorkspaceTrust::isTrusted(*m_workspace));
        QTRY_VERIFY_WITH_TIMEOUT(page.graphView()->box(m_deploy)->task().state != state::planned, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(page.graphView()->box(m_deploy)->task().state, state::running, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(row(page, m_hotfix)->release.status, status::succeeded, 60'000);
        probe.stop();
        QVERIFY2(longest < 500, qPrintable(u"the GUI thread paused for %1 ms"_s.arg(longest)));

        // What the script printed, in the details' log.
        TaskDetailsView *details = page.detailsView();
        QCOMPARE(details->taskId(), m_deploy);
        QTRY_COMPARE_WITH_TIMEOUT(details->outputText(),
                                  u"deploying payments 1.8.1 to staging\ndeployed payments 1.8.1\n"_s, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(page.graphView()->box(m_deploy)->task().state, state::succeeded, 10'000);
        QCOMPARE(details->fact(u"attempt"_s), u"1"_s);
        QCOMPARE(row(page, m_hotfix)->tasksDone, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!page.runner()->isRunning(m_hotfix), 10'000);
        QVERIFY(!page.runAction()->isEnabled());
        // Started by the user running the page.
        auto entries = release::auditEntries(m_workspace->connection(), u"release"_s, m_hotfix);
        QVERIFY(entries);
        bool startedByUser = false;
        for (const AuditEntry &entry : std::as_const(*entries))
            startedByUser =
                startedByUser || (entry.action == u"release.start"_s && entry.actor == release::currentUser());
        QVERIFY(startedByUser);
        QCOMPARE(scriptRuns(), QStringList{u"payments 1.8.1 staging"_s});
    }

    void closingTheWorkspaceStopsTheEngineAndRunResumes()
    {
        release::ReleasePlan patch;
        patch.release.name = u"Storefront patch"_s;
        patch.release.version = u"2.4.1"_s;
        patch.release.plannedStart = utc(2026, 3, 13, 10);
        patch.items = {ReleaseItem{0, 0, m_storefront, u"2.4.1"_s}};
        patch.tasks = {deploy(u"Deploy storefront"_s, m_storefront, m_staging, u"2.4.1"_s)};
        auto saved = store(patch);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        const Id patchId = saved->release.id;
        const Id deployId = saved->tasks.first().id;
        QVERIFY(release::WorkspaceTrust::trust(*m_workspace));

        ReleasesPage page;
        page.resize(1300, 850);
        page.show();
        QVERIFY(load(page, m_workspace));
        QVERIFY(page.selectRelease(patchId));
        QVERIFY(shows(page, patchId));
        page.runAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(plan(patchId).task(deployId)->backendHandle.has_value(), 20'000);
        const auto holder = [this, patchId] {
            auto lock = release::EngineLock::holder(m_workspace->connection(), patchId);
            return lock && lock->has_value();
        };
        QVERIFY(holder());

        // Closing the workspace lets go of the release at once; the deploy goes on by itself.
        page.setWorkspace(nullptr);
        QVERIFY(page.runner()->runningReleases().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!holder(), 10'000);
        QCOMPARE(plan(patchId).release.status, status::running);
        QCOMPARE(plan(patchId).task(deployId)->state, state::running);

        // Opened again, the release is resumed where it stands: the job is found again, not started twice.
        QVERIFY(load(page, m_workspace));
        QVERIFY(page.selectRelease(patchId));
        QVERIFY(shows(page, patchId));
        QCOMPARE(page.runAction()->text(), u"Resume"_s);
        QVERIFY(page.findChild<QLabel *>(u"releaseWaiting"_s)->text().contains(u"No engine runs this release"_s));
        page.runAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(row(page, patchId)->release.status, status::succeeded, 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(page.detailsView()->outputText(),
                                  u"deploying storefront 2.4.1 to staging\ndeployed storefront 2.4.1\n"_s, 20'000);
        QCOMPARE(scriptRuns().count(u"storefront 2.4.1 staging"_s), 1);
        auto entries = release::auditEntries(m_workspace->connection(), u"release"_s, patchId);
        QVERIFY(entries);
        QStringList actions;
        for (const AuditEntry &entry : std::as_const(*entries))
            actions.append(entry.action);
        QVERIFY2(actions.contains(u"release.start"_s) && actions.contains(u"release.resume"_s),
                 qPrintable(actions.join(u", "_s)));
    }

    void closingTheWindowStopsTheEngine()
    {
        release::ReleasePlan hold;
        hold.release.name = u"Held release"_s;
        ReleaseTask wait = release::newTask(u"Cool down"_s, kind::wait);
        release::TaskSettings hour;
        hour.waitMinutes = 60;
        wait.config = release::taskConfig(kind::wait, hour);
        hold.tasks = {wait};
        auto saved = store(hold);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        const Id holdId = saved->release.id;

        QWidget window;
        window.resize(1300, 850);
        auto *page = new ReleasesPage(&window);
        page->resize(window.size());
        window.show();
        QVERIFY(load(*page, m_workspace));
        QVERIFY(page->selectRelease(holdId));
        QVERIFY(shows(*page, holdId));
        page->runAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(page->runner()->isRunning(holdId), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(plan(holdId).tasks.first().state, state::running, 10'000);
        const auto held = [this, holdId] {
            auto lock = release::EngineLock::holder(m_workspace->connection(), holdId);
            return lock && lock->has_value();
        };
        QVERIFY(held());
        window.close();
        QVERIFY(page->runner()->runningReleases().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!held(), 10'000);
        QCOMPARE(plan(holdId).release.status, status::running);
    }

    void boxesFitTheirNames()
    {
        // Names of three lengths, a manual task each, so that the kind line ("Manual task") is short.
        const QString shortName = u"Smoke"_s;
        const QString mediumName = u"Deploy storefront-web to staging"_s;
        const QString longName = u"Deploy storefront-web and checkout-service to production, then warm every cache"_s;
        release::ReleasePlan named;
        named.release.name = u"Named tasks"_s;
        named.tasks = {release::newTask(shortName, kind::manual), release::newTask(mediumName, kind::manual),
                       release::newTask(longName, kind::manual)};
        named.edges = {{shortName, mediumName}, {mediumName, longName}};
        auto saved = store(named);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));

        ReleasesPage page;
        page.resize(1300, 850);
        page.show();
        QVERIFY(load(page, m_workspace));
        QVERIFY(page.selectRelease(saved->release.id));
        QVERIFY(shows(page, saved->release.id));
        TaskGraphView *graph = page.graphView();
        TaskBoxItem *smoke = graph->box(saved->task(shortName)->id);
        TaskBoxItem *medium = graph->box(saved->task(mediumName)->id);
        TaskBoxItem *wide = graph->box(saved->task(longName)->id);
        QVERIFY(smoke && medium && wide);
        const QSizeF smokeSize = smoke->boundingRect().size();
        const QSizeF mediumSize = medium->boundingRect().size();
        const QSizeF wideSize = wide->boundingRect().size();

        // A name that fits is drawn whole, in a box made wider for it than the narrowest, still one line high.
        QCOMPARE(smoke->nameText(), QStringList{shortName});
        QCOMPARE(medium->nameText(), QStringList{mediumName});
        QFont bold = graph->font();
        bold.setWeight(QFont::DemiBold);
        QVERIFY(mediumSize.width() > smokeSize.width());
        QVERIFY(mediumSize.width() > QFontMetricsF(bold).horizontalAdvance(mediumName));
        QCOMPARE(mediumSize.height(), smokeSize.height());
        // A longer one wraps to a second line, elided at its end, in a box half as wide again as the narrowest at
        // most; the tooltip has it whole.
        const QStringList lines = wide->nameText();
        QCOMPARE(lines.size(), 2);
        QVERIFY2(longName.startsWith(lines.first()), qPrintable(lines.first()));
        QVERIFY2(lines.last().endsWith(u"…"_s), qPrintable(lines.last()));
        QVERIFY(wideSize.width() > mediumSize.width());
        QVERIFY(wideSize.width() <= 1.5 * smokeSize.width());
        QVERIFY(wideSize.height() > smokeSize.height());
        QVERIFY(wide->toolTip().startsWith(longName + u'\n'));
        // The layout placed the boxes as sized: none overlaps another, left to right in plan order.
        QVERIFY(!smoke->sceneBoundingRect().intersects(medium->sceneBoundingRect()));
        QVERIFY(!medium->sceneBoundingRect().intersects(wide->sceneBoundingRect()));
        QVERIFY(smoke->sceneBoundingRect().right() < medium->sceneBoundingRect().left());
        QVERIFY(medium->sceneBoundingRect().right() < wide->sceneBoundingRect().left());
    }

    void fitsASmallWindow()
    {
        // The page's share of a 900 × 600 window: less the page bar on the left, the menu and the status bar.
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *page = new ReleasesPage(&window);
        layout->addWidget(page);
        window.resize(780, 540);
        window.show();
        QVERIFY(load(*page, m_workspace));
        QVERIFY(page->selectRelease(m_spring));
        QVERIFY(shows(*page, m_spring));
        QApplication::processEvents();
        QCOMPARE(window.size(), QSize(780, 540));
        QVERIFY(window.minimumSizeHint().width() <= 780);
        QVERIFY(window.minimumSizeHint().height() <= 540);
        // Filtering shows a count beside the filter, which gives way rather than widen the page.
        page->statusFilter()->setCurrentIndex(page->statusFilter()->findText(u"Succeeded"_s));
        QApplication::processEvents();
        QVERIFY(window.minimumSizeHint().width() <= 780);
    }

    void windowsDialogOpensFromThePage()
    {
        ReleasesPage page;
        page.resize(1300, 850);
        page.show();
        QVERIFY(load(page, m_workspace));
        QVERIFY(page.windowsAction()->isEnabled());
        QCOMPARE(button(page, u"editWindowsButton"_s)->defaultAction(), page.windowsAction());
        ReleaseCalendar *calendar = page.calendarPanel()->calendar();
        // Wednesday 11 March: office hours only.
        QVERIFY(calendar->marks(QDate(2026, 3, 11)).window);
        QVERIFY(!calendar->marks(QDate(2026, 3, 11)).blackout);

        // Ctrl+Shift+W opens the dialog.
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.releaseTable()->setFocus();
        QTest::keyClick(page.releaseTable(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = page.findChild<WindowsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());

        // A blackout for all environments over 11 March, UTC.
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addWindow"_s), Qt::LeftButton);
        dialog->findChild<QLineEdit *>(u"windowName"_s)->setText(u"Migration freeze"_s);
        auto *kindBox = dialog->findChild<QComboBox *>(u"windowKind"_s);
        kindBox->setCurrentIndex(kindBox->findData(u"blackout"_s));
        auto *recurrence = dialog->findChild<QComboBox *>(u"windowRecurrence"_s);
        recurrence->setCurrentIndex(recurrence->findData(u"once"_s));
        dialog->findChild<QComboBox *>(u"windowZone"_s)->setCurrentText(u"UTC"_s);
        dialog->findChild<QDateTimeEdit *>(u"windowStartsAt"_s)
            ->setDateTime(QDateTime(QDate(2026, 3, 11), QTime(0, 0)));
        dialog->findChild<QDateTimeEdit *>(u"windowEndsAt"_s)->setDateTime(QDateTime(QDate(2026, 3, 12), QTime(0, 0)));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"applyWindow"_s), Qt::LeftButton);
        QVERIFY(dialog->changedWindows());
        // The page reads the calendar again once the dialog is closed, not before.
        QVERIFY(!calendar->marks(QDate(2026, 3, 11)).blackout);
        dialog->close();
        QTRY_VERIFY_WITH_TIMEOUT(calendar->marks(QDate(2026, 3, 11)).blackout, 10'000);
        QVERIFY(!calendar->marks(QDate(2026, 3, 12)).blackout);
        page.calendarPanel()->showDate(QDate(2026, 3, 11));
        bool listed = false;
        for (int row = 0; row < page.calendarPanel()->dayList()->count(); ++row)
            listed = listed || page.calendarPanel()->dayList()->item(row)->text().contains(u"“Migration freeze”"_s);
        QVERIFY(listed);
        QTRY_VERIFY(!page.findChild<WindowsDialog *>());
    }

    void backendsDialogOpensFromThePage()
    {
        // A workspace of its own, so that renaming its backend leaves the others' trust alone.
        auto created = store::Workspace::create(m_dir.filePath(u"backends.flowdeck"_s));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        std::shared_ptr<store::Workspace> workspace = *created;
        const auto run = [&workspace](const QString &sql) {
            return workspace->write([&](QSqlDatabase &db) -> Result<void> {
                auto ran = store::runQuery(db, u"test"_s, sql, {});
                return ran ? Result<void>() : Result<void>(ran.error());
            });
        };
        QVERIFY(run(u"INSERT INTO services (name) VALUES ('payments')"_s));
        QVERIFY(run(u"INSERT INTO environments (name, tier) VALUES ('staging', 'staging')"_s));
        QVERIFY(run(u"INSERT INTO backends (name, kind, config) VALUES ('deploy-script', 'process', "
                    "'{\"program\":\"/bin/true\"}')"_s));
        const auto first = [&workspace](const QString &sql) {
            auto query = store::runQuery(workspace->connection(), u"test"_s, sql, {});
            return query && query->next() ? query->value(0).toLongLong() : Id(0);
        };
        release::ReleasePlan patch;
        patch.release.name = u"Payments patch"_s;
        patch.release.status = status::planned;
        patch.release.createdAt = QDateTime::currentMSecsSinceEpoch();
        ReleaseTask ship = release::newTask(u"Deploy payments"_s, kind::deploy);
        ship.serviceId = first(u"SELECT id FROM services"_s);
        ship.environmentId = first(u"SELECT id FROM environments"_s);
        ship.version = u"1.9.1"_s;
        ship.backendId = first(u"SELECT id FROM backends"_s);
        patch.tasks = {ship};
        auto saved = release::savePlan(*workspace, patch, u"tester"_s);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));

        ReleasesPage page;
        page.resize(1300, 850);
        page.show();
        QVERIFY(load(page, workspace));
        QVERIFY(shows(page, saved->release.id));
        QTRY_COMPARE_WITH_TIMEOUT(page.detailsView()->fact(u"deploys"_s),
                                  u"payments 1.9.1 → staging via deploy-script"_s, 10'000);

        page.backendsAction()->trigger();
        auto *dialog = page.findChild<BackendsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *name = dialog->findChild<QLineEdit *>(u"backendName"_s);
        QCOMPARE(name->text(), u"deploy-script"_s);
        name->setText(u"ship-script"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"applyBackend"_s), Qt::LeftButton);
        QVERIFY(dialog->changedBackends());
        QCOMPARE(first(u"SELECT COUNT(*) FROM backends WHERE name = 'ship-script'"_s), Id(1));
        dialog->close();
        // Read again after the dialog: the details name the backend by its new name.
        QTRY_COMPARE_WITH_TIMEOUT(page.detailsView()->fact(u"deploys"_s), u"payments 1.9.1 → staging via ship-script"_s,
                                  10'000);
        QTRY_VERIFY(!page.findChild<BackendsDialog *>());
    }

    void dialogsNeedAWritableWorkspace()
    {
        store::OpenOptions options;
        options.readOnly = true;
        auto readOnly = store::Workspace::open(m_workspace->path(), options);
        QVERIFY2(readOnly, qPrintable(readOnly.errorMessage()));
        ReleasesPage page;
        page.resize(1300, 850);
        page.show();
        QVERIFY(load(page, *readOnly));
        QVERIFY(!page.backendsAction()->isEnabled());
        QVERIFY(!page.windowsAction()->isEnabled());
        QVERIFY(!button(page, u"editBackendsButton"_s)->isEnabled());
        page.backendsAction()->trigger();
        page.windowsAction()->trigger();
        QVERIFY(!page.findChild<BackendsDialog *>());
        QVERIFY(!page.findChild<WindowsDialog *>());
        // The same workspace opened for writing enables them.
        QVERIFY(load(page, m_workspace));
        QVERIFY(page.backendsAction()->isEnabled());
        QVERIFY(page.windowsAction()->isEnabled());
    }
};

QTEST_MAIN(TestReleasesPage)
#include "tst_releasespage.moc"
