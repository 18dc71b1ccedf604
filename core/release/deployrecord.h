// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/release.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace flowdeck::release {

/// The deployments rows that deploy tasks write, so that the metrics count releases run from Flowdeck like any
/// other deployment: source "flowdeck", external id the attempt's token.
class DeployRecord
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::release::DeployRecord)

public:
    static inline const QString source = QStringLiteral("flowdeck");

    /// A running deployment for the attempt `token` of `task`.
    static Result<void> started(QSqlDatabase &db, const ReleaseTask &task, const QString &version,
                                const QString &commit, const QString &token, Timestamp at, const QString &actor);
    /// How the attempt ended: succeeded, failed or canceled; a success links the commits it shipped.
    static Result<void> finished(QSqlDatabase &db, const QString &token, const QString &status, Timestamp at,
                                 const QString &url);

    /// The version of the service that last deployed successfully to the environment outside this release, for
    /// a rollback task without a version of its own; empty when there is none.
    static Result<QString> previousVersion(const QSqlDatabase &db, Id serviceId, Id environmentId, Id releaseId);
    /// The commit a version names in the service's repository: a tag of that name (or with a "v" before it),
    /// else a commit whose id starts with it (7 characters or more); empty when none.
    static Result<QString> commitForVersion(const QSqlDatabase &db, Id serviceId, const QString &version);
};

} // namespace flowdeck::release
