// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/delivery.h"
#include "domain/history.h"
#include "domain/pipeline.h"

#include <QString>

#include <optional>

/// Rows of hand-built workspaces, with every member a test does not care about filled in plausibly.
namespace flowdeck::testing {

/// A 40-character object id of one repeated character: oidOf('a') is "aaaa…".
QString oidOf(char c);

/// A commit by Ada, committed when it was written, with `oid` as its message.
Commit commitRow(Id repository, const QString &oid, Timestamp authorTime);

/// A deployment from the source "test", with an external id of its own.
Deployment deploymentRow(Id service, Id environment, const QString &version, const char *status, OptionalTime started,
                         OptionalTime finished, std::optional<QString> commitOid = std::nullopt);

/// A pipeline run from the source "test", with an external id of its own.
PipelineRun runRow(const char *status, OptionalTime created, OptionalTime started, OptionalTime finished);

/// A first attempt of a job of `run` from the source "test", with an external id of its own.
Job jobRow(Id run, const QString &name, const char *status, OptionalTime queued, OptionalTime started,
           OptionalTime finished);

/// An incident of `service` from the source "test", with an external id of its own.
Incident incidentRow(Id service, const QString &title, Timestamp started, OptionalTime resolved);

} // namespace flowdeck::testing
