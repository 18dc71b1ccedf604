// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "ciconnections.h"
#include "demoworkspace.h"
#include "historyimport.h"
#include "pagebar.h"
#include "pageregistry.h"
#include "recentworkspaces.h"
#include "settingsdialog.h"
#include "taskindicator.h"
#include "taskprogress.h"
#include "teamworkspacedialog.h"
#include "workspacestatus.h"

#include "common/background.h"
#include "common/messagebar.h"
#include "common/page.h"
#include "common/vectoricon.h"
#include "environments/environmentspage.h"
#include "history/addrepositorydialog.h"
#include "history/historypage.h"
#include "metrics/metricspage.h"
#include "overview/overviewpage.h"
#include "pipelines/pipelinegraphpanel.h"
#include "pipelines/pipelinespage.h"
#include "reports/reportspage.h"
#include "secrets/keychain.h"
#include "store/changelistener.h"
#include "store/workspace.h"
#include "valuestream/valuestreampage.h"
#include "version.h"
#include "welcome/welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

const QString geometryKey = u"mainWindow/geometry"_s;
const QString stateKey = u"mainWindow/state"_s;
constexpr int statusMessageMs = 8000;
// How long changes made elsewhere must pause before the pages reload.
constexpr int changesSettleMs = 1000;
constexpr QSize defaultWindowSize(1400, 900);

QString workspaceFilter()
{
    return MainWindow::tr("Flowdeck workspaces (*.%1)").arg(QLatin1StringView(store::Workspace::fileSuffix));
}

QString withWorkspaceSuffix(const QString &path)
{
    const QString suffix = u'.' + QLatin1StringView(store::Workspace::fileSuffix);
    return path.endsWith(suffix, Qt::CaseInsensitive) ? path : path + suffix;
}

// The local .flowdeck file among dropped URLs, or an empty string.
QString droppedWorkspace(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() &&
            QFileInfo(path).suffix().compare(QLatin1StringView(store::Workspace::fileSuffix), Qt::CaseInsensitive) == 0)
            return path;
    }
    return {};
}

// A database: the recent workspaces on a server next to those in files.
QIcon serverIcon(const QColor &colour)
{
    return views::vectorIcon(colour, [](const views::IconCanvas &canvas) {
        QPainter *painter = canvas.painter;
        painter->setPen(canvas.pen(1.2, 14.0));
        const qreal left = 0.2;
        const qreal right = 0.8;
        const qreal rim = 0.1;
        for (const qreal y : {0.2, 0.5, 0.8}) {
            const QRectF ellipse(canvas.at(left, y - rim), canvas.at(right, y + rim));
            if (y == 0.2)
                painter->drawEllipse(ellipse);
            else
                painter->drawArc(ellipse, 180 * 16, 180 * 16);
        }
        painter->drawLine(canvas.at(left, 0.2), canvas.at(left, 0.8));
        painter->drawLine(canvas.at(right, 0.2), canvas.at(right, 0.8));
    });
}

