// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "common/messagebar.h"
#include "githttpserver.h"
#include "historyimport.h"
#include "mainwindow.h"
#include "pageregistry.h"
#include "postgresqltesting.h"
#include "taskindicator.h"
#include "taskprogress.h"

#include "git/storedcredentials.h"
#include "history/addrepositorydialog.h"
#include "history/commitdetailsview.h"
#include "history/committablemodel.h"
#include "history/historypage.h"
#include "scratchfile.h"
#include "store/workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace flowdeck;
using namespace flowdeck::app;
using flowdeck::testing::writeFile;
using namespace Qt::StringLiterals;

namespace {

constexpr int timeoutMs = 60'000;

// Runs git in `directory` with fixed identities and dates; returns its standard output, trimmed.
QString runGit(const QString &directory, const QStringList &arguments, int day = 1)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString date = u"2024-03-%1T10:00:00+01:00"_s.arg(day, 2, 10, QLatin1Char('0'));
    environment.insert(u"GIT_AUTHOR_NAME"_s, u"Ada"_s);
    environment.insert(u"GIT_AUTHOR_EMAIL"_s, u"ada@example.com"_s);
    environment.insert(u"GIT_COMMITTER_NAME"_s, u"Ada"_s);
    environment.insert(u"GIT_COMMITTER_EMAIL"_s, u"ada@example.com"_s);
    environment.insert(u"GIT_AUTHOR_DATE"_s, date);
    environment.insert(u"GIT_COMMITTER_DATE"_s, date);
    environment.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    environment.insert(u"HOME"_s, directory);
    process.setProcessEnvironment(environment);
    process.start(u"git"_s, arguments);
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        qWarning() << "git" << arguments << "failed:" << process.readAllStandardError();
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

void commit(const QString &repository, const QString &message, int day)
{
    runGit(repository, {u"add"_s, u"-A"_s}, day);
    runGit(repository, {u"commit"_s, u"-q"_s, u"-m"_s, message}, day);
}

views::HistoryPage *historyPage(MainWindow &window)
{
    return qobject_cast<views::HistoryPage *>(window.page(pageIndex(u"history"_s)));
}

QAction *action(MainWindow &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

} // namespace

class TestHistoryImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_repository;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::setIdentity();
        // Settings and caches of their own, so that the main window's suite can run at the same time.
        QCoreApplication::setApplicationName(u"Flowdeck history import test"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
        // Three commits on main: README, then src/main.cpp, then a changed README.
        m_repository = m_dir.filePath(u"shop"_s);
        QVERIFY(QDir().mkpath(m_repository + u"/src"_s));
        runGit(m_repository, {u"init"_s, u"-q"_s, u"-b"_s, u"main"_s});
        writeFile(m_repository + u"/README"_s, "Shop\n");
        commit(m_repository, u"Start the shop"_s, 1);
        writeFile(m_repository + u"/src/main.cpp"_s, "int main()\n{\n}\n");
        commit(m_repository, u"Add the program"_s, 2);
        writeFile(m_repository + u"/README"_s, "The shop\n");
        commit(m_repository, u"Name the shop"_s, 3);
        QCOMPARE(runGit(m_repository, {u"rev-list"_s, u"--all"_s, u"--count"_s}), u"3"_s);
    }

    void init() { QSettings().clear(); }

