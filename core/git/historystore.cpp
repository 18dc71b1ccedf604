// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/historystore.h"

#include "git/remoteclone.h"
#include "store/rows.h"
#include "store/tables.h"

#include <QSqlError>
#include <QSqlQuery>

namespace flowdeck::git {

using namespace Qt::StringLiterals;
using store::sqlError;
using store::toSql;

namespace {

Result<void> exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return sqlError(what, query.lastError());
    return {};
}

git_oid parseOid(const QString &text)
{
    git_oid oid;
    const QByteArray latin = text.toLatin1();
    if (git_oid_fromstrn(&oid, latin.constData(), std::size_t(latin.size())) < 0)
        git_oid_fromstrn(&oid, "0", 1);
    return oid;
}

} // namespace

Result<Repository> findOrAddRepository(QSqlDatabase &db, const QString &source, bool remote, const QString &localPath,
                                       const QStringList &refPatterns)
{
    const QString column = remote ? u"url"_s : u"path"_s;
    auto existing = store::loadRows<Repository>(db, column + u" = ?"_s, {source});
    if (!existing)
        return existing.error();
    if (!existing->isEmpty()) {
        Repository repository = existing->constFirst();
        const QString patterns = refPatterns.join(u'\n');
        if (repository.refPatterns != patterns) {
            QSqlQuery update(db);
            update.prepare(u"UPDATE repositories SET ref_patterns = ? WHERE id = ?"_s);
            update.addBindValue(patterns);
            update.addBindValue(repository.id);
            if (auto done = exec(update, u"repositories"_s); !done)
                return done.error();
            repository.refPatterns = patterns;
        }
        return repository;
    }

    Repository repository;
    const QString base = repositoryNameFor(source);
    repository.name = base;
    // Names are unique: a second "api" from another place becomes "api (2)".
    for (int n = 2;; ++n) {
        QSqlQuery taken(db);
        taken.prepare(u"SELECT 1 FROM repositories WHERE name = ?"_s);
        taken.addBindValue(repository.name);
        if (auto done = exec(taken, u"repositories"_s); !done)
            return done.error();
        if (!taken.next())
            break;
        repository.name = u"%1 (%2)"_s.arg(base).arg(n);
    }
    if (remote)
        repository.url = source;
    else
        repository.path = localPath;
    repository.refPatterns = refPatterns.join(u'\n');
    store::TableWriter<Repository> writer(db);
    auto id = writer.insert(repository);
    if (!id)
        return id.error();
    repository.id = *id;
    return repository;
}

Result<OidSet> storedCommits(QSqlDatabase &db, Id repositoryId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT oid FROM commits WHERE repository_id = ?"_s);
    query.addBindValue(repositoryId);
    if (auto done = exec(query, u"commits"_s); !done)
        return done.error();
    OidSet oids;
    while (query.next())
        oids.insert(parseOid(query.value(0).toString()));
    return oids;
}

Result<std::vector<std::pair<Id, git_oid>>> commitsWithoutStats(QSqlDatabase &db, Id repositoryId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, oid FROM commits WHERE repository_id = ? AND is_merge = 0 AND files_changed IS NULL "
                  u"AND reachable = 1 ORDER BY committer_time DESC, id DESC"_s);
    query.addBindValue(repositoryId);
    if (auto done = exec(query, u"commits"_s); !done)
        return done.error();
    std::vector<std::pair<Id, git_oid>> commits;
    while (query.next())
        commits.emplace_back(query.value(0).toLongLong(), parseOid(query.value(1).toString()));
    return commits;
}

Result<std::vector<git_oid>> missingParents(QSqlDatabase &db, Id repositoryId)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT DISTINCT p.parent_oid FROM commit_parents p JOIN commits c ON c.id = p.commit_id "
                  u"WHERE c.repository_id = ? AND NOT EXISTS (SELECT 1 FROM commits x "
                  u"WHERE x.repository_id = c.repository_id AND x.oid = p.parent_oid)"_s);
    query.addBindValue(repositoryId);
    if (auto done = exec(query, u"commit_parents"_s); !done)
        return done.error();
    std::vector<git_oid> parents;
    while (query.next())
        parents.push_back(parseOid(query.value(0).toString()));
    return parents;
}

