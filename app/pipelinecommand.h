// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace flowdeck::app {

/// `flowdeck pipeline import|export|list|show`: pipelines in a workspace from the command line.
///
/// - `import FILE -w W [--name N] [--format github|gitlab|concourse|flowdeck] [--json]` reads a GitHub Actions
///   workflow, a GitLab CI configuration, a Concourse pipeline or a Flowdeck pipeline file (the format told from
///   the file when not given) and saves it into the workspace, which is created when it does not exist.
/// - `export NAME --format yaml|dot -w W [-o OUT]` writes a stored pipeline in Flowdeck's own format or as a
///   Graphviz graph, to standard output or to OUT.
/// - `list -w W [--json]` lists the stored pipelines.
/// - `show NAME -w W [--json]` prints one pipeline: its stages in topological order, their statistics and its
///   critical path.
class PipelineCommand
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::app::PipelineCommand)

public:
    /// `arguments` starts with the program name and "pipeline". Returns the exit code: 0, 1 when the work failed
    /// (a file that cannot be read, a cyclic pipeline, an unknown pipeline), 2 for a usage error.
    static int run(const QStringList &arguments);
};

} // namespace flowdeck::app
