// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"
#include "store/sqlvalue.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

/// Reading queries: running one with bound values and a clear message when it fails, and reading the columns that
/// may be NULL.
namespace flowdeck::store {

/// Prepares `sql` on `db` as a forward-only query, binds `values` to its placeholders in order and runs it.
/// A failure says which `what` (a table, or a step) could not be read.
Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &what, const QString &sql,
                           const QVariantList &values = {});

/// A time column that may be NULL.
inline OptionalTime optionalTime(const QVariant &value)
{
    return fromSql<OptionalTime>(value);
}

/// An integer column that may be NULL.
inline std::optional<int> optionalInt(const QVariant &value)
{
    return fromSql<std::optional<int>>(value);
}

} // namespace flowdeck::store
