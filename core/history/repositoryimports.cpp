// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/repositoryimports.h"

#include "store/workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace flowdeck::history {

using namespace Qt::StringLiterals;

Result<RepositoryImportPlan> importsForEveryRepository(const QSqlDatabase &db)
{
    // A repository imported without statistics has commits, none of which (merges aside) carries them.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT r.name, r.url, r.path, r.ref_patterns, "
                    "EXISTS (SELECT 1 FROM commits c WHERE c.repository_id = r.id AND c.is_merge = 0), "
                    "EXISTS (SELECT 1 FROM commits c WHERE c.repository_id = r.id AND c.is_merge = 0 "
                    "        AND c.files_changed IS NOT NULL) "
                    "FROM repositories r ORDER BY r.name, r.id"_s))
        return store::sqlError(u"repositories"_s, query.lastError());
    RepositoryImportPlan plan;
    while (query.next()) {
        const QString name = query.value(0).toString();
        const QString url = query.value(1).toString().trimmed();
        const QString path = query.value(2).toString().trimmed();
        if (url.isEmpty() && path.isEmpty()) {
            plan.skipped.append(name);
            continue;
        }
        git::GitImportOptions options;
        options.source = url.isEmpty() ? path : url;
        options.refPatterns = query.value(3).toString().split(u'\n', Qt::SkipEmptyParts);
        const bool hasCommits = query.value(4).toBool();
        const bool hasStats = query.value(5).toBool();
        options.diffStats = !hasCommits || hasStats;
        plan.imports.append(options);
        plan.names.append(name);
    }
    if (query.lastError().isValid())
        return store::sqlError(u"repositories"_s, query.lastError());
    return plan;
}

} // namespace flowdeck::history
