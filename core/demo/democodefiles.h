// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/history.h"

#include <QList>
#include <QStringList>

namespace flowdeck::demo {

// The files the demo's commits change: a service's code base and how a commit's line counts spread over it.

/// The paths of a service's code base: a few folders of a few dozen files, in the service's language.
QStringList codePaths(const QString &service);

/// Distinct files out of `paths` for the commit at `index` in the service's history, whose line counts add up to
/// the commit's. They come from a stream of their own (seeded by the service and the index), so that the rest of the
/// history stays the same whatever the files are.
QList<CommitFile> commitFiles(const Commit &commit, const QString &service, int index, const QStringList &paths);

/// The files of several commits (indices into `files`) as one: a path changed twice counts once, with the lines
/// added up.
QList<CommitFile> squashedFiles(const QList<QList<CommitFile>> &files, const QList<int> &commits);

} // namespace flowdeck::demo
