// SPDX-License-Identifier: GPL-3.0-or-later
#include "scratchfile.h"

#include <QDebug>
#include <QFile>

namespace flowdeck::testing {

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        qWarning() << "cannot write" << path << file.errorString();
        return false;
    }
    return true;
}

QByteArray readFileOrStop(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(file.errorString()));
    return file.readAll();
}

} // namespace flowdeck::testing