// The canonical form of a server address, to tell whether it names the open workspace; empty when it does not parse.
QString canonicalAddress(const QString &address)
{
    auto parsed = store::Workspace::parseServerAddress(address);
    return parsed ? parsed->toString() : QString();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_central(new QStackedWidget(this))
    , m_welcome(new views::WelcomePage(this))
    , m_messageBar(new views::MessageBar(this))
    , m_status(new WorkspaceStatus(this))
    , m_tasks(new TaskIndicator(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_changesSettled(new QTimer(this))
    , m_historyImport(new HistoryImport(m_tasks, this))
    , m_ciConnections(new CiConnections(m_tasks, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Flowdeck"));
    setAcceptDrops(true);

    createPages();

    m_central->addWidget(m_welcome);
    m_central->addWidget(m_workspaceView);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *messageArea = new QVBoxLayout;
    messageArea->setContentsMargins(8, 8, 8, 0);
    messageArea->addWidget(m_messageBar);
    layout->addLayout(messageArea);
    layout->addWidget(m_central, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_status);
    statusBar()->addPermanentWidget(m_tasks);
    m_changesSettled->setSingleShot(true);
    m_changesSettled->setInterval(changesSettleMs);
    connect(m_changesSettled, &QTimer::timeout, this, &MainWindow::showChangesMadeElsewhere);

    connect(m_welcome, &views::WelcomePage::openDemoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &views::WelcomePage::newWorkspaceRequested, this, &MainWindow::chooseNewWorkspace);
    connect(m_welcome, &views::WelcomePage::openWorkspaceRequested, this, &MainWindow::chooseWorkspaceToOpen);
    connect(m_welcome, &views::WelcomePage::openTeamWorkspaceRequested, this, [this] { openTeamWorkspace(); });
    connect(m_welcome, &views::WelcomePage::openRecentRequested, this,
            [this](const QString &path) { openWorkspace(path); });

    createMenus();
    updateRecentWorkspaces();
    setWorkspace(nullptr);
}

MainWindow::~MainWindow()
{
    // Workers keep their own references and their results are dropped with this window; asking them to stop
    // lets the application exit promptly.
    m_tasks->cancelAll();
}

void MainWindow::createPages()
{
    m_pageBar = new PageBar(this);

    m_pageStack = new QStackedWidget(this);
    const QList<PageEntry> &entries = pageRegistry();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const PageEntry &entry = entries[i];
        views::Page *page = entry.create(m_pageStack);
        page->setObjectName(entry.id + u"Page"_s);
        m_pageStack->addWidget(page);
        m_pages.append(page);
        m_pageGenerations.append(0);
        if (QUndoStack *stack = page->undoStack())
            m_undoGroup->addStack(stack);

        m_pageBar->addPage(QIcon(entry.iconPath), entry.label(),
                           i < 9 ? tr("%1 (Ctrl+%2)").arg(entry.label()).arg(i + 1) : entry.label());

        if (auto *overview = qobject_cast<views::OverviewPage *>(page))
            connect(overview, &views::OverviewPage::openDemoRequested, this, &MainWindow::openDemo);
        if (auto *environments = qobject_cast<views::EnvironmentsPage *>(page))
            connect(environments, &views::EnvironmentsPage::openDemoRequested, this, &MainWindow::openDemo);
        if (auto *history = qobject_cast<views::HistoryPage *>(page))
            connect(history, &views::HistoryPage::addRepositoryRequested, this, &MainWindow::addRepository);
        if (auto *valueStream = qobject_cast<views::ValueStreamPage *>(page))
            connect(valueStream, &views::ValueStreamPage::importHistoryRequested, this, &MainWindow::addRepository);
        if (auto *reports = qobject_cast<views::ReportsPage *>(page))
            connect(reports, &views::ReportsPage::importHistoryRequested, this, &MainWindow::addRepository);
        if (auto *metrics = qobject_cast<views::MetricsPage *>(page)) {
            connect(metrics, &views::MetricsPage::importHistoryRequested, this, &MainWindow::addRepository);
            connect(metrics, &views::MetricsPage::connectCiRequested, this,
                    [this] { m_ciConnections->showDialog(m_workspace); });
            connect(metrics, &views::MetricsPage::environmentsRequested, this,
                    [this] { showPage(pageIndex(u"environments"_s)); });
        }
    }
    connect(m_pageBar, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    m_workspaceView = new QWidget(this);
    auto *layout = new QHBoxLayout(m_workspaceView);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pageBar);
    auto *line = new QFrame(m_workspaceView);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    layout->addWidget(line);
    layout->addWidget(m_pageStack, 1);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Workspace…"), this, &MainWindow::chooseNewWorkspace);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspaceToOpen);
    openAction->setShortcut(QKeySequence::Open);
    QAction *openTeamAction = file->addAction(tr("Open &Team Workspace…"), this, [this] { openTeamWorkspace(); });
    openTeamAction->setObjectName(u"openTeamWorkspaceAction"_s);
    openTeamAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openTeamAction->setStatusTip(tr("Open a workspace the team shares on a PostgreSQL server"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    m_openDemoAction = file->addAction(tr("Open &Demo Workspace"), this, &MainWindow::openDemo);
    file->addSeparator();
    m_saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::chooseSaveCopyAs);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    m_saveAsAction->setObjectName(u"saveAsAction"_s);
    m_saveAsAction->setStatusTip(tr("Save a copy of the workspace under a new name and continue in the copy"));
    m_closeAction = file->addAction(tr("&Close Workspace"), this, &MainWindow::closeWorkspace);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    const QList<PageEntry> &entries = pageRegistry();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QAction *action = view->addAction(QIcon(entries[i].iconPath), entries[i].label());
        action->setCheckable(true);
        action->setData(int(i));
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { showPage(int(i)); });
    }

    QMenu *import = menuBar()->addMenu(tr("&Import"));
    m_addRepositoryAction = import->addAction(tr("Add &Repository…"), this, &MainWindow::addRepository);
    m_addRepositoryAction->setObjectName(u"addRepositoryAction"_s);
    m_addRepositoryAction->setStatusTip(tr("Add a git repository to the workspace and import its history"));
    m_importHistoryAction = import->addAction(tr("Import &History"), this, &MainWindow::importHistory);
    m_importHistoryAction->setObjectName(u"importHistoryAction"_s);
    m_importHistoryAction->setShortcut(QKeySequence::Refresh);
    m_importHistoryAction->setStatusTip(tr("Bring the history of every repository of the workspace up to date"));
    import->addSeparator();
    m_importPipelineAction = import->addAction(tr("Import &Pipeline…"), this, &MainWindow::importPipeline);
    m_importPipelineAction->setObjectName(u"importPipelineMenuAction"_s);
    m_importPipelineAction->setStatusTip(
        tr("Import a GitHub Actions, GitLab CI, Concourse or Flowdeck pipeline file into the workspace"));
    import->addSeparator();
    m_ciConnectionsAction =
        import->addAction(tr("CI &Connections…"), this, [this] { m_ciConnections->showDialog(m_workspace); });
    m_ciConnectionsAction->setObjectName(u"ciConnectionsAction"_s);
    m_ciConnectionsAction->setStatusTip(
        tr("Connect GitHub, GitLab or Jenkins, and correct which stage each job counts for"));
    m_syncCiAction = import->addAction(tr("&Sync CI History"), this, [this] { m_ciConnections->sync(m_workspace); });
    m_syncCiAction->setObjectName(u"syncCiAction"_s);
    m_syncCiAction->setStatusTip(tr("Fetch the new runs, jobs and deployments of every CI connection"));
    connect(m_ciConnections, &CiConnections::runningChanged, this, &MainWindow::updateActions);
    connect(m_ciConnections, &CiConnections::runningChanged, this, [this](bool running) {
        if (!running)
            reloadPages();
    });
    connect(m_ciConnections, &CiConnections::workspaceEdited, this, &MainWindow::reloadPages);
    connect(m_ciConnections, &CiConnections::succeeded, this,
            [this](const QString &message, const QStringList &details) {
                m_messageBar->showMessage(message, views::MessageBar::Kind::Information, details);
            });
    connect(m_ciConnections, &CiConnections::failed, this, [this](const QString &message, const QStringList &details) {
        m_messageBar->showMessage(message, views::MessageBar::Kind::Error, details);
        Q_EMIT errorShown(message);
    });
    connect(m_ciConnections, &CiConnections::canceled, this,
            [this](const QString &message) { statusBar()->showMessage(message, statusMessageMs); });
    connect(m_historyImport, &HistoryImport::runningChanged, this, &MainWindow::updateActions);
    connect(m_historyImport, &HistoryImport::runningChanged, this, [this](bool running) {
        if (!running && m_changedDuringTask)
            m_changesSettled->start();
    });
    connect(m_ciConnections, &CiConnections::runningChanged, this, [this](bool running) {
        if (!running && m_changedDuringTask)
            m_changesSettled->start();
    });
    connect(m_historyImport, &HistoryImport::succeeded, this, [this](const QString &message) {
        reloadPages();
        m_messageBar->showMessage(message, views::MessageBar::Kind::Information);
    });
    connect(m_historyImport, &HistoryImport::canceled, this, [this](const QString &message) {
        reloadPages();
        statusBar()->showMessage(message, statusMessageMs);
    });
    connect(m_historyImport, &HistoryImport::failed, this, [this](const QString &message) {
        reloadPages();
        showError(message);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Flowdeck"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::restoreSession()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        QSize size = defaultWindowSize;
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    restoreState(settings.value(stateKey).toByteArray());
}

bool MainWindow::openWorkspace(const QString &path)
{
    m_openRequests.invalidate();
    if (store::Workspace::isServerAddress(path)) {
        const QString address = canonicalAddress(path);
        if (address.isEmpty()) {
            auto parsed = store::Workspace::parseServerAddress(path);
            RecentWorkspaces::remove(path);
            updateRecentWorkspaces();
            showError(parsed.errorMessage());
            return false;
        }
        if (m_workspace && m_workspace->path() == address) {
            remember(address);
            return true;
        }
        openTeamWorkspace(address);
        return false;
    }
    if (m_workspace && QFileInfo(path).absoluteFilePath() == m_workspace->path()) {
        remember(m_workspace->path());
        return true;
    }
    auto opened = store::Workspace::open(path);
    if (!opened) {
        if (!QFileInfo::exists(path)) {
            RecentWorkspaces::remove(path);
            updateRecentWorkspaces();
        }
        showError(opened.errorMessage());
        return false;
    }
    setWorkspace(std::move(*opened));
    return true;
}

void MainWindow::openWorkspace(std::shared_ptr<store::Workspace> workspace)
{
    m_openRequests.invalidate();
    if (workspace)
        setWorkspace(std::move(workspace));
}

void MainWindow::openTeamWorkspace(const QString &address)
{
    if (m_teamDialog) {
        m_teamDialog->raise();
        m_teamDialog->activateWindow();
        return;
    }
    auto *dialog = new TeamWorkspaceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_teamDialog = dialog;
    bool connectNow = false;
    if (!address.isEmpty()) {
        if (auto parsed = store::Workspace::parseServerAddress(address)) {
            dialog->setAddress(*parsed);
            // With its password in the keychain, the workspace opens without a question; the dialog shows the
            // connecting, with Cancel, and an error if there is one.
            auto stored = secrets::Keychain().read(store::Workspace::keychainKey(address));
            connectNow = stored && *stored;
        }
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString keychainProblem = dialog->keychainProblem();
        openWorkspace(dialog->workspace());
        if (!keychainProblem.isEmpty()) {
            showError(tr("The workspace is open, but its password could not be kept in the keychain: you will be "
                         "asked for it next time. %1")
                          .arg(keychainProblem));
        }
    });
    dialog->open();
    if (connectNow)
        dialog->connectToServer();
}

TeamWorkspaceDialog *MainWindow::teamWorkspaceDialog() const
{
    return m_teamDialog.data();
}

bool MainWindow::createWorkspace(const QString &path)
{
    m_openRequests.invalidate();
    auto created = store::Workspace::create(path);
    if (!created) {
        showError(created.errorMessage());
        return false;
    }
    setWorkspace(std::move(*created));
    return true;
}

void MainWindow::openDemo()
{
    if (m_demoTask)
        return;
    const quint64 request = m_openRequests.start();
    auto task = std::make_shared<TaskProgress>(tr("Preparing the demo workspace"));
    m_demoTask = task;
    m_tasks->track(task);
    m_welcome->setDemoBusy(true);
    updateActions();

    views::runInBackground(
        this, [task] { return DemoWorkspace::ensureCached(task->control()); },
        [this, task, request](const Result<QString> &prepared) {
            m_tasks->finish(task);
            m_demoTask.reset();
            m_welcome->setDemoBusy(false);
            updateActions();
            if (!prepared) {
                if (task->isCanceled())
                    statusBar()->showMessage(tr("Preparing the demo workspace was canceled."), statusMessageMs);
                else
                    showError(tr("The demo workspace could not be prepared. %1").arg(prepared.errorMessage()));
                Q_EMIT demoNotOpened();
                return;
            }
            // Something else was opened meanwhile: the user's later choice wins.
            if (!m_openRequests.isLatest(request)) {
                Q_EMIT demoNotOpened();
                return;
            }
            if (!openWorkspace(*prepared))
                Q_EMIT demoNotOpened();
        });
}

void MainWindow::saveCopyAs(const QString &path)
{
    if (!m_workspace)
        return;
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == m_workspace->path()) {
        showError(tr("Cannot save a copy as %1: that is the open workspace itself. Choose another name.")
                      .arg(QDir::toNativeSeparators(target)));
        return;
    }
    const quint64 request = m_openRequests.start();
    auto task = std::make_shared<TaskProgress>(tr("Saving a copy as %1").arg(QFileInfo(target).completeBaseName()));
    m_tasks->track(task);
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    views::runInBackground(
        this, [workspace, target] { return workspace->saveCopyAs(target); },
        [this, task, target, request](const Result<void> &saved) {
            m_tasks->finish(task);
            if (!saved) {
                showError(saved.errorMessage());
                return;
            }
            if (m_openRequests.isLatest(request))
                openWorkspace(target);
            else
                statusBar()->showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(target)),
                                         statusMessageMs);
        });
}

