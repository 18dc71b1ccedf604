// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/commitlog.h"

#include "domain/delivery.h"
#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace flowdeck::history {

using namespace Qt::StringLiterals;
using store::optionalInt;

namespace {

struct CommitLog
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::history::CommitLog)
};

// A LIKE pattern that finds `part` anywhere, with LIKE's own wildcards taken literally (ESCAPE '\').
QString containsPattern(const QString &part)
{
    QString escaped;
    escaped.reserve(part.size() + 2);
    escaped += u'%';
    for (const QChar c : part) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    escaped += u'%';
    return escaped;
}

// Repeated names and emails share one string instead of holding a copy per commit.
class Interner
{
public:
    QString operator()(const QString &text)
    {
        const auto found = m_strings.constFind(text);
        if (found != m_strings.constEnd())
            return *found;
        m_strings.insert(text, text);
        return text;
    }

private:
    QHash<QString, QString> m_strings;
};

int compareText(const QString &a, const QString &b)
{
    return QString::compare(a, b, Qt::CaseInsensitive);
}

template<typename V>
int compareOptional(const std::optional<V> &a, const std::optional<V> &b)
{
    if (a.has_value() != b.has_value())
        return a.has_value() ? 1 : -1;
    if (!a)
        return 0;
    return *a < *b ? -1 : (*b < *a ? 1 : 0);
}

