// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The HTTP backends, one maker each; makeHttpBackend() reads the config and picks one by kind.

#include "release/httpbackendsupport.h"

namespace flowdeck::release::httpbackend {

using Made = Result<std::unique_ptr<DeployBackend>>;

/// POSTs the deploy as JSON (optionally signed) and polls a status URL.
Made makeWebhookBackend(const Backend &backend, const BackendContext &context, const ConfigReader &config);
/// Dispatches a GitHub Actions workflow and follows the run that carries the attempt's token.
Made makeGitHubBackend(const Backend &backend, const BackendContext &context, const ConfigReader &config);
/// Creates a GitLab pipeline with variables and polls it.
Made makeGitLabBackend(const Backend &backend, const BackendContext &context, const ConfigReader &config);
/// Builds a Jenkins job with parameters and follows its queue item to the build.
Made makeJenkinsBackend(const Backend &backend, const BackendContext &context, const ConfigReader &config);
/// Syncs an Argo CD application and polls its sync and health.
Made makeArgoCdBackend(const Backend &backend, const BackendContext &context, const ConfigReader &config);

} // namespace flowdeck::release::httpbackend
