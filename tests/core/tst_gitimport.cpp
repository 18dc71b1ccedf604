// SPDX-License-Identifier: GPL-3.0-or-later
// The git import against git itself: repositories made with the git command line, and every stored value
// compared with what `git log`, `git rev-list` and `git for-each-ref` print for the same repository.
// Every case runs on SQLite and again on PostgreSQL (a database of its own on the test server for each workspace).
#include "engineworkspaces.h"
#include "gitcli.h"
#include "gitoutput.h"
#include "historycomparison.h"
#include "importedhistory.h"
#include "richhistory.h"

#include "domain/delivery.h"
#include "git/gitimport.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::git;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

template<typename T>
Id insertRow(const store::Workspace &workspace, const T &row)
{
    Id id = -1;
    auto done = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        store::TableWriter<T> writer(db);
        auto inserted = writer.insert(row);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!done)
        QTest::qFail(qPrintable(done.errorMessage()), __FILE__, __LINE__);
    return id;
}

} // namespace

class TestGitImport : public QObject
{
    Q_OBJECT

public:
    /// `engine`: "sqlite" or "postgresql", where every workspace of the test is made.
    explicit TestGitImport(const QString &engine)
        : m_workspaces(engine)
    {}

private Q_SLOTS:
    void initTestCase();
    void historyMatchesGit();
    void statsAddedLater();
    void refPatterns();
    void incremental();
    void forcePushAndDeletedBranch();
    void deploymentRanges();

private:
    GitCli repository(const QString &name) const { return GitCli(m_dir.filePath(name), m_dir.filePath(u"home"_s)); }
    std::shared_ptr<store::Workspace> workspace(const QString &name);
    Result<GitImportResult> import(const store::Workspace &workspace, const QString &source,
                                   const QStringList &refPatterns = {}, bool stats = true) const;

    QTemporaryDir m_dir;
    EngineWorkspaces m_workspaces;
};

void TestGitImport::initTestCase()
{
    qInfo().noquote() << "Workspaces on" << m_workspaces.engine();
    FLOWDECK_REQUIRE_ENGINE(m_workspaces);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    GitCli git(m_dir.path(), m_dir.filePath(u"home"_s));
    QVERIFY2(git.text({u"--version"_s}).startsWith(u"git version"_s), "the tests need the git command line");
}

std::shared_ptr<store::Workspace> TestGitImport::workspace(const QString &name)
{
    auto created = m_workspaces.create(name);
    if (!created) {
        QTest::qFail(qPrintable(created.errorMessage()), __FILE__, __LINE__);
        return {};
    }
    return *created;
}

Result<GitImportResult> TestGitImport::import(const store::Workspace &workspace, const QString &source,
                                              const QStringList &refPatterns, bool stats) const
{
    GitImportOptions options;
    options.source = source;
    options.refPatterns = refPatterns;
    options.diffStats = stats;
    options.cloneDirectory = m_dir.filePath(u"clones"_s);
    return importGitHistory(workspace, options);
}

