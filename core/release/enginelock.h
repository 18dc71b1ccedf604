// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/release.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace flowdeck::release {

/// The lease in release_locks that lets one engine at a time run a release.
class EngineLock
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::release::EngineLock)

public:
    /// How long a lease lives without a heartbeat before another host's engine may take it over.
    static constexpr qint64 staleAfterMs = 60'000;

    /// A new owner for an engine of this process: "host:pid/serial". It counts as alive until forgotten, so that
    /// two engines of one process exclude each other too.
    static QString newOwner();
    static void forgetOwner(const QString &owner);
    /// Whether `owner` still runs: in this process, whether its engine lives; on this host, whether its process
    /// lives; on another, whether its heartbeat
    /// is younger than staleAfterMs.
    static bool isAlive(const ReleaseLock &lock, Timestamp now);

    /// Takes the lease for `owner` (inside the caller's transaction): refused, naming the holder, while another
    /// live owner holds it. Returns whether it was taken over from a dead owner.
    static Result<bool> acquire(QSqlDatabase &db, Id releaseId, const QString &owner, Timestamp now);
    static Result<void> heartbeat(QSqlDatabase &db, Id releaseId, const QString &owner, Timestamp now);
    static Result<void> release(QSqlDatabase &db, Id releaseId, const QString &owner);
    /// The current lease, if any.
    static Result<std::optional<ReleaseLock>> holder(const QSqlDatabase &db, Id releaseId);
};

} // namespace flowdeck::release
