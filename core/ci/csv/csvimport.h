// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/records.h"
#include "result.h"

#include <QByteArray>
#include <QString>

/// Deployments and incidents kept in spreadsheets, read from CSV files into CI records (docs/csv-import.md
/// describes the columns and rules). The records are stored with the source ci::Source::Csv.
namespace flowdeck::ci::csv {

/// What a CSV file holds.
enum class Table
{
    Deployments,
    Incidents,
};

/// Reads a CSV file of deployments or incidents into records. Every row is checked before anything is returned: a
/// bad row fails the whole file with an Error naming file, line and column ("deployments.csv, line 14, column
/// started_at: “yesterday” is not an ISO 8601 time"), so nothing is stored half-way. Each record's external id is
/// its `id` cell, or one made from the cells that identify it (see deploymentExternalId() and
/// incidentExternalId()), so importing the same file again changes nothing. Deployments with a `tier` give their
/// environments' tiers as Batch::environments. Ignored columns and unknown times are reported in Batch::warnings.
Result<Batch> readCsvFile(Table table, const QString &path);

/// readCsvFile() on the file's bytes; `where` names the file in messages.
Result<Batch> readCsv(Table table, const QByteArray &content, const QString &where);

/// The external id of a deployment row without an `id`: service, environment, version and the start as UTC ISO 8601
/// with milliseconds, joined by '|' ("checkout|production|1.4.2|2024-03-05T09:15:00.000Z"). A '|' or '\' inside a
/// name is written with a '\' before it, so that different rows never share an id.
QString deploymentExternalId(const QString &service, const QString &environment, const QString &version,
                             Timestamp startedAt);

/// The external id of an incident row without an `id`: service and start, as for deployments
/// ("checkout|2024-03-05T10:02:00.000Z").
QString incidentExternalId(const QString &service, Timestamp startedAt);

} // namespace flowdeck::ci::csv
