// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/history.h"
#include "git/gitptr.h"

#include <QList>

namespace flowdeck::git {

/// What `git log --numstat` prints for one commit.
struct CommitStats
{
    int filesChanged = 0;
    int insertions = 0;
    int deletions = 0;
    /// commitId is not set; positions follow the diff's order.
    QList<CommitFile> files;
};

/// Diff stats of a commit against its first parent (the empty tree for a root commit or a shallow boundary),
/// with git's defaults: rename detection (-M, 50 % similarity), binary files counted without lines, found by
/// a NUL byte in their first 8,000 bytes as git does. Merge commits have none, as in `git log --numstat`.
/// One instance per thread: it uses the repository it is given from that thread only.
Result<CommitStats> diffStats(git_repository *repository, const git_oid &commit);

/// Whether git takes content as binary: a NUL byte in its first 8,000 bytes; or, as libgit2 does, more than 512 MiB.
bool isBinaryContent(const char *data, std::size_t size);

/// Sets the lines `after` puts in and `before` takes away, by libgit2's xdiff (git's diff), both blobs taken as text.
/// `path` names them for attribute lookups; an empty path looks up none. False when libgit2 fails.
bool blobLineCounts(const git_blob *before, const git_blob *after, const char *path, CommitFile &file);

} // namespace flowdeck::git
