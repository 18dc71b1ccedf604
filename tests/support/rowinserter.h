// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QString>

namespace flowdeck::testing {

/// Writes the rows of a hand-built workspace, each in a transaction of its own, and remembers the first failure,
/// so that a fixture is written in plain sequence and checked once at the end.
class RowInserter
{
public:
    explicit RowInserter(const store::Workspace &workspace)
        : m_workspace(workspace)
    {}

    /// Inserts `row` and returns its id, or -1 when it failed.
    template<typename Row>
    Id add(const Row &row)
    {
        Id id = -1;
        auto done = m_workspace.write([&](QSqlDatabase &db) -> Result<void> {
            store::TableWriter<Row> writer(db);
            auto inserted = writer.insert(row);
            if (!inserted)
                return inserted.error();
            id = *inserted;
            return {};
        });
        if (!done && m_error.isEmpty())
            m_error = done.errorMessage();
        return id;
    }

    /// The first failure, or an empty string.
    QString error() const { return m_error; }

private:
    const store::Workspace &m_workspace;
    QString m_error;
};

} // namespace flowdeck::testing
