// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/audit.h"

#include "store/rows.h"
#include "store/tables.h"

#include <QCoreApplication>
#include <QDateTime>

namespace flowdeck::release {

using namespace Qt::StringLiterals;

namespace {

struct AuditText
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::release::AuditText)
};

} // namespace

QString currentUser()
{
    for (const char *variable : {"USER", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return u"flowdeck"_s;
}

QString engineActor()
{
    return u"flowdeck engine (%1)"_s.arg(currentUser());
}

Result<void> appendAudit(QSqlDatabase db, AuditEntry entry)
{
    if (entry.actor.trimmed().isEmpty() || entry.action.trimmed().isEmpty() || entry.subjectType.trimmed().isEmpty())
        return Error{AuditText::tr("An audit entry needs who acted, what they did and what to (action “%1”).")
                         .arg(entry.action)};
    if (entry.at == 0)
        entry.at = QDateTime::currentMSecsSinceEpoch();
    store::TableWriter<AuditEntry> writer(db);
    if (auto id = writer.insert(entry); !id)
        return id.error();
    return {};
}

Result<QList<AuditEntry>> auditEntries(QSqlDatabase db, const QString &subjectType, OptionalId subjectId)
{
    QString where;
    QVariantList values;
    if (!subjectType.isEmpty()) {
        where = u"subject_type = ?"_s;
        values.append(subjectType);
        if (subjectId) {
            where += u" AND subject_id = ?"_s;
            values.append(*subjectId);
        }
    }
    // Entries are only ever appended, so their ids follow the order they were written in when times tie.
    return store::loadRows<AuditEntry>(db, where, values, u"at, id"_s);
}

} // namespace flowdeck::release