void TestGitImport::historyMatchesGit()
{
    GitCli git = repository(u"rich"_s);
    buildRichHistory(git);
    QVERIFY(!QTest::currentTestFailed());

    // The history holds every case it is meant to, as git itself reports it.
    const QMap<QString, QStringList> parents = revListParents(git, allRefs());
    const QMap<QString, QList<CommitFile>> numstats = numstat(git, allRefs());
    auto anyCommit = [&](auto predicate) {
        return std::any_of(parents.keyBegin(), parents.keyEnd(), predicate);
    };
    auto anyFile = [&](auto predicate) {
        return std::any_of(numstats.begin(), numstats.end(), [&](const QList<CommitFile> &files) {
            return std::any_of(files.begin(), files.end(), predicate);
        });
    };
    QVERIFY(anyCommit([&](const QString &oid) { return parents[oid].size() == 3; }));
    QCOMPARE(std::count_if(parents.begin(), parents.end(), [](const QStringList &p) { return p.isEmpty(); }), 2);
    QVERIFY(anyCommit([&](const QString &oid) { return parents[oid].size() == 1 && numstats[oid].isEmpty(); }));
    QVERIFY(anyCommit([&](const QString &oid) { return numstats[oid].size() == 2000; }));
    QVERIFY(anyFile([](const CommitFile &f) { return f.oldPath && f.insertions == 0 && f.deletions == 0; }));
    QVERIFY(anyFile([](const CommitFile &f) { return f.oldPath && f.insertions > 0; }));
    QVERIFY(anyFile([](const CommitFile &f) { return !f.insertions && f.path == u"assets/logo.bin"_s; }));
    QCOMPARE(std::count_if(numstats.begin(), numstats.end(),
                           [](const QList<CommitFile> &files) {
                               return std::any_of(files.begin(), files.end(),
                                                  [](const CommitFile &f) { return !f.insertions; });
                           }),
             2);

    // Renames in both of the forms numstat prints: "dir/{old => new}/file" and "old => new".
    const QString printed = QString::fromUtf8(git.run({u"log"_s, u"--numstat"_s, u"--format="_s, u"--branches"_s}));
    QVERIFY(
        printed.contains(QRegularExpression(u"^\\d+\\t\\d+\\t[^{\\n]* => "_s, QRegularExpression::MultilineOption)));
    QVERIFY(printed.contains(
        QRegularExpression(u"^\\d+\\t\\d+\\t.*\\{.* => .*\\}"_s, QRegularExpression::MultilineOption)));

    auto workspace = this->workspace(u"rich"_s);
    QVERIFY(workspace);
    QList<std::pair<qint64, qint64>> reports;
    TaskControl control([&](qint64 done, qint64 total) { reports.append({done, total}); }, nullptr);
    GitImportOptions options;
    options.source = git.directory();
    auto result = importGitHistory(*workspace, options, control);
    QVERIFY2(result, qPrintable(result.errorMessage()));

    QSqlDatabase db = workspace->connection();
    compareWithGit(git, db, result->repositoryId);
    QVERIFY(!QTest::currentTestFailed());
    compareRefsWithGit(git, db, result->repositoryId);
    QVERIFY(!QTest::currentTestFailed());

    const qint64 commits = parents.size();
    QCOMPARE(result->repository, u"rich"_s);
    QCOMPARE(result->commits, commits);
    QCOMPARE(result->newCommits, commits);
    QCOMPARE(result->tags, git.lines({u"tag"_s}).size());
    QCOMPARE(result->branches, git.lines({u"branch"_s}).size());
    QCOMPARE(result->unreachable, 0);
    QCOMPARE(result->missingParents, 0);
    QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(u'\n')));
    QVERIFY(result->seconds > 0);
    // Progress only moves forward, and ends with all of its work done, at least a step for each commit.
    QVERIFY(!reports.isEmpty());
    QCOMPARE(reports.constLast().first, reports.constLast().second);
    QVERIFY(reports.constLast().second >= commits);
    for (qsizetype i = 1; i < reports.size(); ++i)
        QVERIFY(reports[i].first >= reports[i - 1].first);
}

void TestGitImport::statsAddedLater()
{
    GitCli git = repository(u"later"_s);
    buildRichHistory(git);
    QVERIFY(!QTest::currentTestFailed());
    auto workspace = this->workspace(u"later"_s);
    QVERIFY(workspace);

    auto first = import(*workspace, git.directory(), {}, false);
    QVERIFY2(first, qPrintable(first.errorMessage()));
    QSqlDatabase db = workspace->connection();
    Comparison withoutStats;
    withoutStats.stats = false;
    compareWithGit(git, db, first->repositoryId, withoutStats);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(rowCount(db, u"commit_files"_s), 0);

    // An import with stats fills in those of the commits stored without them.
    auto second = import(*workspace, git.directory());
    QVERIFY2(second, qPrintable(second.errorMessage()));
    QCOMPARE(second->newCommits, 0);
    compareWithGit(git, db, second->repositoryId);
}

