// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"
#include "taskcontrol.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::git {

/// A user name and secret (password or token) for a remote repository.
struct Credential
{
    QString username;
    QString secret;
};

/// Asked when a remote wants credentials; `url` is the remote's URL and `attempt` counts the answers the remote
/// already refused (0 the first time). Returns nothing to give up.
using CredentialProvider = std::function<std::optional<Credential>(const QString &url, int attempt)>;

struct GitImportOptions
{
    /// A local repository (working tree or bare) or a clone URL (https://, ssh://, file://).
    QString source;
    /// Full ref names or glob patterns ("refs/heads/*", "refs/tags/v*"); empty means every branch and tag.
    QStringList refPatterns;
    /// Files changed, insertions and deletions per commit, as `git log --numstat` counts them.
    bool diffStats = true;
    /// Worker threads for the diff stats; 0 uses every core.
    int threads = 0;
    /// Where clones of URLs are kept; empty means the application's cache folder.
    QString cloneDirectory;
    CredentialProvider credentials;
};

struct GitImportResult
{
    Id repositoryId = 0;
    /// The repository's name in the workspace.
    QString repository;
    /// Commits of the repository in the workspace after the import, and how many of them this import added.
    qint64 commits = 0;
    qint64 newCommits = 0;
    int tags = 0;
    int branches = 0;
    /// Commits no longer reachable from the imported refs (after a force-push or a deleted branch).
    qint64 unreachable = 0;
    /// Parents that the repository does not hold (a shallow clone's boundary, or missing objects).
    qint64 missingParents = 0;
    double seconds = 0;
    /// Things the import dealt with without failing, in the user's words.
    QStringList warnings;
};

/// Imports the history of a git repository into the workspace: commits reachable from the chosen refs (with
/// their parents and, optionally, diff stats), tags and branches. A second import reads only what is new.
/// Commits are stored parents first, in batches of one transaction each, so a canceled or failed import keeps
/// a consistent part and the next one goes on from there. Deployment ranges are recomputed at the end.
Result<GitImportResult> importGitHistory(const store::Workspace &workspace, const GitImportOptions &options,
                                         const TaskControl &control = {});

} // namespace flowdeck::git