Result<void> forgetStatsOfChildren(QSqlDatabase &db, Id repositoryId, const std::vector<git_oid> &parents)
{
    const QString children = u"SELECT p.commit_id FROM commit_parents p JOIN commits c ON c.id = p.commit_id "
                             u"WHERE c.repository_id = ? AND p.position = 0 AND p.parent_oid = ?"_s;
    QSqlQuery files(db);
    files.prepare(u"DELETE FROM commit_files WHERE commit_id IN ("_s + children + u')');
    QSqlQuery stats(db);
    stats.prepare(u"UPDATE commits SET files_changed = NULL, insertions = NULL, deletions = NULL WHERE id IN ("_s +
                  children + u')');
    for (const git_oid &parent : parents) {
        for (QSqlQuery *query : {&files, &stats}) {
            query->addBindValue(repositoryId);
            query->addBindValue(oidToString(parent));
            if (auto done = exec(*query, u"commits"_s); !done)
                return done;
        }
    }
    return {};
}

CommitWriter::CommitWriter(QSqlDatabase &db)
    : m_updateStats(db)
    , m_sqlite(store::sqlite::handle(db))
    , m_commits(db)
    , m_parents(db)
    , m_files(db)
{}

CommitWriter::~CommitWriter()
{
    if (m_nativeUpdate)
        sqlite3_finalize(m_nativeUpdate);
}

Result<void> CommitWriter::add(Id repositoryId, const WalkedCommit &walked)
{
    Commit commit = walked.commit;
    commit.repositoryId = repositoryId;
    m_commits.add(commit);
    m_pendingParents.append(walked.parents);
    if (m_commits.pending() >= 512)
        return flush();
    return {};
}

Result<void> CommitWriter::addStats(Id commitId, const CommitStats &stats)
{
    static constexpr char update[] = "UPDATE commits SET files_changed = ?, insertions = ?, deletions = ? WHERE id = ?";
    if (m_sqlite) {
        if (!m_nativeUpdate && sqlite3_prepare_v2(m_sqlite, update, -1, &m_nativeUpdate, nullptr) != SQLITE_OK)
            return store::sqlite::error(m_sqlite, u"commits"_s);
        sqlite3_bind_int(m_nativeUpdate, 1, stats.filesChanged);
        sqlite3_bind_int(m_nativeUpdate, 2, stats.insertions);
        sqlite3_bind_int(m_nativeUpdate, 3, stats.deletions);
        sqlite3_bind_int64(m_nativeUpdate, 4, commitId);
        const int status = sqlite3_step(m_nativeUpdate);
        sqlite3_reset(m_nativeUpdate);
        if (status != SQLITE_DONE)
            return store::sqlite::error(m_sqlite, u"commits"_s);
    } else {
        if (!m_prepared) {
            m_prepared = true;
            if (!m_updateStats.prepare(QString::fromLatin1(update)))
                return sqlError(u"commits"_s, m_updateStats.lastError());
        }
        m_updateStats.addBindValue(stats.filesChanged);
        m_updateStats.addBindValue(stats.insertions);
        m_updateStats.addBindValue(stats.deletions);
        m_updateStats.addBindValue(commitId);
        if (auto done = exec(m_updateStats, u"commits"_s); !done)
            return done;
    }
    for (CommitFile file : stats.files) {
        file.commitId = commitId;
        m_files.add(file);
    }
    if (m_files.pending() >= 4096)
        return m_files.flush();
    return {};
}

Result<void> CommitWriter::flush()
{
    if (m_commits.pending() > 0) {
        if (auto done = m_commits.flush(); !done)
            return done;
        const Id first = m_commits.firstId();
        for (qsizetype i = 0; i < m_pendingParents.size(); ++i) {
            const QStringList &parents = m_pendingParents[i];
            for (int p = 0; p < parents.size(); ++p)
                m_parents.add(CommitParent{first + i, p, parents[p]});
        }
        m_pendingParents.clear();
    }
    if (auto done = m_parents.flush(); !done)
        return done;
    return m_files.flush();
}

