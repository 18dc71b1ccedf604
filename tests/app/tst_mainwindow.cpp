// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "common/messagebar.h"
#include "demoworkspace.h"
#include "language.h"
#include "mainwindow.h"
#include "pageregistry.h"
#include "recentworkspaces.h"
#include "settingsdialog.h"
#include "taskindicator.h"
#include "teamworkspacedialog.h"
#include "workspacestatus.h"

#include "ci/sync/cisources.h"
#include "common/page.h"
#include "demo/demogenerator.h"
#include "overview/environmentmatrixmodel.h"
#include "overview/recordspanmodel.h"
#include "scratchfile.h"
#include "store/workspace.h"
#include "welcome/welcomepage.h"
#include "workspacefile.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

using namespace flowdeck;
using namespace flowdeck::app;
using flowdeck::testing::countRows;
using flowdeck::testing::writeFile;
using namespace Qt::StringLiterals;

namespace {

constexpr int loadTimeoutMs = 30'000;

QString createEmptyWorkspace(const QString &path)
{
    auto created = store::Workspace::create(path);
    if (!created)
        qWarning() << created.errorMessage();
    return path;
}

QMimeData *fileUrls(const QStringList &paths)
{
    auto *mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime->setUrls(urls);
    return mime;
}

// Sends a drag over the window and drops it; returns whether the window accepted the drag.
bool dragAndDrop(MainWindow &window, const QStringList &paths)
{
    std::unique_ptr<QMimeData> mime(fileUrls(paths));
    const QPoint position = window.rect().center();
    QDragEnterEvent enter(position, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(position), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    return true;
}

QStringList recentMenuPaths(QMenu *menu)
{
    QStringList paths;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator() && !action->data().toString().isEmpty())
            paths.append(action->data().toString());
    }
    return paths;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void showsWelcomeWithoutWorkspace();
    void opensDemoAndOverviewShowsCounts();
    void dropOpensWorkspace();
    void recentWorkspaces();
    void refusedFileKeepsOpenWorkspace();
    void readOnlyWorkspaceShowsBadge();
    void statusBarShowsEachSourcesLastSync();
    void pageShortcuts();
    void closeReturnsToWelcome();
    void saveAsOpensTheCopy();
    void createWorkspaceOpensEmptyWorkspace();
    void importPipelineFromTheMenu();
    void openDemoGeneratesOnceAndReuses();
    void closingWhileWorkRuns();
    void remembersGeometry();
    void settingsStoreLanguage();
    void englishCountsInSingularAndPlural();

private:
    QTemporaryDir m_dir;
    QString m_demoPath;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Application::setIdentity();
    QVERIFY(m_dir.isValid());

    // A cache left by an earlier run would hide whether the demo is generated.
    const QString demoRoot =
        QFileInfo(QFileInfo(DemoWorkspace::cachePath(QDate::currentDate())).absolutePath()).absolutePath();
    QVERIFY(demoRoot.contains(u"qttest"_s));
    QDir(demoRoot).removeRecursively();

    m_demoPath = m_dir.filePath(u"petech.flowdeck"_s);
    auto workspace = store::Workspace::create(m_demoPath);
    QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
    auto generated = demo::generateDemo(**workspace);
    QVERIFY2(generated, qPrintable(generated.errorMessage()));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::showsWelcomeWithoutWorkspace()
{
    RecentWorkspaces::add(m_demoPath);
    MainWindow window;
    window.show();
    QVERIFY(window.isShowingWelcome());
    QVERIFY(!window.workspace());
    QCOMPARE(window.windowTitle(), u"Flowdeck"_s);
    QVERIFY(!window.workspaceStatus()->isVisible());

    const auto buttons = window.welcomePage()->findChildren<QCommandLinkButton *>(u"recentWorkspaceButton"_s);
    QCOMPARE(buttons.size(), 1);
    QCOMPARE(buttons.first()->text(), u"petech"_s);
    QVERIFY(window.welcomePage()->findChild<QCommandLinkButton *>(u"openDemoButton"_s));
    // The welcome page opens the team workspace dialog, too.
    auto *team = window.welcomePage()->findChild<QCommandLinkButton *>(u"openTeamWorkspaceButton"_s);
    QVERIFY(team);
    QTest::mouseClick(team, Qt::LeftButton);
    QTRY_VERIFY(window.teamWorkspaceDialog() && window.teamWorkspaceDialog()->isVisible());
    window.teamWorkspaceDialog()->reject();

    // A team workspace in the list shows as database@host with its address, never as a missing file; the page asks
    // no server for it.
    RecentWorkspaces::add(u"postgresql://ana@db.example.com:5433/petech"_s);
    RecentWorkspaces::add(m_demoPath);
    window.welcomePage()->setRecentWorkspaces(RecentWorkspaces::paths());
    const auto listed = window.welcomePage()->findChildren<QCommandLinkButton *>(u"recentWorkspaceButton"_s);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(1)->text(), u"petech@db.example.com"_s);
    QVERIFY2(listed.at(1)->description().contains(u"postgresql://ana@db.example.com:5433/petech"_s),
             qPrintable(listed.at(1)->description()));
    QVERIFY(!listed.at(1)->description().contains(u"not found"_s));
    RecentWorkspaces::remove(u"postgresql://ana@db.example.com:5433/petech"_s);
    window.welcomePage()->setRecentWorkspaces(RecentWorkspaces::paths());