void MainWindow::closeWorkspace()
{
    m_openRequests.invalidate();
    if (!m_workspace)
        return;
    setWorkspace(nullptr);
    if (m_remembersSession)
        RecentWorkspaces::setLastOpen({});
}

void MainWindow::setWorkspace(std::shared_ptr<store::Workspace> workspace)
{
    if (m_workspace != workspace) {
        m_ciConnections->closeDialog();
        delete m_changeListener;
        m_changeListener = nullptr;
        m_changesSettled->stop();
        m_changedDuringTask = false;
    }
    m_workspace = std::move(workspace);
    listenForChangesElsewhere();
    ++m_workspaceGeneration;
    // Edits of the previous workspace cannot be undone in this one.
    for (views::Page *page : std::as_const(m_pages)) {
        if (QUndoStack *stack = page->undoStack())
            stack->clear();
    }
    m_messageBar->hide();

    // The visible page loads now; the others when they are first shown. Pages showing an earlier workspace
    // let go of it, so that its file is closed.
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (i == m_pageStack->currentIndex() && m_workspace) {
            ensurePageShowsWorkspace(int(i));
        } else if (m_pageGenerations[i] != 0) {
            m_pages[i]->setWorkspace(nullptr);
            m_pageGenerations[i] = 0;
        }
    }

    m_status->setWorkspace(m_workspace.get());
    if (m_workspace) {
        setWindowTitle(tr("%1 — Flowdeck").arg(m_workspace->displayName()));
        // A server's address is no file for the title bar to show.
        setWindowFilePath(m_workspace->engine() == store::Workspace::Engine::Sqlite ? m_workspace->path() : QString());
        m_central->setCurrentWidget(m_workspaceView);
        if (m_pageBar->currentRow() < 0)
            showPage(0);
        remember(m_workspace->path());
    } else {
        setWindowTitle(tr("Flowdeck"));
        setWindowFilePath({});
        m_central->setCurrentWidget(m_welcome);
    }
    updateRecentWorkspaces();
    updateActions();
    Q_EMIT workspaceChanged();
}