Result<bool> replaceRefs(QSqlDatabase &db, Id repositoryId, const RefSnapshot &refs)
{
    auto branches = store::loadRows<Branch>(db, u"repository_id = ?"_s, {repositoryId}, u"name"_s);
    auto tags = store::loadRows<Tag>(db, u"repository_id = ?"_s, {repositoryId}, u"name"_s);
    if (!branches)
        return branches.error();
    if (!tags)
        return tags.error();

    auto comparable = [](auto rows) {
        for (auto &row : rows) {
            row.id = 0;
            row.repositoryId = 0;
        }
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.name < b.name; });
        return rows;
    };
    if (comparable(*branches) == comparable(refs.branches) && comparable(*tags) == comparable(refs.tags))
        return false;

    for (const QString &table : {u"branches"_s, u"tags"_s}) {
        QSqlQuery clear(db);
        clear.prepare(u"DELETE FROM "_s + table + u" WHERE repository_id = ?"_s);
        clear.addBindValue(repositoryId);
        if (auto done = exec(clear, table); !done)
            return done.error();
    }
    store::TableWriter<Branch> branchWriter(db);
    for (Branch branch : refs.branches) {
        branch.repositoryId = repositoryId;
        if (auto done = branchWriter.insert(branch); !done)
            return done.error();
    }
    store::TableWriter<Tag> tagWriter(db);
    for (Tag tag : refs.tags) {
        tag.repositoryId = repositoryId;
        if (auto done = tagWriter.insert(tag); !done)
            return done.error();
    }
    return true;
}

Result<qint64> updateReachability(QSqlDatabase &db, Id repositoryId, const std::vector<git_oid> &tips)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, oid, reachable FROM commits WHERE repository_id = ?"_s);
    query.addBindValue(repositoryId);
    if (auto done = exec(query, u"commits"_s); !done)
        return done.error();
    std::vector<Id> ids;
    std::vector<bool> wasReachable;
    QHash<QString, int> indexByOid;
    while (query.next()) {
        indexByOid.insert(query.value(1).toString(), int(ids.size()));
        ids.push_back(query.value(0).toLongLong());
        wasReachable.push_back(query.value(2).toInt() != 0);
    }
    QHash<Id, int> indexById;
    for (std::size_t i = 0; i < ids.size(); ++i)
        indexById.insert(ids[i], int(i));
    std::vector<std::vector<int>> parents(ids.size());
    query.prepare(u"SELECT p.commit_id, p.parent_oid FROM commit_parents p JOIN commits c ON c.id = p.commit_id "
                  u"WHERE c.repository_id = ?"_s);
    query.addBindValue(repositoryId);
    if (auto done = exec(query, u"commit_parents"_s); !done)
        return done.error();
    while (query.next()) {
        const int parent = indexByOid.value(query.value(1).toString(), -1);
        if (parent >= 0)
            parents[indexById.value(query.value(0).toLongLong())].push_back(parent);
    }
    query.finish();

    std::vector<bool> reachable(ids.size(), false);
    std::vector<int> stack;
    for (const git_oid &tip : tips) {
        const int index = indexByOid.value(oidToString(tip), -1);
        if (index >= 0)
            stack.push_back(index);
    }
    while (!stack.empty()) {
        const int next = stack.back();
        stack.pop_back();
        if (reachable[next])
            continue;
        reachable[next] = true;
        for (int parent : parents[next])
            stack.push_back(parent);
    }

    QSqlQuery update(db);
    update.prepare(u"UPDATE commits SET reachable = ? WHERE id = ?"_s);
    qint64 unreachable = 0;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (!reachable[i])
            ++unreachable;
        if (reachable[i] == wasReachable[i])
            continue;
        update.addBindValue(toSql(bool(reachable[i])));
        update.addBindValue(ids[i]);
        if (auto done = exec(update, u"commits"_s); !done)
            return done.error();
    }
    return unreachable;
}

Result<void> linkServicesByName(QSqlDatabase &db, const Repository &repository)
{
    QSqlQuery link(db);
    link.prepare(u"UPDATE services SET repository_id = ? WHERE name = ? AND repository_id IS NULL"_s);
    link.addBindValue(repository.id);
    link.addBindValue(repository.name);
    return exec(link, u"services"_s);
}

Result<void> touchRepository(QSqlDatabase &db, Id repositoryId, Timestamp importedAt)
{
    QSqlQuery touch(db);
    touch.prepare(u"UPDATE repositories SET last_import_at = ? WHERE id = ?"_s);
    touch.addBindValue(importedAt);
    touch.addBindValue(repositoryId);
    return exec(touch, u"repositories"_s);
}

} // namespace flowdeck::git
