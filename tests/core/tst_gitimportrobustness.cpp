// SPDX-License-Identifier: GPL-3.0-or-later
// The git import on the repositories that go wrong in practice: shallow clones, missing objects, other text
// encodings, empty repositories, submodules, things that are not repositories, clones by URL, bare
// repositories, and an import canceled half-way. Expected values come from git itself or are written here.
// Every case runs on SQLite and again on PostgreSQL (a database of its own on the test server for each workspace).
#include "engineworkspaces.h"
#include "gitcli.h"
#include "gitoutput.h"
#include "historycomparison.h"
#include "importedhistory.h"
#include "richhistory.h"

#include "git/gitimport.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace flowdeck;
using namespace flowdeck::git;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

/// A `git fast-import` stream of `count` commits: main, and a side branch with every tenth commit that main
/// merges back every fifty.
QByteArray fastImportStream(int count)
{
    QByteArray stream;
    QByteArray mainTip;
    QByteArray sideTip;
    const qint64 start = 1'600'000'000;
    for (int i = 1; i <= count; ++i) {
        const bool side = i % 10 == 0;
        const QByteArray mark = ':' + QByteArray::number(i);
        const QByteArray time = QByteArray::number(start + i * 60);
        const QByteArray message = "Commit " + QByteArray::number(i) + '\n';
        const QByteArray content = "line " + QByteArray::number(i) + '\n';
        stream += "commit refs/heads/" + QByteArray(side ? "side" : "main") + "\nmark " + mark + '\n';
        stream += "author Ada Lovelace <ada@example.com> " + time + " +0100\n";
        stream += "committer Release Bot <bot@example.com> " + time + " +0100\n";
        stream += "data " + QByteArray::number(message.size()) + '\n' + message;
        const QByteArray from = side && !sideTip.isEmpty() ? sideTip : mainTip;
        if (!from.isEmpty())
            stream += "from " + from + '\n';
        if (!side && i % 50 == 1 && !sideTip.isEmpty())
            stream += "merge " + sideTip + '\n';
        stream += "M 100644 inline file" + QByteArray::number(i % 40) + ".txt\ndata " +
                  QByteArray::number(content.size()) + '\n' + content + '\n';
        (side ? sideTip : mainTip) = mark;
    }
    return stream;
}

} // namespace

class TestGitImportRobustness : public QObject
{
    Q_OBJECT

public:
    /// `engine`: "sqlite" or "postgresql", where every workspace of the test is made.
    explicit TestGitImportRobustness(const QString &engine)
        : m_workspaces(engine)
    {}

private Q_SLOTS:
    void initTestCase();
    void shallowClone();
    void missingObject();
    void otherEncodings();
    void emptyRepository_data();
    void emptyRepository();
    void submodule();
    void notARepository_data();
    void notARepository();
    void cloneByFileUrl();
    void bareRepository();
    void cancelAndResume();
    void repositoryRemovedMidImport_data();
    void repositoryRemovedMidImport();

private:
    GitCli repository(const QString &name) const { return GitCli(m_dir.filePath(name), m_dir.filePath(u"home"_s)); }
    std::shared_ptr<store::Workspace> workspace(const QString &name);
    Result<GitImportResult> import(const store::Workspace &workspace, const QString &source,
                                   const TaskControl &control = {}) const;
    /// The commits of the repositories an import is stopped in. On PostgreSQL, where importing 25,000 commits with
    /// their stats takes three times as long as into a file, 5,000: the first transaction stores what the walk has
    /// read by then (from 1,000 commits up), and the checks fail when the stop came after the last commit.
    int bigRepositoryCommits() const { return m_workspaces.onPostgreSql() ? 5'000 : 25'000; }

    QTemporaryDir m_dir;
    EngineWorkspaces m_workspaces;
};

void TestGitImportRobustness::initTestCase()
{
    qInfo().noquote() << "Workspaces on" << m_workspaces.engine();
    FLOWDECK_REQUIRE_ENGINE(m_workspaces);
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    GitCli rich = repository(u"rich"_s);
    buildRichHistory(rich);
}

