// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/audit.h"
#include "result.h"

#include <QSqlDatabase>

namespace flowdeck::release {

/// Who acts, as the audit log names them: the operating system's user name ("dana"), or "flowdeck" when none is
/// known. The engine acting on its own (a deploy finishing, a retry) names itself "flowdeck engine (dana)".
QString currentUser();
QString engineActor();

/// Appends an entry (`at` now when 0). The log is append-only: nothing ever changes or removes an entry.
Result<void> appendAudit(QSqlDatabase db, AuditEntry entry);

/// The entries about one subject ("release", id), or all with subjectType empty, oldest first.
Result<QList<AuditEntry>> auditEntries(QSqlDatabase db, const QString &subjectType = {}, OptionalId subjectId = {});

} // namespace flowdeck::release
