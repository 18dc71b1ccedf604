// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/backend.h"

namespace flowdeck::release {

/// The backends that work over HTTP: webhook, github, gitlab, jenkins and argocd. An error names the backend
/// and what is missing or wrong in its config; another kind is an error too.
Result<std::unique_ptr<DeployBackend>> makeHttpBackend(const Backend &backend, const BackendContext &context);

} // namespace flowdeck::release
