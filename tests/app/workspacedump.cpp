// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacedump.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace flowdeck::testing {

using namespace Qt::StringLiterals;

namespace {

QString quotedName(const QString &name)
{
    return u'"' + QString(name).replace(u"\""_s, u"\"\""_s) + u'"';
}

struct Column
{
    QString name;
    /// The referenced table and column, for a foreign key.
    QString references;
    QString referencedColumn;
};

/// A connection of its own to the file, closed and removed when it goes.
class Connection
{
public:
    Connection(const QString &path, bool readOnly)
    {
        static QAtomicInt counter;
        m_name = u"workspacedump-%1"_s.arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s
                                      : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            m_error = u"cannot open %1: %2"_s.arg(path, db.lastError().text());
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QString error() const { return m_error; }

private:
    QString m_name;
    QString m_error;
};

/// Every row `sql` gives, each row's columns joined by '|'; an error names the statement.
QStringList rowsOf(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QStringList rows;
    if (!query.exec(sql)) {
        *error = u"%1: %2"_s.arg(sql, query.lastError().text());
        return rows;
    }
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells.append(query.value(i).toString());
        rows.append(cells.join(u'|'));
    }
    return rows;
}

QList<Column> columnsOf(const QSqlDatabase &db, const QString &table, QString *error)
{
    QList<Column> columns;
    QSqlQuery info(db);
    if (!info.exec(u"PRAGMA table_info(%1)"_s.arg(quotedName(table)))) {
        *error = info.lastError().text();
        return columns;
    }
    while (info.next())
        columns.append(Column{info.value(1).toString(), {}, {}});
    QSqlQuery keys(db);
    if (!keys.exec(u"PRAGMA foreign_key_list(%1)"_s.arg(quotedName(table)))) {
        *error = keys.lastError().text();
        return columns;
    }
    while (keys.next()) {
        for (Column &column : columns) {
            if (column.name == keys.value(3).toString()) {
                column.references = keys.value(2).toString();
                column.referencedColumn = keys.value(4).toString();
            }
        }
    }
    return columns;
}

} // namespace

bool DumpFilter::skipsColumn(const QString &table, const QString &column) const
{
    return columns.contains(table + u'.' + column) || columns.contains(u"*."_s + column);
}

WorkspaceDump dumpWorkspace(const QString &path, const DumpFilter &filter, bool readOnly)
{
    WorkspaceDump dump;
    const Connection connection(path, readOnly);
    if (!connection.error().isEmpty()) {
        dump.error = connection.error();
        return dump;
    }
    const QSqlDatabase db = connection.db();
    QString error;
    const QStringList tables =
        rowsOf(db, u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s,
               &error);
    QMap<QString, QList<Column>> columns;
    for (const QString &table : tables)
        columns.insert(table, columnsOf(db, table, &error));
    // A referenced row stands for itself by its own values: neither its id nor its own references.
    const auto ownValues = [&](const QString &table, const QString &alias) {
        QStringList parts;
        for (const Column &column : columns.value(table)) {
            if (column.name != u"id"_s && column.references.isEmpty() && !filter.skipsColumn(table, column.name))
                parts.append(u"quote(%1.%2)"_s.arg(alias, quotedName(column.name)));
        }
        return parts.isEmpty() ? u"'?'"_s : parts.join(u" || ',' || "_s);
    };
    for (const QString &table : tables) {
        if (filter.tables.contains(table))
            continue;
        QStringList selected;
        for (const Column &column : columns.value(table)) {
            if (column.name == u"id"_s || filter.skipsColumn(table, column.name))
                continue;
            if (column.references.isEmpty()) {
                selected.append(u"quote(t.%1)"_s.arg(quotedName(column.name)));
            } else {
                selected.append(u"coalesce((SELECT '(' || %1 || ')' FROM %2 AS r WHERE r.%3 = t.%4), 'NULL')"_s.arg(
                    ownValues(column.references, u"r"_s), quotedName(column.references),
                    quotedName(column.referencedColumn), quotedName(column.name)));
            }
        }
        if (selected.isEmpty())
            selected.append(u"'row'"_s);
        QString sql = u"SELECT %1 FROM %2 AS t"_s.arg(selected.join(u", "_s), quotedName(table));
        if (filter.where.contains(table))
            sql += u" WHERE "_s + filter.where.value(table);
        QStringList rows = rowsOf(db, sql, &error);
        std::sort(rows.begin(), rows.end());
        dump.tables.insert(table, rows);
    }
    for (auto it = filter.queries.cbegin(); it != filter.queries.cend(); ++it) {
        QStringList rows = rowsOf(db, it.value(), &error);
        std::sort(rows.begin(), rows.end());
        dump.tables.insert(it.key(), rows);
    }
    dump.error = error;
    return dump;
}

QStringList WorkspaceDump::missingFrom(const WorkspaceDump &later) const
{
    // Both sides are sorted: one walk over each table finds what is only here.
    QStringList missing;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        const QStringList there = later.tables.value(it.key());
        qsizetype j = 0;
        for (const QString &row : it.value()) {
            while (j < there.size() && there.at(j) < row)
                ++j;
            if (j < there.size() && there.at(j) == row)
                ++j;
            else
                missing.append(it.key() + u": "_s + row);
        }
    }
    return missing;
}

QStringList WorkspaceDump::differences(const WorkspaceDump &other) const
{
    QStringList result;
    for (const QString &row : missingFrom(other))
        result.append(u'-' + row);
    for (const QString &row : other.missingFrom(*this))
        result.append(u'+' + row);
    return result;
}

qsizetype WorkspaceDump::rowCount() const
{
    qsizetype count = 0;
    for (const QStringList &rows : tables)
        count += rows.size();
    return count;
}

QStringList integrityProblems(const QString &path)
{
    const Connection connection(path, false);
    if (!connection.error().isEmpty())
        return {connection.error()};
    QString error;
    QStringList problems;
    const QStringList integrity = rowsOf(connection.db(), u"PRAGMA integrity_check"_s, &error);
    if (integrity != QStringList{u"ok"_s})
        problems.append(u"integrity_check: "_s + integrity.join(u"; "_s));
    const QStringList foreignKeys = rowsOf(connection.db(), u"PRAGMA foreign_key_check"_s, &error);
    for (const QString &row : foreignKeys)
        problems.append(u"foreign_key_check: "_s + row);
    if (!error.isEmpty())
        problems.append(error);
    return problems;
}

} // namespace flowdeck::testing
