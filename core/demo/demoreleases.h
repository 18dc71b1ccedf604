// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"

#include <QCoreApplication>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::demo {

/// The demo's release orchestration: a process backend "demo-deploy" that runs `deployScript` (a script that
/// pretends to deploy, printing its progress, and fails now and then), the template "Standard release" (a check
/// gate, staging deploys in parallel, an approval, production deploys with retries, a manual check, and rollback
/// tasks), a planned release made from it and a year-end blackout. Versions are the newest tags whose
/// pipeline runs are all green, so that the check gate passes. `end` is the end of the demo's history.
class DemoReleases
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::demo::DemoReleases)

public:
    static Result<void> add(const store::Workspace &workspace, const QString &deployScript, Timestamp end);
};

} // namespace flowdeck::demo