void TestGitImport::refPatterns()
{
    GitCli git = repository(u"patterns"_s);
    git.init();
    git.writeFile(u"a.txt"_s, "a\n");
    git.commit(u"Base"_s);
    git.tag(u"v1.0"_s, git.oid(u"HEAD"_s), u"Version 1.0"_s);
    for (const QString &branch : {u"release/1.0"_s, u"feature/x"_s, u"experiment"_s}) {
        git.run({u"checkout"_s, u"-q"_s, u"-b"_s, branch, u"main"_s});
        git.writeFile(u"a.txt"_s, branch.toUtf8() + '\n');
        git.commit(u"Work on "_s + branch);
        git.writeFile(u"b.txt"_s, branch.toUtf8() + '\n');
        git.tag(u"v1.1-"_s + branch.section(u'/', -1), git.commit(u"More work on "_s + branch));
    }
    git.run({u"checkout"_s, u"-q"_s, u"main"_s});
    git.writeFile(u"a.txt"_s, "main\n");
    git.commit(u"Main goes on"_s);
    git.run({u"checkout"_s, u"-q"_s, u"--detach"_s, u"main"_s});
    git.writeFile(u"c.txt"_s, "detached\n");
    git.tag(u"old-0.9"_s, git.commit(u"Only a tag keeps this"_s));
    git.run({u"checkout"_s, u"-q"_s, u"main"_s});
    QVERIFY(!QTest::currentTestFailed());

    const QStringList patterns = {u"refs/heads/release"_s, u"refs/tags/v1*"_s, u"refs/heads/exp*"_s};
    const QStringList tips = git.lines(QStringList{u"for-each-ref"_s, u"--format=%(objectname)"_s} + patterns);
    QVERIFY(!tips.isEmpty());
    auto workspace = this->workspace(u"patterns"_s);
    QVERIFY(workspace);
    auto result = import(*workspace, git.directory(), patterns);
    QVERIFY2(result, qPrintable(result.errorMessage()));

    QSqlDatabase db = workspace->connection();
    Comparison selected;
    selected.revisions = tips;
    compareWithGit(git, db, result->repositoryId, selected);
    QVERIFY(!QTest::currentTestFailed());
    compareRefsWithGit(git, db, result->repositoryId, patterns);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(result->branches, gitBranches(git, patterns).size());
    QCOMPARE(result->tags, gitTags(git, patterns).size());
    // What the patterns leave out is really left out.
    QVERIFY(revList(git, allRefs()).size() > revList(git, tips).size());
    QVERIFY(!storedCommits(db, result->repositoryId).contains(git.oid(u"main"_s)));
}

