// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoincidents.h"

#include "demo/democalendar.h"
#include "demo/demovocabulary.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace flowdeck::demo {

using namespace Qt::StringLiterals;

namespace {

/// What production ran from a moment on: main up to a change, perhaps with a hotfix on top.
struct LiveVersion
{
    Timestamp since = 0;
    int mergeIndex = -1;
    int extraCommit = -1;
    QString version;
    QString commitOid;
};

/// The index in `live` of what production ran at `t`; -1 before the first deployment.
int liveAt(const QList<LiveVersion> &live, Timestamp t)
{
    const auto after = std::upper_bound(
        live.cbegin(), live.cend(), t, [](Timestamp time, const LiveVersion &version) { return time < version.since; });
    return int(after - live.cbegin()) - 1;
}

/// Whether a production deployment finished in (from, to].
bool deployedBetween(const QList<LiveVersion> &live, Timestamp from, Timestamp to)
{
    const int before = liveAt(live, from);
    return before + 1 < live.size() && live[before + 1].since <= to;
}

void insertLive(QList<LiveVersion> &live, const LiveVersion &version)
{
    live.insert(liveAt(live, version.since) + 1, version);
}

class Responder
{
public:
    Responder(const ServiceProfile &profile, Timestamp end, ServiceHistory &history, QList<QList<int>> &changeCommits,
              const QStringList &versions, IncidentResponseHost &host, DemoRandom &random)
        : m_profile(profile)
        , m_end(end)
        , m_history(history)
        , m_changeCommits(changeCommits)
        , m_host(host)
        , m_random(random)
        , m_versions(versions.cbegin(), versions.cend())
    {}

    QHash<int, int> answerAll()
    {
        QList<LiveVersion> live = productionHistory();
        QList<int> order(m_history.incidents.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            return m_history.incidents[a].incident.startedAt < m_history.incidents[b].incident.startedAt;
        });
        for (int incident : std::as_const(order)) {
            const double draw = m_random.uniform();
            // A team that cannot roll back (production moved on, or the version before was a hotfix) fixes forward.
            if ((draw < m_profile.rollbackShare && !rollBack(incident, live)) ||
                (draw >= m_profile.rollbackShare && draw < m_profile.rollbackShare + m_profile.hotfixShare))
                addHotfix(incident, live);
        }
        return m_mergedBackIn;
    }

private:
    /// The successful production deployments so far, in the order they finished.
    QList<LiveVersion> productionHistory() const
    {
        QList<LiveVersion> live;
        for (const DemoRun &run : m_history.runs) {
            for (const DemoDeployment &deployment : run.deployments) {
                if (deployment.environment == 3 && deployment.deployment.status == QLatin1StringView(Status::Succeeded))
                    live.append({*deployment.deployment.finishedAt, deployment.mergeIndex, deployment.extraCommit,
                                 deployment.deployment.version, *deployment.deployment.commitOid});
            }
        }
        std::stable_sort(live.begin(), live.end(),
                         [](const LiveVersion &a, const LiveVersion &b) { return a.since < b.since; });
        return live;
    }