std::shared_ptr<store::Workspace> TestGitImportRobustness::workspace(const QString &name)
{
    auto created = m_workspaces.create(name);
    if (!created) {
        QTest::qFail(qPrintable(created.errorMessage()), __FILE__, __LINE__);
        return {};
    }
    return *created;
}

Result<GitImportResult> TestGitImportRobustness::import(const store::Workspace &workspace, const QString &source,
                                                        const TaskControl &control) const
{
    GitImportOptions options;
    options.source = source;
    options.cloneDirectory = m_dir.filePath(u"clones"_s);
    return importGitHistory(workspace, options, control);
}

void TestGitImportRobustness::shallowClone()
{
    GitCli rich = repository(u"rich"_s);
    GitCli top(m_dir.path(), m_dir.filePath(u"home"_s));
    top.run({u"clone"_s, u"-q"_s, u"--depth"_s, u"5"_s, u"file://"_s + rich.directory(), u"shallow"_s});
    GitCli shallow = repository(u"shallow"_s);
    QVERIFY(!QTest::currentTestFailed());

    // The commits the clone holds, their real parents (git shows the boundary commits as roots), and the
    // parents beyond the boundary.
    const QSet<QString> present = revList(shallow, allRefs());
    const QMap<QString, QStringList> realParents = revListParents(rich, allRefs());
    QMap<QString, QStringList> parents;
    QSet<QString> boundary;
    for (const QString &oid : present) {
        parents.insert(oid, realParents.value(oid));
        for (const QString &parent : realParents.value(oid)) {
            if (!present.contains(parent))
                boundary.insert(parent);
        }
    }
    QFile shallowFile(shallow.filePath(u".git/shallow"_s));
    QVERIFY(shallowFile.open(QIODevice::ReadOnly));
    QSet<QString> expectedBoundary;
    for (const QByteArray &line : shallowFile.readAll().split('\n')) {
        for (const QString &parent : realParents.value(QString::fromLatin1(line)))
            expectedBoundary.insert(parent);
    }
    QVERIFY(!boundary.isEmpty());
    QCOMPARE(boundary, expectedBoundary);

    auto workspace = this->workspace(u"shallow"_s);
    QVERIFY(workspace);
    auto result = import(*workspace, shallow.directory());
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(result->missingParents, boundary.size());
    QVERIFY(!result->warnings.isEmpty());
    QCOMPARE(result->commits, present.size());
    QSqlDatabase db = workspace->connection();
    // Stats of the boundary commits are against the empty tree, as `git log --numstat` shows them in the clone.
    Comparison comparison;
    comparison.parents = parents;
    compareWithGit(shallow, db, result->repositoryId, comparison);
    QVERIFY(!QTest::currentTestFailed());
    const QMap<QString, Commit> stored = storedCommits(db, result->repositoryId);
    for (const QString &missing : std::as_const(boundary))
        QVERIFY(!stored.contains(missing));

    // Deepened later, the clone's whole history arrives with the next import, and the commits that sat on the
    // boundary get their stats against their real parents.
    shallow.run({u"fetch"_s, u"-q"_s, u"--unshallow"_s});
    QVERIFY(!QTest::currentTestFailed());
    auto deepened = import(*workspace, shallow.directory());
    QVERIFY2(deepened, qPrintable(deepened.errorMessage()));
    QCOMPARE(deepened->missingParents, 0);
    QCOMPARE(deepened->commits, revList(shallow, allRefs()).size());
    compareWithGit(shallow, db, deepened->repositoryId, Comparison{});
}

