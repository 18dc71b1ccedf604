// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace flowdeck::app {

/// `flowdeck demo -w FILE [--seed N] [--json]`: writes the demo workspace to FILE and reports what it holds.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::app::DemoCommand)

public:
    /// `arguments` starts with the program name and "demo". Returns the exit code.
    static int run(const QStringList &arguments);
};

} // namespace flowdeck::app