void MainWindow::remember(const QString &path)
{
    if (!m_remembersSession || DemoWorkspace::isCached(path))
        return;
    RecentWorkspaces::add(path);
    RecentWorkspaces::setLastOpen(path);
    updateRecentWorkspaces();
}

int MainWindow::currentPageIndex() const
{
    return m_pageStack->currentIndex();
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    m_pageStack->setCurrentIndex(index);
    m_undoGroup->setActiveStack(m_pages[index]->undoStack());
    {
        const QSignalBlocker blocker(m_pageBar);
        m_pageBar->setCurrentRow(index);
    }
    const QList<QAction *> actions = m_pageActions->actions();
    if (index < actions.size())
        actions[index]->setChecked(true);
    if (m_workspace)
        ensurePageShowsWorkspace(index);
}

void MainWindow::ensurePageShowsWorkspace(int index)
{
    if (m_pageGenerations[index] == m_workspaceGeneration)
        return;
    m_pageGenerations[index] = m_workspaceGeneration;
    m_pages[index]->setWorkspace(m_workspace);
}

bool MainWindow::isShowingWelcome() const
{
    return m_central->currentWidget() == m_welcome;
}

void MainWindow::updateRecentWorkspaces()
{
    const QStringList paths = RecentWorkspaces::paths();
    m_welcome->setRecentWorkspaces(paths);

    m_recentMenu->clear();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString &path = paths[i];
        const bool server = RecentWorkspaces::isServer(path);
        QString name = RecentWorkspaces::title(path).replace(u'&', u"&&"_s);
        if (server)
            name = tr("%1 (server)").arg(name);
        const QString native = server ? path : QDir::toNativeSeparators(path);
        QAction *action = m_recentMenu->addAction(i < 9 ? u"&%1 %2"_s.arg(i + 1).arg(name) : name, this,
                                                  [this, path] { openWorkspace(path); });
        if (server)
            action->setIcon(serverIcon(palette().color(QPalette::WindowText)));
        action->setStatusTip(native);
        action->setToolTip(native);
        action->setData(path);
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
        RecentWorkspaces::clear();
        updateRecentWorkspaces();
    });
    clear->setObjectName(u"clearRecentAction"_s);
    clear->setEnabled(!paths.isEmpty());
}

