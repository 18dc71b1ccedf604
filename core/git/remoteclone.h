// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/gitimport.h"

namespace flowdeck::git {

/// True for sources that name a remote (https://, ssh://, git://, file://, or scp-like user@host:path).
bool isRemoteSource(const QString &source);

/// The name a repository gets in the workspace: its folder or the last part of its URL, without ".git".
QString repositoryNameFor(const QString &source);

/// Brings a local mirror of `url` (every branch and tag) up to date under `cloneDirectory`: clones it the first
/// time, fetches with pruning afterwards. Returns the mirror's path.
Result<QString> updateMirror(const QString &url, const QString &cloneDirectory, const CredentialProvider &credentials,
                             const TaskControl &control);

} // namespace flowdeck::git
