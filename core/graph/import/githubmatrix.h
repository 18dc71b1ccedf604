// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/import/importnotes.h"
#include "graph/import/yamltree.h"

#include <optional>

namespace flowdeck::graph::importers {

/// The number of jobs a GitHub Actions `strategy.matrix` starts: the product of its lists' lengths, less the
/// combinations an `exclude` entry matches, plus each `include` entry that extends no combination. Nothing,
/// with a note, when the matrix or a part of it comes from an expression (`${{ fromJson(...) }}`) or is not
/// the shape GitHub accepts.
std::optional<int> githubMatrixSize(const YamlValue &matrix, NoteList &notes);

/// Whether a text holds a GitHub Actions expression (`${{ ... }}`), whose value is known only when it runs.
bool isGitHubExpression(const QString &text);

} // namespace flowdeck::graph::importers