    void addRepositoryFromTheEmptyState()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.createWorkspace(m_dir.filePath(u"add.flowdeck"_s)));
        window.showPage(pageIndex(u"history"_s));
        views::HistoryPage *page = historyPage(window);
        QTRY_VERIFY(page->isReady());
        auto *button = page->findChild<QPushButton *>(u"addRepositoryButton"_s);
        QVERIFY(button->isVisible());
        QVERIFY(action(window, u"addRepositoryAction"_s)->isEnabled());

        // The button opens the dialog; the test fills it in and imports, as a user would.
        QSignalSpy running(window.historyImport(), &HistoryImport::runningChanged);
        QTimer::singleShot(0, this, [this] {
            auto *dialog = qobject_cast<views::AddRepositoryDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setFolder(m_repository);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(running.count() >= 1);
        QCOMPARE(running.first().first().toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(running.count(), 2, timeoutMs);
        QVERIFY(!window.historyImport()->isRunning());
        QCOMPARE(window.taskIndicator()->taskCount(), 0);

        QCOMPARE(window.messageBar()->kind(), views::MessageBar::Kind::Information);
        QCOMPARE(window.messageBar()->text(), u"Imported shop: 3 new commits, 3 in all."_s);
        // The page read the workspace again and lists what git lists, newest first.
        QTRY_VERIFY(page->isReady());
        const QStringList subjects =
            runGit(m_repository, {u"log"_s, u"--all"_s, u"--format=%s"_s}).split(u'\n', Qt::SkipEmptyParts);
        const QAbstractItemModel *model = page->commitModel();
        QTRY_COMPARE(model->rowCount(), int(subjects.size()));
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, views::CommitTableModel::SummaryColumn).data().toString(), subjects[row]);
        // The newest commit's files and lines, as git's numstat counts them.
        QTRY_COMPARE(page->detailsView()->commitId(),
                     model->index(0, 0).data(views::CommitTableModel::IdRole).toLongLong());
        const QString numstat = runGit(m_repository, {u"show"_s, u"--numstat"_s, u"--format="_s, u"HEAD"_s});
        QCOMPARE(numstat, u"1\t1\tREADME"_s);
        const QAbstractItemModel *files = page->findChild<QTableView *>(u"files"_s)->model();
        QCOMPARE(files->rowCount(), 1);
        QCOMPARE(files->index(0, 0).data().toString(), u"README"_s);
        QCOMPARE(files->index(0, 1).data().toString(), u"+1"_s);
        QCOMPARE(files->index(0, 2).data().toString(), u"−1"_s);

        // Import History brings what is new.
        writeFile(m_repository + u"/src/cart.cpp"_s, "// cart\n");
        commit(m_repository, u"Add the cart"_s, 4);
        QAction *importHistory = action(window, u"importHistoryAction"_s);
        QVERIFY(importHistory->isEnabled());
        importHistory->trigger();
        QVERIFY(!importHistory->isEnabled());
        QVERIFY(!action(window, u"addRepositoryAction"_s)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(running.count(), 4, timeoutMs);
        QVERIFY(importHistory->isEnabled());
        QCOMPARE(window.messageBar()->text(), u"Imported shop: 1 new commit, 4 in all."_s);
        QTRY_COMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(0, views::CommitTableModel::SummaryColumn).data().toString(), u"Add the cart"_s);
    }

    void importFromACloneUrl()
    {
        const QString bare = m_dir.filePath(u"remote.git"_s);
        runGit(m_dir.path(), {u"clone"_s, u"-q"_s, u"--bare"_s, m_repository, bare});
        MainWindow window;
        window.show();
        QVERIFY(window.createWorkspace(m_dir.filePath(u"url.flowdeck"_s)));
        QSignalSpy succeeded(window.historyImport(), &HistoryImport::succeeded);
        git::GitImportOptions options;
        options.source = u"file://"_s + bare;
        options.cloneDirectory = m_dir.filePath(u"clones"_s);
        window.historyImport()->addRepository(window.workspace(), options);
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, timeoutMs);
        const QString expected = runGit(bare, {u"rev-list"_s, u"--all"_s, u"--count"_s});
        QCOMPARE(succeeded.first().first().toString(), u"Imported remote: %1 new commits, %1 in all."_s.arg(expected));
    }

    // An import into a team workspace on the test server: the worker thread's own connection to the server stores
    // the commits git counts.
    void importIntoATeamWorkspace()
    {
        testing::PostgreSqlTestDatabase database(u"history_import"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto created = store::Workspace::create(database.address(), database.options());
        QVERIFY2(created, qPrintable(created.errorMessage()));
        MainWindow window;
        window.show();
        window.openWorkspace(*created);
        QCOMPARE(window.workspace(), *created);
        QSignalSpy succeeded(window.historyImport(), &HistoryImport::succeeded);
        git::GitImportOptions options;
        options.source = m_repository;
        window.historyImport()->addRepository(window.workspace(), options);
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, timeoutMs);
        const QString commits = runGit(m_repository, {u"rev-list"_s, u"--all"_s, u"--count"_s});
        QCOMPARE(succeeded.first().first().toString(), u"Imported shop: %1 new commits, %1 in all."_s.arg(commits));
        QCOMPARE(database.scalar(u"SELECT count(*) FROM commits"_s).toString(), commits);
        const QString head = runGit(m_repository, {u"rev-parse"_s, u"HEAD"_s});
        QCOMPARE(database.scalar(u"SELECT summary FROM commits WHERE oid = '%1'"_s.arg(head)).toString(),
                 runGit(m_repository, {u"log"_s, u"-1"_s, u"--format=%s"_s}));
        window.closeWorkspace();
    }

    void signInAndRemember()
    {
        // A server that wants a password: the window asks, signs in, and keeps the answer in the keychain.
        const QString served = m_dir.filePath(u"served"_s);
        runGit(m_dir.path(), {u"clone"_s, u"-q"_s, u"--mirror"_s, m_repository, served + u"/private.git"_s});
        testing::GitHttpServer server(served, u"dana"_s, u"pa55 wörd"_s);
        QVERIFY(server.isListening());
        const QString url = server.url(u"private.git"_s);
        const secrets::Keychain keychain;
        auto before = git::storedCredential(keychain, url);
        QVERIFY2(before, qPrintable(before.errorMessage()));
        QVERIFY(!before->has_value());

        int asked = 0;
        QTimer answerer;
        QObject::connect(&answerer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != u"signInDialog"_s)
                return;
            ++asked;
            // The first answer is wrong: the second question says it was refused.
            const bool first = asked == 1;
            dialog->findChild<QLineEdit *>(u"userName"_s)->setText(u"dana"_s);
            dialog->findChild<QLineEdit *>(u"secret"_s)->setText(first ? u"typo"_s : u"pa55 wörd"_s);
            if (!first) {
                const QString intro = dialog->findChild<QLabel *>()->text();
                if (!intro.contains(u"did not accept"_s))
                    QTest::qFail(qPrintable(u"The second question should say why: "_s + intro), __FILE__, __LINE__);
            }
            QVERIFY(dialog->findChild<QCheckBox *>(u"remember"_s)->isChecked());
            dialog->accept();
        });
        answerer.start(20);

        for (const QString &name : {u"private-1"_s, u"private-2"_s}) {
            MainWindow window;
            window.show();
            QVERIFY(window.createWorkspace(m_dir.filePath(name + u".flowdeck"_s)));
            QSignalSpy succeeded(window.historyImport(), &HistoryImport::succeeded);
            QSignalSpy failed(window.historyImport(), &HistoryImport::failed);
            git::GitImportOptions options;
            options.source = url;
            options.cloneDirectory = m_dir.filePath(name + u"-clones"_s);
            window.historyImport()->addRepository(window.workspace(), options);
            QTRY_COMPARE_WITH_TIMEOUT(succeeded.count() + failed.count(), 1, timeoutMs);
            QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
            const QString expected = runGit(served + u"/private.git"_s, {u"rev-list"_s, u"--all"_s, u"--count"_s});
            QCOMPARE(succeeded.first().first().toString(),
                     u"Imported private: %1 new commits, %1 in all."_s.arg(expected));
        }
        // Asked twice for the first import; the second one signed in from the keychain without asking.
        QCOMPARE(asked, 2);
        auto stored = git::storedCredential(keychain, url);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QVERIFY(stored->has_value());
        QCOMPARE((*stored)->username, u"dana"_s);
        QCOMPARE((*stored)->secret, u"pa55 wörd"_s);
        QVERIFY(git::forgetCredential(keychain, url));
    }

    void failuresAreShownOnce()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.createWorkspace(m_dir.filePath(u"fail.flowdeck"_s)));
        QSignalSpy errors(&window, &MainWindow::errorShown);
        git::GitImportOptions options;
        options.source = m_dir.filePath(u"nowhere"_s);
        window.historyImport()->addRepository(window.workspace(), options);
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, timeoutMs);
        QCOMPARE(window.messageBar()->kind(), views::MessageBar::Kind::Error);
        const QString message = window.messageBar()->text();
        QVERIFY2(message.startsWith(u"The import did not complete.\nnowhere: "_s), qPrintable(message));
        QVERIFY(action(window, u"addRepositoryAction"_s)->isEnabled());
    }

    void readOnlyWorkspaceCannotImport()
    {
        const QString path = m_dir.filePath(u"readonly.flowdeck"_s);
        QVERIFY(store::Workspace::create(path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        MainWindow window;
        QVERIFY(window.openWorkspace(path));
        QVERIFY(window.workspace()->isReadOnly());
        QVERIFY(!action(window, u"addRepositoryAction"_s)->isEnabled());
        QVERIFY(!action(window, u"importHistoryAction"_s)->isEnabled());
    }

    void statusBarShowsRateAndTimeLeft()
    {
        TaskIndicator indicator;
        indicator.show();
        auto task = std::make_shared<TaskProgress>(u"Importing shop"_s);
        task->setRateFormat(u"%1 commits/s"_s);
        indicator.track(task);
        auto *rate = indicator.findChild<QLabel *>(u"taskRate"_s);
        QVERIFY(rate);
        task->control().report(0, 1000);
        QTest::qWait(1100);
        // 250 commits in a little over a second: under 250 commits/s, and 750 left take about 3 s more.
        task->control().report(250, 1000);
        QTRY_VERIFY(rate->text().contains(u"commits/s"_s));
        static const QRegularExpression shape(u"^(\\d+) commits/s · (\\d+) s left$"_s);
        const QRegularExpressionMatch match = shape.match(rate->text());
        QVERIFY2(match.hasMatch(), qPrintable(rate->text()));
        const int perSecond = match.captured(1).toInt();
        QVERIFY2(perSecond > 50 && perSecond <= 250, qPrintable(rate->text()));
        // The time left comes from the unrounded rate: within a second of what the shown rate gives.
        QVERIFY2(std::abs(match.captured(2).toInt() - 750 / perSecond) <= 1, qPrintable(rate->text()));
        indicator.finish(task);
        QCOMPARE(indicator.taskCount(), 0);
    }
};

QTEST_MAIN(TestHistoryImport)
#include "tst_historyimport.moc"
