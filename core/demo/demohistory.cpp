// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demohistory.h"

#include "demo/democalendar.h"
#include "demo/democodefiles.h"
#include "demo/demoincidents.h"
#include "demo/demoshipments.h"
#include "demo/demovocabulary.h"

#include <QCryptographicHash>

#include <algorithm>
#include <numeric>
#include <utility>

namespace flowdeck::demo {

using namespace Qt::StringLiterals;

namespace {

QString fakeOid(const QString &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1).toHex());
}

class ServiceSimulation final : public IncidentResponseHost
{
public:
    ServiceSimulation(const ServiceProfile &profile, Timestamp start, Timestamp end, DemoRandom &random)
        : m_profile(profile)
        , m_start(start)
        , m_end(end)
        , m_random(&random)
        , m_authors(authors())
        , m_stages(stages())
        , m_environments(environments())
    {}

    ServiceHistory simulate()
    {
        const QList<Timestamp> merges = mergeTimes();
        for (int i = 0; i < merges.size(); ++i)
            addChange(i, merges[i]);
        releaseToProduction();
        for (DemoRun &run : m_history.runs)
            finishRun(run);
        sortRuns();
        m_history.incidents = incidentsCausedBy(m_history.runs, m_profile, m_end, *m_random);
        answerIncidents();
        sortRuns();
        numberRuns();
        linkDeployedCommits(m_history.runs, m_environments.size(), m_changeCommits, m_mergedBackIn);
        m_history.tags = releaseTags(m_history.runs, m_profile.name);
        m_history.branches.prepend(Branch{0, 0, u"main"_s, m_mainTip});
        return std::move(m_history);
    }

private:
    /// When changes land on main: in working hours mostly, and more of them at the end of a month.
    QList<Timestamp> mergeTimes()
    {
        QList<Timestamp> times;
        const Timestamp from = m_start + 14 * day;
        while (times.size() < m_profile.merges) {
            const Timestamp t = from + qint64(m_random->uniform() * double(m_end - from - day));
            const double acceptance = (isWorkingTime(t, 60) ? 0.6 : 0.02) * (isMonthEnd(t) ? 1.6 : 1.0);
            if (m_random->chance(acceptance))
                times.append(t);
        }
        std::sort(times.begin(), times.end());
        return times;
    }

    const AuthorProfile &teamMember() override { return m_authors[m_random->pick(m_profile.team)]; }

