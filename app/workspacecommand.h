// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace flowdeck::app {

/// `flowdeck workspace copy FROM TO [--json]`: copies every record of a workspace into a new one, between an
/// SQLite file and a PostgreSQL database (postgresql://…) in either direction.
class WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::app::WorkspaceCommand)

public:
    /// `arguments` starts with the program name and "workspace". Returns the exit code.
    static int run(const QStringList &arguments);
};

} // namespace flowdeck::app