void MainWindow::updateActions()
{
    const bool open = m_workspace != nullptr;
    // A copy is written as a file, which only a file workspace can do so far.
    m_saveAsAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_pageActions->setEnabled(open);
    m_openDemoAction->setEnabled(!m_demoTask);
    const bool canImport = open && !m_workspace->isReadOnly() && !m_historyImport->isRunning();
    m_addRepositoryAction->setEnabled(canImport);
    m_importHistoryAction->setEnabled(canImport);
    m_importPipelineAction->setEnabled(open && !m_workspace->isReadOnly());
    m_ciConnectionsAction->setEnabled(open);
    m_syncCiAction->setEnabled(open && !m_workspace->isReadOnly() && !m_ciConnections->isSyncing());
}

void MainWindow::importPipeline()
{
    const int index = pageIndex(u"pipelines"_s);
    if (index < 0 || !m_workspace)
        return;
    showPage(index);
    // The page imports in its own way (file dialog, background import, its notes); its action knows when it can.
    if (auto *pipelines = qobject_cast<views::PipelinesPage *>(m_pages.value(index)))
        pipelines->panel()->importAction()->trigger();
}

void MainWindow::reloadPages()
{
    if (!m_workspace)
        return;
    m_status->refreshSources();
    ++m_workspaceGeneration;
    ensurePageShowsWorkspace(currentPageIndex());
}

