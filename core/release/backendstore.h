// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/release.h"
#include "release/backend.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::release {

/// The deployment backends of a workspace: listed, checked, stored and removed. Credentials never go here: they
/// live in the keychain under backendSecretKey(name).
class BackendStore
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::release::BackendStore)

public:
    /// Every backend, by name.
    static Result<QList<Backend>> list(const QSqlDatabase &db);

    /// Whether `backend` can be made from its kind and config (makeBackend's checks, which name what is wrong);
    /// returns what it would do for a sample deploy, for the dialog to show.
    static Result<QString> check(const Backend &backend, const BackendContext &context = defaultBackendContext());

    /// Stores the backend (id 0 inserts) after check(): a name of its own, a known kind, a config object. Audited
    /// as backend.create or backend.edit. A changed backend needs the workspace to be trusted again.
    static Result<Backend> save(const store::Workspace &workspace, Backend backend, const QString &actor);

    /// Removes a backend that no unfinished release task uses. Audited as backend.delete.
    static Result<void> remove(const store::Workspace &workspace, Id backendId, const QString &actor);

    /// A config to start from for a new backend of `kind`, as JSON text.
    static QString exampleConfig(const QString &kind);
    /// The kinds, in the order a chooser lists them.
    static QStringList kinds();
};

} // namespace flowdeck::release
