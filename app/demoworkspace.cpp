// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoworkspace.h"

#include "demo/demoreleases.h"
#include "release/trust.h"
#include "store/migrations.h"
#include "store/workspace.h"
#include "version.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

void removeWorkspaceFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

// Removes the demos of other days and versions: each lives in a folder of its own under the demo folder.
void removeOutdatedDemos(const QDir &demoRoot, const QString &keepFolder)
{
    const QFileInfoList folders = demoRoot.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &folder : folders) {
        if (folder.absoluteFilePath() != keepFolder)
            QDir(folder.absoluteFilePath()).removeRecursively();
    }
}

} // namespace

Result<demo::DemoSummary> DemoWorkspace::write(const QString &path, const demo::DemoOptions &options,
                                               const TaskControl &control)
{
    demo::DemoSummary summary;
    {
        auto workspace = store::Workspace::create(path);
        if (!workspace)
            return workspace.error();
        auto generated = demo::generateDemo(**workspace, options, control);
        if (!generated) {
            workspace->reset();
            removeWorkspaceFiles(path);
            return generated.error();
        }
        summary = *generated;
        // Releases run through the bundled script; the workspace is trusted, as the user made it here.
        const Timestamp end =
            options.end ? options.end : QDateTime::currentDateTimeUtc().date().startOfDay(Qt::UTC).toMSecsSinceEpoch();
        auto script = DemoWorkspace::deployScript();
        Result<void> releases =
            script ? demo::DemoReleases::add(**workspace, *script, end) : Result<void>(script.error());
        if (releases)
            releases = release::WorkspaceTrust::trust(**workspace);
        if (!releases) {
            workspace->reset();
            removeWorkspaceFiles(path);
            return releases.error();
        }
    }
    return summary;
}

Result<QString> DemoWorkspace::deployScript()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = folder + u"/demo-deploy.sh"_s;
    QFile bundled(u":/demo/demo-deploy.sh"_s);
    if (!bundled.open(QIODevice::ReadOnly))
        return Error{tr("The demo's deployment script is missing from this build of Flowdeck.")};
    const QByteArray content = bundled.readAll();
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == content &&
        (existing.permissions() & QFileDevice::ExeOwner)) {
        return path;
    }
    existing.close();
    if (!QDir().mkpath(folder))
        return Error{tr("Cannot create the folder %1 for the demo's deployment script.").arg(folder)};
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(content) != content.size())
        return Error{tr("Cannot write the demo's deployment script to %1: %2").arg(path, out.errorString())};
    out.close();
    if (!out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                            QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
                            QFileDevice::ExeOther)) {
        return Error{tr("Cannot make the demo's deployment script %1 executable.").arg(path)};
    }
    return path;
}

QString DemoWorkspace::cachePath(QDate day)
{
    // One folder per version, workspace format, generator revision and day; the file inside is named for what the
    // window title shows.
    const QString root = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/demo/"_s;
    const QString folder = u"%1-format%2-demo%3-%4"_s.arg(applicationVersion())
                               .arg(store::currentSchemaVersion())
                               .arg(demo::generatorRevision)
                               .arg(day.toString(Qt::ISODate));
    return root + folder + u'/' + tr("PETech demo") + u'.' + QLatin1StringView(store::Workspace::fileSuffix);
}

Result<QString> DemoWorkspace::ensureCached(const TaskControl &control)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString path = cachePath(today);
    const QDir dir = QFileInfo(path).absoluteDir();
    if (!QDir().mkpath(dir.absolutePath()))
        return Error{tr("Cannot create the folder %1 for the demo workspace.").arg(dir.absolutePath())};

    if (QFileInfo::exists(path)) {
        // The file appears only by renaming a complete one, so it is complete; still, a damaged file is replaced.
        if (store::Workspace::open(path, {.readOnly = true}))
            return path;
        removeWorkspaceFiles(path);
    }

    // Written under a temporary name and renamed when complete, so that a canceled or crashed run never
    // leaves a file that looks like a finished demo.
    const QString partial = path + u".partial-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    demo::DemoOptions options;
    options.end = today.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    auto written = write(partial, options, control);
    if (!written)
        return written.error();
    if (!QFile::rename(partial, path)) {
        // Another instance finished the same demo first: use that one.
        removeWorkspaceFiles(partial);
        if (!QFileInfo::exists(path))
            return Error{tr("Cannot move the demo workspace into place at %1.").arg(path)};
    }
    removeOutdatedDemos(QFileInfo(dir.absolutePath()).absoluteDir(), dir.absolutePath());
    return path;
}

bool DemoWorkspace::isCached(const QString &path)
{
    const QString demoRoot = QFileInfo(QFileInfo(cachePath(QDate::currentDate())).absolutePath()).absolutePath();
    return QFileInfo(QFileInfo(path).absolutePath()).absolutePath() == demoRoot;
}

} // namespace flowdeck::app
