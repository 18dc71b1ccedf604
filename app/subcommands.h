// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace flowdeck::app {

/// A headless command (`flowdeck demo ...`): it runs with a QCoreApplication and needs no display.
struct Subcommand
{
    QString name;
    /// One line for `flowdeck --help`, untranslated; summary() translates it.
    const char *sourceSummary = nullptr;
    /// Runs the command on its arguments: the program name first, then the command's name and the rest.
    /// Returns the process exit code.
    std::function<int(const QStringList &arguments)> run;
    /// Whether the command lays out text with fonts (PDF, HTML), which needs a QGuiApplication; it still needs no
    /// display.
    bool needsFonts = false;

    QString summary() const;
};

/// Every subcommand, in the order `flowdeck --help` lists them.
const QList<Subcommand> &subcommands();

/// The subcommand called `name`, or null.
const Subcommand *findSubcommand(const QString &name);

} // namespace flowdeck::app
