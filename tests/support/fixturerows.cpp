// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixturerows.h"

namespace flowdeck::testing {

using namespace Qt::StringLiterals;

QString oidOf(char c)
{
    return QString(40, QLatin1Char(c));
}

Commit commitRow(Id repository, const QString &oid, Timestamp authorTime)
{
    Commit c;
    c.repositoryId = repository;
    c.oid = oid;
    c.authorName = u"Ada"_s;
    c.authorEmail = u"ada@example.com"_s;
    c.authorTime = authorTime;
    c.committerName = c.authorName;
    c.committerEmail = c.authorEmail;
    c.committerTime = authorTime;
    c.summary = oid;
    c.message = oid;
    return c;
}

Deployment deploymentRow(Id service, Id environment, const QString &version, const char *status, OptionalTime started,
                         OptionalTime finished, std::optional<QString> commitOid)
{
    static int next = 0;
    Deployment d;
    d.serviceId = service;
    d.environmentId = environment;
    d.version = version;
    d.commitOid = std::move(commitOid);
    d.status = QString::fromLatin1(status);
    d.startedAt = started;
    d.finishedAt = finished;
    d.source = u"test"_s;
    d.externalId = u"deployment-%1"_s.arg(++next);
    return d;
}

} // namespace flowdeck::testing
