// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demohistory.h"

#include "demo/demovocabulary.h"

#include <QCryptographicHash>
#include <QDateTime>

#include <algorithm>
#include <numeric>
#include <utility>

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
        addIncidents();
        answerIncidents();
        sortRuns();
        numberRuns();
        linkDeployedCommits();
        addReleaseTags();
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

    const AuthorProfile &teamMember() { return m_authors[m_random->pick(m_profile.team)]; }

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
        const int commitCount = int(std::clamp(1.0 + m_random->logNormal(1.6, 0.7), 1.0, 12.0));
        const Timestamp review = qint64(std::clamp(m_random->logNormal(5 * hour, 0.9), 20.0 * minute, 5.0 * day));
        const Timestamp coding = qint64(std::clamp(m_random->logNormal(1.2 * day, 0.8), 30.0 * minute, 10.0 * day));
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
        if (m_profile.preApproved)
            return ready +
                   qint64(m_random->logNormal(stage == StageIndex::SecurityReview ? 35 * minute : 8 * minute, 0.5));
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
                const Timestamp ready = nextWorkingMoment(*finishOf(run, StageIndex::DeployTest), *m_random);
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
            // What the environment runs: main up to a change, and perhaps a hotfix on top.
            int previous = -1;
            int previousExtra = -1;
            for (const Ref &ref : std::as_const(refs)) {
                DemoDeployment &deployment = *ref.deployment;
                const int merge = deployment.mergeIndex;
                for (int change = previous + 1; change <= merge; ++change) {
                    for (int commit : std::as_const(m_changeCommits[change])) {
                        if (commit != previousExtra)
                            deployment.commits.append(commit);
                    }
                }
                const int extra = deployment.extraCommit;
                if (extra >= 0 && extra != previousExtra &&
                    m_mergedBackIn.value(extra, m_changeCommits.size()) > previous)
                    deployment.commits.append(extra);
                if (deployment.deployment.status == QLatin1StringView(Status::Succeeded)) {
                    previous = merge;
                    previousExtra = extra;
                }
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

    void addIncidents()
    {
        for (int r = 0; r < m_history.runs.size(); ++r) {
            const DemoRun &run = m_history.runs[r];
            for (int d = 0; d < run.deployments.size(); ++d) {
                const Deployment &deployment = run.deployments[d].deployment;
                if (run.deployments[d].environment != 3 || deployment.status != QLatin1StringView(Status::Succeeded))
                    continue;
                if (!m_random->chance(m_profile.incidentRate))
                    continue;
                const Timestamp started = *deployment.finishedAt + qint64(m_random->logNormal(3 * hour, 1.2));
                if (started >= m_end)
                    continue;
                DemoIncident incident;
                incident.run = r;
                incident.deployment = d;
                incident.incident.commitOid = deployment.commitOid;
                incident.incident.title = m_random->pick(incidentTitles());
                incident.incident.severity = u"SEV%1"_s.arg(m_random->chance(0.15) ? 1 : m_random->between(2, 3));
                incident.incident.startedAt = started;
                const Timestamp resolved =
                    started + qint64(std::clamp(m_random->logNormal(3 * hour, 1.0), 20.0 * minute, 4.0 * day));
                if (resolved < m_end)
                    incident.incident.resolvedAt = resolved;
                incident.incident.source = u"demo"_s;
                incident.incident.externalId =
                    m_profile.name + u"/INC-"_s + QString::number(m_history.incidents.size() + 1);
                m_history.incidents.append(incident);
            }
        }
    }

    /// What production ran from a moment on: main up to a change, perhaps with a hotfix on top.
    struct LiveVersion
    {
        Timestamp since = 0;
        int mergeIndex = -1;
        int extraCommit = -1;
        QString version;
        QString commitOid;
    };

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

    /// The index in `live` of what production ran at `t`; -1 before the first deployment.
    static int liveAt(const QList<LiveVersion> &live, Timestamp t)
    {
        const auto after =
            std::upper_bound(live.cbegin(), live.cend(), t,
                             [](Timestamp time, const LiveVersion &version) { return time < version.since; });
        return int(after - live.cbegin()) - 1;
    }

    /// Whether a production deployment finished in (from, to].
    static bool deployedBetween(const QList<LiveVersion> &live, Timestamp from, Timestamp to)
    {
        const int before = liveAt(live, from);
        return before + 1 < live.size() && live[before + 1].since <= to;
    }

    static void insertLive(QList<LiveVersion> &live, const LiveVersion &version)
    {
        live.insert(liveAt(live, version.since) + 1, version);
    }

    /// Answers a share of the incidents the way teams do: mostly with a hotfix, rarely by deploying the version
    /// before again. Every draw comes from a stream of its own, so the rest of the history stays as it was.
    void answerIncidents()
    {
        DemoRandom own(quint64(m_random->between(0, 1'000'000'000'000)));
        DemoRandom *const serviceStream = std::exchange(m_random, &own);
        for (const QString &version : std::as_const(m_runVersions))
            m_versions.insert(version);
        QList<LiveVersion> live = productionHistory();
        QList<int> order(m_history.incidents.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            return m_history.incidents[a].incident.startedAt < m_history.incidents[b].incident.startedAt;
        });
        for (int incident : std::as_const(order)) {
            const double draw = m_random->uniform();
            // A team that cannot roll back (production moved on, or the version before was a hotfix) fixes forward.
            if ((draw < m_profile.rollbackShare && !rollBack(incident, live)) ||
                (draw >= m_profile.rollbackShare && draw < m_profile.rollbackShare + m_profile.hotfixShare))
                addHotfix(incident, live);
        }
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

    /// A new run of the emergency lane; false (and no run) when it would not finish before the end of the history.
    bool addExpeditedRun(Timestamp createdAt, const QString &branch, const QString &event, const LiveVersion &base,
                         const QString &version, const QList<int> &lane)
    {
        if (createdAt >= m_end)
            return false;
        DemoRun &run = newRun(createdAt, branch, event, base.commitOid);
        run.mergeIndex = base.mergeIndex;
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

    /// A hotfix: a commit on a branch cut from what production runs, built by a run of that branch and deployed
    /// straight to production with an emergency approval; the incident is resolved soon after. Nothing happens when
    /// production changed under the hotfix, when it would run on top of another hotfix, or when the history ends
    /// first.
    void addHotfix(int incidentIndex, QList<LiveVersion> &live)
    {
        const Incident &incident = m_history.incidents[incidentIndex].incident;
        const Timestamp committed =
            incident.startedAt + qint64(std::clamp(m_random->logNormal(50 * minute, 0.5), 15.0 * minute, 4.0 * hour));
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
        if (!addExpeditedRun(committed + m_random->between(10, 60) * second, branch, u"push"_s, base, version, lane))
            return;
        DemoRun &run = m_history.runs.last();
        DemoDeployment &deployment = run.deployments.last();
        const Timestamp finished = *deployment.deployment.finishedAt;
        const Timestamp resolved =
            finished + qint64(std::clamp(m_random->logNormal(15 * minute, 0.6), 3.0 * minute, 2.0 * hour));
        if (deployedBetween(live, committed, finished) || resolved >= m_end) {
            m_runVersions.remove(int(m_history.runs.size()) - 1);
            m_history.runs.removeLast();
            return;
        }

        const AuthorProfile &author = teamMember();
        const int commit = addCommit(author, committed - m_random->between(1, 10) * minute, committed, hotfix.summary,
                                     {base.commitOid}, false);
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
            shipped + qint64(std::clamp(m_random->logNormal(40 * minute, 0.8), 5.0 * minute, 1.0 * day));
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
            addCommit(author, at, at, u"Merge branch '%1' into main"_s.arg(branch), {mainOid, hotfixOid}, true);
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
                                  qint64(std::clamp(m_random->logNormal(25 * minute, 0.5), 5.0 * minute, 3.0 * hour));
        const int current = liveAt(live, decided);
        if (current < 1 || live[current].since != *bad.finishedAt || live[current].commitOid != *bad.commitOid)
            return false;
        const LiveVersion before = live[current - 1];
        if (before.extraCommit >= 0 || before.version == live[current].version)
            return false;
        const QList<int> lane{StageIndex::ChangeApproval, StageIndex::DeployProduction};
        if (!addExpeditedRun(decided + m_random->between(30, 120) * second, u"main"_s, u"workflow_dispatch"_s, before,
                             before.version, lane))
            return false;
        const Timestamp finished = *m_history.runs.last().deployments.last().deployment.finishedAt;
        const Timestamp resolved =
            finished + qint64(std::clamp(m_random->logNormal(10 * minute, 0.6), 2.0 * minute, 1.0 * hour));
        if (deployedBetween(live, decided, finished) || resolved >= m_end) {
            m_runVersions.remove(int(m_history.runs.size()) - 1);
            m_history.runs.removeLast();
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

    /// A release tag for every successful production deployment of a version not tagged yet (a rollback deploys a
    /// tagged one).
    void addReleaseTags()
    {
        QSet<QString> tagged;
        for (const DemoRun &run : std::as_const(m_history.runs)) {
            for (const DemoDeployment &deployment : run.deployments) {
                if (deployment.environment != 3 || deployment.deployment.status != QLatin1StringView(Status::Succeeded))
                    continue;
                if (!tagged.contains(deployment.deployment.version)) {
                    tagged.insert(deployment.deployment.version);
                    addReleaseTag(deployment.deployment);
                }
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
    /// Every version this service deployed or built, so that a hotfix's is new.
    QSet<QString> m_versions;
    /// For each hotfix commit merged back into main, the change it came in with.
    QHash<int, int> m_mergedBackIn;
};

} // namespace

ServiceHistory simulateService(const ServiceProfile &profile, Timestamp start, Timestamp end, DemoRandom &random)
{
    return ServiceSimulation(profile, start, end, random).simulate();
}

} // namespace flowdeck::demo