    /// A hotfix: a commit on a branch cut from what production runs, built by a run of that branch and deployed
    /// straight to production with an emergency approval; the incident is resolved soon after. Nothing happens when
    /// production changed under the hotfix, when it would run on top of another hotfix, or when the history ends
    /// first.
    void addHotfix(int incidentIndex, QList<LiveVersion> &live)
    {
        const Incident &incident = m_history.incidents[incidentIndex].incident;
        const Timestamp committed =
            incident.startedAt + qint64(std::clamp(m_random.logNormal(50 * minute, 0.5), 15.0 * minute, 4.0 * hour));
        const int current = liveAt(live, committed);
        if (current < 0 || live[current].extraCommit >= 0)
            return;
        const LiveVersion base = live[current];
        const qsizetype words = std::max<qsizetype>(0, incidentTitles().indexOf(incident.title));
        const HotfixWords &hotfix = hotfixes()[words % hotfixes().size()];
        const QString branch = u"hotfix/%1-%2"_s.arg(incidentIndex + 1).arg(hotfix.branch);
        const QString version = unusedVersion(base.version + u"-hotfix."_s);
        const QList<int> lane{
            0, 1, 2, 3, StageIndex::IntegrationTests, StageIndex::ChangeApproval, StageIndex::DeployProduction};
        if (!m_host.addExpeditedRun(committed + m_random.between(10, 60) * second, branch, u"push"_s, base.mergeIndex,
                                    base.commitOid, version, lane))
            return;
        DemoRun &run = m_history.runs.last();
        DemoDeployment &deployment = run.deployments.last();
        const Timestamp finished = *deployment.deployment.finishedAt;
        const Timestamp resolved =
            finished + qint64(std::clamp(m_random.logNormal(15 * minute, 0.6), 3.0 * minute, 2.0 * hour));
        if (deployedBetween(live, committed, finished) || resolved >= m_end) {
            m_host.removeLastRun();
            return;
        }

        const AuthorProfile &author = m_host.teamMember();
        const int commit = m_host.addCommit(author, committed - m_random.between(1, 10) * minute, committed,
                                            hotfix.summary, {base.commitOid}, false);
        Commit &fix = m_history.commits[commit];
        fix.message = hotfix.summary + u"\n\nFixes %1: %2.\n"_s.arg(
                                           m_history.incidents[incidentIndex].incident.externalId, incident.title);
        run.run.commitOid = fix.oid;
        deployment.deployment.commitOid = fix.oid;
        deployment.extraCommit = commit;
        m_versions.insert(version);
        m_history.incidents[incidentIndex].incident.resolvedAt = resolved;
        insertLive(live, {finished, base.mergeIndex, commit, version, fix.oid});
        mergeBack(commit, branch, author, finished);
    }

    /// Merges a hotfix's branch into main before the first change that lands a while after the hotfix shipped; a
    /// hotfix after the last change keeps its branch.
    void mergeBack(int commit, const QString &branch, const AuthorProfile &author, Timestamp shipped)
    {
        const Timestamp at =
            shipped + qint64(std::clamp(m_random.logNormal(40 * minute, 0.8), 5.0 * minute, 1.0 * day));
        const auto next = std::find_if(m_history.pullRequests.cbegin(), m_history.pullRequests.cend(),
                                       [at](const PullRequest &pr) { return *pr.mergedAt > at; });
        const int change = int(next - m_history.pullRequests.cbegin());
        const QString hotfixOid = m_history.commits[commit].oid;
        const int landed = change < m_changeCommits.size() ? m_changeCommits[change].constLast() : -1;
        const auto firstParent =
            std::find_if(m_history.parents.cbegin(), m_history.parents.cend(), [landed](const CommitParent &parent) {
                return parent.commitId == landed && parent.position == 0;
            });
        if (landed < 0 || firstParent == m_history.parents.cend()) {
            m_history.branches.append(Branch{0, 0, branch, hotfixOid});
            return;
        }
        const qsizetype parentIndex = firstParent - m_history.parents.cbegin();
        const QString mainOid = firstParent->parentOid;
        const int merge =
            m_host.addCommit(author, at, at, u"Merge branch '%1' into main"_s.arg(branch), {mainOid, hotfixOid}, true);
        m_history.parents[parentIndex].parentOid = m_history.commits[merge].oid;
        m_changeCommits[change].insert(0, merge);
        m_changeCommits[change].insert(0, commit);
        m_mergedBackIn.insert(commit, change);
    }

