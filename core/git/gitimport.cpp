// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/gitimport.h"

#include "delivery/deploymentranges.h"
#include "git/commitwalk.h"
#include "git/historystore.h"
#include "git/refsnapshot.h"
#include "git/remoteclone.h"
#include "git/statspool.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace flowdeck::git {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("flowdeck::git", text);
}

/// Commits per transaction: large enough to amortise the commit, small enough that a cancel loses little.
constexpr auto batchSize = std::size_t(10000);

Result<RepositoryPtr> openRepository(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("%1 does not exist.").arg(path)};
    git_repository *raw = nullptr;
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    if (git_repository_open_ext(&raw, native.constData(), GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr) < 0) {
        if (git_error_last() && git_error_last()->klass == GIT_ERROR_REPOSITORY)
            return Error{tr("%1 is not a git repository.").arg(path)};
        return gitError(tr("Opening %1").arg(path));
    }
    return RepositoryPtr(raw);
}

/// Runs `step` over [0, count) in batches of one transaction each, reporting progress after each batch.
Result<void> inBatches(const store::Workspace &workspace, std::size_t count, const TaskControl &control, qint64 &done,
                       qint64 total, const std::function<Result<void>(CommitWriter &, std::size_t)> &step)
{
    for (std::size_t next = 0; next < count;) {
        if (control.isCanceled())
            return Error{TaskControl::canceledMessage()};
        const std::size_t end = std::min(count, next + batchSize);
        auto written = workspace.write([&](QSqlDatabase &db) -> Result<void> {
            CommitWriter writer(db);
            for (std::size_t i = next; i < end; ++i) {
                if (auto stepped = step(writer, i); !stepped)
                    return stepped;
            }
            return writer.flush();
        });
        if (!written)
            return written;
        done += qint64(end - next);
        next = end;
        control.report(done, total);
    }
    return {};
}

/// Hands walked commits from the walking thread to the writing one, holding at most `capacity` of them, so
/// reading the repository and writing the workspace use a core each.
class CommitQueue
{
public:
    explicit CommitQueue(std::size_t capacity)
        : m_capacity(capacity)
    {}

    /// False once the consumer has stopped: the producer should stop too.
    bool push(WalkedCommit &&commit)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_closed || m_queue.size() < m_capacity; });
        if (m_closed)
            return false;
        m_queue.push_back(std::move(commit));
        m_notEmpty.notify_one();
        return true;
    }

    /// Moves up to `max` commits into `out` once at least `least` are waiting (or the producer is done); false
    /// when the producer is done and nothing is left.
    bool take(std::vector<WalkedCommit> &out, std::size_t least, std::size_t max)
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return m_finished || m_queue.size() >= std::min(least, m_capacity); });
        if (m_queue.empty())
            return false;
        const std::size_t count = std::min(max, m_queue.size());
        out.clear();
        std::move(m_queue.begin(), m_queue.begin() + std::ptrdiff_t(count), std::back_inserter(out));
        m_queue.erase(m_queue.begin(), m_queue.begin() + std::ptrdiff_t(count));
        m_notFull.notify_all();
        return true;
    }

    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_notEmpty.notify_all();
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notFull.notify_all();
    }

private:
    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_notEmpty;
    std::condition_variable m_notFull;
    std::deque<WalkedCommit> m_queue;
    bool m_finished = false;
    bool m_closed = false;
};

/// Walks the repository on a thread of its own (with its own git_repository) while this thread stores what it
/// finds in batches, parents first.
Result<WalkResult> walkAndStore(const QString &gitPath, const std::vector<git_oid> &tips, const OidSet &known,
                                const store::Workspace &workspace, Id repositoryId, const TaskControl &control,
                                qint64 &done)
{
    CommitQueue queue(2 * batchSize);
    std::optional<Result<WalkResult>> walked;
    std::thread walker([&] {
        LibGit2 library;
        auto repository = openRepository(gitPath);
        if (!repository)
            walked.emplace(repository.error());
        else
            walked.emplace(walkNewCommits(repository->get(), tips, known, control,
                                          [&](WalkedCommit &&commit) { return queue.push(std::move(commit)); }));
        queue.finish();
    });

    std::vector<WalkedCommit> batch;
    Result<void> stored;
    // Storing starts as soon as a few commits are read, and then takes what has come meanwhile: the writer never
    // waits for a whole batch while it could be writing.
    while (stored && queue.take(batch, batchSize / 10, batchSize)) {
        if (control.isCanceled()) {
            stored = Error{TaskControl::canceledMessage()};
            break;
        }
        stored = workspace.write([&](QSqlDatabase &db) -> Result<void> {
            CommitWriter writer(db);
            for (const WalkedCommit &commit : batch) {
                if (auto added = writer.add(repositoryId, commit); !added)
                    return added;
            }
            return writer.flush();
        });
        if (stored) {
            done += qint64(batch.size());
            control.report(done, 0);
        }
    }
    queue.close();
    walker.join();
    if (!stored)
        return stored.error();
    return std::move(*walked);
}

