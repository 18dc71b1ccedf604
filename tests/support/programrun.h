// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace flowdeck::testing {

/// What a run of a program printed and how it ended.
struct ProgramRun
{
    /// -1 when the program crashed or did not finish.
    int exitCode = -1;
    QByteArray out;
    QString err;

    QString text() const { return QString::fromUtf8(out); }
};

/// The environment for running the built program in a test: its settings, data and caches in folders under
/// `scratch` (never the user's), the C.UTF-8 locale and no LANGUAGE list, so messages are the English source.
/// Returns an empty environment when the folders cannot be made.
QProcessEnvironment isolatedEnvironment(const QString &scratch);

/// Runs `program` with `arguments` in `directory` and `environment`, with `input` on its standard input, and
/// waits for it (up to two minutes: an import of a big repository takes a while).
ProgramRun runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
                      const QString &directory, const QByteArray &input = {});

} // namespace flowdeck::testing
