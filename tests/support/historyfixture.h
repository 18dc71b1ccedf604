// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small, hand-built history shared by the commit log and History page tests. Every expectation in those
// tests is worked out by hand from the rows written here.

#include "fixturerows.h"
#include "fixturetime.h"
#include "historybuilder.h"
#include "store/workspace.h"

#include <QString>

namespace flowdeck::testing {

/// The ids of what buildHistory() wrote.
///
/// shop:  A (T, Ada, +50 -0, 2 files, its parent fff… lies outside the workspace)
///        U (T+30 min, Chen, unreachable, +1 -1)
///        B (T+1 h, Björn Berg, +3 -2, child of A)
///        C (T+2 h, Ada, renames README to README.md, +12 -0, child of A)
///        M (T+3 h, Ada, merges B and C, no stats)
/// tools: X (T+4 h, Chen, +5 -5 and a binary file)
struct HistoryFixture
{
    Id shop = 0;
    Id tools = 0;
    Id a = 0, u = 0, b = 0, c = 0, m = 0, x = 0;
    Id cart = 0, cartWorker = 0;
    Id test = 0, staging = 0, production = 0;
    Id d1 = 0, d2 = 0, d3 = 0, d5 = 0, d6 = 0;
    QString error;
};

/// Writes the history described at HistoryFixture into `workspace`; the fixture's error says what failed.
HistoryFixture buildHistory(const store::Workspace &workspace);

} // namespace flowdeck::testing
