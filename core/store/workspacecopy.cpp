// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspacecopy.h"

#include "store/workspace.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace flowdeck::store {

using namespace Qt::StringLiterals;

namespace {

// Bound values per statement: below SQLite's limit (32,766) and PostgreSQL's (65,535).
constexpr int maxValuesPerStatement = 30000;
constexpr int maxRowsPerStatement = 256;

bool isPostgreSql(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL"_s;
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

Error queryError(const QString &what, const QSqlQuery &query)
{
    return Error{WorkspaceCopy::tr("%1: %2").arg(what, query.lastError().text())};
}

struct ForeignKey
{
    QString table;
    QString column;
    QString parent;
};

Result<QStringList> tableNames(QSqlDatabase &db)
{
    QSqlQuery query(db);
    const QString sql = isPostgreSql(db)
                            ? u"SELECT table_name FROM information_schema.tables "
                              u"WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"_s
                            : u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                              u"ESCAPE '\\'"_s;
    if (!query.exec(sql))
        return queryError(WorkspaceCopy::tr("Listing the tables of %1").arg(db.databaseName()), query);
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    names.sort();
    return names;
}

Result<QList<ForeignKey>> foreignKeys(QSqlDatabase &db, const QStringList &tables)
{
    QList<ForeignKey> keys;
    QSqlQuery query(db);
    if (isPostgreSql(db)) {
        const QString sql = u"SELECT child.relname, attribute.attname, parent.relname "
                            u"FROM pg_constraint constraint_ "
                            u"JOIN pg_class child ON child.oid = constraint_.conrelid "
                            u"JOIN pg_class parent ON parent.oid = constraint_.confrelid "
                            u"JOIN pg_namespace namespace ON namespace.oid = child.relnamespace "
                            u"JOIN pg_attribute attribute ON attribute.attrelid = constraint_.conrelid "
                            u"AND attribute.attnum = ANY (constraint_.conkey) "
                            u"WHERE constraint_.contype = 'f' AND namespace.nspname = current_schema()"_s;
        if (!query.exec(sql))
            return queryError(WorkspaceCopy::tr("Reading the foreign keys"), query);
        while (query.next())
            keys.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
        return keys;
    }
    for (const QString &table : tables) {
        if (!query.exec(u"SELECT \"from\", \"table\" FROM pragma_foreign_key_list(%1)"_s.arg(
                u'\'' + QString(table).replace(u'\'', u"''"_s) + u'\'')))
            return queryError(WorkspaceCopy::tr("Reading the foreign keys of %1").arg(table), query);
        while (query.next())
            keys.append({table, query.value(0).toString(), query.value(1).toString()});
    }
    return keys;
}

/// The tables with every parent before its children; references of a table to itself do not count.
Result<QStringList> parentsFirst(const QStringList &tables, const QList<ForeignKey> &keys)
{
    const QSet<QString> known(tables.begin(), tables.end());
    QHash<QString, QSet<QString>> parents;
    for (const ForeignKey &key : keys) {
        if (key.table != key.parent && known.contains(key.table) && known.contains(key.parent))
            parents[key.table].insert(key.parent);
    }
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        bool progressed = false;
        for (const QString &table : tables) {
            if (placed.contains(table))
                continue;
            const QSet<QString> &needs = parents.value(table);
            if (std::all_of(needs.begin(), needs.end(),
                            [&](const QString &parent) { return placed.contains(parent); })) {
                ordered.append(table);
                placed.insert(table);
                progressed = true;
            }
        }
        if (!progressed) {
            QStringList rest;
            for (const QString &table : tables) {
                if (!placed.contains(table))
                    rest.append(table);
            }
            return Error{WorkspaceCopy::tr("The tables %1 refer to each other in a circle; they cannot be copied "
                                           "parents first.")
                             .arg(rest.join(u", "_s))};
        }
    }
    return ordered;
}

QStringList columnNames(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList names;
    names.reserve(record.count());
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    return names;
}

QString placeholders(int columns, int rows)
{
    QString row(u'(');
    for (int i = 0; i < columns; ++i)
        row += i == 0 ? u"?"_s : u", ?"_s;
    row += u')';
    QStringList all(rows, row);
    return all.join(u", "_s);
}

/// Copies one table's rows; columns in `deferred` are written as NULL here and filled in afterwards.
class TableCopier
{
public:
    TableCopier(QSqlDatabase &from, QSqlDatabase &to, const QString &table, const QStringList &columns,
                const QStringList &deferred, const TaskControl &control, qint64 &done, qint64 total)
        : m_from(from)
        , m_to(to)
        , m_table(table)
        , m_columns(columns)
        , m_deferred(deferred)
        , m_control(control)
        , m_done(done)
        , m_total(total)
        , m_rowsPerStatement(
              std::clamp(maxValuesPerStatement / int(std::max<qsizetype>(1, columns.size())), 1, maxRowsPerStatement))
    {}

