// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/deploymentrow.h"
#include "domain/types.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace flowdeck::metrics {

/// A commit as the records behind a lead or cycle time show it.
struct CommitRecord
{
    Id id = 0;
    QString oid;
    QString summary;
    QString author;

    bool operator==(const CommitRecord &) const = default;
};

/// An incident as the records behind a change failure show it.
struct IncidentRecord
{
    Id id = 0;
    QString title;
    std::optional<QString> severity;
    Timestamp startedAt = 0;
    OptionalTime resolvedAt;

    bool operator==(const IncidentRecord &) const = default;
};

/// A pipeline run as the records behind flow efficiency show it.
struct RunRecord
{
    Id id = 0;
    /// Its pipeline's name, else the name the CI server gave the run, else empty.
    QString pipeline;
    std::optional<qint64> number;
    std::optional<QString> branch;
    QString status;
    OptionalTime finishedAt;

    bool operator==(const RunRecord &) const = default;
};

/// A pull request as the records behind its lead time show it.
struct PullRequestRecord
{
    Id id = 0;
    int number = 0;
    QString title;
    QString author;
    Timestamp createdAt = 0;
    OptionalTime mergedAt;
    std::optional<QString> url;

    bool operator==(const PullRequestRecord &) const = default;
};

/// The ids of the rows to read for a drill-down.
struct RecordIds
{
    QList<Id> deployments;
    QList<Id> commits;
    QList<Id> incidents;
    QList<Id> runs;
    QList<Id> pullRequests;
};

/// The rows that a drill-down's ids name, by id. An id that names no row (deleted since) has no entry.
struct DrillDownRecords
{
    QHash<Id, DeploymentRow> deployments;
    QHash<Id, CommitRecord> commits;
    QHash<Id, IncidentRecord> incidents;
    QHash<Id, RunRecord> runs;
    QHash<Id, PullRequestRecord> pullRequests;
};

/// Reads the deployments (with their service and environment names), commits, incidents, runs and pull requests
/// that `ids` name, so that the metrics, which carry ids only, can show the records they were computed from.
Result<DrillDownRecords> loadDrillDownRecords(const QSqlDatabase &db, const RecordIds &ids);

} // namespace flowdeck::metrics
