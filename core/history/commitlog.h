// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/deploymentrow.h"
#include "domain/history.h"
#include "domain/types.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace flowdeck::history {

/// Which commits the History page lists. Every part is optional; an empty filter lists every commit.
struct CommitFilter
{
    OptionalId repositoryId;
    /// A part of the author's name or email, in any case.
    QString author;
    /// Commits that changed a matching file (by its path, or its path before a rename). With a glob
    /// character (* ? [) the pattern is a case-sensitive glob over the whole path ("*.cpp", "src/ui/*");
    /// otherwise a part of the path, in any case.
    QString path;
    /// A part of the commit message (summary or body), in any case.
    QString text;
    /// Author time from (inclusive) and to (exclusive).
    OptionalTime from;
    OptionalTime to;

    bool isEmpty() const;
    bool operator==(const CommitFilter &) const = default;
};

/// What the commits table shows of one commit: small, so that 100,000 of them fit in memory comfortably.
struct CommitRow
{
    Id id = 0;
    Id repositoryId = 0;
    /// The first characters of the object id (shortOidLength).
    QString shortOid;
    QString summary;
    QString authorName;
    QString authorEmail;
    Timestamp authorTime = 0;
    int authorOffsetMinutes = 0;
    bool isMerge = false;
    std::optional<int> filesChanged;
    std::optional<int> insertions;
    std::optional<int> deletions;
    bool reachable = true;

    /// Lines changed (insertions + deletions), or nothing when the commit has no diff stats.
    std::optional<qint64> size() const;
    bool operator==(const CommitRow &) const = default;
};

inline constexpr int shortOidLength = 10;

/// The orders the commits table offers. Ties are broken by author time, newest first, then by id.
enum class CommitOrder
{
    Time,
    Repository,
    Oid,
    Summary,
    Author,
    Files,
    /// Lines changed; commits without stats (merges) come before the smallest change in ascending order.
    Size,
    Insertions,
    Deletions
};

struct RepositoryName
{
    Id id = 0;
    QString name;

    bool operator==(const RepositoryName &) const = default;
};

/// What the History page needs before it filters: the repositories and how many commits there are in all.
struct CommitLogFacts
{
    qint64 commits = 0;
    /// By name.
    QList<RepositoryName> repositories;
    /// Distinct author names, by how many commits each wrote (most first), for completing the author filter.
    QStringList authors;
};

/// A deployment that shipped a commit: the commit was in the range from the previous successful deployment of
/// the same service to the same environment up to this one (deployment_commits).
using CommitDeployment = DeploymentRow;

/// When a commit first ran in an environment: the earliest successful deployment there that shipped it.
struct EnvironmentArrival
{
    QString environment;
    QString service;
    QString version;
    Timestamp at = 0;
    /// How long after the commit was written it arrived (at - author time).
    qint64 afterMs = 0;

    bool operator==(const EnvironmentArrival &) const = default;
};

struct CommitParentRef
{
    QString oid;
    /// The parent's id and summary when the workspace holds it (not across a shallow clone's boundary).
    OptionalId id;
    QString summary;

    bool operator==(const CommitParentRef &) const = default;
};

/// Everything the details pane shows about one commit.
struct CommitDetails
{
    Commit commit;
    QString repository;
    QList<CommitParentRef> parents;
    /// As `git log --numstat` lists them; empty when the import kept no file lists.
    QList<CommitFile> files;
    /// Oldest first (by finish, else start time).
    QList<CommitDeployment> deployments;
    /// In the order the commit arrived, earliest first.
    QList<EnvironmentArrival> arrivals;
};

/// The commits matching `filter`, newest first (author time, then id).
Result<QList<CommitRow>> loadCommitRows(const QSqlDatabase &db, const CommitFilter &filter);

/// Sorts rows in place by `order`; ties are broken as CommitOrder describes. Repository order follows the
/// names in `repositories`.
void sortCommitRows(QList<CommitRow> &rows, CommitOrder order, Qt::SortOrder direction,
                    const QList<RepositoryName> &repositories = {});

/// The commit count, the repositories and the authors.
Result<CommitLogFacts> loadCommitLogFacts(const QSqlDatabase &db);

/// The details of the commit with id `commitId`; an error when there is none.
Result<CommitDetails> loadCommitDetails(const QSqlDatabase &db, Id commitId);

/// Whether `pattern` is matched as a glob rather than as a part of the path.
bool isGlobPattern(const QString &pattern);

} // namespace flowdeck::history