    Result<qint64> run()
    {
        QStringList selected;
        for (const QString &column : m_columns)
            selected.append(quoted(column));
        QString sql = u"SELECT %1 FROM %2"_s.arg(selected.join(u", "_s), quoted(m_table));
        if (m_columns.contains(u"id"_s))
            sql += u" ORDER BY id"_s;
        QSqlQuery read(m_from);
        read.setForwardOnly(true);
        if (!read.exec(sql))
            return queryError(WorkspaceCopy::tr("Reading the table %1").arg(m_table), read);

        QSqlQuery full(m_to);
        if (!full.prepare(insertStatement(m_rowsPerStatement)))
            return queryError(WorkspaceCopy::tr("Copying the table %1").arg(m_table), full);
        QList<int> deferredIndexes;
        for (const QString &column : m_deferred)
            deferredIndexes.append(int(m_columns.indexOf(column)));
        const int idIndex = int(m_columns.indexOf(u"id"_s));

        QVariantList batch;
        batch.reserve(m_rowsPerStatement * m_columns.size());
        qint64 rows = 0;
        int inBatch = 0;
        while (read.next()) {
            for (int i = 0; i < m_columns.size(); ++i) {
                QVariant value = read.value(i);
                if (deferredIndexes.contains(i)) {
                    if (!value.isNull())
                        m_later.append({read.value(idIndex), value, i});
                    value = QVariant();
                }
                batch.append(value);
            }
            ++rows;
            if (++inBatch == m_rowsPerStatement) {
                if (auto written = writeBatch(full, batch); !written)
                    return written.error();
                batch.clear();
                inBatch = 0;
                if (m_control.isCanceled())
                    return Error{TaskControl::canceledMessage()};
            }
        }
        if (read.lastError().isValid())
            return queryError(WorkspaceCopy::tr("Reading the table %1").arg(m_table), read);
        if (inBatch > 0) {
            QSqlQuery last(m_to);
            if (!last.prepare(insertStatement(inBatch)))
                return queryError(WorkspaceCopy::tr("Copying the table %1").arg(m_table), last);
            if (auto written = writeBatch(last, batch); !written)
                return written.error();
        }
        if (auto filled = fillDeferred(); !filled)
            return filled.error();
        return rows;
    }

private:
    struct Reference
    {
        QVariant id;
        QVariant value;
        int column = 0;
    };

    QString insertStatement(int rows) const
    {
        QStringList names;
        for (const QString &column : m_columns)
            names.append(quoted(column));
        return u"INSERT INTO %1 (%2) VALUES %3"_s.arg(quoted(m_table), names.join(u", "_s),
                                                      placeholders(int(m_columns.size()), rows));
    }

    Result<void> writeBatch(QSqlQuery &insert, const QVariantList &values)
    {
        for (const QVariant &value : values)
            insert.addBindValue(value);
        if (!insert.exec())
            return queryError(WorkspaceCopy::tr("Copying the table %1").arg(m_table), insert);
        const qint64 rows = values.size() / m_columns.size();
        m_done += rows;
        m_control.report(m_done, m_total);
        return {};
    }

    Result<void> fillDeferred()
    {
        for (const Reference &reference : std::as_const(m_later)) {
            QSqlQuery update(m_to);
            update.prepare(
                u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(quoted(m_table), quoted(m_columns.at(reference.column))));
            update.addBindValue(reference.value);
            update.addBindValue(reference.id);
            if (!update.exec())
                return queryError(WorkspaceCopy::tr("Copying the table %1").arg(m_table), update);
        }
        return {};
    }

    QSqlDatabase &m_from;
    QSqlDatabase &m_to;
    const QString m_table;
    const QStringList m_columns;
    const QStringList m_deferred;
    const TaskControl &m_control;
    qint64 &m_done;
    const qint64 m_total;
    const int m_rowsPerStatement;
    QList<Reference> m_later;
};

/// Sets PostgreSQL's id counters after the highest id copied, so that the next row inserted gets a new id.
Result<void> continueIdCounters(QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    const QString literal = u'\'' + quoted(table).replace(u'\'', u"''"_s) + u'\'';
    const QString sql =
        u"SELECT setval(pg_get_serial_sequence(%1, 'id'), MAX(id)) FROM %2 "
        u"HAVING MAX(id) IS NOT NULL AND pg_get_serial_sequence(%1, 'id') IS NOT NULL"_s.arg(literal, quoted(table));
    if (!query.exec(sql))
        return queryError(WorkspaceCopy::tr("Continuing the ids of %1").arg(table), query);
    return {};
}

/// Ends the read snapshot of the source when the copy is over, however it ends.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db)
        : m_db(std::move(db))
    {}
    ~ReadSnapshot()
    {
        if (m_open)
            m_db.rollback();
    }