    // Clicking the recent entry opens it.
    const auto current = window.welcomePage()->findChildren<QCommandLinkButton *>(u"recentWorkspaceButton"_s);
    QCOMPARE(current.size(), 1);
    QTest::mouseClick(current.first(), Qt::LeftButton);
    QVERIFY(window.workspace());
    QCOMPARE(window.workspace()->path(), QFileInfo(m_demoPath).absoluteFilePath());
    QVERIFY(!window.isShowingWelcome());
}

void TestMainWindow::opensDemoAndOverviewShowsCounts()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openWorkspace(m_demoPath));

    QCOMPARE(window.windowTitle(), u"petech — Flowdeck"_s);
    QCOMPARE(window.workspaceStatus()->nameText(), u"petech"_s);
    QCOMPARE(window.workspaceStatus()->engineText(), u"SQLite file"_s);
    QVERIFY(!window.workspaceStatus()->showsReadOnly());
    QCOMPARE(window.currentPageIndex(), pageIndex(u"overview"_s));

    views::Page *overview = window.currentPage();
    QVERIFY(overview);
    QTRY_VERIFY_WITH_TIMEOUT(overview->isReady(), loadTimeoutMs);

    auto *records = overview->findChild<QTableView *>(u"recordSpans"_s);
    QVERIFY(records);
    QAbstractItemModel *model = records->model();
    const QList<std::pair<int, QString>> expected = {
        {views::RecordSpanModel::CommitsRow, u"commits"_s},
        {views::RecordSpanModel::PipelineRunsRow, u"pipeline_runs"_s},
        {views::RecordSpanModel::JobsRow, u"jobs"_s},
        {views::RecordSpanModel::DeploymentsRow, u"deployments"_s},
        {views::RecordSpanModel::IncidentsRow, u"incidents"_s},
    };
    for (const auto &[row, table] : expected) {
        const qint64 count = countRows(m_demoPath, table);
        QVERIFY2(count > 0, qPrintable(table));
        const QModelIndex index = model->index(row, views::RecordSpanModel::CountColumn);
        QCOMPARE(model->data(index, views::RecordSpanModel::ValueRole).toLongLong(), count);
        QString shown = model->data(index, Qt::DisplayRole).toString();
        shown.remove(QRegularExpression(u"\\D"_s));
        QCOMPARE(shown, QString::number(count));
    }

    auto *matrix = overview->findChild<QTableView *>(u"environmentMatrix"_s);
    QVERIFY(matrix);
    QCOMPARE(qint64(matrix->model()->rowCount()), countRows(m_demoPath, u"services"_s));
    QCOMPARE(qint64(matrix->model()->columnCount()), countRows(m_demoPath, u"environments"_s) + 1);

    auto *latest = overview->findChild<QTableView *>(u"latestDeployments"_s);
    QVERIFY(latest);
    QCOMPARE(latest->model()->rowCount(), 10);
}

