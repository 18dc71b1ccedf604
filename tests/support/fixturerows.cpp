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

PipelineRun runRow(const char *status, OptionalTime created, OptionalTime started, OptionalTime finished)
{
    static int next = 0;
    PipelineRun run;
    run.source = u"test"_s;
    run.externalId = u"run-%1"_s.arg(++next);
    run.status = QString::fromLatin1(status);
    run.createdAt = created;
    run.startedAt = started;
    run.finishedAt = finished;
    return run;
}

Job jobRow(Id run, const QString &name, const char *status, OptionalTime queued, OptionalTime started,
           OptionalTime finished)
{
    static int next = 0;
    Job job;
    job.runId = run;
    job.name = name;
    job.source = u"test"_s;
    job.externalId = u"job-%1"_s.arg(++next);
    job.status = QString::fromLatin1(status);
    job.queuedAt = queued;
    job.startedAt = started;
    job.finishedAt = finished;
    return job;
}

Incident incidentRow(Id service, const QString &title, Timestamp started, OptionalTime resolved)
{
    static int next = 0;
    Incident incident;
    incident.serviceId = service;
    incident.title = title;
    incident.startedAt = started;
    incident.resolvedAt = resolved;
    incident.source = u"test"_s;
    incident.externalId = u"incident-%1"_s.arg(++next);
    return incident;
}

} // namespace flowdeck::testing
