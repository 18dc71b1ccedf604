// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace flowdeck::app::console {

/// Writes `text` to standard output in the locale's encoding, followed by a newline when it lacks one.
void out(const QString &text);
/// The same for standard error: messages, warnings and errors of the command line.
void error(const QString &text);

} // namespace flowdeck::app::console