template<typename V>
int compareValues(const V &a, const V &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

bool CommitFilter::isEmpty() const
{
    return !repositoryId && author.isEmpty() && path.isEmpty() && text.isEmpty() && !from && !to;
}

std::optional<qint64> CommitRow::size() const
{
    if (!insertions && !deletions)
        return std::nullopt;
    return qint64(insertions.value_or(0)) + deletions.value_or(0);
}

bool isGlobPattern(const QString &pattern)
{
    return pattern.contains(u'*') || pattern.contains(u'?') || pattern.contains(u'[');
}

Result<QList<CommitRow>> loadCommitRows(const QSqlDatabase &db, const CommitFilter &filter)
{
    QStringList where;
    QVariantList values;
    if (filter.repositoryId) {
        where.append(u"c.repository_id = ?"_s);
        values.append(*filter.repositoryId);
    }
    if (filter.from) {
        where.append(u"c.author_time >= ?"_s);
        values.append(*filter.from);
    }
    if (filter.to) {
        where.append(u"c.author_time < ?"_s);
        values.append(*filter.to);
    }
    if (!filter.author.isEmpty()) {
        where.append(u"(c.author_name LIKE ? ESCAPE '\\' OR c.author_email LIKE ? ESCAPE '\\')"_s);
        const QString pattern = containsPattern(filter.author);
        values << pattern << pattern;
    }
    if (!filter.text.isEmpty()) {
        // The summary is the message's first line; both are asked so that a commit whose message was stored
        // without it still matches.
        where.append(u"(c.summary LIKE ? ESCAPE '\\' OR c.message LIKE ? ESCAPE '\\')"_s);
        const QString pattern = containsPattern(filter.text);
        values << pattern << pattern;
    }
    if (!filter.path.isEmpty()) {
        // Two halves of a UNION, so that a glob with a fixed prefix ("src/ui/*") reads the path index.
        if (isGlobPattern(filter.path)) {
            where.append(u"c.id IN (SELECT commit_id FROM commit_files WHERE path GLOB ? "
                         "UNION SELECT commit_id FROM commit_files WHERE old_path GLOB ?)"_s);
            values << filter.path << filter.path;
        } else {
            where.append(u"c.id IN (SELECT commit_id FROM commit_files WHERE path LIKE ? ESCAPE '\\' "
                         "UNION SELECT commit_id FROM commit_files WHERE old_path LIKE ? ESCAPE '\\')"_s);
            const QString pattern = containsPattern(filter.path);
            values << pattern << pattern;
        }
    }

    QString sql = u"SELECT c.id, c.repository_id, substr(c.oid, 1, %1), c.summary, c.author_name, c.author_email, "
                  "c.author_time, c.author_offset_minutes, c.is_merge, c.files_changed, c.insertions, c.deletions, "
                  "c.reachable FROM commits c"_s.arg(shortOidLength);
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY c.author_time DESC, c.id DESC"_s;

    auto query = store::runQuery(db, u"commits"_s, sql, values);
    if (!query)
        return query.error();
    QList<CommitRow> rows;
    Interner intern;
    while (query->next()) {
        CommitRow row;
        row.id = query->value(0).toLongLong();
        row.repositoryId = query->value(1).toLongLong();
        row.shortOid = query->value(2).toString();
        row.summary = query->value(3).toString();
        row.authorName = intern(query->value(4).toString());
        row.authorEmail = intern(query->value(5).toString());
        row.authorTime = query->value(6).toLongLong();
        row.authorOffsetMinutes = query->value(7).toInt();
        row.isMerge = query->value(8).toInt() != 0;
        row.filesChanged = optionalInt(query->value(9));
        row.insertions = optionalInt(query->value(10));
        row.deletions = optionalInt(query->value(11));
        row.reachable = query->value(12).toInt() != 0;
        rows.append(std::move(row));
    }
    if (query->lastError().isValid())
        return store::sqlError(u"commits"_s, query->lastError());
    return rows;
}

void sortCommitRows(QList<CommitRow> &rows, CommitOrder order, Qt::SortOrder direction,
                    const QList<RepositoryName> &repositories)
{
    QHash<Id, int> repositoryRank;
    if (order == CommitOrder::Repository) {
        QList<RepositoryName> byName = repositories;
        std::stable_sort(byName.begin(), byName.end(), [](const RepositoryName &a, const RepositoryName &b) {
            return compareText(a.name, b.name) < 0;
        });
        for (qsizetype i = 0; i < byName.size(); ++i)
            repositoryRank.insert(byName[i].id, int(i));
    }
    const auto primary = [&](const CommitRow &a, const CommitRow &b) -> int {
        switch (order) {
        case CommitOrder::Time:
            return compareValues(a.authorTime, b.authorTime);
        case CommitOrder::Repository:
            return compareValues(repositoryRank.value(a.repositoryId, -1), repositoryRank.value(b.repositoryId, -1));
        case CommitOrder::Oid:
            return compareValues(a.shortOid, b.shortOid);
        case CommitOrder::Summary:
            return compareText(a.summary, b.summary);
        case CommitOrder::Author:
            if (const int byName = compareText(a.authorName, b.authorName))
                return byName;
            return compareText(a.authorEmail, b.authorEmail);
        case CommitOrder::Files:
            return compareOptional(a.filesChanged, b.filesChanged);
        case CommitOrder::Size:
            return compareOptional(a.size(), b.size());
        case CommitOrder::Insertions:
            return compareOptional(a.insertions, b.insertions);
        case CommitOrder::Deletions:
            return compareOptional(a.deletions, b.deletions);
        }
        return 0;
    };
    const bool descending = direction == Qt::DescendingOrder;
    std::stable_sort(rows.begin(), rows.end(), [&](const CommitRow &a, const CommitRow &b) {
        if (const int first = primary(a, b))
            return descending ? first > 0 : first < 0;
        if (order == CommitOrder::Time)
            return descending ? a.id > b.id : a.id < b.id;
        // Within equal keys the newest commit comes first, whichever way the key runs.
        if (a.authorTime != b.authorTime)
            return a.authorTime > b.authorTime;
        return a.id > b.id;
    });
}

Result<CommitLogFacts> loadCommitLogFacts(const QSqlDatabase &db)
{
    CommitLogFacts facts;
    auto count = store::runQuery(db, u"commits"_s, u"SELECT COUNT(*) FROM commits"_s);
    if (!count)
        return count.error();
    if (count->next())
        facts.commits = count->value(0).toLongLong();

    auto repositories =
        store::runQuery(db, u"repositories"_s, u"SELECT id, name FROM repositories ORDER BY name, id"_s);
    if (!repositories)
        return repositories.error();
    while (repositories->next())
        facts.repositories.append({repositories->value(0).toLongLong(), repositories->value(1).toString()});

    auto authors =
        store::runQuery(db, u"commits"_s,
                        u"SELECT author_name FROM commits GROUP BY author_name ORDER BY COUNT(*) DESC, author_name"_s);
    if (!authors)
        return authors.error();
    while (authors->next())
        facts.authors.append(authors->value(0).toString());
    return facts;
}

Result<CommitDetails> loadCommitDetails(const QSqlDatabase &db, Id commitId)
{
    CommitDetails details;
    auto commits = store::loadRows<Commit>(db, u"id = ?"_s, {commitId});
    if (!commits)
        return commits.error();
    if (commits->isEmpty())
        return Error{CommitLog::tr("The commit with id %1 is not in the workspace (any more).").arg(commitId)};
    details.commit = commits->constFirst();
    const Commit &commit = details.commit;

    auto repository =
        store::runQuery(db, u"repositories"_s, u"SELECT name FROM repositories WHERE id = ?"_s, {commit.repositoryId});
    if (!repository)
        return repository.error();
    if (repository->next())
        details.repository = repository->value(0).toString();

    auto parents = store::runQuery(db, u"commit_parents"_s,
                                   u"SELECT cp.parent_oid, p.id, p.summary FROM commit_parents cp "
                                   "LEFT JOIN commits p ON p.repository_id = ? AND p.oid = cp.parent_oid "
                                   "WHERE cp.commit_id = ? ORDER BY cp.position"_s,
                                   {commit.repositoryId, commitId});
    if (!parents)
        return parents.error();
    while (parents->next()) {
        CommitParentRef parent;
        parent.oid = parents->value(0).toString();
        if (!parents->value(1).isNull())
            parent.id = parents->value(1).toLongLong();
        parent.summary = parents->value(2).toString();
        details.parents.append(parent);
    }

    auto files = store::loadRows<CommitFile>(db, u"commit_id = ?"_s, {commitId}, u"position"_s);
    if (!files)
        return files.error();
    details.files = std::move(*files);

    auto deployments = store::runQuery(db, u"deployment_commits"_s,
                                       u"SELECT "_s + deploymentRowColumns() +
                                           u" FROM deployment_commits dc "
                                           "JOIN deployments d ON d.id = dc.deployment_id "
                                           "JOIN services s ON s.id = d.service_id "
                                           "JOIN environments e ON e.id = d.environment_id "
                                           "WHERE dc.commit_id = ? "
                                           "ORDER BY COALESCE(d.finished_at, d.started_at), d.id"_s,
                                       {commitId});
    if (!deployments)
        return deployments.error();
    while (deployments->next())
        details.deployments.append(readDeploymentRow(*deployments));

    // The first successful deployment into each environment: a failed one did not bring the commit there.
    QHash<QString, qsizetype> arrivalOf;
    for (const CommitDeployment &deployment : std::as_const(details.deployments)) {
        if (deployment.status != QLatin1StringView(Status::Succeeded))
            continue;
        const OptionalTime at = deployment.finishedAt ? deployment.finishedAt : deployment.startedAt;
        if (!at)
            continue;
        EnvironmentArrival arrival{deployment.environment, deployment.service, deployment.version, *at,
                                   *at - commit.authorTime};
        const auto found = arrivalOf.constFind(deployment.environment);
        if (found == arrivalOf.constEnd()) {
            arrivalOf.insert(deployment.environment, details.arrivals.size());
            details.arrivals.append(arrival);
        } else if (*at < details.arrivals[*found].at) {
            details.arrivals[*found] = arrival;
        }
    }
    std::stable_sort(details.arrivals.begin(), details.arrivals.end(),
                     [](const EnvironmentArrival &a, const EnvironmentArrival &b) { return a.at < b.at; });
    return details;
}

} // namespace flowdeck::history
