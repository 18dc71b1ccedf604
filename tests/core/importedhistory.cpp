// SPDX-License-Identifier: GPL-3.0-or-later
#include "importedhistory.h"

#include "store/rows.h"
#include "store/tables.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

namespace flowdeck::testing {

using namespace Qt::StringLiterals;

namespace {

/// Runs `sql` with `values` bound; a failure is a failure of the current test.
QSqlQuery select(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        QTest::qFail(qPrintable(sql + u": "_s + query.lastError().text()), __FILE__, __LINE__);
    return query;
}

/// Each row of `sql` as one line of its values, NULL spelled out.
QStringList rowsAsText(const QSqlDatabase &db, const QString &sql, Id repositoryId)
{
    QSqlQuery query = select(db, sql, {repositoryId});
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.isNull(i) ? u"NULL"_s : query.value(i).toString());
        rows.append(values.join(u'|'));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

QMap<QString, Commit> storedCommits(const QSqlDatabase &db, Id repositoryId)
{
    QMap<QString, Commit> commits;
    auto rows = store::loadRows<Commit>(db, u"repository_id = ?"_s, {repositoryId});
    if (!rows) {
        QTest::qFail(qPrintable(rows.errorMessage()), __FILE__, __LINE__);
        return commits;
    }
    for (const Commit &commit : std::as_const(*rows))
        commits.insert(commit.oid, commit);
    return commits;
}

QMap<QString, QStringList> storedParents(const QSqlDatabase &db, Id repositoryId)
{
    QMap<QString, QStringList> parents;
    QSqlQuery query = select(db,
                             u"SELECT c.oid, p.position, p.parent_oid FROM commits c "
                             u"JOIN commit_parents p ON p.commit_id = c.id WHERE c.repository_id = ? "
                             u"ORDER BY c.oid, p.position"_s,
                             {repositoryId});
    while (query.next()) {
        QStringList &list = parents[query.value(0).toString()];
        if (query.value(1).toInt() != list.size())
            QTest::qFail("commit_parents positions are not 0, 1, 2, ...", __FILE__, __LINE__);
        list.append(query.value(2).toString());
    }
    return parents;
}

QMap<QString, QList<CommitFile>> storedFiles(const QSqlDatabase &db, Id repositoryId)
{
    QMap<QString, QList<CommitFile>> files;
    QSqlQuery query = select(db,
                             u"SELECT c.oid, f.position, f.path, f.old_path, f.insertions, f.deletions FROM commits c "
                             u"JOIN commit_files f ON f.commit_id = c.id WHERE c.repository_id = ? "
                             u"ORDER BY c.oid, f.position"_s,
                             {repositoryId});
    while (query.next()) {
        CommitFile file;
        file.position = query.value(1).toInt();
        file.path = query.value(2).toString();
        if (!query.isNull(3))
            file.oldPath = query.value(3).toString();
        if (!query.isNull(4))
            file.insertions = query.value(4).toInt();
        if (!query.isNull(5))
            file.deletions = query.value(5).toInt();
        files[query.value(0).toString()].append(file);
    }
    return files;
}

QList<Tag> storedTags(const QSqlDatabase &db, Id repositoryId)
{
    auto rows = store::loadRows<Tag>(db, u"repository_id = ?"_s, {repositoryId}, u"name"_s);
    if (!rows) {
        QTest::qFail(qPrintable(rows.errorMessage()), __FILE__, __LINE__);
        return {};
    }
    for (Tag &tag : *rows) {
        tag.id = 0;
        tag.repositoryId = 0;
    }
    return *rows;
}

QList<Branch> storedBranches(const QSqlDatabase &db, Id repositoryId)
{
    auto rows = store::loadRows<Branch>(db, u"repository_id = ?"_s, {repositoryId}, u"name"_s);
    if (!rows) {
        QTest::qFail(qPrintable(rows.errorMessage()), __FILE__, __LINE__);
        return {};
    }
    for (Branch &branch : *rows) {
        branch.id = 0;
        branch.repositoryId = 0;
    }
    return *rows;
}

QStringList shippedCommits(const QSqlDatabase &db, Id deploymentId)
{
    QSqlQuery query = select(db,
                             u"SELECT c.oid FROM deployment_commits dc JOIN commits c ON c.id = dc.commit_id "
                             u"WHERE dc.deployment_id = ? ORDER BY c.oid"_s,
                             {deploymentId});
    QStringList oids;
    while (query.next())
        oids.append(query.value(0).toString());
    return oids;
}

QStringList dumpRepository(const QSqlDatabase &db, Id repositoryId)
{
    QStringList commitColumns = store::columnNames<Commit>();
    commitColumns.removeAll(u"repository_id"_s);
    QStringList dump;
    dump += rowsAsText(db,
                       u"SELECT 'repository', name, url, path, default_branch, ref_patterns FROM repositories "
                       u"WHERE id = ?"_s,
                       repositoryId);
    dump += rowsAsText(
        db, u"SELECT 'commit', "_s + commitColumns.join(u", "_s) + u" FROM commits WHERE repository_id = ?"_s,
        repositoryId);
    dump += rowsAsText(db,
                       u"SELECT 'parent', c.oid, p.position, p.parent_oid FROM commit_parents p "
                       u"JOIN commits c ON c.id = p.commit_id WHERE c.repository_id = ?"_s,
                       repositoryId);
    dump += rowsAsText(db,
                       u"SELECT 'file', c.oid, f.position, f.path, f.old_path, f.insertions, f.deletions "
                       u"FROM commit_files f JOIN commits c ON c.id = f.commit_id WHERE c.repository_id = ?"_s,
                       repositoryId);
    dump += rowsAsText(db,
                       u"SELECT 'tag', name, target_oid, annotated, tagger_name, tagger_email, tagger_time, message "
                       u"FROM tags WHERE repository_id = ?"_s,
                       repositoryId);
    dump += rowsAsText(db, u"SELECT 'branch', name, tip_oid FROM branches WHERE repository_id = ?"_s, repositoryId);
    dump += rowsAsText(db,
                       u"SELECT 'shipped', d.external_id, c.oid FROM deployment_commits dc "
                       u"JOIN deployments d ON d.id = dc.deployment_id JOIN commits c ON c.id = dc.commit_id "
                       u"WHERE c.repository_id = ?"_s,
                       repositoryId);
    return dump;
}

qint64 rowCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query = select(db, u"SELECT count(*) FROM "_s + table);
    return query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace flowdeck::testing