    Result<void> begin()
    {
        if (!m_db.transaction())
            return Error{WorkspaceCopy::tr("Reading the source in one snapshot: %1").arg(m_db.lastError().text())};
        m_open = true;
        if (isPostgreSql(m_db)) {
            QSqlQuery query(m_db);
            if (!query.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"_s))
                return queryError(WorkspaceCopy::tr("Reading the source in one snapshot"), query);
        }
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

Result<CopySummary> WorkspaceCopy::copy(const Workspace &source, const Workspace &target, const TaskControl &control)
{
    if (source.schemaVersion() != target.schemaVersion()) {
        return Error{tr("The workspaces have different formats (%1 and %2); open both with this version of Flowdeck "
                        "first.")
                         .arg(source.schemaVersion())
                         .arg(target.schemaVersion())};
    }
    QSqlDatabase from = source.connection();
    if (!from.isOpen())
        return Error{tr("Opening %1: %2").arg(source.displayName(), from.lastError().text())};
    ReadSnapshot snapshot(from);
    if (auto begun = snapshot.begin(); !begun)
        return begun.error();

    auto sourceTables = tableNames(from);
    if (!sourceTables)
        return sourceTables.error();

    CopySummary summary;
    auto written = target.write([&](QSqlDatabase &to) -> Result<void> {
        auto targetTables = tableNames(to);
        if (!targetTables)
            return targetTables.error();
        // The two engines keep their own bookkeeping tables; everything else is the same schema at the same version.
        QStringList tables;
        for (const QString &table : std::as_const(*targetTables)) {
            if (sourceTables->contains(table))
                tables.append(table);
        }
        auto keys = foreignKeys(to, tables);
        if (!keys)
            return keys.error();
        auto ordered = parentsFirst(tables, *keys);
        if (!ordered)
            return ordered.error();

        // A copy goes only into a new workspace: it never replaces records someone stored.
        for (const QString &table : std::as_const(*ordered)) {
            if (table == u"settings"_s)
                continue;
            QSqlQuery any(to);
            if (!any.exec(u"SELECT 1 FROM %1 LIMIT 1"_s.arg(quoted(table))))
                return queryError(tr("Reading the table %1 of the target").arg(table), any);
            if (any.next()) {
                return Error{tr("The target workspace %1 already holds records (in the table %2); a copy goes only "
                                "into a new, empty workspace.")
                                 .arg(target.displayName(), table)};
            }
        }

        qint64 total = 0;
        QHash<QString, QStringList> columns;
        for (const QString &table : std::as_const(*ordered)) {
            QStringList sourceColumns = columnNames(from, table);
            QStringList targetColumns = columnNames(to, table);
            std::sort(sourceColumns.begin(), sourceColumns.end());
            std::sort(targetColumns.begin(), targetColumns.end());
            if (sourceColumns != targetColumns) {
                return Error{tr("The table %1 has other columns in the source (%2) than in the target (%3).")
                                 .arg(table, sourceColumns.join(u", "_s), targetColumns.join(u", "_s))};
            }
            columns.insert(table, columnNames(to, table));
            QSqlQuery count(from);
            if (!count.exec(u"SELECT COUNT(*) FROM %1"_s.arg(quoted(table))) || !count.next())
                return queryError(tr("Counting the rows of %1").arg(table), count);
            total += count.value(0).toLongLong();
        }

        // What the target was created with (its creation settings) gives way to the source's records.
        for (auto table = ordered->crbegin(); table != ordered->crend(); ++table) {
            QSqlQuery clear(to);
            if (!clear.exec(u"DELETE FROM %1"_s.arg(quoted(*table))))
                return queryError(tr("Emptying the table %1").arg(*table), clear);
        }

        qint64 done = 0;
        control.report(done, total);
        for (const QString &table : std::as_const(*ordered)) {
            QStringList selfReferences;
            for (const ForeignKey &key : std::as_const(*keys)) {
                if (key.table == table && key.parent == table)
                    selfReferences.append(key.column);
            }
            TableCopier copier(from, to, table, columns.value(table), selfReferences, control, done, total);
            auto rows = copier.run();
            if (!rows)
                return rows.error();
            summary.rows += *rows;
            ++summary.tables;
            if (isPostgreSql(to) && columns.value(table).contains(u"id"_s)) {
                if (auto continued = continueIdCounters(to, table); !continued)
                    return continued;
            }
        }
        return {};
    });
    if (!written)
        return written.error();
    return summary;
}

} // namespace flowdeck::store
