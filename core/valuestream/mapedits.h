// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "valuestream/valuestreammap.h"

namespace flowdeck::valuestream {

// The workshop's edits of a map's flow, as pure functions: each returns the edited copy.

/// The map without the step `stepId`, its flow bridged: every step before it now leads to every step after it,
/// unless the flow already gets there another way. A map whose edges then form a line again loses them (the list
/// order says it all).
Map withoutStep(const Map &map, Id stepId);

/// The map with `step` inserted after the step `afterId` (at the start when 0): in the flow the new step takes over
/// what followed that step; a new first step leads to every step that had no predecessor.
Map withStepAfter(const Map &map, Id afterId, const Step &step);

} // namespace flowdeck::valuestream