void TestGitImportRobustness::missingObject()
{
    GitCli git = repository(u"holes"_s);
    git.init();
    QStringList c = {QString()};
    for (int i = 1; i <= 8; ++i) {
        git.writeFile(u"n%1.txt"_s.arg(i % 3), numberedLines(u"line %1"_s, 1, i));
        c.append(git.commit(u"Step %1"_s.arg(i)));
    }
    // An untouched copy to ask git about the history once an object is gone.
    GitCli top(m_dir.path(), m_dir.filePath(u"home"_s));
    top.run({u"clone"_s, u"-q"_s, u"--no-local"_s, u"--mirror"_s, git.directory(), u"holes-intact.git"_s});
    GitCli intact = repository(u"holes-intact.git"_s);
    const QString object = git.filePath(u".git/objects/"_s + c[3].left(2) + u'/' + c[3].mid(2));
    QVERIFY2(QFile::remove(object), qPrintable(object));
    QVERIFY(!QTest::currentTestFailed());

    auto workspace = this->workspace(u"holes"_s);
    QVERIFY(workspace);
    auto result = import(*workspace, git.directory());
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(result->missingParents, 1);
    QVERIFY(!result->warnings.isEmpty());

    // Everything after the missing commit is there, as git told it before the object went missing. The stats of
    // c4 are left out: git itself cannot diff it against a parent it lacks.
    QSqlDatabase db = workspace->connection();
    Comparison comparison;
    comparison.revisions = {u"main"_s, u'^' + c[3]};
    comparison.statsNotCompared = {c[4]};
    compareWithGit(intact, db, result->repositoryId, comparison);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(storedParents(db, result->repositoryId).value(c[4]), QStringList{c[3]});
}

void TestGitImportRobustness::otherEncodings()
{
    const QString name = u"Jörg Müller"_s;
    const QString declared = u"Schöne Grüße aus Köln\n\nÄnderung für Jörg: 100 °C, ½ Preis.\n"_s;
    const QString undeclared = u"Straße à la française\n\nÇa marche «très» bien.\n"_s;

    GitCli git = repository(u"latin1"_s);
    git.init();
    git.writeFile(u"a.txt"_s, "a\n");
    git.commit(u"Plain ASCII"_s);
    // A commit that declares its encoding: message and author name in ISO-8859-1 bytes.
    const QString config = m_dir.filePath(u"latin1.gitconfig"_s);
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[user]\n\tname = " + name.toLatin1() + '\n');
    file.close();
    const QString withHeader = git.commitBytes(
        declared.toLatin1(), {u"-c"_s, u"i18n.commitEncoding=ISO-8859-1"_s, u"-c"_s, u"include.path="_s + config},
        {u"GIT_AUTHOR_NAME"_s});
    // One that does not, written as a raw object (git commit would convert such bytes to UTF-8).
    const QByteArray object = "tree " + git.oid(withHeader + u"^{tree}"_s).toLatin1() + "\nparent " +
                              withHeader.toLatin1() + "\nauthor " + name.toLatin1() +
                              " <joerg@example.com> 1700100000 +0100\n"
                              "committer Release Bot <bot@example.com> 1700100100 +0100\n\n" +
                              undeclared.toLatin1();
    const QString withoutHeader =
        QString::fromLatin1(git.run({u"hash-object"_s, u"-t"_s, u"commit"_s, u"-w"_s, u"--stdin"_s}, object).trimmed());
    git.run({u"update-ref"_s, u"refs/heads/main"_s, withoutHeader});
    QVERIFY(!QTest::currentTestFailed());
    // The repository is what the test means it to be, by git's own account.
    const QByteArray rawWithHeader = git.run({u"cat-file"_s, u"commit"_s, withHeader});
    QVERIFY(rawWithHeader.contains("\nencoding ISO-8859-1\n"));
    QVERIFY(rawWithHeader.contains(name.toLatin1()) && !rawWithHeader.contains(name.toUtf8()));
    QCOMPARE(git.text({u"log"_s, u"-1"_s, u"--format=%an"_s, withHeader}), name);
    const QByteArray rawWithoutHeader = git.run({u"cat-file"_s, u"commit"_s, withoutHeader});
    QVERIFY(!rawWithoutHeader.contains("\nencoding "));
    QVERIFY(rawWithoutHeader.endsWith(undeclared.toLatin1()));

    auto workspace = this->workspace(u"latin1"_s);
    QVERIFY(workspace);
    auto result = import(*workspace, git.directory());
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(result->commits, 3);
    const QMap<QString, Commit> stored = storedCommits(workspace->connection(), result->repositoryId);
    QCOMPARE(stored.value(withHeader).authorName, name);
    QCOMPARE(stored.value(withHeader).message, declared);
    QCOMPARE(stored.value(withHeader).summary, declared.section(u'\n', 0, 0));
    QCOMPARE(stored.value(withoutHeader).authorName, name);
    QCOMPARE(stored.value(withoutHeader).message, undeclared);
    QCOMPARE(stored.value(withoutHeader).summary, undeclared.section(u'\n', 0, 0));
}

