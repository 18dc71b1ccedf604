// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "taskcontrol.h"

#include <QCoreApplication>
#include <QString>

namespace flowdeck::store {

class Workspace;

/// What a copy moved.
struct CopySummary
{
    int tables = 0;
    qint64 rows = 0;
};

/// Copies every record of `source` into `target`, a workspace just created (by Workspace::create) at the same
/// schema version, between SQLite and PostgreSQL in either direction or within one engine. Records keep their
/// ids, so every reference between them holds; the target's own id counters continue after the highest id copied.
/// Rows created with the target (its creation settings) are replaced by the source's; a target that holds any other
/// record is refused untouched.
///
/// The source is read in one snapshot, and the target is written in one transaction: a copy that fails or is
/// canceled leaves the target without any copied record. Tables are filled parents first (by the target's foreign
/// keys); a table that refers to itself gets those references after all its rows are in.
class WorkspaceCopy
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::store::WorkspaceCopy)

public:
    static Result<CopySummary> copy(const Workspace &source, const Workspace &target, const TaskControl &control = {});
};

} // namespace flowdeck::store
