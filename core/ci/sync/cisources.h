// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/delivery.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace flowdeck::store {
class Workspace;
}

/// The CI connections of a workspace (table ci_sources): which server, which project or job, which service its
/// records belong to. Tokens are not here: they live in the keychain under tokenKey().
namespace flowdeck::ci {

namespace Provider {
inline constexpr auto GitHub = "github";
inline constexpr auto GitLab = "gitlab";
inline constexpr auto Jenkins = "jenkins";
} // namespace Provider

/// The API address a provider uses when none is given: https://api.github.com, https://gitlab.com; Jenkins has
/// none (the job URL says where the server is).
QString defaultApiUrl(const QString &provider);

/// The keychain entry of a server's token: one per provider and API address ("ci github https://api.github.com"),
/// shared by every project on that server.
QString tokenKey(const QString &provider, const QString &baseUrl);

/// The environment variable the command line reads a token from: FLOWDECK_GITHUB_TOKEN, FLOWDECK_GITLAB_TOKEN,
/// FLOWDECK_JENKINS_TOKEN.
QString tokenEnvironmentVariable(const QString &provider);

/// A source made ready to store: provider checked, API address normalised (no trailing slash; a Jenkins job URL
/// split into server and job path), project checked for its provider's form (owner/repo; a GitLab path or numeric
/// id). An Error says what is wrong with which field.
Result<CiSource> normalisedSource(CiSource source);

/// Every connection, by provider and project.
Result<QList<CiSource>> loadSources(const store::Workspace &workspace);
/// Adds the connection, or updates the one with the same provider, address and project; returns it with its id.
/// With no service id, the service named after the project's last path segment is used (made when missing).
Result<CiSource> saveSource(const store::Workspace &workspace, const CiSource &source);
/// The service of that name, made when missing.
Result<Id> serviceNamed(const store::Workspace &workspace, const QString &name);
/// Removes the connection and its sync cursors; what it imported stays.
Result<void> removeSource(const store::Workspace &workspace, Id sourceId);

/// "petech/storefront on GitHub": for lists and messages.
QString sourceTitle(const CiSource &source);

} // namespace flowdeck::ci