Result<qint64> countCommits(QSqlDatabase &db, Id repositoryId)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT count(*) FROM commits WHERE repository_id = ?"_s);
    query.addBindValue(repositoryId);
    if (!query.exec() || !query.next())
        return store::sqlError(u"commits"_s, query.lastError());
    return query.value(0).toLongLong();
}

/// On a server workspace, git imports take turns: two imports of one repository at once would both find it missing
/// and insert its row, and then its commits, twice (the second refused by the unique keys). The turn is a session
/// lock of this thread's connection, given back when the import ends, or by the server when the connection goes.
class ServerImportTurn
{
public:
    ServerImportTurn() = default;
    ServerImportTurn(const ServerImportTurn &) = delete;
    ServerImportTurn &operator=(const ServerImportTurn &) = delete;
    ~ServerImportTurn()
    {
        if (m_db.isOpen())
            QSqlQuery(u"SELECT pg_advisory_unlock(%1, %2)"_s.arg(store::Workspace::applicationId).arg(key), m_db);
    }

    /// Waits for the turn of imports into `workspace` (at once for a file), until `control` cancels.
    Result<void> take(const store::Workspace &workspace, const TaskControl &control)
    {
        if (workspace.engine() != store::Workspace::Engine::PostgreSql)
            return {};
        QSqlDatabase db = workspace.connection();
        QSqlQuery query(db);
        const QString sql = u"SELECT pg_try_advisory_lock(%1, %2)"_s.arg(store::Workspace::applicationId).arg(key);
        for (;;) {
            if (!query.exec(sql) || !query.next())
                return store::sqlError(u"repositories"_s, query.lastError());
            if (query.value(0).toBool()) {
                m_db = db;
                return {};
            }
            if (control.isCanceled())
                return Error{TaskControl::canceledMessage()};
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }

private:
    /// The second half of the lock's key; the first is the application id.
    static constexpr int key = 1;
    QSqlDatabase m_db;
};

/// The import itself; `localPath` says which folder it read, once it knows.
Result<GitImportResult> importFrom(const store::Workspace &workspace, const GitImportOptions &options,
                                   const TaskControl &control, QString &localPathOut)
{
    QElapsedTimer timer;
    timer.start();
    LibGit2 library;
    GitImportResult result;

    const QString source = options.source.trimmed();
    if (source.isEmpty())
        return Error{tr("No repository was given: name a folder or a clone URL.")};
    const bool remote = isRemoteSource(source);
    // The repository keeps its address in the workspace, and messages name it: a password has no place there.
    if (remote && !QUrl(source).password().isEmpty()) {
        return Error{tr("The address %1 holds a password: keep the password or token in the keychain instead (the "
                        "window asks for it; the command line reads what flowdeck credentials set stored), so that it "
                        "stays out of the workspace.")
                         .arg(QUrl(source).adjusted(QUrl::RemoveUserInfo).toString())};
    }
    ServerImportTurn turn;
    if (auto taken = turn.take(workspace, control); !taken)
        return taken.error();
    QString localPath = remote ? QString() : QFileInfo(source).absoluteFilePath();
    if (remote) {
        auto mirror = updateMirror(source, options.cloneDirectory, options.credentials, control);
        if (!mirror)
            return mirror.error();
        localPath = *mirror;
    }
    localPathOut = localPath;
    auto repository = openRepository(localPath);
    if (!repository)
        return repository.error();
    const QString gitPath = QFile::decodeName(git_repository_path(repository->get()));

    auto refs = readRefs(repository->get(), options.refPatterns);
    if (!refs)
        return refs.error();
    result.warnings += refs->warnings;
    result.branches = int(refs->branches.size());
    result.tags = int(refs->tags.size());
    // git_repository_is_empty() in libgit2 1.5 knows only an unborn "master"; no refs at all says the same.
    if (git_repository_is_empty(repository->get()) == 1 ||
        (refs->tips.empty() && git_repository_head_unborn(repository->get()) == 1))
        result.warnings.append(tr("The repository has no commits yet."));

    Repository row;
    OidSet known;
    std::vector<git_oid> boundary;
    auto prepared = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto found = findOrAddRepository(db, remote ? source : localPath, remote, localPath, options.refPatterns);
        if (!found)
            return found.error();
        row = *found;
        auto stored = storedCommits(db, row.id);
        if (!stored)
            return stored.error();
        known = std::move(*stored);
        auto missing = missingParents(db, row.id);
        if (!missing)
            return missing.error();
        boundary = std::move(*missing);
        return {};
    });
    if (!prepared)
        return prepared.error();
    result.repositoryId = row.id;
    result.repository = row.name;

    // First the commits themselves, parents first: what every later step relies on.
    qint64 done = 0;
    control.report(0, 0);
    // Parents missing at an earlier import that the repository holds now (a shallow clone deepened since):
    // the walk starts from them too, so the history below the old boundary arrives.
    std::vector<git_oid> starts = refs->tips;
    std::vector<git_oid> filled;
    for (const git_oid &parent : boundary) {
        git_odb *odb = nullptr;
        if (git_repository_odb(&odb, repository->get()) == 0) {
            if (git_odb_exists(odb, &parent)) {
                starts.push_back(parent);
                filled.push_back(parent);
            }
            git_odb_free(odb);
        }
    }
    auto walked = walkAndStore(gitPath, starts, known, workspace, row.id, control, done);
    if (!walked)
        return walked.error();
    result.newCommits = walked->commits;
    result.missingParents = qint64(walked->missingParents.size());
    if (result.missingParents > 0) {
        result.warnings.append(QCoreApplication::translate("flowdeck::git",
                                                           "%n parent commit(s) are not in the repository (a shallow "
                                                           "clone or missing objects); the history ends there.",
                                                           nullptr, int(result.missingParents)));
    }

    auto finished = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto changed = replaceRefs(db, row.id, *refs);
        if (!changed)
            return changed.error();
        if (options.diffStats && !filled.empty()) {
            if (auto forgotten = forgetStatsOfChildren(db, row.id, filled); !forgotten)
                return forgotten;
        }
        if (*changed || result.newCommits > 0) {
            // On a first import everything stored was walked from the tips: reachable by construction.
            if (!known.empty()) {
                auto unreachable = updateReachability(db, row.id, refs->tips);
                if (!unreachable)
                    return unreachable.error();
            }
            if (auto linked = linkServicesByName(db, row); !linked)
                return linked;
            if (auto ranges = recomputeDeploymentCommits(db, row.id); !ranges)
                return ranges.error();
        }
        return touchRepository(db, row.id, QDateTime::currentMSecsSinceEpoch());
    });
    if (!finished)
        return finished.error();

    // Then the diff stats of every commit that lacks them, newest first: that is the order in which git's
    // packs keep objects whole, so the deltas resolve fastest. A canceled run leaves the rest for the next one.
    if (options.diffStats) {
        std::vector<std::pair<Id, git_oid>> work;
        auto listed = workspace.write([&](QSqlDatabase &db) -> Result<void> {
            auto missing = commitsWithoutStats(db, row.id);
            if (!missing)
                return missing.error();
            work = std::move(*missing);
            return {};
        });
        if (!listed)
            return listed.error();
        if (!work.empty()) {
            std::vector<git_oid> oids;
            oids.reserve(work.size());
            for (const auto &[id, oid] : work)
                oids.push_back(oid);
            StatsPool pool(gitPath, std::move(oids), options.threads);
            const qint64 total = done + qint64(work.size());
            auto stored = inBatches(workspace, work.size(), control, done, total,
                                    [&](CommitWriter &writer, std::size_t i) -> Result<void> {
                                        auto stats = pool.take(i);
                                        if (!stats)
                                            return stats.error();
                                        return writer.addStats(work[i].first, *stats);
                                    });
            if (!stored)
                return stored.error();
        }
    }

    QSqlDatabase db = workspace.connection();
    auto count = countCommits(db, row.id);
    if (!count)
        return count.error();
    result.commits = *count;
    QSqlQuery unreachable(db);
    unreachable.prepare(u"SELECT count(*) FROM commits WHERE repository_id = ? AND reachable = 0"_s);
    unreachable.addBindValue(row.id);
    if (unreachable.exec() && unreachable.next())
        result.unreachable = unreachable.value(0).toLongLong();
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace

Result<GitImportResult> importGitHistory(const store::Workspace &workspace, const GitImportOptions &options,
                                         const TaskControl &control)
{
    QString localPath;
    auto result = importFrom(workspace, options, control, localPath);
    // A repository moved or deleted while it was read fails in libgit2's words; say what happened instead.
    if (!result && !control.isCanceled() && !localPath.isEmpty() && !QFileInfo::exists(localPath)) {
        return Error{tr("The repository %1 went away during the import (moved or deleted). What was imported "
                        "until then is kept; import again once it is back.")
                         .arg(localPath)};
    }
    return result;
}

} // namespace flowdeck::git
