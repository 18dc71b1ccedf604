// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <yaml-cpp/mark.h>
#include <yaml-cpp/node/node.h>

#include <optional>
#include <string>

/// Limits that keep hostile YAML (alias bombs, recursive aliases, streams yaml-cpp cannot move through) from
/// running a reader out of time or memory. Every reader of YAML from outside goes through these before it walks
/// the nodes yaml-cpp builds.
namespace flowdeck::graph::yamlguard {

/// Deeper than any real definition; a recursive alias (`&a [*a]`, which yaml-cpp builds as a cycle) stops here.
constexpr int maxDepth = 200;
/// yaml-cpp shares an aliased value between the places that use it, so a walk visits it once per use. The largest
/// real definitions have a few thousand values; an alias bomb passes this bound within a fraction of a second.
constexpr qint64 maxValues = 100'000;

/// Where the stream stops yielding documents that move on, if it does. yaml-cpp 0.7's LoadAll loops for ever,
/// allocating a document each time, on a token that cannot start a document (a stray "," at the start of a file);
/// a stream with more documents than any definition has is refused at the same place. Throws YAML::Exception on a
/// syntax error.
std::optional<YAML::Mark> stuckDocument(const std::string &text);

/// What walking a value with every alias expanded would meet.
struct Expansion
{
    /// Values counted, up to maxValues + 1.
    qint64 values = 0;
    /// Whether the walk went deeper than maxDepth (a recursive alias does).
    bool tooDeep = false;
    /// Where the walk was refused: the key (in a mapping) or the item (in a list) of the top level whose value
    /// passed a bound.
    YAML::Mark where = YAML::Mark::null_mark();
    /// Whether the walk met more than maxValues values.
    bool tooLarge() const { return values > maxValues; }
    bool refused() const { return tooDeep || tooLarge(); }
};

/// Counts the values of `node` as a walk that expands aliases would meet them, stopping at the first bound passed.
/// It costs at most maxValues steps.
Expansion measureExpansion(const YAML::Node &node);

} // namespace flowdeck::graph::yamlguard
