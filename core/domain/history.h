// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QString>

namespace flowdeck {

/// A git repository known to the workspace, by local path or by clone URL.
struct Repository
{
    Id id = 0;
    QString name;
    std::optional<QString> url;
    std::optional<QString> path;
    std::optional<QString> defaultBranch;
    /// Ref patterns to import, one per line; empty means all branches and tags.
    QString refPatterns;
    OptionalTime lastImportAt;

    bool operator==(const Repository &) const = default;
};

/// One commit. Diff stats are absent for merge commits and for imports without stats.
struct Commit
{
    Id id = 0;
    Id repositoryId = 0;
    QString oid;
    QString authorName;
    QString authorEmail;
    Timestamp authorTime = 0;
    int authorOffsetMinutes = 0;
    QString committerName;
    QString committerEmail;
    Timestamp committerTime = 0;
    int committerOffsetMinutes = 0;
    QString summary;
    QString message;
    bool isMerge = false;
    std::optional<int> filesChanged;
    std::optional<int> insertions;
    std::optional<int> deletions;
    /// False once a force-push or a deleted branch made the commit unreachable from the imported refs.
    bool reachable = true;

    bool operator==(const Commit &) const = default;
};

/// A parent of a commit, by oid: the parent may be missing from the workspace (shallow clone boundary).
struct CommitParent
{
    Id commitId = 0;
    int position = 0;
    QString parentOid;

    bool operator==(const CommitParent &) const = default;
};

/// One file a commit changed, compared with its first parent (or the empty tree for a root commit).
struct CommitFile
{
    Id commitId = 0;
    int position = 0;
    QString path;
    /// The path before a rename.
    std::optional<QString> oldPath;
    /// Absent for binary files, as `git log --numstat` shows "-".
    std::optional<int> insertions;
    std::optional<int> deletions;

    bool operator==(const CommitFile &) const = default;
};

struct Tag
{
    Id id = 0;
    Id repositoryId = 0;
    QString name;
    QString targetOid;
    bool annotated = false;
    std::optional<QString> taggerName;
    std::optional<QString> taggerEmail;
    OptionalTime taggerTime;
    std::optional<QString> message;

    bool operator==(const Tag &) const = default;
};

struct Branch
{
    Id id = 0;
    Id repositoryId = 0;
    QString name;
    QString tipOid;

    bool operator==(const Branch &) const = default;
};

/// A pull or merge request: the coding and review phases of lead time come from these.
struct PullRequest
{
    Id id = 0;
    Id repositoryId = 0;
    int number = 0;
    QString title;
    QString author;
    QString headBranch;
    QString baseBranch;
    Timestamp createdAt = 0;
    OptionalTime mergedAt;
    OptionalTime closedAt;
    std::optional<QString> mergeCommitOid;
    OptionalTime firstCommitAt;
    QString source;
    QString externalId;
    std::optional<QString> url;

    bool operator==(const PullRequest &) const = default;
};

} // namespace flowdeck
