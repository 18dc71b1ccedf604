// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demohistory.h"

#include "demo/demovocabulary.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <algorithm>

namespace flowdeck::demo {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

QDateTime utc(Timestamp t)
{
    return QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
}

bool isWorkingTime(Timestamp t, int offsetMinutes)
{
    const QDateTime local = utc(t + offsetMinutes * minute);
    const int hourOfDay = local.time().hour();
    return local.date().dayOfWeek() <= 5 && hourOfDay >= 8 && hourOfDay < 18;
}

/// The last four days of a month, when everyone lands their work before the close and the runners queue up.
bool isMonthEnd(Timestamp t)
{
    const QDate date = utc(t).date();
    return date.day() > date.daysInMonth() - 4;
}

/// `t` if it falls in working hours (CET), else a moment early on the next working day.
Timestamp nextWorkingMoment(Timestamp t, DemoRandom &random)
{
    if (isWorkingTime(t, 60))
        return t;
    QDateTime next = utc(t + 60 * minute);
    QDate date = next.time().hour() >= 18 ? next.date().addDays(1) : next.date();
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    const QDateTime morning(date, QTime(8, 0), Qt::UTC);
    return morning.toMSecsSinceEpoch() - 60 * minute + random.between(15, 120) * minute;
}

/// The change advisory board meets on Tuesdays and Thursdays at 10:00 UTC.
Timestamp nextAdvisoryBoard(Timestamp t)
{
    QDate date = utc(t).date();
    for (;;) {
        const int weekday = date.dayOfWeek();
        if (weekday == Qt::Tuesday || weekday == Qt::Thursday) {
            const Timestamp meeting = QDateTime(date, QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
            if (meeting > t)
                return meeting;
        }
        date = date.addDays(1);
    }
}

QString fakeOid(const QString &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1).toHex());
}

class ServiceSimulation
{
public:
    ServiceSimulation(const ServiceProfile &profile, Timestamp start, Timestamp end, DemoRandom &random)
        : m_profile(profile)
        , m_start(start)
        , m_end(end)
        , m_random(random)
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
        std::stable_sort(m_history.runs.begin(), m_history.runs.end(),
                         [](const DemoRun &a, const DemoRun &b) { return *a.run.createdAt < *b.run.createdAt; });
        numberRuns();
        linkDeployedCommits();
        addIncidents();
        m_history.branches.append(Branch{0, 0, u"main"_s, m_mainTip});
        return std::move(m_history);
    }