    /// A rollback: soon after the incident started, the version production ran before the incident's deployment is
    /// deployed again, by hand from main with an emergency approval. Only when the incident's deployment is still
    /// what production runs, the version before is a plain one, and nothing else reaches production meanwhile; false
    /// (and nothing added) otherwise.
    bool rollBack(int incidentIndex, QList<LiveVersion> &live)
    {
        const DemoIncident &incident = m_history.incidents[incidentIndex];
        const Deployment &bad = m_history.runs[incident.run].deployments[incident.deployment].deployment;
        const Timestamp decided = incident.incident.startedAt +
                                  qint64(std::clamp(m_random.logNormal(25 * minute, 0.5), 5.0 * minute, 3.0 * hour));
        const int current = liveAt(live, decided);
        if (current < 1 || live[current].since != *bad.finishedAt || live[current].commitOid != *bad.commitOid)
            return false;
        const LiveVersion before = live[current - 1];
        if (before.extraCommit >= 0 || before.version == live[current].version)
            return false;
        const QList<int> lane{StageIndex::ChangeApproval, StageIndex::DeployProduction};
        if (!m_host.addExpeditedRun(decided + m_random.between(30, 120) * second, u"main"_s, u"workflow_dispatch"_s,
                                    before.mergeIndex, before.commitOid, before.version, lane))
            return false;
        const Timestamp finished = *m_history.runs.last().deployments.last().deployment.finishedAt;
        const Timestamp resolved =
            finished + qint64(std::clamp(m_random.logNormal(10 * minute, 0.6), 2.0 * minute, 1.0 * hour));
        if (deployedBetween(live, decided, finished) || resolved >= m_end) {
            m_host.removeLastRun();
            return false;
        }
        m_history.incidents[incidentIndex].incident.resolvedAt = resolved;
        insertLive(live, {finished, before.mergeIndex, -1, before.version, before.commitOid});
        return true;
    }

    /// `prefix` followed by the first number that makes a version this service has not used.
    QString unusedVersion(const QString &prefix) const
    {
        for (int n = 1;; ++n) {
            const QString version = prefix + QString::number(n);
            if (!m_versions.contains(version))
                return version;
        }
    }

    const ServiceProfile &m_profile;
    const Timestamp m_end;
    ServiceHistory &m_history;
    QList<QList<int>> &m_changeCommits;
    IncidentResponseHost &m_host;
    DemoRandom &m_random;
    /// Every version this service deployed or built, so that a hotfix's is new.
    QSet<QString> m_versions;
    /// For each hotfix commit merged back into main, the change it came in with.
    QHash<int, int> m_mergedBackIn;
};

} // namespace

QList<DemoIncident> incidentsCausedBy(const QList<DemoRun> &runs, const ServiceProfile &profile, Timestamp end,
                                      DemoRandom &random)
{
    QList<DemoIncident> incidents;
    for (int r = 0; r < runs.size(); ++r) {
        const DemoRun &run = runs[r];
        for (int d = 0; d < run.deployments.size(); ++d) {
            const Deployment &deployment = run.deployments[d].deployment;
            if (run.deployments[d].environment != 3 || deployment.status != QLatin1StringView(Status::Succeeded))
                continue;
            if (!random.chance(profile.incidentRate))
                continue;
            const Timestamp started = *deployment.finishedAt + qint64(random.logNormal(3 * hour, 1.2));
            if (started >= end)
                continue;
            DemoIncident incident;
            incident.run = r;
            incident.deployment = d;
            incident.incident.commitOid = deployment.commitOid;
            incident.incident.title = random.pick(incidentTitles());
            incident.incident.severity = u"SEV%1"_s.arg(random.chance(0.15) ? 1 : random.between(2, 3));
            incident.incident.startedAt = started;
            const Timestamp resolved =
                started + qint64(std::clamp(random.logNormal(3 * hour, 1.0), 20.0 * minute, 4.0 * day));
            if (resolved < end)
                incident.incident.resolvedAt = resolved;
            incident.incident.source = u"demo"_s;
            incident.incident.externalId = profile.name + u"/INC-"_s + QString::number(incidents.size() + 1);
            incidents.append(incident);
        }
    }
    return incidents;
}

QHash<int, int> answerIncidents(const ServiceProfile &profile, Timestamp end, ServiceHistory &history,
                                QList<QList<int>> &changeCommits, const QStringList &versions,
                                IncidentResponseHost &host, DemoRandom &random)
{
    return Responder(profile, end, history, changeCommits, versions, host, random).answerAll();
}

} // namespace flowdeck::demo