void TestGitImport::incremental()
{
    GitCli git = repository(u"grow"_s);
    git.init();
    for (int i = 1; i <= 5; ++i) {
        git.writeFile(u"count.txt"_s, numberedLines(u"line %1"_s, 1, i));
        git.commit(u"Count to %1"_s.arg(i));
        if (i == 3)
            git.run({u"branch"_s, u"topic"_s});
    }
    git.run({u"checkout"_s, u"-q"_s, u"topic"_s});
    git.writeFile(u"topic.txt"_s, "topic\n");
    git.commit(u"Topic work"_s);
    git.run({u"checkout"_s, u"-q"_s, u"main"_s});
    git.tag(u"v1"_s, git.oid(u"main"_s), u"One"_s);
    QVERIFY(!QTest::currentTestFailed());

    auto workspace = this->workspace(u"grow"_s);
    QVERIFY(workspace);
    auto first = import(*workspace, git.directory());
    QVERIFY2(first, qPrintable(first.errorMessage()));
    const qsizetype before = revList(git, allRefs()).size();
    QCOMPARE(first->newCommits, before);

    for (int i = 6; i <= 8; ++i) {
        git.writeFile(u"count.txt"_s, numberedLines(u"line %1"_s, 1, i));
        git.commit(u"Count to %1"_s.arg(i));
    }
    git.run({u"checkout"_s, u"-q"_s, u"topic"_s});
    git.writeFile(u"topic.txt"_s, "topic, more\n");
    git.commit(u"More topic work"_s);
    git.run({u"checkout"_s, u"-q"_s, u"main"_s});
    git.tick();
    git.run({u"merge"_s, u"-q"_s, u"--no-ff"_s, u"-m"_s, u"Merge the topic"_s, u"topic"_s});
    git.run({u"checkout"_s, u"-q"_s, u"-b"_s, u"next"_s});
    git.writeFile(u"next.txt"_s, "next\n");
    git.commit(u"Next"_s);
    git.run({u"checkout"_s, u"-q"_s, u"main"_s});
    git.tag(u"v2"_s, git.oid(u"main"_s));
    QVERIFY(!QTest::currentTestFailed());

    auto second = import(*workspace, git.directory());
    QVERIFY2(second, qPrintable(second->warnings.join(u' ') + second.errorMessage()));
    const QMap<QString, QStringList> parents = revListParents(git, allRefs());
    QCOMPARE(second->repositoryId, first->repositoryId);
    QCOMPARE(second->newCommits, parents.size() - before);
    QCOMPARE(second->commits, parents.size());
    QSqlDatabase db = workspace->connection();
    compareWithGit(git, db, second->repositoryId);
    QVERIFY(!QTest::currentTestFailed());
    compareRefsWithGit(git, db, second->repositoryId);
    QVERIFY(!QTest::currentTestFailed());
    // Nothing was stored twice.
    qint64 parentRows = 0;
    for (const QStringList &list : parents)
        parentRows += list.size();
    qint64 fileRows = 0;
    for (const QList<CommitFile> &files : numstat(git, allRefs()))
        fileRows += files.size();
    QCOMPARE(rowCount(db, u"commits"_s), parents.size());
    QCOMPARE(rowCount(db, u"commit_parents"_s), parentRows);
    QCOMPARE(rowCount(db, u"commit_files"_s), fileRows);
    QCOMPARE(rowCount(db, u"repositories"_s), 1);

    // Once more without a change: nothing is added or altered.
    const QStringList dump = dumpRepository(db, second->repositoryId);
    QElapsedTimer timer;
    timer.start();
    auto third = import(*workspace, git.directory());
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(third, qPrintable(third.errorMessage()));
    qInfo("Import of an unchanged repository of %lld commits: %lld ms", qint64(parents.size()), elapsed);
    QCOMPARE(third->newCommits, 0);
    QCOMPARE(third->commits, parents.size());
    compareLines(dumpRepository(db, third->repositoryId), dump, u"the rows after a second, unchanged import"_s);
}

