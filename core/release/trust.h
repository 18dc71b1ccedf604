// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::release {

/// Workspace trust, like an editor's: a workspace made elsewhere runs no deployment backend until the user on
/// this machine trusts it, after seeing what would run. Trust is kept per machine and user (QSettings), for the
/// workspace's identity (settings key workspace.id) and a fingerprint of its enabled backends' kinds and configs:
/// a changed backend needs trust again.
class WorkspaceTrust
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::release::WorkspaceTrust)

public:
    /// One line per enabled backend: its name, kind, and what it runs or calls ("deploy-script (process): runs
    /// /opt/deploy.sh with the service, version and environment").
    static Result<QStringList> whatWouldRun(QSqlDatabase db);
    static Result<QString> fingerprint(QSqlDatabase db);
    static Result<bool> isTrusted(const store::Workspace &workspace);
    /// Records trust for the workspace as its backends are now (gives it an identity when it has none yet).
    static Result<void> trust(const store::Workspace &workspace);
    static Result<void> revoke(const store::Workspace &workspace);
};

} // namespace flowdeck::release
