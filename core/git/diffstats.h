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

} // namespace flowdeck::git
