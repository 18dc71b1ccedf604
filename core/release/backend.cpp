// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/backend.h"

#include "release/processrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace flowdeck::release {

using namespace Qt::StringLiterals;

DeployBackend::~DeployBackend() = default;

QString defaultRunnerProgram()
{
    if (const QString chosen = qEnvironmentVariable("FLOWDECK_RUNNER"); !chosen.isEmpty())
        return chosen;
    if (QCoreApplication::instance()) {
        const QDir here(QCoreApplication::applicationDirPath());
        // Next to the program in a build; in its library directory once installed (lib/<multiarch>/ on Debian).
        const QStringList candidates{
            here.filePath(runnerProgramName),
            here.filePath(u"../lib/flowdeck/"_s + runnerProgramName),
#ifdef FLOWDECK_RUNNER_RELATIVE_DIR
            here.filePath(QStringLiteral(FLOWDECK_RUNNER_RELATIVE_DIR) + u'/' + runnerProgramName),
#endif
        };
        for (const QString &candidate : candidates) {
            const QFileInfo info(candidate);
            if (info.isFile() && info.isExecutable())
                return QDir::cleanPath(info.absoluteFilePath());
        }
    }
    // Left to the search path.
    return runnerProgramName;
}

QString defaultJobDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/jobs"_s;
}

} // namespace flowdeck::release
