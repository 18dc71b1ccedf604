// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/rows.h"
#include "store/tables.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace flowdeck::testing {

/// Writes the rows of a hand-built history inside one transaction (Workspace::write) and remembers the first
/// failure. Object ids are written as one repeated character (see oidOf()).
class HistoryBuilder
{
public:
    explicit HistoryBuilder(QSqlDatabase &db)
        : m_db(db)
    {}

    /// Inserts `row` and returns its id, or -1 when it failed.
    template<typename Row>
    Id add(const Row &row)
    {
        store::TableWriter<Row> writer(m_db);
        auto inserted = writer.insert(row);
        if (!inserted && m_error.isEmpty())
            m_error = inserted.errorMessage();
        return inserted ? *inserted : -1;
    }

    /// A commit written at `at` and committed a minute later by the same person, at UTC offset `offset` minutes.
    Id commit(Id repository, char oid, const QString &author, const QString &email, Timestamp at,
              const QString &message, std::optional<int> files, std::optional<int> insertions,
              std::optional<int> deletions, bool merge = false, bool reachable = true, int offset = 0);
    void parent(Id commit, int position, char oid);
    void file(Id commit, int position, const QString &path, std::optional<QString> oldPath,
              std::optional<int> insertions, std::optional<int> deletions);
    /// A deployment and the commits it shipped.
    Id deployment(Id service, Id environment, const QString &version, const char *status, OptionalTime started,
                  OptionalTime finished, const QList<Id> &commits);

    /// The first failure, or an empty string.
    QString error() const { return m_error; }

private:
    QSqlDatabase &m_db;
    QString m_error;
};

} // namespace flowdeck::testing
