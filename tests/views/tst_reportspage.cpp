// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/messagebar.h"
#include "common/pagestack.h"
#include "common/scopebar.h"
#include "fixturerows.h"
#include "reports/reportpreviewview.h"
#include "reports/reportscopepanel.h"
#include "reports/reportspage.h"
#include "rowinserter.h"
#include "store/rows.h"
#include "store/workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QXmlStreamReader>

#include <ctime>

using namespace flowdeck;
using namespace flowdeck::store;
using namespace flowdeck::testing;
using namespace flowdeck::views;
using namespace Qt::StringLiterals;

namespace {

// The test runs with TZ=UTC and LC_ALL=C.UTF-8. Times are offsets from 1 November 2023, 00:00 UTC; the report covers
// the custom period 1–28 November 2023, both days included: [T, T + 28 d).
constexpr Timestamp T = 1'698'796'800'000;
constexpr Timestamp hour = 3'600'000;
constexpr Timestamp day = 24 * hour;

// Two services, staging and production. Successful production deployments in the period:
//   cart 1.0    Nov 3 00:00 (T+2d)        ships c1 (T+1d):       lead time 24 h
//   cart 1.1    Nov 10 00:00 (T+9d)       ships c2 (T+8d12h):    12 h
//   search 2.0  Nov 16 00:00 (T+15d)      ships c3 (T+14d):      24 h
//   cart 1.2    Nov 21 00:00 (T+20d)      ships c4 (T+19d):      24 h
//   search 2.1  Nov 27 00:00 (T+26d)      ships c5 (T+25d):      24 h
// Five in all, three of cart. A staging deployment of cart (T+1d12h) counts nowhere; in the period before, cart 0.9 on
// Oct 22 (T-10d) ships c0 (T-12d).
QString buildShop(const Workspace &workspace)
{
    RowInserter in(workspace);
    const Id repository = in.add(Repository{0, u"shop"_s, {}, {}, {}, {}, {}});
    auto commit = [&](char c, Timestamp authored) {
        return in.add(commitRow(repository, oidOf(c), authored));
    };
    const Id c0 = commit('0', T - 12 * day);
    const Id c1 = commit('1', T + day);
    const Id c2 = commit('2', T + 8 * day + 12 * hour);
    const Id c3 = commit('3', T + 14 * day);
    const Id c4 = commit('4', T + 19 * day);
    const Id c5 = commit('5', T + 25 * day);
    const Id cart = in.add(Service{0, u"cart"_s, u"Shopping cart"_s, repository});
    const Id search = in.add(Service{0, u"search"_s, {}, repository});
    const Id staging = in.add(Environment{0, u"staging"_s, QString::fromLatin1(Tier::Staging), 0});
    const Id production = in.add(Environment{0, u"production"_s, QString::fromLatin1(Tier::Production), 1});
    in.add(EnvironmentEdge{0, staging, production});
    auto deploy = [&](Id service, Id environment, const char *version, Timestamp finished, QList<Id> commits) {
        const Id id = in.add(deploymentRow(service, environment, QString::fromLatin1(version), Status::Succeeded,
                                           finished - 10 * 60'000, finished));
        for (const Id commitId : commits)
            in.add(DeploymentCommit{id, commitId});
    };
    deploy(cart, production, "0.9", T - 10 * day, {c0});
    deploy(cart, staging, "1.0", T + day + 12 * hour, {c1});
    deploy(cart, production, "1.0", T + 2 * day, {c1});
    deploy(cart, production, "1.1", T + 9 * day, {c2});
    deploy(search, production, "2.0", T + 15 * day, {c3});
    deploy(cart, production, "1.2", T + 20 * day, {c4});
    deploy(search, production, "2.1", T + 26 * day, {c5});
    return in.error();
}

// A year of a bigger shop, ending 28 November 2023: six services each deploying to production eight times a day,
// every deployment shipping three commits. Written in one transaction.
QString buildBigShop(const Workspace &workspace)
{
    auto written = workspace.write([](QSqlDatabase &db) -> Result<void> {
        TableWriter<Repository> repositories(db);
        auto repository = repositories.insert(Repository{0, u"big"_s, {}, {}, {}, {}, {}});
        if (!repository)
            return repository.error();
        TableWriter<Environment> environments(db);
        auto production =
            environments.insert(Environment{0, u"production"_s, QString::fromLatin1(Tier::Production), 0});
        if (!production)
            return production.error();
        TableWriter<Service> services(db);
        TableWriter<Commit> commits(db);
        TableWriter<Deployment> deployments(db);
        TableWriter<DeploymentCommit> shipped(db);
        int oid = 0;
        for (int s = 0; s < 6; ++s) {
            auto service = services.insert(Service{0, u"service-%1"_s.arg(s), {}, *repository});
            if (!service)
                return service.error();
            for (int d = 0; d < 365 * 8; ++d) {
                const Timestamp finished = T + 28 * day - 365 * day + d * (day / 8) + s * 60'000;
                auto deployment = deployments.insert(deploymentRow(*service, *production, u"%1.%2"_s.arg(s).arg(d),
                                                                   Status::Succeeded, finished - 600'000, finished));
                if (!deployment)
                    return deployment.error();
                for (int c = 0; c < 3; ++c) {
                    auto row = commitRow(*repository, u"%1"_s.arg(++oid, 40, 10, QLatin1Char('0')),
                                         finished - (c + 1) * 7 * hour);
                    auto commit = commits.insert(row);
                    if (!commit)
                        return commit.error();
                    if (auto link = shipped.insert(DeploymentCommit{*deployment, *commit}); !link)
                        return link.error();
                }
            }
        }
        return {};
    });
    return written ? QString() : written.errorMessage();
}

// Measures the longest time the event loop went without running a 1 ms timer: how long the GUI thread was busy.
class GapMeter : public QObject
{
public:
    GapMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_last = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_longest;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Runs the event loop until `done` holds or `timeoutMs` passed.
bool spin(const std::function<bool()> &done, int timeoutMs = 60'000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(2, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

bool waitUntilReady(const ReportsPage &page)
{
    return spin([&] { return page.isReady(); });
}

// The scope of `serviceIds` (empty: every service) over the custom period `from` to `to`, kept in `workspace` as
// the scope bars of the analytical pages keep it.
bool keepScope(const Workspace &workspace, const QDate &from, const QDate &to, const QList<Id> &serviceIds = {})
{
    ScopeBar::Settings settings;
    settings.period = ScopeBar::Period::Custom;
    settings.from = from;
    settings.to = to;
    settings.serviceIds = serviceIds;
    return bool(ScopeBar::writeSettings(workspace, settings));
}

// Every section and `output`, kept as the page reads them.
void keepOutput(ReportScopePanel::Output output)
{
    ReportScopePanel::Choice choice;
    choice.output = output;
    ReportScopePanel::writeSettings(choice);
}

// The entry of the scope bar's services menu named `name` ("All services" or a service's name).
QAction *serviceAction(const ReportsPage &page, const QString &name)
{
    const QList<QAction *> actions = page.scopeBar()->servicesButton()->menu()->actions();
    for (QAction *action : actions) {
        if (action->text() == name)
            return action;
    }
    return nullptr;
}

QDateEdit *scopeEdit(const ReportsPage &page, const QString &name)
{
    return page.scopeBar()->findChild<QDateEdit *>(name);
}

// The id of the service named `name` in `workspace`.
Id serviceId(const Workspace &workspace, const QString &name)
{
    const QSqlDatabase db = workspace.connection();
    QSqlQuery query(db);
    query.prepare(u"SELECT id FROM services WHERE name = ?"_s);
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

// The share of an image's pixels that are not white: a painted page has text and shapes on it.
double inkShare(const QImage &image)
{
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                ++ink;
        }
    }
    return double(ink) / (double(image.width() / 2) * double(image.height() / 2));
}

struct ExportEnd
{
    QStringList files;
    QString error;
    bool canceled = false;
    bool ended = false;
};

ExportEnd waitForExport(ReportsPage &page, QSignalSpy &spy)
{
    ExportEnd end;
    if (!spin([&] { return spy.count() > 0; }))
        return end;
    const QList<QVariant> arguments = spy.takeFirst();
    end.files = arguments[0].toStringList();
    end.error = arguments[1].toString();
    end.canceled = arguments[2].toBool();
    end.ended = true;
    Q_UNUSED(page);
    return end;
}

// Takes the file addresses QDesktopServices is asked to open, instead of the desktop.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_shop;

    // The custom period of November 2023 and every service in the workspace, every section and `output` in the
    // user's settings, as the page reads them.
    void keepNovember(ReportScopePanel::Output output = ReportScopePanel::Output::PdfA4)
    {
        QVERIFY(keepScope(*m_shop, QDate(2023, 11, 1), QDate(2023, 11, 28)));
        keepOutput(output);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"Flowdeck"_s);
        // A settings file of this run's own: runs of the suite in several build folders at once keep apart.
        QCoreApplication::setApplicationName(
            u"Flowdeck reports page test %1"_s.arg(QCoreApplication::applicationPid()));
        QVERIFY(m_dir.isValid());
        auto created = Workspace::create(m_dir.filePath(u"shop.flowdeck"_s));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        m_shop = *created;
        const QString failed = buildShop(*m_shop);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void cleanupTestCase()
    {
        const QString file = QSettings().fileName();
        QSettings().clear();
        QFile::remove(file);
    }

    void init()
    {
        QSettings().clear();
        keepNovember();
    }

    void settingsOfTheChoice()
    {
        using Panel = ReportScopePanel;
        // Nothing kept: every section, PDF on A4.
        QSettings().clear();
        Panel::Choice choice = Panel::readSettings();
        QCOMPARE(choice.sections, report::allSections());
        QCOMPARE(choice.output, Panel::Output::PdfA4);

        choice.sections = {report::Section::Dora, report::Section::Summary};
        choice.output = Panel::Output::Json;
        Panel::writeSettings(choice);
        QCOMPARE(QSettings().value(u"reports/format"_s).toString(), u"json"_s);
        const Panel::Choice read = Panel::readSettings();
        QCOMPARE(read.sections, (QList<report::Section>{report::Section::Dora, report::Section::Summary}));
        QCOMPARE(read.output, Panel::Output::Json);

        // Unreadable values count as the defaults.
        QSettings settings;
        settings.setValue(u"reports/format"_s, u"docx"_s);
        settings.setValue(u"reports/sections"_s, QStringList{u"dora"_s, u"nonsense"_s});
        settings.sync();
        const Panel::Choice bad = Panel::readSettings();
        QCOMPARE(bad.output, Panel::Output::PdfA4);
        QCOMPARE(bad.sections, QList<report::Section>{report::Section::Dora});
    }

    void theDaysAreTheScopeBarsAsUtcDays()
    {
        // Monday 23 November 2026: the bar's last 30 days are 25 October to 23 November; this quarter starts on
        // 1 October. The report covers those days from midnight UTC, as it prints them.
        const QDate today(2026, 11, 23);
        const auto utc = [](int year, int month, int dayOfMonth) {
            return QDate(year, month, dayOfMonth).startOfDay(Qt::UTC).toMSecsSinceEpoch();
        };
        ScopeBar::Settings settings;
        settings.period = ScopeBar::Period::Last30Days;
        settings.serviceIds = {3, 7};
        QCOMPARE(ReportsPage::daysOf(settings, today), std::pair(QDate(2026, 10, 25), today));
        report::ReportScope scope = ReportsPage::reportScopeOf(settings, today);
        QCOMPARE(scope.from, utc(2026, 10, 25));
        QCOMPARE(scope.to, utc(2026, 11, 24));
        QCOMPARE(scope.serviceIds, (QList<Id>{3, 7}));
        settings.period = ScopeBar::Period::ThisQuarter;
        QCOMPARE(ReportsPage::reportScopeOf(settings, today).from, utc(2026, 10, 1));

        // Far from UTC, a custom day still starts at midnight UTC.
        const QByteArray zone = qgetenv("TZ");
        qputenv("TZ", "Pacific/Auckland");
        tzset();
        settings = {};
        settings.period = ScopeBar::Period::Custom;
        settings.from = QDate(2023, 11, 1);
        settings.to = QDate(2023, 11, 28);
        scope = ReportsPage::reportScopeOf(settings, today);
        qputenv("TZ", zone);
        tzset();
        QCOMPARE(scope.from, T);
        QCOMPARE(scope.to, T + 28 * day);
        QVERIFY(scope.serviceIds.isEmpty());
    }

    void loadsAndPreviewsThePages()
    {
        ReportsPage page;
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setWorkspace(m_shop);
        QVERIFY(!page.isReady());
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.pageStack()->state(), PageStack::State::Content);

        // The scope bar at the top offers both services and shows the scope the workspace keeps; every section
        // ticked.
        ScopeBar *bar = page.scopeBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->mapTo(&page, QPoint(0, 0)).y() < page.scopePanel()->mapTo(&page, QPoint(0, 0)).y());
        QVERIFY(bar->mapTo(&page, QPoint(0, 0)).y() < page.preview()->mapTo(&page, QPoint(0, 0)).y());
        QCOMPARE(bar->services().size(), 2);
        QVERIFY(serviceAction(page, u"cart"_s) && serviceAction(page, u"search"_s));
        QCOMPARE(bar->servicesButton()->text(), u"All services"_s);
        QCOMPARE(bar->periodBox()->currentData().toInt(), int(ScopeBar::Period::Custom));
        QCOMPARE(scopeEdit(page, u"scopeFrom"_s)->date(), QDate(2023, 11, 1));
        QCOMPARE(scopeEdit(page, u"scopeTo"_s)->date(), QDate(2023, 11, 28));
        ReportScopePanel *panel = page.scopePanel();
        for (const report::Section section : report::allSections())
            QVERIFY(panel->sectionBox(section)->isChecked());

        // The preview was gathered for November, every service.
        QCOMPARE(page.previewScope().from, T);
        QCOMPARE(page.previewScope().to, T + 28 * day);
        QVERIFY(page.previewScope().serviceIds.isEmpty());
        QCOMPARE(page.previewScope().sections, report::allSections());

        // Its pages show, each with a thumbnail; the first is A4 (595 x 842 points) and painted.
        ReportPreviewView *preview = page.preview();
        QVERIFY(!preview->isShowingMessage());
        QVERIFY(!preview->isBusy());
        QVERIFY2(preview->pageCount() >= 2, qPrintable(QString::number(preview->pageCount())));
        QCOMPARE(preview->thumbnailList()->count(), preview->pageCount());
        QCOMPARE(preview->currentPage(), 0);
        const QImage first = preview->pageView()->image();
        QVERIFY(!first.isNull());
        QVERIFY(qAbs(double(first.height()) / first.width() - 842.0 / 595.0) < 0.01);
        QVERIFY2(inkShare(first) > 0.01, qPrintable(QString::number(inkShare(first))));
        QVERIFY(preview->pageView()->isVisible());
        QVERIFY(preview->pageView()->width() > 300);
        QCOMPARE(preview->pageLabel()->text(), u"Page 1 of %1"_s.arg(preview->pageCount()));
        QVERIFY(!preview->previousButton()->isEnabled());
        QVERIFY(preview->nextButton()->isEnabled());

        // Next, Page Down and a thumbnail move through the pages.
        QTest::mouseClick(preview->nextButton(), Qt::LeftButton);
        QCOMPARE(preview->currentPage(), 1);
        QCOMPARE(preview->pageLabel()->text(), u"Page 2 of %1"_s.arg(preview->pageCount()));
        QVERIFY(preview->pageView()->image() != first);
        QVERIFY(preview->previousButton()->isEnabled());
        preview->thumbnailList()->setCurrentRow(0);
        QCOMPARE(preview->currentPage(), 0);
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        preview->thumbnailList()->setFocus();
        QTest::keyClick(preview->thumbnailList(), Qt::Key_PageDown);
        QCOMPARE(preview->currentPage(), 1);
        QTest::mouseClick(preview->previousButton(), Qt::LeftButton);
        QCOMPARE(preview->currentPage(), 0);

        // In a very wide window the page is as wide as its image at most, never blurred by scaling it up.
        page.resize(3000, 800);
        QTRY_VERIFY(preview->pageView()->width() > 0);
        QTRY_COMPARE(preview->pageView()->width(), first.width());

        QVERIFY(page.exportButton()->isEnabled());
        QCOMPARE(page.exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(!page.exportButton()->toolTip().isEmpty());
    }

    void changingTheScopeRebuildsThePreview()
    {
        ReportsPage page;
        page.resize(1100, 700);
        page.show();
        page.setWorkspace(m_shop);
        QVERIFY(waitUntilReady(page));
        const int builds = page.previewBuilds();

        // Choosing cart on the scope bar: a moment later the report covers cart alone, and the workspace keeps the
        // scope for every analytical page.
        const Id cart = serviceId(*m_shop, u"cart"_s);
        QVERIFY(cart != 0);
        serviceAction(page, u"cart"_s)->trigger();
        QVERIFY(!page.isReady());
        QVERIFY(page.preview()->isBusy());
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.previewBuilds(), builds + 1);
        QCOMPARE(page.previewScope().serviceIds, QList<Id>{cart});
        QCOMPARE(page.scopeBar()->servicesButton()->text(), u"cart"_s);
        QThreadPool::globalInstance()->waitForDone();
        QCOMPARE(ScopeBar::readSettings(*m_shop).serviceIds, QList<Id>{cart});
        QVERIFY(page.preview()->pageCount() > 0);

        // Two changes in quick succession gather once, for the last of them.
        page.scopePanel()->sectionBox(report::Section::Appendix)->setChecked(false);
        page.scopePanel()->sectionBox(report::Section::Trends)->setChecked(false);
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.previewBuilds(), builds + 2);
        QVERIFY(!page.previewScope().sections.contains(report::Section::Appendix));
        QVERIFY(!page.previewScope().sections.contains(report::Section::Trends));
        QVERIFY(page.previewScope().sections.contains(report::Section::Summary));

        // US Letter lays the pages out on 612 x 792 points; HTML, CSV and JSON preview on A4.
        page.scopePanel()->outputBox()->setCurrentIndex(
            page.scopePanel()->outputBox()->findData(int(ReportScopePanel::Output::PdfLetter)));
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.previewBuilds(), builds + 3);
        const QImage letter = page.preview()->pageView()->image();
        QVERIFY(qAbs(double(letter.height()) / letter.width() - 792.0 / 612.0) < 0.01);
        page.scopePanel()->outputBox()->setCurrentIndex(
            page.scopePanel()->outputBox()->findData(int(ReportScopePanel::Output::Json)));
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.previewBuilds(), builds + 4);
        page.scopePanel()->outputBox()->setCurrentIndex(
            page.scopePanel()->outputBox()->findData(int(ReportScopePanel::Output::Html)));
        // The same paper: nothing to gather again.
        QVERIFY(page.isReady());
        QCOMPARE(page.previewBuilds(), builds + 4);

        // The bar's last 30 days hold nothing of 2023: the preview says so and what would fill it.
        page.scopeBar()->periodBox()->setCurrentIndex(int(ScopeBar::Period::Last30Days));
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.previewBuilds(), builds + 5);
        const QDate today = QDate::currentDate();
        QCOMPARE(page.previewScope().from, today.addDays(-29).startOfDay(Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(page.previewScope().to, today.addDays(1).startOfDay(Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(page.preview()->isShowingMessage());
        QCOMPARE(page.preview()->messageTitle(), u"No deliveries in this period"_s);
        QVERIFY(page.preview()->messageText().contains(u"Import"_s));
        QVERIFY(page.preview()->messageButton()->isVisibleTo(&page));
        QSignalSpy imports(&page, &ReportsPage::importHistoryRequested);
        QTest::mouseClick(page.preview()->messageButton(), Qt::LeftButton);
        QCOMPARE(imports.count(), 1);
        QThreadPool::globalInstance()->waitForDone();
        QCOMPARE(ScopeBar::readSettings(*m_shop).period, ScopeBar::Period::Last30Days);

        // Dates picked on the bar are a custom range.
        page.scopeBar()->periodBox()->setCurrentIndex(int(ScopeBar::Period::Custom));
        scopeEdit(page, u"scopeFrom"_s)->setDate(QDate(2023, 11, 1));
        scopeEdit(page, u"scopeTo"_s)->setDate(QDate(2023, 11, 28));
        QVERIFY(waitUntilReady(page));
        QVERIFY(!page.preview()->isShowingMessage());
        QCOMPARE(page.previewScope().from, T);
        QCOMPARE(page.previewScope().to, T + 28 * day);

        // No section: nothing to gather, nothing to export.
        for (const report::Section section : report::allSections())
            page.scopePanel()->sectionBox(section)->setChecked(false);
        QVERIFY(waitUntilReady(page));
        QVERIFY(page.preview()->isShowingMessage());
        QVERIFY(page.preview()->messageText().contains(u"section"_s));
        QVERIFY(!page.exportButton()->isEnabled());
        QVERIFY(!page.exportAction()->isEnabled());
        page.scopePanel()->sectionBox(report::Section::Dora)->setChecked(true);
        // All services on the bar: the report covers the whole workspace again.
        serviceAction(page, u"All services"_s)->trigger();
        QVERIFY(waitUntilReady(page));
        QVERIFY(!page.preview()->isShowingMessage());
        QVERIFY(page.previewScope().serviceIds.isEmpty());
        QCOMPARE(page.previewScope().sections, QList<report::Section>{report::Section::Dora});
        QVERIFY(page.exportButton()->isEnabled());
    }

    void theChoiceIsRestored()
    {
        const Id search = serviceId(*m_shop, u"search"_s);
        {
            ReportsPage page;
            page.setWorkspace(m_shop);
            QVERIFY(waitUntilReady(page));
            serviceAction(page, u"search"_s)->trigger();
            page.scopePanel()->sectionBox(report::Section::Releases)->setChecked(false);
            page.scopePanel()->outputBox()->setCurrentIndex(
                page.scopePanel()->outputBox()->findData(int(ReportScopePanel::Output::CsvFolder)));
            QVERIFY(waitUntilReady(page));
        }
        // The scope is written off the GUI thread.
        QThreadPool::globalInstance()->waitForDone();
        ReportsPage page;
        page.setWorkspace(m_shop);
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.scopeBar()->settings().serviceIds, QList<Id>{search});
        QCOMPARE(page.scopeBar()->servicesButton()->text(), u"search"_s);
        QVERIFY(!page.scopePanel()->sectionBox(report::Section::Releases)->isChecked());
        QVERIFY(page.scopePanel()->sectionBox(report::Section::Summary)->isChecked());
        QCOMPARE(page.scopePanel()->outputBox()->currentData().toInt(), int(ReportScopePanel::Output::CsvFolder));
        QCOMPARE(page.previewScope().serviceIds, QList<Id>{search});
        QVERIFY(!page.previewScope().sections.contains(report::Section::Releases));
    }

    void theScopeOfTheOtherPagesIsShown()
    {
        // A scope the Metrics or Value stream page keeps (their bars write it this way): search, 10 to 19 November.
        const Id search = serviceId(*m_shop, u"search"_s);
        QVERIFY(keepScope(*m_shop, QDate(2023, 11, 10), QDate(2023, 11, 19), {search}));
        QSettings().setValue(u"reports/exportFolder"_s, m_dir.path());
        ReportsPage page;
        page.setWorkspace(m_shop);
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.scopeBar()->servicesButton()->text(), u"search"_s);
        QCOMPARE(scopeEdit(page, u"scopeFrom"_s)->date(), QDate(2023, 11, 10));
        QCOMPARE(scopeEdit(page, u"scopeTo"_s)->date(), QDate(2023, 11, 19));
        // T + 9 d is 10 November; the day after the 19th is T + 19 d.
        QCOMPARE(page.previewScope().from, T + 9 * day);
        QCOMPARE(page.previewScope().to, T + 19 * day);
        QCOMPARE(page.previewScope().serviceIds, QList<Id>{search});
        QCOMPARE(page.defaultExportPath(), m_dir.filePath(u"shop report 2023-11-10 to 2023-11-19.pdf"_s));

        // Search deployed once in those days (2.0 on 16 November): the JSON export says so.
        QSignalSpy finished(&page, &ReportsPage::exportFinished);
        const QString path = m_dir.filePath(u"search-shared.json"_s);
        page.scopePanel()->outputBox()->setCurrentIndex(
            page.scopePanel()->outputBox()->findData(int(ReportScopePanel::Output::Json)));
        page.exportTo(path);
        const ExportEnd end = waitForExport(page, finished);
        QVERIFY2(end.ended && end.error.isEmpty(), qPrintable(end.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(report.value(u"services"_s).toArray(), QJsonArray{u"search"_s});
        QCOMPARE(report.value(u"deployment_frequency"_s).toObject().value(u"deployments"_s).toInt(), 1);
    }

    void defaultExportName()
    {
        QSettings().setValue(u"reports/exportFolder"_s, m_dir.path());
        ReportsPage page;
        page.setWorkspace(m_shop);
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.defaultExportPath(), m_dir.filePath(u"shop report 2023-11-01 to 2023-11-28.pdf"_s));
        page.scopePanel()->outputBox()->setCurrentIndex(
            page.scopePanel()->outputBox()->findData(int(ReportScopePanel::Output::CsvFolder)));
        QCOMPARE(page.defaultExportPath(), m_dir.filePath(u"shop report 2023-11-01 to 2023-11-28"_s));
        // Beneath the format, what it writes.
        QVERIFY(page.scopePanel()->outputHint()->text().contains(u"folder"_s));
        page.scopePanel()->outputBox()->setCurrentIndex(
            page.scopePanel()->outputBox()->findData(int(ReportScopePanel::Output::Html)));
        QVERIFY(page.defaultExportPath().endsWith(u"2023-11-28.html"_s));
        page.scopePanel()->outputBox()->setCurrentIndex(
            page.scopePanel()->outputBox()->findData(int(ReportScopePanel::Output::Json)));
        QVERIFY(page.defaultExportPath().endsWith(u"2023-11-28.json"_s));
        // A folder that is gone no longer counts: the documents folder stands in.
        QSettings().setValue(u"reports/exportFolder"_s, m_dir.filePath(u"gone"_s));
        QVERIFY(!page.defaultExportPath().startsWith(m_dir.filePath(u"gone"_s)));
    }

    void ctrlEAsksWhereToWrite()
    {
        QSettings().setValue(u"reports/exportFolder"_s, m_dir.path());
        keepNovember(ReportScopePanel::Output::Html);
        ReportsPage page;
        page.resize(1280, 800);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.setWorkspace(m_shop);
        QVERIFY(waitUntilReady(page));

        // The chooser proposes the workspace's and the period's name; the name typed there is written.
        const QString path = m_dir.filePath(u"chosen.html"_s);
        QStringList proposed;
        QString title;
        QTimer::singleShot(0, &page, [&] {
            auto *dialog = page.findChild<QFileDialog *>(u"reportExportDialog"_s);
            if (!dialog)
                return;
            proposed = dialog->selectedFiles();
            title = dialog->windowTitle();
            dialog->selectFile(path);
            // QFileDialog::accept() reads the name typed, as the Save button does.
            static_cast<QDialog *>(dialog)->accept();
        });
        QSignalSpy finished(&page, &ReportsPage::exportFinished);
        // The shortcut works wherever the focus is on the page.
        page.scopeBar()->periodBox()->setFocus();
        QTest::keyClick(page.scopeBar()->periodBox(), Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(proposed, QStringList{m_dir.filePath(u"shop report 2023-11-01 to 2023-11-28.html"_s)});
        QCOMPARE(title, u"Export the Report as HTML"_s);
        const ExportEnd end = waitForExport(page, finished);
        QVERIFY2(end.ended && end.error.isEmpty(), qPrintable(end.error));
        QCOMPARE(end.files, QStringList{path});
        QVERIFY(QFileInfo(path).size() > 1000);

        // Canceled, the chooser writes nothing.
        bool rejected = false;
        QTimer::singleShot(0, &page, [&] {
            if (auto *dialog = page.findChild<QFileDialog *>(u"reportExportDialog"_s)) {
                dialog->reject();
                rejected = true;
            }
        });
        page.exportAction()->trigger();
        QVERIFY(rejected);
        QVERIFY(!page.isExporting());
        QCOMPARE(finished.count(), 0);
    }

    void exportWritesEachFormat_data()
    {
        QTest::addColumn<int>("output");
        QTest::addColumn<QString>("name");
        QTest::newRow("pdf a4") << int(ReportScopePanel::Output::PdfA4) << u"report-a4.pdf"_s;
        QTest::newRow("pdf letter") << int(ReportScopePanel::Output::PdfLetter) << u"report-letter.pdf"_s;
        QTest::newRow("html") << int(ReportScopePanel::Output::Html) << u"report.html"_s;
        QTest::newRow("csv") << int(ReportScopePanel::Output::CsvFolder) << u"report-tables"_s;
        QTest::newRow("json") << int(ReportScopePanel::Output::Json) << u"report.json"_s;
    }

    void exportWritesEachFormat()
    {
        QFETCH(int, output);
        QFETCH(QString, name);
        keepNovember(ReportScopePanel::Output(output));
        ReportsPage page;
        page.resize(1280, 800);
        page.show();
        page.setWorkspace(m_shop);
        QVERIFY(waitUntilReady(page));
        QDir out(m_dir.filePath(u"exports"_s));
        QVERIFY(out.mkpath(u"."_s));
        const QString path = out.filePath(name);

        QSignalSpy finished(&page, &ReportsPage::exportFinished);
        page.exportTo(path);
        QVERIFY(page.isExporting());
        QVERIFY(page.exportProgress()->isVisibleTo(&page));
        QVERIFY(page.cancelExportButton()->isVisibleTo(&page));
        QVERIFY(!page.exportButton()->isEnabled());
        const ExportEnd end = waitForExport(page, finished);
        QVERIFY(end.ended);
        QVERIFY2(end.error.isEmpty(), qPrintable(end.error));
        QVERIFY(!end.canceled);
        QVERIFY(!end.files.isEmpty());
        QCOMPARE(page.exportedFiles(), end.files);
        QVERIFY(!page.isExporting());
        QVERIFY(page.exportButton()->isEnabled());
        // What was written, with the buttons that open it.
        QVERIFY(page.openButton()->isVisibleTo(&page));
        QVERIFY(page.showInFolderButton()->isVisibleTo(&page));
        QVERIFY(!page.exportProgress()->isVisibleTo(&page));
        QVERIFY(page.findChild<QLabel *>(u"reportExportText"_s)->text().contains(name));
        QCOMPARE(QSettings().value(u"reports/exportFolder"_s).toString(), out.absolutePath());

        // Open opens what was written (the CSV folder itself), Show in Folder the folder that holds it.
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
        QTest::mouseClick(page.openButton(), Qt::LeftButton);
        QTest::mouseClick(page.showInFolderButton(), Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(u"file"_s);
        QCOMPARE(catcher.urls, (QList<QUrl>{QUrl::fromLocalFile(path), QUrl::fromLocalFile(out.absolutePath())}));

        switch (ReportScopePanel::Output(output)) {
        case ReportScopePanel::Output::PdfA4:
        case ReportScopePanel::Output::PdfLetter: {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.read(5) == "%PDF-");
            QVERIFY(file.size() > 1000);
            break;
        }
        case ReportScopePanel::Output::Html: {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray html = file.readAll();
            QVERIFY(html.startsWith("<!DOCTYPE html>"));
            // Well-formed: every element closed, and one root, <html>.
            QXmlStreamReader reader(html);
            QString root;
            while (!reader.atEnd()) {
                if (reader.readNext() == QXmlStreamReader::StartElement && root.isEmpty())
                    root = reader.name().toString();
            }
            QVERIFY2(!reader.hasError(),
                     qPrintable(u"%1 at line %2"_s.arg(reader.errorString()).arg(reader.lineNumber())));
            QCOMPARE(root, u"html"_s);
            // The workspace's name, near the top.
            QVERIFY(html.contains("shop"));
            break;
        }
        case ReportScopePanel::Output::CsvFolder: {
            QVERIFY(QFileInfo(path).isDir());
            const QStringList csv = QDir(path).entryList({u"*.csv"_s}, QDir::Files);
            QVERIFY(csv.size() >= 2);
            QCOMPARE(csv.size(), end.files.size());
            for (const QString &table : csv) {
                QFile file(QDir(path).filePath(table));
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readLine().trimmed().isEmpty(), qPrintable(table));
            }
            break;
        }
        case ReportScopePanel::Output::Json: {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QJsonParseError error;
            const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            // Five successful production deployments in November (see buildShop), the period's days.
            const QJsonObject report = json.object();
            QCOMPARE(report.value(u"from"_s).toString(), u"2023-11-01"_s);
            QCOMPARE(report.value(u"deployment_frequency"_s).toObject().value(u"deployments"_s).toInt(), 5);
            QCOMPARE(report.value(u"lead_time_for_changes"_s).toObject().value(u"changes"_s).toInt(), 5);
            break;
        }
        }
    }

    void exportOfOneService()
    {
        QVERIFY(keepScope(*m_shop, QDate(2023, 11, 1), QDate(2023, 11, 28), {serviceId(*m_shop, u"cart"_s)}));
        keepOutput(ReportScopePanel::Output::Json);
        ReportsPage page;
        page.setWorkspace(m_shop);
        QVERIFY(waitUntilReady(page));
        QSignalSpy finished(&page, &ReportsPage::exportFinished);
        const QString path = m_dir.filePath(u"cart.json"_s);
        page.exportTo(path);
        const ExportEnd end = waitForExport(page, finished);
        QVERIFY2(end.ended && end.error.isEmpty(), qPrintable(end.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
        // Cart's three deployments of November.
        QCOMPARE(report.value(u"services"_s).toArray(), QJsonArray{u"cart"_s});
        QCOMPARE(report.value(u"deployment_frequency"_s).toObject().value(u"deployments"_s).toInt(), 3);
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<int>("output");
        QTest::newRow("pdf") << int(ReportScopePanel::Output::PdfA4);
        QTest::newRow("csv") << int(ReportScopePanel::Output::CsvFolder);
    }

    void cancelLeavesNothing()
    {
        QFETCH(int, output);
        keepNovember(ReportScopePanel::Output(output));
        ReportsPage page;
        page.resize(1280, 800);
        page.show();
        page.setWorkspace(m_shop);
        QVERIFY(waitUntilReady(page));
        const QString path = m_dir.filePath(u"canceled-%1"_s.arg(output));
        QSignalSpy finished(&page, &ReportsPage::exportFinished);
        page.exportTo(path);
        QVERIFY(page.isExporting());
        QTest::mouseClick(page.cancelExportButton(), Qt::LeftButton);
        QVERIFY(!page.cancelExportButton()->isEnabled());
        const ExportEnd end = waitForExport(page, finished);
        QVERIFY(end.ended);
        QVERIFY(end.canceled);
        QVERIFY(end.files.isEmpty());
        QVERIFY(end.error.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(page.exportedFiles().isEmpty());
        QVERIFY(!page.openButton()->isVisibleTo(&page));
        QVERIFY(page.messageBar()->isVisibleTo(&page));
        QCOMPARE(page.messageBar()->kind(), MessageBar::Kind::Information);
        QVERIFY(page.messageBar()->text().contains(u"canceled"_s));
        // The page exports again afterwards.
        QVERIFY(page.exportButton()->isEnabled());
    }

    void cancelAfterTheWritingRemovesWhatWasWritten()
    {
        keepNovember(ReportScopePanel::Output::CsvFolder);
        ReportsPage page;
        page.setWorkspace(m_shop);
        QVERIFY(waitUntilReady(page));
        const QString path = m_dir.filePath(u"written-then-canceled"_s);
        QSignalSpy finished(&page, &ReportsPage::exportFinished);
        page.exportTo(path);
        // The worker ends and its result waits in the event queue: the tables are written.
        QThreadPool::globalInstance()->waitForDone();
        QVERIFY(QFileInfo(path).isDir());
        QVERIFY(!QDir(path).entryList(QDir::Files).isEmpty());
        page.cancelExport();
        const ExportEnd end = waitForExport(page, finished);
        QVERIFY(end.ended);
        QVERIFY(end.canceled);
        QVERIFY(end.files.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
    }

    void anUnwritablePlaceIsNamed()
    {
        ReportsPage page;
        page.resize(1280, 800);
        page.show();
        page.setWorkspace(m_shop);
        QVERIFY(waitUntilReady(page));
        // A file stands where the folder should be.
        QFile blocker(m_dir.filePath(u"not-a-folder"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = m_dir.filePath(u"not-a-folder/report.pdf"_s);
        QSignalSpy finished(&page, &ReportsPage::exportFinished);
        page.exportTo(path);
        const ExportEnd end = waitForExport(page, finished);
        QVERIFY(end.ended);
        QVERIFY(!end.error.isEmpty());
        QVERIFY(end.files.isEmpty());
        QVERIFY(page.messageBar()->isVisibleTo(&page));
        QCOMPARE(page.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(page.messageBar()->text().contains(QDir::toNativeSeparators(path)),
                 qPrintable(page.messageBar()->text()));
        QVERIFY(!page.openButton()->isVisibleTo(&page));
    }

    void emptyWorkspaceSaysWhatToImport()
    {
        auto created = Workspace::create(m_dir.filePath(u"empty.flowdeck"_s));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        ReportsPage page;
        page.show();
        page.setWorkspace(*created);
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.pageStack()->state(), PageStack::State::Empty);
        QVERIFY(!page.exportAction()->isEnabled());
        QPushButton *button = page.pageStack()->emptyStateButton();
        QVERIFY(button->isVisibleTo(&page));
        QCOMPARE(button->text(), u"Import Git History…"_s);
        QSignalSpy imports(&page, &ReportsPage::importHistoryRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(imports.count(), 1);

        // The page goes blank without a workspace, and is ready at once.
        page.setWorkspace(nullptr);
        QVERIFY(page.isReady());
        QCOMPARE(page.pageStack()->state(), PageStack::State::Blank);
    }

    void theGuiStaysResponsive()
    {
        auto created = Workspace::create(m_dir.filePath(u"big.flowdeck"_s));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        std::shared_ptr<Workspace> big = *created;
        const QString failed = buildBigShop(*big);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(keepScope(*big, QDate(2022, 11, 29), QDate(2023, 11, 28)));

        ReportsPage page;
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        GapMeter meter;
        QStringList gaps;
        // Generous: the machines that run the tests are slow and shared; gathering on the GUI thread takes seconds.
        constexpr qint64 maxGapMs = 200;
        const auto measure = [&](const char *what, const std::function<void()> &act,
                                 const std::function<bool()> &done) {
            QElapsedTimer clock;
            clock.start();
            meter.start();
            act();
            const bool finished = spin(done, 120'000);
            const qint64 longest = meter.stop();
            gaps.append(u"%1: %2 ms of %3 ms"_s.arg(QLatin1StringView(what)).arg(longest).arg(clock.elapsed()));
            return finished && longest < maxGapMs;
        };
        QVERIFY2(measure(
                     "load", [&] { page.setWorkspace(big); }, [&] { return page.isReady(); }),
                 qPrintable(gaps.join(u", "_s)));
        QVERIFY(page.preview()->pageCount() > 0);
        QVERIFY2(
            measure(
                "rebuild", [&] { serviceAction(page, u"service-0"_s)->trigger(); }, [&] { return page.isReady(); }),
            qPrintable(gaps.join(u", "_s)));
        QCOMPARE(page.previewScope().serviceIds.size(), 1);
        QSignalSpy finished(&page, &ReportsPage::exportFinished);
        const QString path = m_dir.filePath(u"big.pdf"_s);
        QVERIFY2(measure(
                     "export", [&] { page.exportTo(path); }, [&] { return finished.count() > 0; }),
                 qPrintable(gaps.join(u", "_s)));
        QVERIFY2(finished.first().at(1).toString().isEmpty(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(QFileInfo(path).size() > 1000);
        qInfo("Longest gaps of the event loop: %s", qPrintable(gaps.join(u", "_s)));
    }
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
