// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demohistory.h"
#include "demo/demoprofile.h"
#include "demo/demorandom.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace flowdeck::demo {

// The incidents a service's production deployments cause, and how the team answers them.

/// The incidents the successful production deployments among `runs` (ordered by creation) cause, a share of them
/// each (ServiceProfile::incidentRate), starting a few hours after the deployment; those that would start after
/// `end` are left out, and those that would end after it are still open.
QList<DemoIncident> incidentsCausedBy(const QList<DemoRun> &runs, const ServiceProfile &profile, Timestamp end,
                                      DemoRandom &random);

/// What answering incidents needs from the simulation of a service's history: new commits, a member of the team, and
/// runs of an emergency change through the pipeline. Draws come from the stream the answers are made with.
class IncidentResponseHost
{
public:
    virtual ~IncidentResponseHost() = default;

    /// Adds a commit to the history; its index in ServiceHistory::commits.
    virtual int addCommit(const AuthorProfile &author, Timestamp authorTime, Timestamp commitTime,
                          const QString &summary, const QStringList &parents, bool merge) = 0;
    /// A member of the service's team, drawn at random.
    virtual const AuthorProfile &teamMember() = 0;
    /// Appends a run of `commitOid` (main up to the change at `mergeIndex`, perhaps with a hotfix on top) that takes
    /// `version` through the stages of `lane` as an emergency change; false (and no run) when it would not finish
    /// before the end of the history.
    virtual bool addExpeditedRun(Timestamp createdAt, const QString &branch, const QString &event, int mergeIndex,
                                 const QString &commitOid, const QString &version, const QList<int> &lane) = 0;
    /// Removes the run added last.
    virtual void removeLastRun() = 0;
};

/// Answers a share of a service's incidents, in the order they started, the way teams do: mostly with a hotfix
/// deployed straight to production and merged back into main, rarely by deploying the version before again; an
/// answered incident is resolved soon after the answer reaches production. `changeCommits` holds, for each change
/// (merge index), the commits it brought to main, and a hotfix merged back joins the change it came in with;
/// `versions` are the ones the service built so far; every draw comes from `random`. Returns, for each hotfix commit
/// merged back into main, the change it came in with.
QHash<int, int> answerIncidents(const ServiceProfile &profile, Timestamp end, ServiceHistory &history,
                                QList<QList<int>> &changeCommits, const QStringList &versions,
                                IncidentResponseHost &host, DemoRandom &random);

} // namespace flowdeck::demo