void TestGitImport::forcePushAndDeletedBranch()
{
    GitCli git = repository(u"rewrite"_s);
    git.init();
    for (int i = 1; i <= 5; ++i) {
        git.writeFile(u"n.txt"_s, QByteArray::number(i) + '\n');
        git.commit(u"Step %1"_s.arg(i));
    }
    git.run({u"checkout"_s, u"-q"_s, u"-b"_s, u"feature"_s, u"main~2"_s});
    git.writeFile(u"f.txt"_s, "f1\n");
    git.commit(u"Feature 1"_s);
    git.writeFile(u"f.txt"_s, "f2\n");
    const QString featureTip = git.commit(u"Feature 2"_s);
    git.run({u"checkout"_s, u"-q"_s, u"main"_s});
    QVERIFY(!QTest::currentTestFailed());

    auto workspace = this->workspace(u"rewrite"_s);
    QVERIFY(workspace);
    auto first = import(*workspace, git.directory());
    QVERIFY2(first, qPrintable(first.errorMessage()));
    QSqlDatabase db = workspace->connection();
    const QSet<QString> importedFirst = revList(git, allRefs());

    // Force-push: main goes back two commits and on another way; the feature branch is deleted.
    git.run({u"reset"_s, u"-q"_s, u"--hard"_s, u"main~2"_s});
    git.writeFile(u"n.txt"_s, "4, again\n");
    git.commit(u"Step 4, rewritten"_s);
    git.run({u"branch"_s, u"-D"_s, u"feature"_s});
    QVERIFY(!QTest::currentTestFailed());

    auto check = [&](const Result<GitImportResult> &result) {
        QVERIFY2(result, qPrintable(result.errorMessage()));
        const QSet<QString> reachable = revList(git, allRefs());
        const QSet<QString> unreachable = (importedFirst | reachable) - reachable;
        const QMap<QString, Commit> stored = storedCommits(db, result->repositoryId);
        QCOMPARE(stored.size(), (importedFirst | reachable).size());
        for (const Commit &commit : stored)
            QVERIFY2(commit.reachable == reachable.contains(commit.oid), qPrintable(commit.oid));
        QCOMPARE(result->unreachable, unreachable.size());
        QCOMPARE(result->commits, stored.size());
        Comparison comparison;
        comparison.skipUnreachable = true;
        compareWithGit(git, db, result->repositoryId, comparison);
        QVERIFY(!QTest::currentTestFailed());
        compareRefsWithGit(git, db, result->repositoryId);
    };
    auto second = import(*workspace, git.directory());
    check(second);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(second->newCommits, 1);
    QCOMPARE(second->unreachable, 4);

    // A ref at the old feature tip makes its commits reachable again; the rewritten ones stay unreachable.
    git.run({u"branch"_s, u"restored"_s, featureTip});
    auto third = import(*workspace, git.directory());
    check(third);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(third->newCommits, 0);
    QCOMPARE(third->unreachable, 2);
}

