// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace flowdeck {

/// Flowdeck's own version, as --version and the About box show it.
QString applicationVersion();

/// The versions of the libraries core is built on, one "name version" per entry.
QStringList libraryVersions();

} // namespace flowdeck