void TestGitImportRobustness::emptyRepository_data()
{
    QTest::addColumn<QString>("branch");
    QTest::newRow("main") << u"main"_s;
    QTest::newRow("master") << u"master"_s;
}

void TestGitImportRobustness::emptyRepository()
{
    QFETCH(QString, branch);
    GitCli git = repository(u"empty-"_s + branch);
    git.init({u"--initial-branch="_s + branch});
    QVERIFY(!QTest::currentTestFailed());
    auto workspace = this->workspace(u"empty-"_s + branch);
    QVERIFY(workspace);
    auto result = import(*workspace, git.directory());
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(result->commits, 0);
    QCOMPARE(result->newCommits, 0);
    QCOMPARE(result->tags, 0);
    QCOMPARE(result->branches, 0);
    QVERIFY(!result->warnings.isEmpty());
    QCOMPARE(rowCount(workspace->connection(), u"commits"_s), 0);
}

void TestGitImportRobustness::submodule()
{
    GitCli library = repository(u"library"_s);
    library.init();
    library.writeFile(u"lib.c"_s, "int lib;\n");
    library.commit(u"Library"_s);

    GitCli git = repository(u"super"_s);
    git.init();
    git.writeFile(u"main.c"_s, "int main;\n");
    git.commit(u"Super project"_s);
    git.tick();
    git.run(
        {u"-c"_s, u"protocol.file.allow=always"_s, u"submodule"_s, u"add"_s, u"-q"_s, library.directory(), u"lib"_s});
    git.commit(u"Add the library as a submodule"_s);
    library.writeFile(u"lib.c"_s, "int lib = 2;\n");
    const QString next = library.commit(u"Library, next"_s);
    GitCli checkout = repository(u"super/lib"_s);
    checkout.run({u"fetch"_s, u"-q"_s, u"origin"_s});
    checkout.run({u"checkout"_s, u"-q"_s, next});
    git.commit(u"Move the submodule on"_s);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(git.text({u"ls-tree"_s, u"HEAD"_s, u"lib"_s}).startsWith(u"160000 commit "_s + next));

    auto workspace = this->workspace(u"super"_s);
    QVERIFY(workspace);
    auto result = import(*workspace, git.directory());
    QVERIFY2(result, qPrintable(result.errorMessage()));
    compareWithGit(git, workspace->connection(), result->repositoryId);
}

void TestGitImportRobustness::notARepository_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("plain folder") << u"plain"_s;
    QTest::newRow("missing path") << u"no-such-folder"_s;
}

