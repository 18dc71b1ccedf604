// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace flowdeck::store {

enum class SqlDialect
{
    Sqlite,
    PostgreSql
};

/// One forward-only schema step. Step N brings a workspace from version N-1 to version N.
struct Migration
{
    int version = 0;
    QString description;
    /// The statements, in the dialect asked for.
    QStringList statements;
};

/// Every migration in order, written once and rendered for either engine.
QList<Migration> migrations(SqlDialect dialect);

/// The schema version this build writes: the number of the last migration.
int currentSchemaVersion();

} // namespace flowdeck::store
