// SPDX-License-Identifier: GPL-3.0-or-later
// The fast diff stats (StatsReader over ObjectReader) against git itself, on the rich test history stored every way
// git stores objects: loose, in one pack with offset deltas, with reference deltas, and in several packs beside
// loose objects. Also every object as the reader reads it against libgit2, with a cache small enough to evict, and
// a pack cut short.
#include "gitcli.h"
#include "gitoutput.h"
#include "richhistory.h"

#include "git/diffstats.h"
#include "git/packreader.h"
#include "git/statsreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::git;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

/// The cases the rich history lacks: a symbolic link made and changed, a file that becomes a link, a submodule, a
/// file deleted while an unrelated one is added, two files renamed at once, two files of equal content moved
/// together, an empty file, a file that becomes binary, and nested folders removed whole.
void addMoreCases(GitCli &git, const QString &home)
{
    const auto link = [&](const QString &target, const QString &name) {
        QFile::remove(git.filePath(name));
        QVERIFY(QFile::link(target, git.filePath(name)));
    };
    link(u"README.md"_s, u"readme-link"_s);
    git.commit(u"A link to the readme"_s);
    link(u"src/app/main.c"_s, u"readme-link"_s);
    git.commit(u"The link points elsewhere"_s);
    git.writeFile(u"becomes-link.txt"_s, "plain text\n");
    git.commit(u"A file that will become a link"_s);
    git.removeFile(u"becomes-link.txt"_s);
    link(u"README.md"_s, u"becomes-link.txt"_s);
    git.commit(u"The file is a link now"_s);

    GitCli sub(home + u"/sub"_s, home);
    sub.init();
    sub.writeFile(u"lib.c"_s, "int lib;\n");
    const QString subCommit = sub.commit(u"Library"_s);
    // Staged by hand: the submodule's folder stays empty, which `git add --all` would take for its removal.
    git.run({u"update-index"_s, u"--add"_s, u"--cacheinfo"_s, u"160000,"_s + subCommit + u",vendor/lib"_s});
    git.tick();
    git.run({u"commit"_s, u"-q"_s, u"-m"_s, u"A submodule"_s});

    git.writeFile(u"gone.txt"_s, numberedLines(u"gone %1"_s, 1, 30));
    git.commit(u"A file to drop"_s);
    git.removeFile(u"gone.txt"_s);
    git.writeFile(u"unrelated.txt"_s, numberedLines(u"something else entirely %1"_s, 1, 7));
    git.commit(u"Drop one file, add an unrelated one"_s);

    git.writeFile(u"pair/one.txt"_s, numberedLines(u"one %1"_s, 1, 12));
    git.writeFile(u"pair/two.txt"_s, numberedLines(u"two %1"_s, 1, 9));
    git.writeFile(u"twins/a.txt"_s, "same\ncontent\n");
    git.writeFile(u"twins/b.txt"_s, "same\ncontent\n");
    git.writeFile(u"empty.txt"_s, {});
    git.writeFile(u"deep/er/still/file.txt"_s, numberedLines(u"deep %1"_s, 1, 4));
    git.commit(u"Pairs, twins, an empty file and a deep folder"_s);
    git.move(u"pair/one.txt"_s, u"moved/one.txt"_s);
    git.move(u"pair/two.txt"_s, u"moved/two.txt"_s);
    git.commit(u"Move both files of the pair"_s);
    git.move(u"twins/a.txt"_s, u"twins2/a.txt"_s);
    git.move(u"twins/b.txt"_s, u"twins2/b.txt"_s);
    git.commit(u"Move the twins"_s);
    git.writeFile(u"empty.txt"_s, "now it has a line");
    git.removeFile(u"deep/er/still/file.txt"_s);
    git.commit(u"Fill the empty file, remove the deep folder"_s);
    git.writeFile(u"moved/two.txt"_s, QByteArray("two\0binary", 10));
    git.commit(u"The second file becomes binary"_s);

    // Edits that only insert or only delete, where the lines both versions share decide, and some that do not.
    const QList<QByteArray> versions = {
        "1\n2\n3\n",          "1\n2\n2\n3\n",       "0\n1\n2\n2\n3\n",     "0\n1\n2\n2\n3",
        "0\n1\n2\n2\n3\n4\n", "0\n1\n2\n3\n4\n",    "0\n1\n2\n3\n4\n\n\n", "0\n1\n\n2\n3\n4\n\n\n",
        "x0\n1\n\n2\n3\n4",   "0\n1\n\n2\n3\n4x\n", "1\r\n2\r\n",          "1\r\n1.5\r\n2\r\n",
    };
    for (const QByteArray &version : versions) {
        git.writeFile(u"edits.txt"_s, version);
        git.commit(u"Edit"_s);
    }
}