void TestMainWindow::dropOpensWorkspace()
{
    const QString other = createEmptyWorkspace(m_dir.filePath(u"dropped.flowdeck"_s));
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(m_demoPath));

    // Files that are not workspaces are not taken.
    const QString text = m_dir.filePath(u"notes.txt"_s);
    QVERIFY(writeFile(text, "hello"));
    QVERIFY(!dragAndDrop(window, {text}));
    QCOMPARE(window.workspace()->path(), QFileInfo(m_demoPath).absoluteFilePath());

    QSignalSpy changed(&window, &MainWindow::workspaceChanged);
    QVERIFY(dragAndDrop(window, {text, other}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(window.workspace()->path(), QFileInfo(other).absoluteFilePath());
    QCOMPARE(window.windowTitle(), u"dropped — Flowdeck"_s);
}

void TestMainWindow::recentWorkspaces()
{
    const QString first = createEmptyWorkspace(m_dir.filePath(u"first.flowdeck"_s));
    const QString second = createEmptyWorkspace(m_dir.filePath(u"second.flowdeck"_s));
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(first));
    QVERIFY(window.openWorkspace(second));

    const QStringList expected = {QFileInfo(second).absoluteFilePath(), QFileInfo(first).absoluteFilePath()};
    QCOMPARE(RecentWorkspaces::paths(), expected);
    QCOMPARE(recentMenuPaths(window.recentMenu()), expected);
    QCOMPARE(window.welcomePage()->recentWorkspaces(), expected);
    QCOMPARE(RecentWorkspaces::lastOpen(), expected.first());
    QVERIFY(window.recentMenu()->actions().first()->text().contains(u"second"_s));

    // Reopening the older one moves it to the front, without duplicating it.
    QVERIFY(window.openWorkspace(first));
    QCOMPARE(recentMenuPaths(window.recentMenu()), QStringList({expected[1], expected[0]}));

    // Triggering an entry of the menu opens it.
    window.recentMenu()->actions().at(1)->trigger();
    QCOMPARE(window.workspace()->path(), expected[0]);

    auto *clear = window.recentMenu()->findChild<QAction *>(u"clearRecentAction"_s);
    QVERIFY(clear);
    QVERIFY(clear->isEnabled());
    clear->trigger();
    QVERIFY(RecentWorkspaces::paths().isEmpty());
    QVERIFY(recentMenuPaths(window.recentMenu()).isEmpty());
    QVERIFY(window.welcomePage()->recentWorkspaces().isEmpty());
    clear = window.recentMenu()->findChild<QAction *>(u"clearRecentAction"_s);
    QVERIFY(clear && !clear->isEnabled());

    // The list survives the window: a new window shows what the settings hold.
    QVERIFY(window.openWorkspace(second));
    MainWindow another;
    QCOMPARE(recentMenuPaths(another.recentMenu()), QStringList{expected[0]});
}

void TestMainWindow::refusedFileKeepsOpenWorkspace()
{
    const QString bogus = m_dir.filePath(u"bogus.flowdeck"_s);
    QVERIFY(writeFile(bogus, "this is not an SQLite database, only text that happens to end in .flowdeck\n"));
    const QByteArray before = [&] {
        QFile f(bogus);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(m_demoPath));
    const auto previous = window.workspace();
    QSignalSpy errors(&window, &MainWindow::errorShown);

    QVERIFY(!window.openWorkspace(bogus));
    QCOMPARE(errors.count(), 1);
    QVERIFY(window.messageBar()->isVisible());
    QCOMPARE(window.messageBar()->kind(), views::MessageBar::Kind::Error);
    QVERIFY2(window.messageBar()->text().contains(bogus), qPrintable(window.messageBar()->text()));
    QVERIFY(window.messageBar()->text().contains(u"not"_s));
    QCOMPARE(window.workspace(), previous);
    QCOMPARE(window.windowTitle(), u"petech — Flowdeck"_s);
    QVERIFY(!RecentWorkspaces::paths().contains(QFileInfo(bogus).absoluteFilePath()));
    QFile after(bogus);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);

    // A file that vanished is refused too, and leaves the recent list.
    const QString gone = createEmptyWorkspace(m_dir.filePath(u"gone.flowdeck"_s));
    QVERIFY(window.openWorkspace(gone));
    QVERIFY(window.openWorkspace(m_demoPath));
    QVERIFY(QFile::remove(gone));
    QVERIFY(!window.openWorkspace(gone));
    QCOMPARE(errors.count(), 2);
    QVERIFY(window.messageBar()->text().contains(gone));
    QVERIFY(!RecentWorkspaces::paths().contains(QFileInfo(gone).absoluteFilePath()));
    QCOMPARE(window.workspace()->path(), QFileInfo(m_demoPath).absoluteFilePath());

    // The next successful open clears the message.
    QVERIFY(window.openWorkspace(m_demoPath));
    QVERIFY(window.messageBar()->isVisible());
    const QString other = createEmptyWorkspace(m_dir.filePath(u"after-error.flowdeck"_s));
    QVERIFY(window.openWorkspace(other));
    QVERIFY(!window.messageBar()->isVisible());
}

