// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/history.h"
#include "git/gitptr.h"

#include <QList>
#include <QStringList>

#include <vector>

namespace flowdeck::git {

/// The refs an import starts from, read once at its beginning.
struct RefSnapshot
{
    /// The commits the selected branches and tags point at, without duplicates.
    std::vector<git_oid> tips;
    QList<Branch> branches;
    QList<Tag> tags;
    QStringList warnings;
};

/// The refs matching `patterns` (full names or globs whose '*' also matches '/'); an empty list selects every
/// branch and tag, like `git log --branches --tags`. Tags are peeled to the commit they name.
Result<RefSnapshot> readRefs(git_repository *repository, const QStringList &patterns);

} // namespace flowdeck::git