/// Diff stats of every commit of the repository, by StatsReader, as `git log --numstat` would list them.
QMap<QString, QList<CommitFile>> readerStats(const QString &path, const QStringList &oids, std::uint64_t *fast,
                                             std::uint64_t *fallback, std::uint64_t *packed)
{
    QMap<QString, QList<CommitFile>> result;
    LibGit2 library;
    git_repository *raw = nullptr;
    if (git_repository_open(&raw, path.toUtf8().constData()) < 0)
        return result;
    RepositoryPtr repository(raw);
    StatsReader reader(repository.get());
    for (const QString &oid : oids) {
        git_oid id;
        git_oid_fromstr(&id, oid.toLatin1().constData());
        auto stats = reader.stats(id);
        if (!stats) {
            qWarning() << oid << stats.errorMessage();
            continue;
        }
        result.insert(oid, stats->files);
    }
    *fast = reader.fastCommits();
    *fallback = reader.fallbackCommits();
    *packed = reader.objects().packedReads();
    return result;
}

} // namespace

class TestStatsReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_git = std::make_unique<GitCli>(m_home.path() + u"/repo"_s, m_home.path());
        buildRichHistory(*m_git);
        QVERIFY(!QTest::currentTestFailed());
        addMoreCases(*m_git, m_home.path());
        QVERIFY(!QTest::currentTestFailed());
    }

    void matchesGit_data()
    {
        QTest::addColumn<QString>("storage");
        QTest::newRow("loose") << u"loose"_s;
        QTest::newRow("one pack, offset deltas") << u"ofs"_s;
        QTest::newRow("one pack, reference deltas") << u"ref"_s;
        QTest::newRow("two packs and loose objects") << u"mixed"_s;
        QTest::newRow("attributes") << u"attributes"_s;
    }

    void matchesGit()
    {
        QFETCH(QString, storage);
        const QString path = m_home.path() + u"/"_s + storage;
        QVERIFY(QDir().exists(path) || copyRepository(path));
        GitCli git(path, m_home.path());
        if (storage == u"ofs"_s) {
            git.run({u"gc"_s, u"--aggressive"_s, u"--quiet"_s});
        } else if (storage == u"ref"_s) {
            git.run({u"-c"_s, u"pack.useDeltaBaseOffset=false"_s, u"repack"_s, u"-adf"_s, u"-q"_s, u"--depth=50"_s,
                     u"--window=50"_s});
        } else if (storage == u"mixed"_s) {
            // Everything up to the rich history's end in one pack, what came after in another, then loose objects.
            git.run({u"repack"_s, u"-adq"_s});
            git.writeFile(u"later.txt"_s, numberedLines(u"later %1"_s, 1, 40));
            git.commit(u"Later"_s);
            git.writeFile(u"later.txt"_s, numberedLines(u"later %1"_s, 5, 44));
            git.commit(u"Later still"_s);
            git.run({u"repack"_s, u"-dq"_s});
            git.writeFile(u"later.txt"_s, numberedLines(u"latest %1"_s, 1, 3));
            git.commit(u"Loose at last"_s);
            QCOMPARE(QDir(path + u"/.git/objects/pack"_s).entryList({u"*.pack"_s}).size(), 2);
        } else if (storage == u"attributes"_s) {
            git.run({u"repack"_s, u"-adq"_s});
            git.writeFile(u".gitattributes"_s, "*.c text\n");
        }
        QVERIFY(!QTest::currentTestFailed());

        const QStringList refs = allRefs();
        const QMap<QString, QList<CommitFile>> expected = numstat(git, refs);
        QVERIFY2(expected.size() > 30, qPrintable(QString::number(expected.size())));
        std::uint64_t fast = 0;
        std::uint64_t fallback = 0;
        std::uint64_t packed = 0;
        const QMap<QString, QList<CommitFile>> actual = readerStats(path, expected.keys(), &fast, &fallback, &packed);
        QCOMPARE(actual.size(), expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QList<CommitFile> &files = actual.value(it.key());
            if (files != it.value()) {
                for (const auto *list : {&files, &it.value()}) {
                    for (const CommitFile &f : *list)
                        qWarning() << f.position << f.path << f.oldPath.value_or(QString()) << f.insertions.value_or(-1)
                                   << f.deletions.value_or(-1);
                    qWarning() << "--";
                }
            }
            QVERIFY2(files == it.value(), qPrintable(it.key()));
        }
        if (storage == u"attributes"_s) {
            // Attributes may make files binary: every commit with a diff goes the way libgit2 reads attributes.
            QCOMPARE(fast, std::uint64_t(0));
            QCOMPARE(fallback, std::uint64_t(expected.size()));
        } else {
            // Only the commits that add the submodule and drop it (the next commit stages its empty folder as
            // gone) go to libgit2 whole.
            QCOMPARE(fallback, std::uint64_t(2));
            QCOMPARE(fast, std::uint64_t(expected.size() - 2));
        }
        if (storage != u"loose"_s)
            QVERIFY(packed > 0);
    }

    /// Every object of a packed repository reads as libgit2 reads it, also with a cache that keeps almost nothing.
    void everyObject_data()
    {
        QTest::addColumn<qulonglong>("cacheBytes");
        QTest::newRow("default cache") << qulonglong(64ull << 20);
        QTest::newRow("tiny cache") << qulonglong(4096);
    }

    void everyObject()
    {
        QFETCH(qulonglong, cacheBytes);
        const QString path = m_home.path() + u"/objects"_s;
        QVERIFY(QDir().exists(path) || copyRepository(path));
        GitCli git(path, m_home.path());
        git.run({u"gc"_s, u"--aggressive"_s, u"--quiet"_s});
        const QStringList objects =
            git.lines({u"cat-file"_s, u"--batch-all-objects"_s, u"--batch-check=%(objectname)"_s});
        QVERIFY2(objects.size() > 100, qPrintable(QString::number(objects.size())));

        LibGit2 library;
        git_repository *raw = nullptr;
        QCOMPARE(git_repository_open(&raw, path.toUtf8().constData()), 0);
        RepositoryPtr repository(raw);
        git_odb *odb = nullptr;
        QCOMPARE(git_repository_odb(&odb, repository.get()), 0);
        ObjectReader reader(repository.get(), cacheBytes);
        for (const QString &oid : objects) {
            git_oid id;
            git_oid_fromstr(&id, oid.toLatin1().constData());
            RawObject object;
            QCOMPARE(reader.read(id, object), 0);
            git_odb_object *expected = nullptr;
            QCOMPARE(git_odb_read(&expected, odb, &id), 0);
            QCOMPARE(object.type, git_odb_object_type(expected));
            QCOMPARE(object.data->size(), git_odb_object_size(expected));
            // Compared as views: an empty blob's bytes have no pointer, and memcmp does not allow that.
            const std::string_view expectedBytes(static_cast<const char *>(git_odb_object_data(expected)),
                                                 git_odb_object_size(expected));
            QVERIFY2(object.data->view() == expectedBytes, qPrintable(oid));
            git_odb_object_free(expected);
        }
        git_odb_free(odb);
        QCOMPARE(reader.packedReads(), std::uint64_t(objects.size()));
        QCOMPARE(reader.fallbackReads(), std::uint64_t(0));
    }

    /// A pack cut short: objects beyond the cut are not found (libgit2 refuses the pack as well), the others read
    /// as before, and nothing crashes.
    void truncatedPack()
    {
        const QString path = m_home.path() + u"/truncated"_s;
        QVERIFY(copyRepository(path));
        GitCli git(path, m_home.path());
        git.run({u"gc"_s, u"--aggressive"_s, u"--quiet"_s});
        const QStringList objects =
            git.lines({u"cat-file"_s, u"--batch-all-objects"_s, u"--batch-check=%(objectname)"_s});
        QMap<QString, std::string> before;
        {
            LibGit2 library;
            git_repository *raw = nullptr;
            QCOMPARE(git_repository_open(&raw, path.toUtf8().constData()), 0);
            RepositoryPtr repository(raw);
            ObjectReader reader(repository.get());
            for (const QString &oid : objects) {
                git_oid id;
                git_oid_fromstr(&id, oid.toLatin1().constData());
                RawObject object;
                QCOMPARE(reader.read(id, object), 0);
                before.insert(oid, std::string(object.data->view()));
            }
        }
        const QStringList packs = QDir(path + u"/.git/objects/pack"_s).entryList({u"*.pack"_s});
        QCOMPARE(packs.size(), 1);
        QFile pack(path + u"/.git/objects/pack/"_s + packs.first());
        QVERIFY(pack.open(QIODevice::ReadWrite));
        QVERIFY(pack.resize(pack.size() / 2));
        pack.close();

        LibGit2 library;
        git_repository *raw = nullptr;
        QCOMPARE(git_repository_open(&raw, path.toUtf8().constData()), 0);
        RepositoryPtr repository(raw);
        ObjectReader reader(repository.get());
        int read = 0;
        for (const QString &oid : objects) {
            git_oid id;
            git_oid_fromstr(&id, oid.toLatin1().constData());
            RawObject object;
            if (reader.read(id, object) == 0) {
                QCOMPARE(std::string(object.data->view()), before.value(oid));
                ++read;
            }
        }
        QVERIFY(read < objects.size());
    }

