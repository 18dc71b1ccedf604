// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Compares what a git import stored with git's own output. Each function reports the first difference as a
// failure of the current test, naming the commit and the field; check QTest::currentTestFailed() after it.

#include "domain/types.h"
#include "gitcli.h"

#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace flowdeck::testing {

struct Comparison
{
    /// `git log` arguments that select the expected commits.
    QStringList revisions = {QStringLiteral("--branches"), QStringLiteral("--tags")};
    /// Whether the import computed diff stats; without them every commit must be stored without any.
    bool stats = true;
    /// Leave out stored commits flagged unreachable (after a force-push or a deleted branch).
    bool skipUnreachable = false;
    /// The expected parents where git's are rewritten (the grafts of a shallow clone); by default those of
    /// `git rev-list --parents`.
    std::optional<QMap<QString, QStringList>> parents;
    /// Commits whose stats are not compared: git cannot tell them either (their parent object is missing).
    QSet<QString> statsNotCompared;
};

/// The set of commits, their parents in order, author and committer (name, e-mail, time, offset), summary (%s),
/// message (%B exactly), merge flag and, with stats, files changed, insertions, deletions and the commit_files
/// rows of `git log --numstat`; merge commits carry no stats.
void compareWithGit(GitCli &git, const QSqlDatabase &db, Id repositoryId, const Comparison &comparison = {});

/// The stored tags and branches against `git for-each-ref` with `patterns` (all tags and branches when empty).
void compareRefsWithGit(GitCli &git, const QSqlDatabase &db, Id repositoryId, const QStringList &patterns = {});

/// Reports the first line where `actual` and `expected` differ, with `what` in the message. Returns whether they
/// are equal.
bool compareLines(const QStringList &actual, const QStringList &expected, const QString &what);

} // namespace flowdeck::testing
