// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace flowdeck::testing {

/// The rows of every table of a workspace file in a form that two workspaces filled by the same work can be
/// compared in: each row as text, its `id` left out and each foreign key replaced by the referenced row's own
/// values, so that rows written in another order (and so with other ids) compare equal. Rows are sorted.
struct WorkspaceDump
{
    /// Table name to its rows.
    QMap<QString, QStringList> tables;
    /// Empty when the file could be read; else what went wrong.
    QString error;

    /// Rows of this dump that `later` lacks (a row present n times here must be there at least n times), as
    /// "table: row" lines.
    QStringList missingFrom(const WorkspaceDump &later) const;
    /// Rows that differ between this dump and `other`, as "-table: row" (only here) and "+table: row" (only there).
    QStringList differences(const WorkspaceDump &other) const;
    qsizetype rowCount() const;
};

/// What a dump leaves out, and what it adds.
struct DumpFilter
{
    /// Columns to leave out, as "table.column" or "*.column" (of every table); also left out of the values that
    /// stand for a referenced row.
    QSet<QString> columns;
    /// Tables to leave out.
    QSet<QString> tables;
    /// The rows of a table to keep: an SQL condition on its row, called t.
    QMap<QString, QString> where;
    /// Rows of more, made-up tables: name to an SQL query, each of whose rows is one row of the dump.
    QMap<QString, QString> queries;

    bool skipsColumn(const QString &table, const QString &column) const;
};

/// Reads the workspace file at `path` straight from SQLite. `readOnly` opens it read-only, as a reader beside a
/// running writer does; a file left by a killed writer needs a writable connection to recover its WAL.
WorkspaceDump dumpWorkspace(const QString &path, const DumpFilter &filter, bool readOnly);

/// What `PRAGMA integrity_check` and `PRAGMA foreign_key_check` find wrong in the workspace file at `path`;
/// empty when both pass.
QStringList integrityProblems(const QString &path);

} // namespace flowdeck::testing
