// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the suites of the HTTP transport and of the HTTP deployment backends share: a fetch policy with short
// waits, a loopback port nothing listens on, and the shared fixtures' CI answers (FLOWDECK_SHARED_FIXTURES is set
// for every suite).

#include "ci/httpfetch.h"

#include <QByteArray>
#include <QFile>
#include <QHostAddress>
#include <QString>
#include <QTcpServer>

#include <chrono>

namespace flowdeck::testing {

/// Short backoffs keep the suites fast; three attempts are enough to see the retries.
inline ci::FetchPolicy quickPolicy()
{
    using namespace std::chrono_literals;
    ci::FetchPolicy policy;
    policy.maxAttempts = 3;
    policy.timeout = 2s;
    policy.firstBackoff = 20ms;
    policy.longestWait = 30s;
    return policy;
}

/// A loopback port that was free a moment ago and that nothing listens on, for a refused connection; 0 when the
/// system gave none.
inline quint16 closedLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

/// The path of a file in the shared fixtures' ci folder ("github/job-paginated.json").
inline QString ciFixturePath(const QString &relative)
{
    return QStringLiteral(FLOWDECK_SHARED_FIXTURES "/ci/") + relative;
}

/// The bytes of a file in the shared fixtures' ci folder; a suite that cannot read its input stops there.
inline QByteArray ciFixture(const QString &relative)
{
    QFile file(ciFixturePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace flowdeck::testing
