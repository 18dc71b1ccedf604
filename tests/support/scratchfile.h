// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace flowdeck::testing {

/// Writes `content` to the file at `path`, replacing what it held; false (with a warning) when it cannot.
bool writeFile(const QString &path, const QByteArray &content);

} // namespace flowdeck::testing
