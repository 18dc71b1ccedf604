// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/gitimport.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace flowdeck::history {

/// What importing every repository of the workspace again takes.
struct RepositoryImportPlan
{
    /// One import per repository, in the order of the repositories' names.
    QList<git::GitImportOptions> imports;
    /// The repositories' names, in the same order.
    QStringList names;
    /// Repositories that record neither a clone URL nor a folder, so that there is nothing to import them from.
    QStringList skipped;
};

/// How to import each repository of the workspace again, so that its history is brought up to date: from its
/// clone URL (fetching what is new) or else its local folder, with the ref patterns it was imported with, and
/// with diff statistics unless its commits were imported without them.
Result<RepositoryImportPlan> importsForEveryRepository(const QSqlDatabase &db);

} // namespace flowdeck::history