private:
    /// When changes land on main: in working hours mostly, and more of them at the end of a month.
    QList<Timestamp> mergeTimes()
    {
        QList<Timestamp> times;
        const Timestamp from = m_start + 14 * day;
        while (times.size() < m_profile.merges) {
            const Timestamp t = from + qint64(m_random.uniform() * double(m_end - from - day));
            const double acceptance = (isWorkingTime(t, 60) ? 0.6 : 0.02) * (isMonthEnd(t) ? 1.6 : 1.0);
            if (m_random.chance(acceptance))
                times.append(t);
        }
        std::sort(times.begin(), times.end());
        return times;
    }

    const AuthorProfile &teamMember() { return m_authors[m_random.pick(m_profile.team)]; }

    /// The paths of the service's code base: a few folders of a few dozen files, in the service's language.
    QStringList codePaths() const
    {
        static const QStringList folders{u"src/api"_s, u"src/domain"_s, u"src/infrastructure"_s,
                                         u"src/web"_s, u"test"_s,       u"config"_s};
        const QString suffix = m_profile.name.startsWith(u"storefront"_s)  ? u".tsx"_s
                               : m_profile.name.startsWith(u"mobile"_s)    ? u".kt"_s
                               : m_profile.name.startsWith(u"checkout"_s)  ? u".go"_s
                               : m_profile.name.startsWith(u"inventory"_s) ? u".py"_s
                                                                           : u".java"_s;
        QStringList paths;
        for (const QString &folder : folders) {
            for (const QString &subject : subjects())
                paths.append(folder + u'/' + QString(subject).replace(u' ', u'_') + suffix);
        }
        return paths;
    }

    /// The files of several commits as one: a path changed twice counts once, with the lines added up.
    QList<CommitFile> squashedFiles(const QList<int> &commits) const
    {
        QList<CommitFile> files;
        QHash<QString, int> byPath;
        for (int commit : commits) {
            for (const CommitFile &file : m_history.files[commit]) {
                auto found = byPath.find(file.path);
                if (found == byPath.end()) {
                    byPath.insert(file.path, int(files.size()));
                    CommitFile copy = file;
                    copy.position = int(files.size());
                    files.append(copy);
                } else {
                    *files[*found].insertions += *file.insertions;
                    *files[*found].deletions += *file.deletions;
                }
            }
        }
        return files;
    }

    /// Distinct files for a commit whose line counts add up to the commit's. A stream of its own keeps the rest
    /// of the history the same whatever the files are.
    QList<CommitFile> filesOf(const Commit &commit, int index)
    {
        if (m_paths.isEmpty())
            m_paths = codePaths();
        DemoRandom random(qHash(m_profile.name) * 31u + quint64(index));
        const int count = *commit.filesChanged;
        QList<CommitFile> files;
        QSet<int> used;
        int insertionsLeft = *commit.insertions;
        int deletionsLeft = *commit.deletions;
        for (int i = 0; i < count; ++i) {
            int pick = int(random.between(0, m_paths.size() - 1));
            while (used.contains(pick) && used.size() < m_paths.size())
                pick = (pick + 1) % int(m_paths.size());
            used.insert(pick);
            CommitFile file;
            file.position = i;
            file.path = used.size() <= m_paths.size() && i < m_paths.size() ? m_paths[pick]
                                                                            : u"src/generated/part_%1.txt"_s.arg(i);
            const bool last = i == count - 1;
            file.insertions = last ? insertionsLeft : int(random.between(0, insertionsLeft));
            file.deletions = last ? deletionsLeft : int(random.between(0, deletionsLeft));
            insertionsLeft -= *file.insertions;
            deletionsLeft -= *file.deletions;
            files.append(file);
        }
        return files;
    }

    int addCommit(const AuthorProfile &author, Timestamp authorTime, Timestamp commitTime, const QString &summary,
                  const QStringList &parents, bool merge)
    {
        Commit commit;
        commit.oid = fakeOid(m_profile.name + u':' + QString::number(m_history.commits.size()) + u':' +
                             QString::number(m_random.between(0, 1'000'000'000)));
        commit.authorName = author.name;
        commit.authorEmail = author.email;
        commit.authorTime = authorTime;
        commit.authorOffsetMinutes = author.offsetMinutes;
        commit.committerName = merge ? u"PETech Git"_s : author.name;
        commit.committerEmail = merge ? u"git@petech.example"_s : author.email;
        commit.committerTime = commitTime;
        commit.committerOffsetMinutes = merge ? 0 : author.offsetMinutes;
        commit.summary = summary;
        commit.message = summary + u"\n\n"_s + m_random.pick(verbs()) + u' ' + m_random.pick(subjects()) +
                         u" was part of this change.\n"_s;
        commit.isMerge = merge;
        if (!merge) {
            const int files = int(std::clamp(m_random.logNormal(3, 0.8), 1.0, 60.0));
            const int insertions = int(std::clamp(m_random.logNormal(35, 1.0), 1.0, 4000.0));
            commit.filesChanged = files;
            commit.insertions = insertions;
            commit.deletions = int(insertions * m_random.uniform() * 0.8);
        }
        const int index = int(m_history.commits.size());
        m_history.files.append(merge ? QList<CommitFile>() : filesOf(commit, index));
        m_history.commits.append(commit);
        for (int p = 0; p < parents.size(); ++p)
            m_history.parents.append(CommitParent{index, p, parents[p]});
        return index;
    }

    /// A pull request: commits on a branch, CI on pushes, then the change lands on main and is delivered.
    void addChange(int mergeIndex, Timestamp mergedAt)
    {
        const AuthorProfile &author = teamMember();
        const int commitCount = int(std::clamp(1.0 + m_random.logNormal(1.6, 0.7), 1.0, 12.0));
        const Timestamp review = qint64(std::clamp(m_random.logNormal(5 * hour, 0.9), 20.0 * minute, 5.0 * day));
        const Timestamp coding = qint64(std::clamp(m_random.logNormal(1.2 * day, 0.8), 30.0 * minute, 10.0 * day));
        const Timestamp opened = mergedAt - review;
        const Timestamp firstCommit = opened - coding;
        const QString title = m_random.pick(verbs()) + u' ' + m_random.pick(subjects());
        const int number = mergeIndex + 1;
        const QString branch = u"feature/%1-%2"_s.arg(number).arg(title.section(u' ', 1).replace(u' ', u'-'));

        QList<int> changeCommits;
        QString parent = m_mainTip;
        const QString base = m_mainTip;
        for (int c = 0; c < commitCount; ++c) {
            const Timestamp t = firstCommit + (opened - firstCommit) * (c + 1) / (commitCount + 1);
            const QString summary = c == 0 ? title : m_random.pick(verbs()) + u' ' + m_random.pick(subjects());
            const int index =
                addCommit(author, t, t, summary, parent.isEmpty() ? QStringList{} : QStringList{parent}, false);
            parent = m_history.commits[index].oid;
            changeCommits.append(index);
            if (c == commitCount - 1 || m_random.chance(0.35))
                addIntegrationRun(t + m_random.between(10, 60) * second, branch, parent);
        }

        int landed = 0;
        if (m_profile.squashMerges) {
            // One commit on main carries the whole change; the branch commits leave main's history.
            for (int index : std::as_const(changeCommits))
                m_history.commits[index].reachable = false;
            landed = addCommit(author, mergedAt, mergedAt, title + u" (#%1)"_s.arg(number),
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
            m_history.files[landed] = squashedFiles(changeCommits);
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

        addDeliveryRun(mergeIndex, mergedAt + m_random.between(5, 40) * second);
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
        if (m_profile.preApproved)
            return ready +
                   qint64(m_random.logNormal(stage == StageIndex::SecurityReview ? 35 * minute : 8 * minute, 0.5));
        if (stage == StageIndex::SecurityReview)
            return nextWorkingMoment(ready + qint64(m_random.logNormal(4 * hour, 0.8)), m_random);
        // The board defers about a third of the changes to its next meeting.
        Timestamp meeting = nextAdvisoryBoard(ready);
        if (m_random.chance(0.3))
            meeting = nextAdvisoryBoard(meeting + hour);
        return meeting + m_random.between(5, 60) * minute;
    }

    void runJob(DemoRun &run, int stage, Timestamp ready)
    {
        const StageProfile &profile = m_stages[stage];
        const bool approval = profile.kind == QLatin1StringView(StageKind::Approval);
        if (ready >= m_end) {
            run.pending = true;
            return;
        }
        for (int attempt = 1; attempt <= 2; ++attempt) {
            const double contention = isMonthEnd(ready) ? 5.0 : 1.0;
            const Timestamp started =
                approval ? approvalStart(stage, ready)
                         : ready + qint64(m_random.logNormal(profile.queueSeconds * second * contention, 0.6));
            const Timestamp finished = started + qint64(m_random.logNormal(profile.runSeconds * second, 0.35));
            const bool passed = !m_random.chance(attempt == 1 ? profile.failureRate : 0.15);

            DemoJob job;
            job.stage = stage;
            job.job.name = profile.name;
            job.job.source = u"demo"_s;
            job.job.attempt = attempt;
            job.job.queuedAt = ready;
            job.job.runner = approval ? std::optional<QString>()
                                      : std::optional<QString>(u"petech-runner-%1"_s.arg(m_random.between(1, 8)));
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
            ready = finished + m_random.between(5, 30) * second;
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

    QList<Timestamp> releaseDates() const
    {
        QList<Timestamp> dates;
        QDate date = utc(m_start).date();
        const QDate last = utc(m_end).date();
        int week = 0;
        for (; date <= last; date = date.addDays(1)) {
            const int weekday = date.dayOfWeek();
            bool release = false;
            switch (m_profile.cadence) {
            case Cadence::Continuous:
                break;
            case Cadence::Weekly:
                release = weekday == Qt::Wednesday;
                break;
            case Cadence::TwiceWeekly:
                release = weekday == Qt::Monday || weekday == Qt::Thursday;
                break;
            case Cadence::Fortnightly:
                release = weekday == Qt::Tuesday && (week++ % 2 == 0);
                break;
            case Cadence::Monthly:
                release = weekday == Qt::Wednesday && date.day() <= 7;
                break;
            }
            if (release)
                dates.append(QDateTime(date, QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
        }
        return dates;
    }

    /// Takes release candidates on to staging and production: every one at once for a continuous service, the
    /// newest one tested in time for each release date for the others.
    void releaseToProduction()
    {
        if (m_profile.cadence == Cadence::Continuous) {
            for (int runIndex : std::as_const(m_releaseCandidates)) {
                DemoRun &run = m_history.runs[runIndex];
                const Timestamp ready = nextWorkingMoment(*finishOf(run, StageIndex::DeployTest), m_random);
                runStagesFrom(run, StageIndex::DeployStaging, ready, false, StageIndex::DeployProduction, ready);
            }
            return;
        }
        int lastReleased = -1;
        for (Timestamp date : releaseDates()) {
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
            const Timestamp ready = date + m_random.between(0, 45) * minute;
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

    /// What each deployment shipped: the changes after the one its environment last ran successfully.
    void linkDeployedCommits()
    {
        struct Ref
        {
            DemoDeployment *deployment;
            Timestamp at;
        };
        QList<QList<Ref>> byEnvironment(m_environments.size());
        for (DemoRun &run : m_history.runs) {
            for (DemoDeployment &deployment : run.deployments)
                byEnvironment[deployment.environment].append(
                    {&deployment, deployment.deployment.finishedAt.value_or(*deployment.deployment.startedAt)});
        }
        for (QList<Ref> &refs : byEnvironment) {
            std::stable_sort(refs.begin(), refs.end(), [](const Ref &a, const Ref &b) { return a.at < b.at; });
            int previous = -1;
            for (const Ref &ref : std::as_const(refs)) {
                const int merge = ref.deployment->mergeIndex;
                for (int change = previous + 1; change <= merge; ++change)
                    ref.deployment->commits += m_changeCommits[change];
                if (ref.deployment->deployment.status == QLatin1StringView(Status::Succeeded))
                    previous = merge;
            }
        }
    }

    void addIncidents()
    {
        for (int r = 0; r < m_history.runs.size(); ++r) {
            const DemoRun &run = m_history.runs[r];
            for (int d = 0; d < run.deployments.size(); ++d) {
                const Deployment &deployment = run.deployments[d].deployment;
                if (run.deployments[d].environment != 3 || deployment.status != QLatin1StringView(Status::Succeeded))
                    continue;
                addReleaseTag(deployment);
                if (!m_random.chance(m_profile.incidentRate))
                    continue;
                const Timestamp started = *deployment.finishedAt + qint64(m_random.logNormal(3 * hour, 1.2));
                if (started >= m_end)
                    continue;
                DemoIncident incident;
                incident.run = r;
                incident.deployment = d;
                incident.incident.commitOid = deployment.commitOid;
                incident.incident.title = m_random.pick(incidentTitles());
                incident.incident.severity = u"SEV%1"_s.arg(m_random.chance(0.15) ? 1 : m_random.between(2, 3));
                incident.incident.startedAt = started;
                const Timestamp resolved =
                    started + qint64(std::clamp(m_random.logNormal(3 * hour, 1.0), 20.0 * minute, 4.0 * day));
                if (resolved < m_end)
                    incident.incident.resolvedAt = resolved;
                incident.incident.source = u"demo"_s;
                incident.incident.externalId =
                    m_profile.name + u"/INC-"_s + QString::number(m_history.incidents.size() + 1);
                m_history.incidents.append(incident);
            }
        }
    }

    void addReleaseTag(const Deployment &deployment)
    {
        Tag tag;
        tag.name = u"v"_s + deployment.version;
        tag.targetOid = *deployment.commitOid;
        tag.annotated = true;
        tag.taggerName = u"PETech Release Bot"_s;
        tag.taggerEmail = u"release@petech.example"_s;
        tag.taggerTime = deployment.finishedAt;
        tag.message = u"Release %1 of %2"_s.arg(deployment.version, m_profile.name);
        m_history.tags.append(tag);
    }

    const ServiceProfile &m_profile;
    const Timestamp m_start;
    const Timestamp m_end;
    DemoRandom &m_random;
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
};

} // namespace

ServiceHistory simulateService(const ServiceProfile &profile, Timestamp start, Timestamp end, DemoRandom &random)
{
    return ServiceSimulation(profile, start, end, random).simulate();
}

} // namespace flowdeck::demo
