// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace flowdeck::app {

/// Starting Flowdeck: what main() does.
class Application
{
public:
    /// Decides from the arguments whether a display is needed, creates a QCoreApplication (headless commands)
    /// or a QApplication (the GUI, --screenshot) and runs. Returns the exit code.
    static int run(int argc, char **argv);

    /// Names the running application for QSettings, QStandardPaths and the command line.
    static void setIdentity();
};

} // namespace flowdeck::app
