// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

/// Reading the cells of deployment and incident CSV files. Each function takes a trimmed, non-empty cell and gives
/// its value, or an Error saying what is wrong with it (without the place: the caller names file, line and column).
namespace flowdeck::ci::csv {

/// The translation context of the CSV import's messages.
struct CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::ci::csv::CsvImport)
};

/// An ISO 8601 date and time with a UTC offset (Z, +01:00, -0800, +02). A time without an offset would be read in
/// some unknown zone, so it is refused, as is a date without a time and a day the calendar does not have.
Result<Timestamp> readCsvTime(QStringView cell);

/// One of flowdeck::Status, from the words spreadsheets and tools use (success, ok, failure, error, cancelled,
/// in_progress, pending, ...), in any case, with spaces or hyphens for underscores.
Result<QString> readCsvDeploymentStatus(QStringView cell);

/// One of flowdeck::Tier, from its name or a short form (prod, stage, test, qa, dev), in any case.
Result<QString> readCsvTier(QStringView cell);

/// A commit id: 4 to 64 hexadecimal digits (abbreviated, SHA-1 or SHA-256), in lower case.
Result<QString> readCsvCommit(QStringView cell);

/// An http or https address.
Result<QString> readCsvUrl(QStringView cell);

/// A time as UTC ISO 8601 with milliseconds: "2024-03-05T09:15:00.000Z".
QString utcIsoTime(Timestamp time);

} // namespace flowdeck::ci::csv
