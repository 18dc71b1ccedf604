// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/history.h"
#include "git/gitptr.h"
#include "taskcontrol.h"

#include <QStringList>

#include <functional>
#include <unordered_set>
#include <vector>

namespace flowdeck::git {

using OidSet = std::unordered_set<git_oid, OidHash, OidEqual>;

/// A commit found by the walk, with what the workspace stores of it (the repository id is not set yet).
struct WalkedCommit
{
    git_oid oid;
    Commit commit;
    QStringList parents;
};

struct WalkResult
{
    qint64 commits = 0;
    /// Parent oids the repository does not hold: a shallow clone's boundary, or missing objects.
    OidSet missingParents;
};

/// Receives each commit as soon as it is read, children before parents (the order in which they are found), so
/// that storing overlaps reading. Returning false stops the walk.
using CommitSink = std::function<bool(WalkedCommit &&commit)>;

/// Walks from `tips` through first and other parents, stopping at commits in `known` (already stored) and at
/// parents the repository lacks. A walk that stops early (canceled, or the program killed) leaves stored commits
/// whose parents are not stored yet: the next import starts from those parents too (historystore's
/// missingParents), so the gap fills. Does not rely on libgit2's revision walker, which fails on the missing
/// parents of shallow clones.
Result<WalkResult> walkNewCommits(git_repository *repository, const std::vector<git_oid> &tips, const OidSet &known,
                                  const TaskControl &control, const CommitSink &sink);

} // namespace flowdeck::git