private:
    bool copyRepository(const QString &to)
    {
        GitCli git(m_home.path(), m_home.path());
        git.run({u"clone"_s, u"--quiet"_s, u"--no-local"_s, u"--mirror"_s, m_git->directory(), to + u"/.git"_s});
        GitCli copy(to, m_home.path());
        copy.run({u"config"_s, u"--bool"_s, u"core.bare"_s, u"false"_s});
        copy.run({u"checkout"_s, u"--quiet"_s, u"main"_s});
        // A mirror clone arrives packed: unpack it, so that each storage starts from loose objects.
        const QStringList packs = QDir(to + u"/.git/objects/pack"_s).entryList({u"*.pack"_s});
        for (const QString &name : packs) {
            const QString file = to + u"/.git/objects/pack/"_s + name;
            QFile moved(file);
            const QString aside = m_home.path() + u"/"_s + name;
            QFile::remove(aside);
            if (!moved.rename(aside))
                return false;
            QFile::remove(QString(file).replace(u".pack"_s, u".idx"_s));
            QFile input(aside);
            if (!input.open(QIODevice::ReadOnly))
                return false;
            copy.run({u"unpack-objects"_s, u"-q"_s}, input.readAll());
        }
        return !QTest::currentTestFailed();
    }

    QTemporaryDir m_home;
    std::unique_ptr<GitCli> m_git;
};

QTEST_GUILESS_MAIN(TestStatsReader)
#include "tst_statsreader.moc"
