// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace flowdeck::app {

/// `flowdeck release list -w W [--templates] [--json]`, `flowdeck release run NAME -w W [--approve-all] [--json]`
/// and `flowdeck release trust -w W`: releases listed, one run headless to its end (or until it waits for people),
/// and the workspace trusted on this computer after showing what its backends would run.
class ReleaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::app::ReleaseCommand)

public:
    /// `arguments` starts with the program name and "release". Returns the exit code: 0 when the release
    /// succeeded (or the listing or trust worked), 1 when it failed, rolled back or was aborted or the work failed,
    /// 2 for a usage error, 3 when the run stopped because tasks wait for people.
    static int run(const QStringList &arguments);
};

} // namespace flowdeck::app