void MainWindow::listenForChangesElsewhere()
{
    if (!m_workspace || m_changeListener || m_workspace->engine() != store::Workspace::Engine::PostgreSql)
        return;
    m_changeListener = new store::ChangeListener(m_workspace, this);
    connect(m_changeListener, &store::ChangeListener::changedElsewhere, m_changesSettled, qOverload<>(&QTimer::start));
    if (auto listening = m_changeListener->listen(); !listening)
        statusBar()->showMessage(listening.errorMessage(), statusMessageMs);
}

void MainWindow::showChangesMadeElsewhere()
{
    if (!m_workspace)
        return;
    // Reloading under this window's own import or sync would show it half done; it reloads when that ends.
    if (m_historyImport->isRunning() || m_ciConnections->isSyncing()) {
        m_changedDuringTask = true;
        return;
    }
    m_changedDuringTask = false;
    reloadPages();
    statusBar()->showMessage(tr("Updated with changes made elsewhere."), statusMessageMs);
}

void MainWindow::addRepository()
{
    if (!m_workspace || m_historyImport->isRunning())
        return;
    views::AddRepositoryDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_historyImport->addRepository(m_workspace, dialog.options());
}

void MainWindow::importHistory()
{
    if (m_workspace && !m_historyImport->isRunning())
        m_historyImport->importEveryRepository(m_workspace);
}

