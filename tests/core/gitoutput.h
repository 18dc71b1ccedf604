// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What git itself says about a repository: the expected values of the import tests, read from `git log`,
// `git rev-list` and `git for-each-ref`.

#include "domain/history.h"
#include "gitcli.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace flowdeck::testing {

/// The revisions of `git log --branches --tags`: every branch and tag.
QStringList allRefs();

/// One commit as `git log --format` prints it.
struct LoggedCommit
{
    QString oid;
    /// %P: the parents, in order.
    QStringList parents;
    QString authorName;
    QString authorEmail;
    /// %at in milliseconds, and the offset of %ai in minutes.
    qint64 authorTime = 0;
    int authorOffsetMinutes = 0;
    QString committerName;
    QString committerEmail;
    qint64 committerTime = 0;
    int committerOffsetMinutes = 0;
    /// %s
    QString summary;
    /// %B, byte for byte (decoded as UTF-8): the raw message with its final newline.
    QString message;
};

/// `git rev-list REVISIONS`: the oids, as a set.
QSet<QString> revList(GitCli &git, const QStringList &revisions);

/// `git rev-list --parents REVISIONS`: each commit's parents, in order.
QMap<QString, QStringList> revListParents(GitCli &git, const QStringList &revisions);

/// `git log REVISIONS --format=...` (with -z), by oid.
QMap<QString, LoggedCommit> loggedCommits(GitCli &git, const QStringList &revisions);

/// The minutes of a "+HHMM" or "-HHMM" offset, as git prints it.
int offsetMinutes(QStringView offset);

/// Splits a path of `git log --numstat` into the new path and, for a rename, the old one: "old => new" and
/// "dir/{old => new}/file" (either side of the braces may be empty).
std::pair<QString, std::optional<QString>> numstatPaths(const QString &printed);

/// `git log REVISIONS --numstat`, by oid: one CommitFile per printed line, in order (position = line index;
/// no line counts for the "-\t-" of a binary file). Commits without a diff (merges, empty commits) map to an
/// empty list.
QMap<QString, QList<CommitFile>> numstat(GitCli &git, const QStringList &revisions);

/// `git for-each-ref` over the tags (and `patterns`, when given), as the workspace keeps them: the peeled
/// target, and for annotated tags the tagger and message.
QList<Tag> gitTags(GitCli &git, const QStringList &patterns = {});

/// `git for-each-ref` over the branches (and `patterns`, when given), by short name.
QList<Branch> gitBranches(GitCli &git, const QStringList &patterns = {});

} // namespace flowdeck::testing
