// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacefile.h"

#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace flowdeck::testing {

using namespace Qt::StringLiterals;

qint64 countRows(const QString &path, const QString &table)
{
    const QString name = u"count-"_s + path;
    qint64 count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next())
                count = query.value(0).toLongLong();
            else
                qWarning() << "counting" << table << "failed:" << query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return count;
}

} // namespace flowdeck::testing
