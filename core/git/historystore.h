// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/history.h"
#include "git/commitwalk.h"
#include "git/diffstats.h"
#include "git/refsnapshot.h"
#include "store/rows.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>
#include <vector>

namespace flowdeck::git {

// The workspace side of a git import. Every function runs on the caller's connection; the caller decides the
// transactions.

/// The repository row for `source` (matched by path or URL), added when it is new.
Result<Repository> findOrAddRepository(QSqlDatabase &db, const QString &source, bool remote, const QString &localPath,
                                       const QStringList &refPatterns);

/// The oids of the repository's stored commits.
Result<OidSet> storedCommits(QSqlDatabase &db, Id repositoryId);

/// Stored non-merge commits that have no diff stats yet (from an import without them).
Result<std::vector<std::pair<Id, git_oid>>> commitsWithoutStats(QSqlDatabase &db, Id repositoryId);

/// Parents that were missing when their children were stored (a shallow clone's boundary, missing objects).
Result<std::vector<git_oid>> missingParents(QSqlDatabase &db, Id repositoryId);

/// Forgets the diff stats of the children of `parents`: they were made against the empty tree while the parents
/// were missing, and are computed again now that the parents are there.
Result<void> forgetStatsOfChildren(QSqlDatabase &db, Id repositoryId, const std::vector<git_oid> &parents);

/// Writes commits with their parents, and diff stats with the files behind them, many rows per statement.
/// Call flush() before the transaction ends.
class CommitWriter
{
public:
    explicit CommitWriter(QSqlDatabase &db);
    ~CommitWriter();
    CommitWriter(const CommitWriter &) = delete;
    CommitWriter &operator=(const CommitWriter &) = delete;
    Result<void> add(Id repositoryId, const WalkedCommit &commit);
    /// Stats for a commit already stored.
    Result<void> addStats(Id commitId, const CommitStats &stats);
    Result<void> flush();

private:
    QSqlQuery m_updateStats;
    /// The same update through SQLite's own API where the workspace is SQLite: one per commit, 80,000 in a large
    /// import.
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_nativeUpdate = nullptr;
    store::BulkInserter<Commit> m_commits;
    store::BulkInserter<CommitParent> m_parents;
    store::BulkInserter<CommitFile> m_files;
    /// Parents of the buffered commits, by the commit's place in the buffer.
    QList<QStringList> m_pendingParents;
    bool m_prepared = false;
};

/// Replaces the repository's stored branches and tags with the snapshot's. Returns whether anything changed.
Result<bool> replaceRefs(QSqlDatabase &db, Id repositoryId, const RefSnapshot &refs);

/// Flags the repository's commits reachable or not from `tips`, over the stored commit graph. Returns how many
/// commits are unreachable now.
Result<qint64> updateReachability(QSqlDatabase &db, Id repositoryId, const std::vector<git_oid> &tips);

/// Links services named like the repository, and not linked yet, to it: their deployments then get ranges.
Result<void> linkServicesByName(QSqlDatabase &db, const Repository &repository);

Result<void> touchRepository(QSqlDatabase &db, Id repositoryId, Timestamp importedAt);

} // namespace flowdeck::git
