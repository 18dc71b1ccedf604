// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace flowdeck::app {

/// The CI/CD sources of `flowdeck import`:
/// `flowdeck import github OWNER/REPO|gitlab PROJECT|jenkins JOB_URL -w FILE [--api URL] [--since DATE]
/// [--service S] [--json]` syncs a CI server's history, saving the connection in the workspace;
/// `flowdeck import files DIR -w FILE --provider github|gitlab|jenkins [--service S] [--project P] [--json]`
/// reads a folder of saved API responses; `flowdeck import csv deployments|incidents FILE -w FILE [--json]` a CSV
/// file. Each source has a function of its own; they share how the workspace is opened and how counts, warnings and
/// errors are printed (progress and warnings on standard error, one line each; --json counts on standard output).
class CiImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::app::CiImportCommand)

public:
    /// The source words this command takes after "import".
    static QStringList sources();

    /// The source `arguments` (program name, "import", then the rest) name when it is one of sources(): the first
    /// argument after "import" that is neither an option nor an option's value.
    static std::optional<QString> sourceOf(const QStringList &arguments);

    /// Runs `flowdeck import SOURCE ...` for a source of sources(). Returns the exit code: 0, 1 when the import
    /// failed, 2 for a usage error.
    static int run(const QString &source, const QStringList &arguments);
};

} // namespace flowdeck::app
