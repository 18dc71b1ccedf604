// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/import/yamlguard.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <sstream>

namespace flowdeck::graph::yamlguard {

namespace {

/// More documents than any definition has; a stream that yields more is not one.
constexpr int maxDocuments = 1000;

// yaml-cpp 0.7's LoadAll loops for ever, allocating a document each time, on a token that cannot start a
// document (a stray "," at the start of a file): the parser hands out an empty document without moving on. The
// stream is walked once with this handler first, which notices a document that starts where the one before
// it did.
class DocumentProbe : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &mark) override
    {
        m_previousStart = m_start;
        m_start = mark;
        m_values = 0;
        ++m_documents;
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { ++m_values; }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { ++m_values; }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t, const std::string &) override { ++m_values; }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        ++m_values;
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t, YAML::EmitterStyle::value) override
    {
        ++m_values;
    }
    void OnMapEnd() override {}

    /// Whether the last document was empty and started where the one before it did.
    bool isStuck() const
    {
        return m_documents > 1 && m_values <= 1 && m_start.pos == m_previousStart.pos &&
               m_start.line == m_previousStart.line;
    }
    int documents() const { return m_documents; }
    const YAML::Mark &start() const { return m_start; }

private:
    YAML::Mark m_start;
    YAML::Mark m_previousStart;
    int m_values = 0;
    int m_documents = 0;
};

} // namespace

std::optional<YAML::Mark> stuckDocument(const std::string &text)
{
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    DocumentProbe probe;
    while (parser.HandleNextDocument(probe)) {
        if (probe.isStuck() || probe.documents() > maxDocuments)
            return probe.start();
    }
    return std::nullopt;
}

namespace {

/// Counts `node` and everything under it into `expansion`, at `depth` (0 for the document's top level). Where a
/// bound is passed, the entry of the top level it was passed under (a sequence's item, a map's key) is the place
/// the error names.
void measure(const YAML::Node &node, int depth, Expansion &expansion)
{
    if (expansion.refused())
        return;
    if (depth > maxDepth) {
        expansion.tooDeep = true;
        return;
    }
    ++expansion.values;
    const auto passedUnder = [&](const YAML::Node &entry) {
        if (!expansion.refused())
            return false;
        if (depth == 0)
            expansion.where = entry.Mark();
        return true;
    };
    if (node.IsSequence()) {
        for (const YAML::Node &item : node) {
            measure(item, depth + 1, expansion);
            if (passedUnder(item))
                return;
        }
    } else if (node.IsMap()) {
        for (const auto &entry : node) {
            measure(entry.first, depth + 1, expansion);
            measure(entry.second, depth + 1, expansion);
            if (passedUnder(entry.first))
                return;
        }
    }
}

} // namespace

Expansion measureExpansion(const YAML::Node &node)
{
    Expansion expansion;
    measure(node, 0, expansion);
    return expansion;
}

} // namespace flowdeck::graph::yamlguard
