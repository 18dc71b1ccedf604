// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/metricsdata.h"
#include "result.h"

namespace flowdeck::store {
class Workspace;
}

/// The metrics options a workspace keeps, shared by the Metrics page and `flowdeck metrics`, so that both compute
/// the same figures.
namespace flowdeck::views::metricssettings {

/// `author` or `committer`: where lead time for changes starts (Options::leadTimeFrom).
inline constexpr auto leadTimeFromKey = "metrics.lead_time_from";
/// The hotfix pattern (Options::hotfixPattern); absent, the default; empty, no pattern.
inline constexpr auto hotfixPatternKey = "metrics.hotfix_pattern";

/// `options` with the lead-time basis and the hotfix pattern the workspace keeps; those it does not keep (or an
/// unknown basis) stay as given.
metrics::Options readOptions(const store::Workspace &workspace, metrics::Options options = {});
/// Keeps `options`' lead-time basis and hotfix pattern in the workspace.
Result<void> writeOptions(const store::Workspace &workspace, const metrics::Options &options);

} // namespace flowdeck::views::metricssettings
