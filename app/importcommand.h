// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace flowdeck::app {

/// `flowdeck import git PATH|URL -w FILE [--refs PATTERN]... [--no-stats] [--json]`: imports the history of a
/// git repository into a workspace (created when the file does not exist), with progress on standard error.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::app::ImportCommand)

public:
    /// `arguments` starts with the program name and "import". Returns the exit code: 0, 1 when the import
    /// failed, 2 for a usage error.
    static int run(const QStringList &arguments);
};

} // namespace flowdeck::app
