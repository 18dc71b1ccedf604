// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/cistore.h"
#include "ci/httpfetch.h"
#include "domain/delivery.h"
#include "result.h"
#include "taskcontrol.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace flowdeck::store {
class Workspace;
}

/// Syncing a CI source: fetching what is new from GitHub, GitLab or Jenkins, one page at a time, each page stored
/// in its own transaction, with a cursor per endpoint so that the next sync asks only for what changed since.
/// Runs on a worker thread (or the command line's main thread): it blocks on the network.
namespace flowdeck::ci {

struct SyncOptions
{
    /// Fetch nothing created or updated before this time (the first sync of a big project); without it, the
    /// first sync fetches everything and later ones continue from their cursors.
    OptionalTime since;
    FetchPolicy policy;
};

struct SyncReport
{
    StoreCounts counts;
    /// Requests sent, and how many of them were answered "not modified" (their ETag still held).
    int requests = 0;
    int notModified = 0;
};

/// Progress lines ("Workflow runs, page 3", "Rate limit reached: waiting 42 s") for the progress bar or stderr.
using SyncNotice = std::function<void(const QString &message)>;

/// Syncs `source` (saved, with an id) into the workspace. `token` may be empty for public projects. Stops at the
/// first error with a message naming the endpoint; what was stored before stays, and the next sync resumes.
Result<SyncReport> syncSource(const store::Workspace &workspace, const CiSource &source, const QByteArray &token,
                              const SyncOptions &options, const TaskControl &control = {},
                              const SyncNotice &notice = {});

/// Checks that the source's server answers and the token can read the project: one request. The answer says
/// what was reached ("petech/storefront on GitHub: 1,204 workflow runs").
Result<QString> testConnection(const CiSource &source, const QByteArray &token, const FetchPolicy &policy = {},
                               const TaskControl &control = {});

} // namespace flowdeck::ci