void TestMainWindow::readOnlyWorkspaceShowsBadge()
{
    const QString path = m_dir.filePath(u"readonly.flowdeck"_s);
    createEmptyWorkspace(path);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));

    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(path));
    QVERIFY(window.workspace()->isReadOnly());
    QVERIFY(window.workspaceStatus()->showsReadOnly());

    QVERIFY(window.openWorkspace(m_demoPath));
    QVERIFY(!window.workspaceStatus()->showsReadOnly());
}

void TestMainWindow::statusBarShowsEachSourcesLastSync()
{
    const QString path = m_dir.filePath(u"sources.flowdeck"_s);
    createEmptyWorkspace(path);
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(path));
    // No CI source: nothing about syncs.
    QCOMPARE(window.workspaceStatus()->syncText(), QString());

    CiSource github;
    github.provider = u"github"_s;
    github.project = u"petech/storefront"_s;
    github.lastSyncAt = QDateTime::currentMSecsSinceEpoch() - 3 * 3'600'000 - 60'000;
    QVERIFY(ci::saveSource(*window.workspace(), github));
    CiSource jenkins;
    jenkins.provider = u"jenkins"_s;
    jenkins.project = u"https://ci.petech.example/job/app/"_s;
    QVERIFY(ci::saveSource(*window.workspace(), jenkins));
    window.workspaceStatus()->refreshSources();
    const QString text = window.workspaceStatus()->syncText();
    QVERIFY2(text.contains(u"petech/storefront on GitHub: synced 3 h ago"_s), qPrintable(text));
    QVERIFY2(text.contains(u"app on Jenkins at ci.petech.example: never synced"_s), qPrintable(text));

    // A third source: summed up, each one in the tooltip.
    CiSource gitlab;
    gitlab.provider = u"gitlab"_s;
    gitlab.project = u"platform/payments"_s;
    QVERIFY(ci::saveSource(*window.workspace(), gitlab));
    window.workspaceStatus()->refreshSources();
    QVERIFY2(window.workspaceStatus()->syncText().startsWith(u"3 CI sources, last synced 3 h ago"_s),
             qPrintable(window.workspaceStatus()->syncText()));

    QVERIFY(window.openWorkspace(m_demoPath));
    QCOMPARE(window.workspaceStatus()->syncText(), QString());
}

void TestMainWindow::pageShortcuts()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Without a workspace the page shortcuts do nothing.
    const int pages = window.pageCount();
    QCOMPARE(pages, int(pageRegistry().size()));
    QList<QAction *> shortcuts;
    for (int i = 0; i < std::min(pages, 9); ++i) {
        const QKeySequence sequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i));
        QAction *found = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == sequence)
                found = action;
        }
        QVERIFY2(found, qPrintable(sequence.toString()));
        QCOMPARE(found->text(), pageRegistry()[i].label());
        shortcuts.append(found);
    }
    QVERIFY(!shortcuts.first()->isEnabled());

    QVERIFY(window.openWorkspace(m_demoPath));
    auto *bar = window.findChild<QListWidget *>(u"pageBar"_s);
    QVERIFY(bar);
    QCOMPARE(bar->count(), pages);
    for (int i = pages - 1; i >= 0 && i < 9; --i) {
        QSignalSpy triggered(shortcuts[i], &QAction::triggered);
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(triggered.count(), 1);
        QCOMPARE(window.currentPageIndex(), i);
        QCOMPARE(bar->currentRow(), i);
        QVERIFY(shortcuts[i]->isChecked());
    }
    // A number past the last page changes nothing.
    if (pages < 9) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + pages), Qt::ControlModifier);
        QCOMPARE(window.currentPageIndex(), 0);
    }
}

void TestMainWindow::closeReturnsToWelcome()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(m_demoPath));
    QVERIFY(!RecentWorkspaces::lastOpen().isEmpty());
    window.closeWorkspace();
    QVERIFY(window.isShowingWelcome());
    QVERIFY(!window.workspace());
    QCOMPARE(window.windowTitle(), u"Flowdeck"_s);
    QVERIFY(RecentWorkspaces::lastOpen().isEmpty());
    QCOMPARE(RecentWorkspaces::paths(), QStringList{QFileInfo(m_demoPath).absoluteFilePath()});
}