void MainWindow::showError(const QString &message)
{
    m_messageBar->showMessage(message, views::MessageBar::Kind::Error);
    Q_EMIT errorShown(message);
}

void MainWindow::showAbout()
{
    QString libraries;
    for (const QString &library : libraryVersions())
        libraries += u"<li>"_s + library.toHtmlEscaped() + u"</li>"_s;
    QMessageBox::about(this, tr("About Flowdeck"),
                       u"<h3>"_s + tr("Flowdeck %1").arg(applicationVersion()).toHtmlEscaped() + u"</h3><p>"_s +
                           tr("Release orchestration and value stream mapping.").toHtmlEscaped() + u"</p><p>"_s +
                           tr("Built with:").toHtmlEscaped() + u"</p><ul>"_s + libraries + u"</ul><p>"_s +
                           tr("Licensed under the GNU General Public License, version 3 or later.").toHtmlEscaped() +
                           u"</p>"_s);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

QString MainWindow::fileDialogDirectory() const
{
    if (m_workspace && m_workspace->engine() == store::Workspace::Engine::Sqlite &&
        !DemoWorkspace::isCached(m_workspace->path()))
        return QFileInfo(m_workspace->path()).absolutePath();
    for (const QString &recent : RecentWorkspaces::paths()) {
        if (!RecentWorkspaces::isServer(recent))
            return QFileInfo(recent).absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::chooseNewWorkspace()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("New Workspace"), QDir(fileDialogDirectory()).filePath(tr("workspace.flowdeck")), workspaceFilter());
    if (chosen.isEmpty())
        return;
    const QString path = withWorkspaceSuffix(chosen);
    // The dialog asked before replacing an existing file.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("Cannot replace %1: the file could not be removed.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    createWorkspace(path);
}

void MainWindow::chooseWorkspaceToOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Workspace"), fileDialogDirectory(), workspaceFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::chooseSaveCopyAs()
{
    if (!m_workspace)
        return;
    const QString suggestion =
        QDir(fileDialogDirectory()).filePath(tr("%1 copy.flowdeck").arg(m_workspace->displayName()));
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save Workspace As"), suggestion, workspaceFilter());
    if (chosen.isEmpty())
        return;
    const QString path = withWorkspaceSuffix(chosen);
    if (QFileInfo(path).absoluteFilePath() != m_workspace->path() && QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("Cannot replace %1: the file could not be removed.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    saveCopyAs(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_remembersSession) {
        QSettings settings;
        settings.setValue(geometryKey, saveGeometry());
        settings.setValue(stateKey, saveState());
    }
    m_tasks->cancelAll();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedWorkspace(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedWorkspace(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openWorkspace(path);
}

} // namespace flowdeck::app
