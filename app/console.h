// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCommandLineOption>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace flowdeck::app::console {

/// The -h/--help option every command has, with Qt's own translated description.
QCommandLineOption helpOption();

/// Parses a command's `arguments`. On a usage error prints "COMMAND: what is wrong" and returns 2; with `help`
/// set prints the help and returns 0; otherwise returns nothing, and the command goes on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &command,
                                  const QCommandLineOption &help);

/// Writes `text` to standard output in the locale's encoding, followed by a newline when it lacks one.
void out(const QString &text);
/// The same for standard error: messages, warnings and errors of the command line.
void error(const QString &text);
/// Writes `bytes` to standard output as they are: JSON or an exported file must reach a pipe byte for byte.
void outBytes(const QByteArray &bytes);

} // namespace flowdeck::app::console
