// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace flowdeck::testing {

/// How many rows `table` of the workspace file at `path` holds, read straight from the SQLite file (read-only,
/// past Workspace and the pages); -1 when it cannot be read.
qint64 countRows(const QString &path, const QString &table);

} // namespace flowdeck::testing