void TestGitImport::deploymentRanges()
{
    // main: c1 .. c8, hotfix: h1 on c3.
    GitCli git = repository(u"shop"_s);
    git.init();
    QStringList c = {QString()};
    for (int i = 1; i <= 8; ++i) {
        git.writeFile(u"shop.txt"_s, numberedLines(u"change %1"_s, 1, i));
        c.append(git.commit(u"Change %1"_s.arg(i)));
        if (i == 3)
            git.run({u"branch"_s, u"hotfix"_s});
    }
    git.run({u"checkout"_s, u"-q"_s, u"hotfix"_s});
    git.writeFile(u"hotfix.txt"_s, "fix\n");
    const QString h1 = git.commit(u"Hotfix"_s);
    git.run({u"checkout"_s, u"-q"_s, u"main"_s});
    QVERIFY(!QTest::currentTestFailed());

    // The repository is added first, and the service linked to it, as a user does before the first import.
    auto workspace = this->workspace(u"shop"_s);
    QVERIFY(workspace);
    Repository repositoryRow;
    repositoryRow.name = u"shop"_s;
    repositoryRow.path = QFileInfo(git.directory()).absoluteFilePath();
    const Id repositoryId = insertRow(*workspace, repositoryRow);
    const Id shop = insertRow(*workspace, Service{0, u"shop"_s, {}, repositoryId});
    const Id other = insertRow(*workspace, Service{0, u"other"_s, {}, std::nullopt});
    const Id staging = insertRow(*workspace, Environment{0, u"staging"_s, u"staging"_s, 1});
    const Id production = insertRow(*workspace, Environment{0, u"production"_s, u"production"_s, 2});
    QVERIFY(!QTest::currentTestFailed());

    struct Planned
    {
        QString name;
        Id service;
        Id environment;
        QString commit;
        bool succeeded;
        qint64 finishedAt;
    };
    const QString unknown = u"0123456789abcdef0123456789abcdef01234567"_s;
    // Inserted out of time order: the ranges follow finish times, not ids.
    QList<Planned> planned = {
        {u"s5"_s, shop, staging, c[6], true, 5000},           {u"s1"_s, shop, staging, c[2], true, 1000},
        {u"s2 failed"_s, shop, staging, c[4], false, 2000},   {u"s3"_s, shop, staging, c[5], true, 3000},
        {u"s4 rollback"_s, shop, staging, c[3], true, 4000},  {u"s6 unknown"_s, shop, staging, unknown, true, 6000},
        {u"s7 hotfix"_s, shop, staging, h1, true, 7000},      {u"s8"_s, shop, staging, c[8], true, 8000},
        {u"p2"_s, shop, production, c[8], true, 9000},        {u"p1"_s, shop, production, c[5], true, 3500},
        {u"o1 unlinked"_s, other, staging, c[8], true, 9500},
    };
    QHash<QString, Id> ids;
    auto insertDeployments = [&](const QList<Planned> &list) {
        for (const Planned &p : list) {
            Deployment deployment;
            deployment.serviceId = p.service;
            deployment.environmentId = p.environment;
            deployment.version = p.name;
            deployment.commitOid = p.commit;
            deployment.status = p.succeeded ? u"succeeded"_s : u"failed"_s;
            deployment.startedAt = p.finishedAt - 500;
            deployment.finishedAt = p.finishedAt;
            deployment.source = u"test"_s;
            deployment.externalId = p.name;
            ids.insert(p.name, insertRow(*workspace, deployment));
        }
    };
    insertDeployments(planned);
    QVERIFY(!QTest::currentTestFailed());

    // The expected range of each deployment: `git rev-list C ^P`, P the commit of the previous successful
    // deployment of the service to the environment whose commit the repository holds.
    QSet<QString> known = revList(git, allRefs());
    auto checkRanges = [&](QSqlDatabase db) {
        QList<Planned> byTime = planned;
        std::sort(byTime.begin(), byTime.end(),
                  [](const Planned &a, const Planned &b) { return a.finishedAt < b.finishedAt; });
        QHash<std::pair<Id, Id>, QString> previous;
        for (const Planned &p : std::as_const(byTime)) {
            QStringList expected;
            if (p.service == shop && known.contains(p.commit)) {
                const QString before = previous.value({p.service, p.environment});
                const QSet<QString> range =
                    revList(git, before.isEmpty() ? QStringList{p.commit} : QStringList{p.commit, u'^' + before});
                expected = QStringList(range.begin(), range.end());
                std::sort(expected.begin(), expected.end());
                if (p.succeeded)
                    previous.insert({p.service, p.environment}, p.commit);
            }
            compareLines(shippedCommits(db, ids.value(p.name)), expected, u"deployment "_s + p.name);
            if (QTest::currentTestFailed())
                return;
        }
    };

    auto first = import(*workspace, git.directory());
    QVERIFY2(first, qPrintable(first.errorMessage()));
    QCOMPARE(first->repositoryId, repositoryId);
    QSqlDatabase db = workspace->connection();
    checkRanges(db);
    QVERIFY(!QTest::currentTestFailed());
    // The cases the plan is meant to cover, by git's count: a rollback ships nothing, a failed deployment
    // ships what it tried to, the hotfix one commit.
    QCOMPARE(shippedCommits(db, ids[u"s4 rollback"_s]).size(), 0);
    QCOMPARE(shippedCommits(db, ids[u"s2 failed"_s]).size(), 2);
    QCOMPARE(shippedCommits(db, ids[u"s7 hotfix"_s]), QStringList{h1});

    // New history and a deployment of it: the next import recomputes the ranges.
    git.writeFile(u"shop.txt"_s, numberedLines(u"change %1"_s, 1, 9));
    c.append(git.commit(u"Change 9"_s));
    const QList<Planned> later = {{u"s9"_s, shop, staging, c[9], true, 10000}};
    planned += later;
    insertDeployments(later);
    QVERIFY(!QTest::currentTestFailed());
    auto second = import(*workspace, git.directory());
    QVERIFY2(second, qPrintable(second.errorMessage()));
    QCOMPARE(second->newCommits, 1);
    known.insert(c[9]);
    checkRanges(db);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(shippedCommits(db, ids[u"s9"_s]), QStringList{c[9]});
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnBothEngines<TestGitImport>(argc, argv);
}
#include "tst_gitimport.moc"
