// SPDX-License-Identifier: GPL-3.0-or-later
#include "version.h"

#include "store/migrations.h"

#include <QStringList>

#include <boost/version.hpp>
#include <git2.h>

namespace flowdeck {

using namespace Qt::StringLiterals;

QString applicationVersion()
{
    return QStringLiteral(FLOWDECK_VERSION);
}

QStringList libraryVersions()
{
    int major = 0;
    int minor = 0;
    int revision = 0;
    git_libgit2_version(&major, &minor, &revision);
    return {u"Qt %1"_s.arg(QString::fromLatin1(qVersion())), u"libgit2 %1.%2.%3"_s.arg(major).arg(minor).arg(revision),
            u"Boost %1.%2"_s.arg(BOOST_VERSION / 100000).arg(BOOST_VERSION / 100 % 1000),
            u"workspace format %1"_s.arg(store::currentSchemaVersion())};
}

} // namespace flowdeck
