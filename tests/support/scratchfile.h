// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace flowdeck::testing {

/// Writes `content` to the file at `path`, replacing what it held; false (with a warning) when it cannot.
bool writeFile(const QString &path, const QByteArray &content);

/// The bytes of the file at `path`; a suite that cannot read what it needs stops there.
QByteArray readFileOrStop(const QString &path);

} // namespace flowdeck::testing
