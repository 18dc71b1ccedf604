// SPDX-License-Identifier: GPL-3.0-or-later
#include "historybuilder.h"

#include "fixturerows.h"
#include "fixturetime.h"

namespace flowdeck::testing {

Id HistoryBuilder::commit(Id repository, char oid, const QString &author, const QString &email, Timestamp at,
                          const QString &message, std::optional<int> files, std::optional<int> insertions,
                          std::optional<int> deletions, bool merge, bool reachable, int offset)
{
    Commit c;
    c.repositoryId = repository;
    c.oid = oidOf(oid);
    c.authorName = author;
    c.authorEmail = email;
    c.authorTime = at;
    c.authorOffsetMinutes = offset;
    c.committerName = author;
    c.committerEmail = email;
    c.committerTime = at + minute;
    c.committerOffsetMinutes = offset;
    c.summary = message.section(u'\n', 0, 0);
    c.message = message;
    c.isMerge = merge;
    c.filesChanged = files;
    c.insertions = insertions;
    c.deletions = deletions;
    c.reachable = reachable;
    return add(c);
}

void HistoryBuilder::parent(Id commit, int position, char oid)
{
    add(CommitParent{commit, position, oidOf(oid)});
}

void HistoryBuilder::file(Id commit, int position, const QString &path, std::optional<QString> oldPath,
                          std::optional<int> insertions, std::optional<int> deletions)
{
    add(CommitFile{commit, position, path, std::move(oldPath), insertions, deletions});
}

Id HistoryBuilder::deployment(Id service, Id environment, const QString &version, const char *status,
                              OptionalTime started, OptionalTime finished, const QList<Id> &commits)
{
    const Id id = add(deploymentRow(service, environment, version, status, started, finished));
    for (Id commit : commits)
        add(DeploymentCommit{id, commit});
    return id;
}

} // namespace flowdeck::testing
