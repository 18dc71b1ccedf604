// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demogenerator.h"
#include "result.h"
#include "taskcontrol.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace flowdeck::app {

/// The demo workspace: written to a file of the user's choice, or kept in the cache folder for `--demo` and
/// "Open demo". These functions block; the GUI runs them on a worker thread.
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::app::DemoWorkspace)

public:
    /// Creates `path` (which must not exist) and fills it with the demo. On failure or cancellation nothing is
    /// left behind at `path`.
    static Result<demo::DemoSummary> write(const QString &path, const demo::DemoOptions &options = {},
                                           const TaskControl &control = {});

    /// Where the cached demo of `day` (UTC) lives. The name carries the Flowdeck version and the workspace
    /// format, so a demo made by another version is never reused.
    static QString cachePath(QDate day);

    /// The cached demo of today (UTC): reused when one was made earlier today by this version, generated
    /// otherwise. Returns its path. Older cached demos are removed.
    static Result<QString> ensureCached(const TaskControl &control = {});

    /// The demo's deployment script, written from the application's resources to its data folder (again when it
    /// changed); the demo's process backend runs it.
    static Result<QString> deployScript();

    /// Whether `path` is a demo in the cache folder, which is replaced daily and not worth remembering.
    static bool isCached(const QString &path);
};

} // namespace flowdeck::app