    int addCommit(const AuthorProfile &author, Timestamp authorTime, Timestamp commitTime, const QString &summary,
                  const QStringList &parents, bool merge) override
    {
        Commit commit;
        commit.oid = fakeOid(m_profile.name + u':' + QString::number(m_history.commits.size()) + u':' +
                             QString::number(m_random->between(0, 1'000'000'000)));
        commit.authorName = author.name;
        commit.authorEmail = author.email;
        commit.authorTime = authorTime;
        commit.authorOffsetMinutes = author.offsetMinutes;
        commit.committerName = merge ? u"PETech Git"_s : author.name;
        commit.committerEmail = merge ? u"git@petech.example"_s : author.email;
        commit.committerTime = commitTime;
        commit.committerOffsetMinutes = merge ? 0 : author.offsetMinutes;
        commit.summary = summary;
        commit.message = summary + u"\n\n"_s + m_random->pick(verbs()) + u' ' + m_random->pick(subjects()) +
                         u" was part of this change.\n"_s;
        commit.isMerge = merge;
        if (!merge) {
            const int files = int(std::clamp(m_random->logNormal(3, 0.8), 1.0, 60.0));
            const int insertions = int(std::clamp(m_random->logNormal(35, 1.0), 1.0, 4000.0));
            commit.filesChanged = files;
            commit.insertions = insertions;
            commit.deletions = int(insertions * m_random->uniform() * 0.8);
        }
        const int index = int(m_history.commits.size());
        if (m_paths.isEmpty())
            m_paths = codePaths(m_profile.name);
        m_history.files.append(merge ? QList<CommitFile>() : commitFiles(commit, m_profile.name, index, m_paths));
        m_history.commits.append(commit);
        for (int p = 0; p < parents.size(); ++p)
            m_history.parents.append(CommitParent{index, p, parents[p]});
        return index;
    }

    /// A pull request: commits on a branch, CI on pushes, then the change lands on main and is delivered.
    void addChange(int mergeIndex, Timestamp mergedAt)
    {
        const AuthorProfile &author = teamMember();
        const int commitCount = int(std::clamp(1.0 + m_random->logNormal(1.6, 0.7), 1.0, 12.0));
        const Timestamp review = qint64(std::clamp(m_random->logNormal(5 * hour, 0.9), 20.0 * minute, 5.0 * day));
        const Timestamp coding = qint64(std::clamp(m_random->logNormal(0.6 * day, 0.8), 30.0 * minute, 10.0 * day));
        const Timestamp opened = mergedAt - review;
        const Timestamp firstCommit = opened - coding;
        const QString title = m_random->pick(verbs()) + u' ' + m_random->pick(subjects());
        const int number = mergeIndex + 1;
        const QString branch = u"feature/%1-%2"_s.arg(number).arg(title.section(u' ', 1).replace(u' ', u'-'));

        QList<int> changeCommits;
        QString parent = m_mainTip;
        const QString base = m_mainTip;
        for (int c = 0; c < commitCount; ++c) {
            const Timestamp t = firstCommit + (opened - firstCommit) * (c + 1) / (commitCount + 1);
            const QString summary = c == 0 ? title : m_random->pick(verbs()) + u' ' + m_random->pick(subjects());
            const int index =
                addCommit(author, t, t, summary, parent.isEmpty() ? QStringList{} : QStringList{parent}, false);
            parent = m_history.commits[index].oid;
            changeCommits.append(index);
            if (c == commitCount - 1 || m_random->chance(0.35))
                addIntegrationRun(t + m_random->between(10, 60) * second, branch, parent);
        }

        int landed = 0;
        if (m_profile.squashMerges) {
            // One commit on main carries the whole change; the branch commits leave main's history. As git squashes
            // (fixups into the first commit), it keeps the first commit's author time, when the work began, and is
            // committed when the pull request is merged.
            for (int index : std::as_const(changeCommits))
                m_history.commits[index].reachable = false;
            const Timestamp written = m_history.commits[changeCommits.constFirst()].authorTime;
            landed = addCommit(author, written, mergedAt, title + u" (#%1)"_s.arg(number),
                               base.isEmpty() ? QStringList{} : QStringList{base}, false);
            int files = 0, insertions = 0, deletions = 0;
            for (int index : std::as_const(changeCommits)) {
                files += *m_history.commits[index].filesChanged;
                insertions += *m_history.commits[index].insertions;
                deletions += *m_history.commits[index].deletions;
            }
            m_history.commits[landed].filesChanged = files;
            m_history.commits[landed].insertions = insertions;
            m_history.commits[landed].deletions = deletions;
            m_history.files[landed] = squashedFiles(m_history.files, changeCommits);
            m_history.commits[landed].filesChanged = int(m_history.files[landed].size());
            changeCommits = {landed};
        } else {
            QStringList parents;
            if (!base.isEmpty())
                parents.append(base);
            parents.append(parent);
            landed = addCommit(teamMember(), mergedAt, mergedAt,
                               u"Merge pull request #%1 from petech/%2"_s.arg(number).arg(branch), parents, true);
            changeCommits.append(landed);
        }
        m_mainTip = m_history.commits[landed].oid;
        m_changeCommits.append(changeCommits);

        PullRequest pr;
        pr.number = number;
        pr.title = title;
        pr.author = author.name;
        pr.headBranch = branch;
        pr.baseBranch = u"main"_s;
        pr.createdAt = opened;
        pr.mergedAt = mergedAt;
        pr.closedAt = mergedAt;
        pr.mergeCommitOid = m_mainTip;
        pr.firstCommitAt = firstCommit;
        pr.source = u"demo"_s;
        pr.externalId = m_profile.name + u"#"_s + QString::number(number);
        m_history.pullRequests.append(pr);

        addDeliveryRun(mergeIndex, mergedAt + m_random->between(5, 40) * second);
    }

    DemoRun &newRun(Timestamp createdAt, const QString &branch, const QString &event, const QString &commitOid)
    {
        DemoRun run;
        run.run.source = u"demo"_s;
        run.run.createdAt = createdAt;
        run.run.branch = branch;
        run.run.event = event;
        run.run.commitOid = commitOid;
        m_history.runs.append(run);
        return m_history.runs.last();
    }

    void addIntegrationRun(Timestamp createdAt, const QString &branch, const QString &commitOid)
    {
        if (createdAt >= m_end)
            return;
        DemoRun &run = newRun(createdAt, branch, u"pull_request"_s, commitOid);
        runStagesFrom(run, 0, createdAt, /*continuousIntegrationOnly=*/true);
    }

    void addDeliveryRun(int mergeIndex, Timestamp createdAt)
    {
        if (createdAt >= m_end)
            return;
        DemoRun &run = newRun(createdAt, u"main"_s, u"push"_s, m_mainTip);
        run.mergeIndex = mergeIndex;
        const int minor = int((createdAt - m_start) / (30 * day));
        run.deployments.reserve(4);
        m_version = u"%1.%2.%3"_s.arg(m_profile.major).arg(minor).arg(mergeIndex + 1);
        m_runVersions.insert(int(m_history.runs.size()) - 1, m_version);
        runStagesFrom(run, 0, createdAt, false, StageIndex::DeployTest);
        if (finishOf(run, StageIndex::DeployTest))
            m_releaseCandidates.append(int(m_history.runs.size()) - 1);
    }

    /// Runs the stages from `first` up to `last` (inclusive) whose needs have passed.
    void runStagesFrom(DemoRun &run, int first, Timestamp createdAt, bool continuousIntegrationOnly,
                       int last = StageIndex::DeployProduction, Timestamp notBefore = 0)
    {
        for (int stage = first; stage <= last && stage < m_stages.size(); ++stage) {
            const StageProfile &profile = m_stages[stage];
            if (continuousIntegrationOnly && !profile.continuousIntegration)
                break;
            Timestamp ready = std::max(createdAt, notBefore);
            bool blocked = false;
            for (int need : profile.needs) {
                const std::optional<Timestamp> finished = finishOf(run, need);
                if (!finished) {
                    blocked = true;
                    break;
                }
                ready = std::max(ready, *finished);
            }
            if (blocked)
                continue;
            runJob(run, stage, ready);
        }
    }

    /// When the last attempt of a stage passed, or nothing if it did not (or has not yet).
    static std::optional<Timestamp> finishOf(const DemoRun &run, int stage)
    {
        for (auto it = run.jobs.crbegin(); it != run.jobs.crend(); ++it) {
            if (it->stage == stage) {
                if (it->job.status == QLatin1StringView(Status::Succeeded))
                    return it->job.finishedAt;
                return std::nullopt;
            }
        }
        return std::nullopt;
    }

    Timestamp approvalStart(int stage, Timestamp ready)
    {
        // Standard changes: the security review is pre-approved, and the change approval comes from the on-call
        // approver's daily review of standard changes.
        if (m_profile.preApproved && stage == StageIndex::SecurityReview)
            return ready + qint64(m_random->logNormal(35 * minute, 0.5));
        if (m_profile.preApproved)
            return nextStandardChangeReview(ready) + m_random->between(2, 25) * minute;
        if (stage == StageIndex::SecurityReview)
            return nextWorkingMoment(ready + qint64(m_random->logNormal(4 * hour, 0.8)), *m_random);
        // The board defers about a third of the changes to its next meeting.
        Timestamp meeting = nextAdvisoryBoard(ready);
        if (m_random->chance(0.3))
            meeting = nextAdvisoryBoard(meeting + hour);
        return meeting + m_random->between(5, 60) * minute;
    }

    /// Runs a stage's job, retrying the flaky stage once. An expedited job (an emergency change) jumps the queue,
    /// has its approval within minutes, and passes.
    void runJob(DemoRun &run, int stage, Timestamp ready, bool expedited = false)
    {
        const StageProfile &profile = m_stages[stage];
        const bool approval = profile.kind == QLatin1StringView(StageKind::Approval);
        if (ready >= m_end) {
            run.pending = true;
            return;
        }
        for (int attempt = 1; attempt <= 2; ++attempt) {
            const double contention = !expedited && isMonthEnd(ready) ? 5.0 : 1.0;
            Timestamp started = 0;
            if (approval && expedited)
                started = ready + qint64(m_random->logNormal(10 * minute, 0.5));
            else if (approval)
                started = approvalStart(stage, ready);
            else
                started = ready + qint64(m_random->logNormal(profile.queueSeconds * second * contention, 0.6));
            const Timestamp finished = started + qint64(m_random->logNormal(profile.runSeconds * second, 0.35));
            const bool passed = expedited || !m_random->chance(attempt == 1 ? profile.failureRate : 0.15);

            DemoJob job;
            job.stage = stage;
            job.job.name = profile.name;
            job.job.source = u"demo"_s;
            job.job.attempt = attempt;
            job.job.queuedAt = ready;
            job.job.runner = approval ? std::optional<QString>()
                                      : std::optional<QString>(u"petech-runner-%1"_s.arg(m_random->between(1, 8)));
            if (started >= m_end) {
                job.job.status = QString::fromLatin1(approval ? Status::Waiting : Status::Queued);
            } else if (finished >= m_end) {
                job.job.status = QString::fromLatin1(Status::Running);
                job.job.startedAt = started;
            } else {
                job.job.status = QString::fromLatin1(passed ? Status::Succeeded : Status::Failed);
                job.job.startedAt = started;
                job.job.finishedAt = finished;
            }
            run.jobs.append(job);
            if (profile.environment >= 0 && job.job.startedAt)
                addDeployment(run, job.job, profile.environment);
            // Only the flaky stage is retried automatically, once.
            const bool retry = job.job.status == QLatin1StringView(Status::Failed) &&
                               stage == StageIndex::IntegrationTests && attempt == 1;
            if (!retry)
                return;
            ready = finished + m_random->between(5, 30) * second;
            if (ready >= m_end) {
                run.pending = true;
                return;
            }
        }
    }

    void addDeployment(DemoRun &run, const Job &job, int environment)
    {
        const int runIndex = int(&run - m_history.runs.data());
        DemoDeployment deployment;
        deployment.environment = environment;
        deployment.mergeIndex = run.mergeIndex;
        deployment.deployment.version = m_runVersions.value(runIndex);
        deployment.deployment.commitOid = run.run.commitOid;
        deployment.deployment.status = job.status;
        deployment.deployment.startedAt = job.startedAt;
        deployment.deployment.finishedAt = job.finishedAt;
        deployment.deployment.source = u"demo"_s;
        deployment.deployment.triggeredBy =
            environment == 3 ? std::optional<QString>(teamMember().name) : std::optional<QString>(u"pipeline"_s);
        run.deployments.append(deployment);
    }

    /// Takes release candidates on to staging and production: every one at once for a continuous service, the
    /// newest one tested in time for each release date for the others.
    void releaseToProduction()
    {
        if (m_profile.cadence == Cadence::Continuous) {
            for (int runIndex : std::as_const(m_releaseCandidates)) {
                DemoRun &run = m_history.runs[runIndex];
                const Timestamp ready = nextWorkingMoment(*finishOf(run, StageIndex::DeployTest), *m_random);
                runStagesFrom(run, StageIndex::DeployStaging, ready, false, StageIndex::DeployProduction, ready);
            }
            return;
        }
        int lastReleased = -1;
        for (Timestamp date : releaseDates(m_profile.cadence, m_start, m_end)) {
            int chosen = -1;
            for (int runIndex : std::as_const(m_releaseCandidates)) {
                const DemoRun &run = m_history.runs[runIndex];
                if (run.mergeIndex > lastReleased && *finishOf(run, StageIndex::DeployTest) < date)
                    chosen = runIndex;
            }
            if (chosen < 0)
                continue;
            DemoRun &run = m_history.runs[chosen];
            lastReleased = run.mergeIndex;
            const Timestamp ready = date + m_random->between(0, 45) * minute;
            runStagesFrom(run, StageIndex::DeployStaging, ready, false, StageIndex::DeployProduction, ready);
        }
    }

    void finishRun(DemoRun &run)
    {
        bool inProgress = run.pending;
        bool failed = false;
        OptionalTime started;
        OptionalTime finished;
        for (const DemoJob &job : std::as_const(run.jobs)) {
            if (!job.job.finishedAt)
                inProgress = true;
            if (job.job.startedAt && (!started || *job.job.startedAt < *started))
                started = job.job.startedAt;
            if (job.job.finishedAt && (!finished || *job.job.finishedAt > *finished))
                finished = job.job.finishedAt;
        }
        // A stage fails the run when its last attempt failed.
        for (int i = 0; i < run.jobs.size(); ++i) {
            const bool lastAttempt = i + 1 == run.jobs.size() || run.jobs[i + 1].stage != run.jobs[i].stage;
            if (lastAttempt && run.jobs[i].job.status == QLatin1StringView(Status::Failed))
                failed = true;
        }
        run.run.startedAt = started;
        if (failed) {
            run.run.status = QString::fromLatin1(Status::Failed);
            run.run.finishedAt = finished;
        } else if (inProgress) {
            run.run.status = QString::fromLatin1(Status::Running);
        } else {
            run.run.status = QString::fromLatin1(Status::Succeeded);
            run.run.finishedAt = finished;
        }
    }

    void numberRuns()
    {
        for (int i = 0; i < m_history.runs.size(); ++i) {
            DemoRun &run = m_history.runs[i];
            run.run.number = i + 1;
            run.run.externalId = m_profile.name + u'/' + QString::number(i + 1);
            run.run.url = u"https://ci.petech.example/%1/runs/%2"_s.arg(m_profile.name).arg(i + 1);
            for (DemoJob &job : run.jobs)
                job.job.externalId = run.run.externalId + u'/' + job.job.name + u'/' + QString::number(job.job.attempt);
            for (DemoDeployment &deployment : run.deployments) {
                deployment.deployment.externalId =
                    run.run.externalId + u'/' + m_environments.at(deployment.environment).name;
            }
        }
    }

    /// Orders the runs by creation (keeping the order of runs created at the same moment) and follows them with the
    /// incidents' references.
    void sortRuns()
    {
        QList<int> order(m_history.runs.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            return *m_history.runs[a].run.createdAt < *m_history.runs[b].run.createdAt;
        });
        QList<DemoRun> runs;
        runs.reserve(order.size());
        QList<int> position(order.size());
        for (int i = 0; i < order.size(); ++i) {
            position[order[i]] = i;
            runs.append(std::move(m_history.runs[order[i]]));
        }
        m_history.runs = std::move(runs);
        for (DemoIncident &incident : m_history.incidents)
            incident.run = position[incident.run];
    }

    /// Answers a share of the incidents with hotfixes and rollbacks. Every draw, this simulation's too, comes from a
    /// stream of its own meanwhile, so the rest of the history stays as it was.
    void answerIncidents()
    {
        DemoRandom own(quint64(m_random->between(0, 1'000'000'000'000)));
        DemoRandom *const serviceStream = std::exchange(m_random, &own);
        const QStringList versions = m_runVersions.values();
        m_mergedBackIn = demo::answerIncidents(m_profile, m_end, m_history, m_changeCommits, versions, *this, own);
        m_random = serviceStream;
    }

    /// Runs the stages of an emergency change, each after the ones it needs in the lane (or after the whole lane
    /// so far when it needs none of them). False when a job does not finish before the end of the history.
    bool runExpedited(int runIndex, const QList<int> &lane, Timestamp createdAt)
    {
        for (int stage : lane) {
            DemoRun &run = m_history.runs[runIndex];
            Timestamp ready = createdAt;
            bool needsLane = false;
            for (int need : m_stages[stage].needs) {
                if (lane.contains(need)) {
                    ready = std::max(ready, *finishOf(run, need));
                    needsLane = true;
                }
            }
            if (!needsLane) {
                for (const DemoJob &job : std::as_const(run.jobs))
                    ready = std::max(ready, *job.job.finishedAt);
            }
            runJob(run, stage, ready, /*expedited=*/true);
            if (!finishOf(run, stage))
                return false;
        }
        return true;
    }

    bool addExpeditedRun(Timestamp createdAt, const QString &branch, const QString &event, int mergeIndex,
                         const QString &commitOid, const QString &version, const QList<int> &lane) override
    {
        if (createdAt >= m_end)
            return false;
        DemoRun &run = newRun(createdAt, branch, event, commitOid);
        run.mergeIndex = mergeIndex;
        const int runIndex = int(m_history.runs.size()) - 1;
        m_runVersions.insert(runIndex, version);
        if (!runExpedited(runIndex, lane, createdAt)) {
            m_runVersions.remove(runIndex);
            m_history.runs.removeLast();
            return false;
        }
        finishRun(m_history.runs.last());
        return true;
    }

    void removeLastRun() override
    {
        m_runVersions.remove(int(m_history.runs.size()) - 1);
        m_history.runs.removeLast();
    }

    const ServiceProfile &m_profile;
    const Timestamp m_start;
    const Timestamp m_end;
    /// The stream every draw comes from: the service's own, or for a while another one (see answerIncidents()).
    DemoRandom *m_random;
    const QList<AuthorProfile> m_authors;
    const QList<StageProfile> m_stages;
    const QList<EnvironmentProfile> m_environments;
    ServiceHistory m_history;
    QString m_mainTip;
    QStringList m_paths;
    QString m_version;
    QHash<int, QString> m_runVersions;
    /// For each change (merge index), the commits it brought to main.
    QList<QList<int>> m_changeCommits;
    QList<int> m_releaseCandidates;
    /// For each hotfix commit merged back into main, the change it came in with.
    QHash<int, int> m_mergedBackIn;
};

} // namespace

ServiceHistory simulateService(const ServiceProfile &profile, Timestamp start, Timestamp end, DemoRandom &random)
{
    return ServiceSimulation(profile, start, end, random).simulate();
}

} // namespace flowdeck::demo
