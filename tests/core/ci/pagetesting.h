// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QLatin1StringView>
#include <QString>

/// What the page parser tests share: the paths of a provider's files in the shared fixtures and in this tree's
/// test data, and reading a file whole.
namespace flowdeck::ci::testing {

/// A file of the shared fixtures' ci/<provider> folder (the providers' documented example responses).
inline QString sharedFixture(QLatin1StringView provider, const QString &name)
{
    return QStringLiteral(FLOWDECK_SHARED_FIXTURES "/ci/") + provider + u'/' + name;
}

/// A hand-written page of tests/data/ci/<provider>.
inline QString testDataFile(QLatin1StringView provider, const QString &name)
{
    return QStringLiteral(FLOWDECK_TEST_DATA "/ci/") + provider + u'/' + name;
}

/// The file's bytes; a test that cannot read its input stops there, naming the file.
inline QByteArray fileContents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace flowdeck::ci::testing