void TestMainWindow::saveAsOpensTheCopy()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(m_demoPath));
    const QString copy = m_dir.filePath(u"petech copy.flowdeck"_s);
    QSignalSpy changed(&window, &MainWindow::workspaceChanged);
    window.saveCopyAs(copy);
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, loadTimeoutMs);
    QCOMPARE(window.workspace()->path(), QFileInfo(copy).absoluteFilePath());
    QCOMPARE(window.windowTitle(), u"petech copy — Flowdeck"_s);
    for (const QString &table : {u"commits"_s, u"jobs"_s, u"deployments"_s})
        QCOMPARE(countRows(copy, table), countRows(m_demoPath, table));
    QCOMPARE(window.taskIndicator()->taskCount(), 0);

    // Saving onto an existing file is refused and keeps the copy open.
    QSignalSpy errors(&window, &MainWindow::errorShown);
    window.saveCopyAs(m_demoPath);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, loadTimeoutMs);
    QVERIFY(window.messageBar()->text().contains(m_demoPath));
    QCOMPARE(window.workspace()->path(), QFileInfo(copy).absoluteFilePath());
}

void TestMainWindow::createWorkspaceOpensEmptyWorkspace()
{
    MainWindow window;
    window.show();
    const QString path = m_dir.filePath(u"fresh.flowdeck"_s);
    QVERIFY(window.createWorkspace(path));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(window.windowTitle(), u"fresh — Flowdeck"_s);
    views::Page *overview = window.currentPage();
    QTRY_VERIFY_WITH_TIMEOUT(overview->isReady(), loadTimeoutMs);
    QCOMPARE(countRows(path, u"commits"_s), 0);

    // An existing file is never overwritten.
    QVERIFY(!window.createWorkspace(m_demoPath));
    QVERIFY(window.messageBar()->text().contains(m_demoPath));
    QCOMPARE(window.workspace()->path(), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::importPipelineFromTheMenu()
{
    MainWindow window;
    window.show();
    auto *action = window.findChild<QAction *>(u"importPipelineMenuAction"_s);
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    QVERIFY(window.createWorkspace(m_dir.filePath(u"pipelines.flowdeck"_s)));
    QVERIFY(action->isEnabled());

    // Import > Import Pipeline… shows the Pipelines page and asks there for the file.
    QString asked;
    QTimer::singleShot(0, this, [&asked] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        asked = dialog->windowTitle();
        dialog->reject();
    });
    action->trigger();
    QCOMPARE(asked, u"Import Pipeline"_s);
    QCOMPARE(window.currentPage(), window.page(pageIndex(u"pipelines"_s)));
}

void TestMainWindow::openDemoGeneratesOnceAndReuses()
{
    const QString cached = DemoWorkspace::cachePath(QDateTime::currentDateTimeUtc().date());
    QVERIFY(!QFileInfo::exists(cached));

    MainWindow window;
    window.show();
    QSignalSpy changed(&window, &MainWindow::workspaceChanged);
    window.openDemo();
    QVERIFY(window.isPreparingDemo());
    QCOMPARE(window.taskIndicator()->taskCount(), 1);
    QVERIFY(window.taskIndicator()->isVisible());
    // The window keeps handling events while the demo is generated.
    QVERIFY(!window.welcomePage()->findChild<QCommandLinkButton *>(u"openDemoButton"_s)->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, loadTimeoutMs);
    QVERIFY(!window.isPreparingDemo());
    QCOMPARE(window.taskIndicator()->taskCount(), 0);
    QCOMPARE(window.workspace()->path(), QFileInfo(cached).absoluteFilePath());
    QCOMPARE(countRows(cached, u"commits"_s), countRows(m_demoPath, u"commits"_s));
    QCOMPARE(countRows(cached, u"deployments"_s), countRows(m_demoPath, u"deployments"_s));
    // The cached demo is not a workspace worth remembering.
    QVERIFY(RecentWorkspaces::paths().isEmpty());

    // A second window reuses today's file instead of generating it again.
    const QDateTime written = QFileInfo(cached).lastModified();
    MainWindow second;
    QSignalSpy secondChanged(&second, &MainWindow::workspaceChanged);
    second.openDemo();
    QTRY_COMPARE_WITH_TIMEOUT(secondChanged.count(), 1, loadTimeoutMs);
    QCOMPARE(second.workspace()->path(), QFileInfo(cached).absoluteFilePath());
    QCOMPARE(QFileInfo(cached).lastModified(), written);
    QCOMPARE(QDir(QFileInfo(cached).absolutePath()).entryList({u"*.partial-*"_s}, QDir::Files), QStringList());
    QCOMPARE(second.windowTitle(), u"PETech demo — Flowdeck"_s);
}

void TestMainWindow::closingWhileWorkRuns()
{
    const QString cached = DemoWorkspace::cachePath(QDateTime::currentDateTimeUtc().date());
    QDir(QFileInfo(cached).absolutePath()).removeRecursively();

    // The Overview page is loading and the demo is being generated when the window goes.
    auto *window = new MainWindow;
    window->show();
    QVERIFY(window->openWorkspace(m_demoPath));
    window->openDemo();
    QTest::qWait(20);
    delete window;
    QVERIFY(QThreadPool::globalInstance()->waitForDone(loadTimeoutMs));
    QCoreApplication::processEvents();

    // The generation stopped or finished; either way no half-written file is left.
    const QStringList left = QDir(QFileInfo(cached).absolutePath()).entryList({u"*.partial-*"_s}, QDir::Files);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
}

void TestMainWindow::remembersGeometry()
{
    {
        MainWindow window;
        window.restoreSession();
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    MainWindow restored;
    restored.restoreSession();
    QCOMPARE(restored.size(), QSize(1000, 700));

    // A screenshot run leaves the settings alone.
    MainWindow screenshot;
    screenshot.setRemembersSession(false);
    screenshot.resize(800, 600);
    screenshot.show();
    QVERIFY(screenshot.openWorkspace(m_demoPath));
    screenshot.close();
    MainWindow after;
    after.restoreSession();
    QCOMPARE(after.size(), QSize(1000, 700));
    QVERIFY(RecentWorkspaces::paths().isEmpty());
}

void TestMainWindow::settingsStoreLanguage()
{
    QCOMPARE(Language::configured(), QString());
    {
        SettingsDialog dialog;
        QCOMPARE(dialog.selectedLanguage(), QString());
        dialog.selectLanguage(u"de"_s);
        dialog.accept();
    }
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"de"_s);
    QCOMPARE(Language::configured(), u"de"_s);
    QCOMPARE(Language::uiLocale().language(), QLocale::German);
    {
        SettingsDialog dialog;
        QCOMPARE(dialog.selectedLanguage(), u"de"_s);
        dialog.selectLanguage(QString());
        dialog.reject();
    }
    QCOMPARE(Language::configured(), u"de"_s);
    {
        SettingsDialog dialog;
        dialog.selectLanguage(QString());
        dialog.accept();
    }
    QCOMPARE(Language::configured(), QString());
    QVERIFY(!QSettings().contains(u"ui/language"_s));
}

void TestMainWindow::englishCountsInSingularAndPlural()
{
    // The sources spell a count's message once ("%n measured step(s)", "%n files changed"); in English the
    // translator gives each count its form, and in German the German one.
    const auto measured = [](int n) {
        return QCoreApplication::translate("flowdeck::views::ValueStreamPage", "%n measured step(s)", nullptr, n);
    };
    const auto changed = [](int n) {
        return QCoreApplication::translate("flowdeck::views::CommitTableModel", "%n files changed", nullptr, n);
    };
    const auto removeTranslators = [] {
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    };
    removeTranslators();
    Language::setConfigured(u"en"_s);
    Language::installTranslators();
    QCOMPARE(measured(1), u"1 measured step"_s);
    QCOMPARE(measured(13), u"13 measured steps"_s);
    QCOMPARE(measured(0), u"0 measured steps"_s);
    QCOMPARE(changed(1), u"1 file changed"_s);
    QCOMPARE(changed(2), u"2 files changed"_s);
    removeTranslators();

    Language::setConfigured(u"de"_s);
    Language::installTranslators();
    QVERIFY2(!measured(1).contains(u"step"_s), qPrintable(measured(1)));
    QVERIFY2(measured(1) != measured(2), qPrintable(measured(1) + u" / "_s + measured(2)));
    removeTranslators();
    Language::setConfigured(QString());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
