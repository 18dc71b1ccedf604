// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqlvalue.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <array>
#include <string_view>
#include <tuple>

namespace flowdeck::store {

using namespace Qt::StringLiterals;

/// One column of a table and the domain member it holds.
template<typename T, typename M>
struct Column
{
    std::string_view name;
    M T::*member;
};
template<typename T, typename M>
Column(const char *, M T::*) -> Column<T, M>;

/// Maps a domain value type onto its table. Each specialisation (see tables.h) gives:
///   name        the table name
///   columns     a tuple of Column, every column but the id
///   naturalKey  the columns an import upserts on (may be empty)
///   and, for tables with an INTEGER PRIMARY KEY, `static constexpr auto id = &T::id;`
template<typename T>
struct Table;

template<typename T>
concept HasIdColumn = requires
{
    Table<T>::id;
};

template<typename T>
QStringList columnNames()
{
    QStringList names;
    std::apply([&](const auto &...column) { (names.append(QString::fromLatin1(column.name)), ...); },
               Table<T>::columns);
    return names;
}

template<typename T>
QString tableName()
{
    return QString::fromLatin1(Table<T>::name);
}

/// SELECT of every column, the id first where the table has one.
template<typename T>
QString selectStatement()
{
    QStringList names = columnNames<T>();
    if constexpr (HasIdColumn<T>)
        names.prepend(QStringLiteral("id"));
    return u"SELECT "_s + names.join(u", ") + u" FROM "_s + tableName<T>();
}

template<typename T>
QString insertStatement()
{
    const QStringList names = columnNames<T>();
    QStringList marks;
    marks.fill(QStringLiteral("?"), names.size());
    return u"INSERT INTO "_s + tableName<T>() + u" ("_s + names.join(u", ") + u") VALUES ("_s + marks.join(u", ") +
           u')';
}

/// INSERT that updates the existing row with the same natural key instead, returning the row's id where the table
/// has one: this is how every import stays idempotent.
/// `updates` replaces what the update sets for some columns (SQL over the stored row, by the table's name, and
/// `excluded`, the row offered); the others take the offered value.
template<typename T>
QString upsertStatement(const QHash<QString, QString> &updates = {})
{
    static_assert(std::tuple_size_v<decltype(Table<T>::naturalKey)> > 0, "an upsert needs a natural key");
    QStringList keys;
    for (std::string_view key : Table<T>::naturalKey)
        keys.append(QString::fromLatin1(key));
    QStringList assignments;
    for (const QString &name : columnNames<T>()) {
        if (!keys.contains(name))
            assignments.append(name + u" = "_s + updates.value(name, u"excluded."_s + name));
    }
    return insertStatement<T>() + u" ON CONFLICT ("_s + keys.join(u", ") + u") DO UPDATE SET "_s +
           assignments.join(u", ") + (HasIdColumn<T> ? u" RETURNING id"_s : QString());
}

template<typename T>
void bindColumns(QSqlQuery &query, const T &row)
{
    std::apply([&](const auto &...column) { (query.addBindValue(toSql(row.*(column.member))), ...); },
               Table<T>::columns);
}

/// Reads a row laid out as selectStatement<T>() lays it out.
template<typename T>
T readRow(const QSqlQuery &query)
{
    T row{};
    int index = 0;
    if constexpr (HasIdColumn<T>)
        row.*(Table<T>::id) = query.value(index++).toLongLong();
    std::apply(
        [&](const auto &...column) {
            ((row.*(column.member) =
                  fromSql<std::remove_cvref_t<decltype(row.*(column.member))>>(query.value(index++))),
             ...);
        },
        Table<T>::columns);
    return row;
}

} // namespace flowdeck::store
