// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentworkspaces.h"

#include "store/workspace.h"

#include <QFileInfo>
#include <QSettings>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

const QString recentKey = u"workspaces/recent"_s;
const QString lastOpenKey = u"workspaces/lastOpen"_s;

// A file's absolute path; a server address in its canonical form, so that one workspace is one entry however its
// address was written.
QString canonical(const QString &path)
{
    if (store::Workspace::isServerAddress(path)) {
        auto parsed = store::Workspace::parseServerAddress(path);
        return parsed ? parsed->toString() : path.trimmed();
    }
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

QStringList RecentWorkspaces::paths()
{
    return QSettings().value(recentKey).toStringList();
}

void RecentWorkspaces::add(const QString &path)
{
    QStringList list = paths();
    const QString entry = canonical(path);
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > maximum)
        list.removeLast();
    store(list);
}

void RecentWorkspaces::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(canonical(path));
    store(list);
}

void RecentWorkspaces::clear()
{
    store({});
}

bool RecentWorkspaces::isServer(const QString &location)
{
    return store::Workspace::isServerAddress(location);
}

QString RecentWorkspaces::title(const QString &location)
{
    if (!isServer(location))
        return QFileInfo(location).completeBaseName();
    auto parsed = store::Workspace::parseServerAddress(location);
    if (!parsed)
        return location;
    const QString host = parsed->host.contains(u':') ? u'[' + parsed->host + u']' : parsed->host;
    return parsed->database + u'@' + host;
}

QString RecentWorkspaces::lastOpen()
{
    return QSettings().value(lastOpenKey).toString();
}

void RecentWorkspaces::setLastOpen(const QString &path)
{
    QSettings settings;
    if (path.isEmpty())
        settings.remove(lastOpenKey);
    else
        settings.setValue(lastOpenKey, canonical(path));
}

void RecentWorkspaces::store(const QStringList &paths)
{
    QSettings settings;
    if (paths.isEmpty())
        settings.remove(recentKey);
    else
        settings.setValue(recentKey, paths);
}

} // namespace flowdeck::app
