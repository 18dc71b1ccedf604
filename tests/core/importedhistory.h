// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a git import stored in the workspace, read back by oid so that it compares with git's own output.

#include "domain/history.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

namespace flowdeck::testing {

/// The repository's commits, by oid.
QMap<QString, Commit> storedCommits(const QSqlDatabase &db, Id repositoryId);

/// commit_parents of the repository's commits, by the commit's oid, in position order.
QMap<QString, QStringList> storedParents(const QSqlDatabase &db, Id repositoryId);

/// commit_files of the repository's commits, by the commit's oid, in position order (commitId left 0).
QMap<QString, QList<CommitFile>> storedFiles(const QSqlDatabase &db, Id repositoryId);

/// Tags and branches of the repository, by name (ids left 0).
QList<Tag> storedTags(const QSqlDatabase &db, Id repositoryId);
QList<Branch> storedBranches(const QSqlDatabase &db, Id repositoryId);

/// deployment_commits of one deployment: the oids it shipped.
QStringList shippedCommits(const QSqlDatabase &db, Id deploymentId);

/// Every row an import writes for the repository as sorted text, with row ids replaced by oids and the import
/// time left out: two dumps are equal exactly when two imports stored the same.
QStringList dumpRepository(const QSqlDatabase &db, Id repositoryId);

/// The number of rows of `table`.
qint64 rowCount(const QSqlDatabase &db, const QString &table);

} // namespace flowdeck::testing
