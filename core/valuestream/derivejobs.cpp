// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/derivereads.h"

#include "store/query.h"

#include <algorithm>

namespace flowdeck::valuestream::detail {

using namespace Qt::StringLiterals;

namespace {

/// Finds the entry of a stage by its id: through a table over the range of ids where they lie close together (as
/// SQLite hands them out), else through a hash.
class StageIndex
{
public:
    explicit StageIndex(const QList<StageRow> &stages)
    {
        if (stages.isEmpty())
            return;
        const auto [low, high] = std::minmax_element(stages.cbegin(), stages.cend(),
                                                     [](const StageRow &a, const StageRow &b) { return a.id < b.id; });
        m_min = low->id;
        if (high->id - low->id < 4 * stages.size() + 4096) {
            m_dense.assign(std::size_t(high->id - low->id + 1), -1);
            for (qsizetype i = 0; i < stages.size(); ++i)
                m_dense[std::size_t(stages[i].id - m_min)] = int(i);
        } else {
            for (qsizetype i = 0; i < stages.size(); ++i)
                m_hash.insert(stages[i].id, int(i));
        }
    }

    /// The entry's index, or -1 for an unknown stage.
    int of(Id id) const
    {
        if (m_dense.empty())
            return m_hash.value(id, -1);
        const Id offset = id - m_min;
        return offset >= 0 && offset < Id(m_dense.size()) ? m_dense[std::size_t(offset)] : -1;
    }

private:
    Id m_min = 0;
    std::vector<int> m_dense;
    QHash<Id, int> m_hash;
};

/// What the query says about a job in its last column: how it ended (the lowest two bits), whether it is a first
/// attempt, and whether it waited in the queue at the period's end.
enum JobCode
{
    EndMask = 3,
    Open = 0,
    Succeeded = 1,
    Failed = 2,
    Abandoned = 3, // canceled or skipped
    FirstAttempt = 4,
    /// Queued before the end, not started by then, and never ended.
    QueuedNeverEnded = 8,
    /// Queued before the end, not started by then, and ended after it.
    QueuedEndedLater = 16,
};

/// What the jobs of the current run did per stage.
enum RunStageFlag
{
    Seen = 1,
    RunJudged = 2,
    FirstAttemptFailed = 4,
};

} // namespace

Result<std::vector<Samples>> readStageSamples(const QSqlDatabase &db, const ReadScope &scope,
                                              const QList<StageRow> &stages, const TaskControl &control)
{
    std::vector<Samples> samples(static_cast<std::size_t>(stages.size()));
    if (stages.isEmpty())
        return samples;
    const QString what = Derivation::tr("Reading the jobs of the value stream");
    // Reading a million jobs costs mostly per value and per SQL expression, so SQL hands over the wait, the work and
    // one code (see JobCode), in expressions that are cheap for the usual job: one that started before the end. The
    // runs drive the join (CROSS JOIN fixes the order on SQLite), so that each run's jobs come together and its first
    // attempts are judged when the next run begins.
    QVariantList values{scope.to, scope.to, scope.to};
    const QString sql =
        u"SELECT r.id, j.stage_id, j.started_at - j.queued_at, j.finished_at - j.started_at, "
        u"CASE j.status WHEN 'succeeded' THEN 1 WHEN 'failed' THEN 2 WHEN 'canceled' THEN 3 WHEN 'skipped' THEN 3 "
        u"ELSE 0 END + 4 * (j.attempt = 1) + CASE WHEN j.started_at < ? THEN 0 "
        u"WHEN j.queued_at IS NULL OR j.queued_at >= ? THEN 0 WHEN j.finished_at IS NULL THEN 8 "
        u"WHEN j.finished_at >= ? THEN 16 ELSE 0 END "
        u"FROM pipeline_runs r CROSS JOIN jobs j WHERE j.run_id = r.id AND j.stage_id IS NOT NULL AND "_s +
        runScope(scope, values, true) + u" ORDER BY r.id"_s;
    auto query = store::runQuery(db, what, sql, values);
    if (!query)
        return query.error();

    const StageIndex index(stages);
    std::vector<quint8> runFlags(static_cast<std::size_t>(stages.size()), 0);
    std::vector<int> touched;
    const auto endRun = [&] {
        for (const int stage : touched) {
            Samples &entry = samples[std::size_t(stage)];
            const quint8 flags = runFlags[std::size_t(stage)];
            ++entry.runs;
            if (flags & RunJudged) {
                ++entry.judged;
                entry.passed += (flags & FirstAttemptFailed) ? 0 : 1;
            }
            runFlags[std::size_t(stage)] = 0;
        }
        touched.clear();
    };

    Id run = 0;
    qint64 rows = 0;
    while (query->next()) {
        if ((++rows & 0xffff) == 0 && control.isCanceled())
            return Error{TaskControl::canceledMessage()};
        const Id runId = query->value(0).toLongLong();
        if (runId != run) {
            endRun();
            run = runId;
        }
        const int stage = index.of(query->value(1).toLongLong());
        if (stage < 0)
            continue;
        Samples &entry = samples[std::size_t(stage)];
        bool counted = false;
        // A time running backwards gives no sample.
        const QVariant wait = query->value(2);
        if (!wait.isNull() && wait.toLongLong() >= 0) {
            entry.wait.append(wait.toLongLong());
            counted = true;
        }
        if (const QVariant work = query->value(3); !work.isNull() && work.toLongLong() >= 0) {
            entry.process.append(work.toLongLong());
            counted = true;
        }
        const int code = query->value(4).toInt();
        const int end = code & EndMask;
        quint8 &flags = runFlags[std::size_t(stage)];
        if (!(flags & Seen)) {
            flags |= Seen;
            touched.push_back(stage);
        }
        if ((code & FirstAttempt) && (end == Succeeded || end == Failed)) {
            flags |= RunJudged | (end == Failed ? FirstAttemptFailed : 0);
            counted = true;
        }
        entry.records += counted ? 1 : 0;
        // Waiting at the period's end: queued before it and neither started nor ended by then. A job that ended
        // without either time (skipped, canceled) left the queue at a moment nobody knows, so it is not counted;
        // with its queue time known, a missing wait means a missing start.
        const bool leftUnknown = (code & QueuedNeverEnded) && wait.isNull() && end != Open;
        entry.wip += ((code & QueuedEndedLater) || ((code & QueuedNeverEnded) && !leftUnknown)) ? 1 : 0;
    }
    endRun();
    if (auto read = finished(*query, what); !read)
        return read.error();
    return samples;
}

} // namespace flowdeck::valuestream::detail
