// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/query.h"

#include "store/workspace.h"

#include <QSqlError>

namespace flowdeck::store {

Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &what, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(what, query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(what, query.lastError());
    return query;
}

} // namespace flowdeck::store
