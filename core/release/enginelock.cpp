// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/enginelock.h"

#include "store/query.h"
#include "store/rows.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QSysInfo>

#include <csignal>
#include <unistd.h>

namespace flowdeck::release {

using namespace Qt::StringLiterals;

namespace {

struct LiveOwners
{
    QMutex mutex;
    QSet<QString> owners;
    quint64 serial = 0;
};

LiveOwners &liveOwners()
{
    static LiveOwners owners;
    return owners;
}

} // namespace

QString EngineLock::newOwner()
{
    LiveOwners &live = liveOwners();
    QMutexLocker lock(&live.mutex);
    const QString owner =
        u"%1:%2/%3"_s.arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid()).arg(++live.serial);
    live.owners.insert(owner);
    return owner;
}

void EngineLock::forgetOwner(const QString &owner)
{
    LiveOwners &live = liveOwners();
    QMutexLocker lock(&live.mutex);
    live.owners.remove(owner);
}

bool EngineLock::isAlive(const ReleaseLock &lock, Timestamp now)
{
    const qsizetype colon = lock.owner.lastIndexOf(u':');
    const QString host = lock.owner.left(colon);
    bool numeric = false;
    const qint64 pid = lock.owner.mid(colon + 1).section(u'/', 0, 0).toLongLong(&numeric);
    if (colon > 0 && numeric && host == QSysInfo::machineHostName()) {
        if (pid == QCoreApplication::applicationPid()) {
            LiveOwners &live = liveOwners();
            QMutexLocker locker(&live.mutex);
            return live.owners.contains(lock.owner);
        }
        // A process that is gone, or a zombie waiting for its parent, holds nothing.
        if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            return false;
        QFile stat(u"/proc/%1/stat"_s.arg(pid));
        if (stat.open(QIODevice::ReadOnly)) {
            const QByteArray line = stat.readAll();
            const qsizetype end = line.lastIndexOf(')');
            if (end > 0 && line.mid(end + 2, 1) == "Z")
                return false;
        }
        return true;
    }
    return now - lock.heartbeatAt < staleAfterMs;
}

Result<std::optional<ReleaseLock>> EngineLock::holder(const QSqlDatabase &db, Id releaseId)
{
    auto query = store::runQuery(db, tr("the release lock"),
                                 u"SELECT owner, heartbeat_at FROM release_locks WHERE release_id = ?"_s, {releaseId});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<ReleaseLock>();
    return std::optional<ReleaseLock>(ReleaseLock{releaseId, query->value(0).toString(), query->value(1).toLongLong()});
}

Result<bool> EngineLock::acquire(QSqlDatabase &db, Id releaseId, const QString &owner, Timestamp now)
{
    // Race-free on a server where two engines' transactions run at once (PostgreSQL, READ COMMITTED), not only on a
    // file whose write transactions take turns: the lease is taken by an insert that does nothing when a row is there
    // (it waits for another engine's uncommitted insert and then sees it), and a dead owner's lease by an update that
    // names that owner, so that of two engines taking over the same dead lease only one changes a row.
    auto inserted = store::runQuery(db, tr("the release lock"),
                                    u"INSERT INTO release_locks (release_id, owner, heartbeat_at) VALUES (?, ?, ?) "
                                    "ON CONFLICT (release_id) DO NOTHING"_s,
                                    {releaseId, owner, now});
    if (!inserted)
        return inserted.error();
    if (inserted->numRowsAffected() == 1)
        return false;
    auto current = holder(db, releaseId);
    if (!current)
        return current.error();
    if (*current && (*current)->owner != owner && !isAlive(**current, now)) {
        auto taken =
            store::runQuery(db, tr("the release lock"),
                            u"UPDATE release_locks SET owner = ?, heartbeat_at = ? WHERE release_id = ? AND owner = ? "
                            "AND heartbeat_at = ?"_s,
                            {owner, now, releaseId, (*current)->owner, (*current)->heartbeatAt});
        if (!taken)
            return taken.error();
        if (taken->numRowsAffected() == 1)
            return true;
        // Another engine took it over (or let it go) first: say who holds it now.
        current = holder(db, releaseId);
        if (!current)
            return current.error();
    }
    if (*current && (*current)->owner == owner) {
        if (auto beat = heartbeat(db, releaseId, owner, now); !beat)
            return beat.error();
        return false;
    }
    QString name;
    if (auto named =
            store::runQuery(db, tr("the release lock"), u"SELECT name FROM releases WHERE id = ?"_s, {releaseId});
        named && named->next())
        name = named->value(0).toString();
    if (!*current)
        return Error{
            tr("Another Flowdeck let go of the release “%1” while this one was taking it; run it again.").arg(name)};
    return Error{tr("Another Flowdeck (%1) is running the release “%2”; its last sign of life was at %3.")
                     .arg((*current)->owner, name,
                          QDateTime::fromMSecsSinceEpoch((*current)->heartbeatAt).toString(Qt::ISODate))};
}

Result<void> EngineLock::heartbeat(QSqlDatabase &db, Id releaseId, const QString &owner, Timestamp now)
{
    auto written = store::runQuery(db, tr("the release lock"),
                                   u"UPDATE release_locks SET heartbeat_at = ? WHERE release_id = ? AND owner = ?"_s,
                                   {now, releaseId, owner});
    if (!written)
        return written.error();
    if (written->numRowsAffected() == 0)
        return Error{tr("Another Flowdeck took over this release.")};
    return {};
}

Result<void> EngineLock::release(QSqlDatabase &db, Id releaseId, const QString &owner)
{
    auto written =
        store::runQuery(db, tr("the release lock"), u"DELETE FROM release_locks WHERE release_id = ? AND owner = ?"_s,
                        {releaseId, owner});
    if (!written)
        return written.error();
    return {};
}

} // namespace flowdeck::release
