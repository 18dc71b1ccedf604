// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/backend.h"

namespace flowdeck::release {

/// The process backend: runs a program with an argument list (never through a shell), supervised by the
/// flowdeck-runner program so that the job outlives the engine that started it and a later engine re-attaches to
/// it by its handle. Its config, as JSON:
///   {"program": "/opt/deploy/deploy.sh", "arguments": ["{service}", "{version}", "{environment}"],
///    "working_directory": "...", "timeout_seconds": 900, "environment": {"NAME": "value"}}
/// {service}, {version}, {environment}, {release} and {commit} are replaced inside each argument (an argument
/// stays one argument whatever it holds). The program's environment also has FLOWDECK_SERVICE,
/// FLOWDECK_VERSION, FLOWDECK_ENVIRONMENT and FLOWDECK_RELEASE. The exit code decides: 0 succeeded, else failed.
Result<std::unique_ptr<DeployBackend>> makeProcessBackend(const Backend &backend, const BackendContext &context);

} // namespace flowdeck::release
