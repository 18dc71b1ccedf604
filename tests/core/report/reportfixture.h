// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The delivery history of the report tests: the value stream history of March 2024 (valuestreamfixture.h) plus
// commits, production deployments, incidents and releases whose figures are worked out by hand in
// reportfixture.cpp.

#include "domain/types.h"
#include "store/workspace.h"
#include "valuestreamfixture.h"

namespace flowdeck::testing {

struct ReportHistory
{
    ValueStreamHistory base;
};

/// Writes the history into `workspace`; the error of the first statement that failed, if any.
ReportHistory buildReportHistory(const store::Workspace &workspace, QString *error);

/// A moment of 2024, UTC.
Timestamp in2024(int month, int day, int hour, int minute = 0);

} // namespace flowdeck::testing