void TestGitImportRobustness::notARepository()
{
    QFETCH(QString, folder);
    const QString path = m_dir.filePath(folder);
    if (folder == u"plain"_s) {
        QVERIFY(QDir().mkpath(path));
        QFile file(path + u"/notes.txt"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a repository\n");
    }
    auto workspace = this->workspace(u"not-"_s + folder);
    QVERIFY(workspace);
    auto result = import(*workspace, path);
    QVERIFY(!result);
    QVERIFY2(result.errorMessage().contains(path), qPrintable(result.errorMessage()));
    QSqlDatabase db = workspace->connection();
    QCOMPARE(rowCount(db, u"repositories"_s), 0);
    QCOMPARE(rowCount(db, u"commits"_s), 0);
}

void TestGitImportRobustness::cloneByFileUrl()
{
    GitCli rich = repository(u"rich"_s);
    auto workspace = this->workspace(u"url"_s);
    QVERIFY(workspace);
    const QString url = u"file://"_s + rich.directory();
    auto cloned = import(*workspace, url);
    QVERIFY2(cloned, qPrintable(cloned.errorMessage()));
    QVERIFY(!QDir(m_dir.filePath(u"clones"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    auto local = import(*workspace, rich.directory());
    QVERIFY2(local, qPrintable(local.errorMessage()));
    QVERIFY(cloned->repositoryId != local->repositoryId);

    QSqlDatabase db = workspace->connection();
    compareWithGit(rich, db, cloned->repositoryId);
    QVERIFY(!QTest::currentTestFailed());
    compareRefsWithGit(rich, db, cloned->repositoryId);
    QVERIFY(!QTest::currentTestFailed());
    QMap<QString, Commit> fromUrl = storedCommits(db, cloned->repositoryId);
    QMap<QString, Commit> fromPath = storedCommits(db, local->repositoryId);
    for (QMap<QString, Commit> *commits : {&fromUrl, &fromPath}) {
        for (Commit &commit : *commits) {
            commit.id = 0;
            commit.repositoryId = 0;
        }
    }
    QVERIFY(fromUrl == fromPath);

    // A second import fetches into the same clone and finds nothing new.
    auto again = import(*workspace, url);
    QVERIFY2(again, qPrintable(again.errorMessage()));
    QCOMPARE(again->repositoryId, cloned->repositoryId);
    QCOMPARE(again->newCommits, 0);
}

void TestGitImportRobustness::bareRepository()
{
    GitCli top(m_dir.path(), m_dir.filePath(u"home"_s));
    top.run({u"clone"_s, u"-q"_s, u"--bare"_s, m_dir.filePath(u"rich"_s), u"rich-bare.git"_s});
    GitCli bare = repository(u"rich-bare.git"_s);
    QVERIFY(!QTest::currentTestFailed());
    auto workspace = this->workspace(u"bare"_s);
    QVERIFY(workspace);
    auto result = import(*workspace, bare.directory());
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(result->repository, u"rich-bare"_s);
    compareWithGit(bare, workspace->connection(), result->repositoryId);
    QVERIFY(!QTest::currentTestFailed());
    compareRefsWithGit(bare, workspace->connection(), result->repositoryId);
}

void TestGitImportRobustness::cancelAndResume()
{
    // More commits than the import stores in one transaction, so that the cancel lands among the commits.
    const int commitCount = bigRepositoryCommits();
    GitCli git = repository(u"big"_s);
    git.init();
    git.run({u"fast-import"_s, u"--quiet"_s}, fastImportStream(commitCount));
    QVERIFY(!QTest::currentTestFailed());
    const QSet<QString> all = revList(git, allRefs());
    QCOMPARE(all.size(), commitCount);

    // Canceled after the first progress that reports work done.
    auto canceledWorkspace = workspace(u"canceled"_s);
    QVERIFY(canceledWorkspace);
    std::atomic_bool cancel = false;
    TaskControl control(
        [&](qint64 done, qint64) {
            if (done > 0)
                cancel = true;
        },
        &cancel);
    auto canceled = import(*canceledWorkspace, git.directory(), control);
    QVERIFY(!canceled);
    QCOMPARE(canceled.errorMessage(), TaskControl::canceledMessage());

    // What was kept is what git says of each commit kept; parents not stored yet are where the next import starts.
    QSqlDatabase db = canceledWorkspace->connection();
    QSqlQuery repositories(u"SELECT id FROM repositories"_s, db);
    QVERIFY(repositories.next());
    const Id repositoryId = repositories.value(0).toLongLong();
    const QMap<QString, Commit> kept = storedCommits(db, repositoryId);
    const QMap<QString, QStringList> keptParents = storedParents(db, repositoryId);
    const QMap<QString, QStringList> parents = revListParents(git, allRefs());
    for (auto it = kept.cbegin(); it != kept.cend(); ++it)
        QCOMPARE(keptParents.value(it.key()), parents.value(it.key()));
    // The cancel really stopped the import part of the way: commits or stats are still to come.
    const bool statsMissing = std::any_of(kept.cbegin(), kept.cend(),
                                          [](const Commit &commit) { return !commit.isMerge && !commit.filesChanged; });
    QVERIFY2(kept.size() < all.size() || statsMissing, "the import was complete before the cancel took effect");
    qInfo("Canceled with %lld of %lld commits stored%s", qint64(kept.size()), qint64(all.size()),
          statsMissing ? ", some without stats" : "");

    // The next import completes it to exactly what an uninterrupted import stores.
    auto resumed = import(*canceledWorkspace, git.directory());
    QVERIFY2(resumed, qPrintable(resumed.errorMessage()));
    QCOMPARE(resumed->repositoryId, repositoryId);
    QCOMPARE(resumed->newCommits, all.size() - kept.size());
    auto wholeWorkspace = workspace(u"uninterrupted"_s);
    QVERIFY(wholeWorkspace);
    auto whole = import(*wholeWorkspace, git.directory());
    QVERIFY2(whole, qPrintable(whole.errorMessage()));
    compareLines(dumpRepository(db, repositoryId), dumpRepository(wholeWorkspace->connection(), whole->repositoryId),
                 u"the resumed import against an uninterrupted one"_s);
    QVERIFY(!QTest::currentTestFailed());
    compareWithGit(git, db, repositoryId);
}

void TestGitImportRobustness::repositoryRemovedMidImport_data()
{
    QTest::addColumn<bool>("duringStats");
    QTest::addColumn<bool>("forGood");
    QTest::newRow("moved away while walking") << false << false;
    QTest::newRow("moved away while diffing") << true << false;
    QTest::newRow("deleted while diffing") << true << true;
}

void TestGitImportRobustness::repositoryRemovedMidImport()
{
    QFETCH(bool, duringStats);
    QFETCH(bool, forGood);
    const QString name = u"removed-%1"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-');
    GitCli git = repository(name);
    git.init();
    git.run({u"fast-import"_s, u"--quiet"_s}, fastImportStream(bigRepositoryCommits()));
    // What git says before the repository goes, to compare with what the import kept.
    const QMap<QString, QStringList> parents = revListParents(git, allRefs());
    QVERIFY(!QTest::currentTestFailed());

    // The repository goes at the first progress of the phase: the walk reports no total, the diffs do.
    const QString away = git.directory() + u"-away"_s;
    bool removed = false;
    const TaskControl control(
        [&](qint64 done, qint64 total) {
            if (removed || done == 0 || (total > 0) != duringStats)
                return;
            removed = forGood ? QDir(git.directory()).removeRecursively() : QDir().rename(git.directory(), away);
        },
        nullptr);
    auto workspace = this->workspace(name);
    QVERIFY(workspace);
    auto result = import(*workspace, git.directory(), control);
    QVERIFY(removed);
    // Either complete data (what was open is read to the end) or a clear message that names the repository.
    if (!result)
        QVERIFY2(result.errorMessage().contains(git.directory()) && result.errorMessage().contains(u"went away"_s),
                 qPrintable(result.errorMessage()));
    qInfo("%s", result ? "The import completed" : qPrintable(u"The import stopped: "_s + result.errorMessage()));

    // Either way the workspace is consistent: intact, and every commit it holds is as git has it.
    QSqlDatabase db = workspace->connection();
    // The server checks every foreign key as each statement runs; a file is checked here.
    if (!m_workspaces.onPostgreSql()) {
        QSqlQuery check(u"PRAGMA integrity_check"_s, db);
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
        QSqlQuery foreignKeys(u"PRAGMA foreign_key_check"_s, db);
        QVERIFY(!foreignKeys.next());
    }
    QSqlQuery repositories(u"SELECT id FROM repositories"_s, db);
    QVERIFY(repositories.next());
    const Id repositoryId = repositories.value(0).toLongLong();
    const QMap<QString, Commit> kept = storedCommits(db, repositoryId);
    const QMap<QString, QStringList> keptParents = storedParents(db, repositoryId);
    QVERIFY(!kept.isEmpty());
    for (auto it = kept.cbegin(); it != kept.cend(); ++it)
        QCOMPARE(keptParents.value(it.key()), parents.value(it.key()));
    if (result)
        QCOMPARE(kept.size(), parents.size());

    if (forGood)
        return;
    // Back in its place, the next import completes what was left, to the same history git shows.
    QVERIFY(QDir().rename(away, git.directory()));
    auto resumed = import(*workspace, git.directory());
    QVERIFY2(resumed, qPrintable(resumed.errorMessage()));
    QCOMPARE(resumed->repositoryId, repositoryId);
    compareWithGit(git, db, repositoryId);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnBothEngines<TestGitImportRobustness>(argc, argv);
}
#include "tst_gitimportrobustness.moc"
