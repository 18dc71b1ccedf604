// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/github/githubpages.h"
#include "ci/pagereading.h"
#include "ci/timestamps.h"

#include <QCoreApplication>
#include <QLatin1StringView>

/// What the GitHub page readers share: item places for errors, ids, texts, times and statuses with the warnings
/// they may give. Internal to ci/github.
namespace flowdeck::ci::github::detail {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::ci::github)
};

/// Where an item sits in its page, for errors: `workflow_runs[3]`, `[3]` in a bare array, or the whole document
/// when it is a single item.
struct ItemPlace
{
    const PageContext &context;
    /// The key of the list in an object page; empty for a bare array.
    QLatin1StringView list;
    /// -1: the document itself is the item.
    qsizetype index = -1;

    QString text() const;
};

/// "<where>: the <kind> at <place> has no “<key>”"; when `value` (the key's) is there but cannot be read, the message
/// quotes it instead: a file that plainly has the key should not be said to lack it.
Error missingKey(const ItemPlace &place, const QString &kind, QLatin1StringView key, const json::Value &value = {});

/// `login` of a user object.
std::optional<QString> readLogin(const json::Value &user);
/// owner/repo from an API URL (`.../repos/{owner}/{repo}/...`), empty when the URL has no such part.
QString repositoryFromUrl(const QString &url);
/// The JSON value as it would read in the page, for messages (GitHub's own form: long values cut short).
QString quoted(const json::Value &value);

/// Null or absent: what a page says for a time that has not come yet.
inline bool isAbsent(const json::Value &value)
{
    return value.isNull() || value.isUndefined();
}

/// A time field. null or absent is unknown without a word (a run not yet finished has no finish time); a value
/// that is no time is unknown with a warning naming the record (`label()`) and the field.
template<typename Label>
OptionalTime readTime(const json::Object &item, QLatin1StringView key, const Label &label, QStringList &warnings)
{
    const json::Value value = item.value(key);
    if (isAbsent(value))
        return std::nullopt;
    const OptionalTime time = jsonTime(value);
    if (!time)
        warnings.append(Messages::tr("%1: “%2” is not a time (%3); it is stored as unknown")
                            .arg(label(), QString(key), quoted(value)));
    return time;
}

/// How GitHub's status and conclusion of a run, job or step were read.
struct ActionsStatus
{
    StatusCode status;
    enum Problem
    {
        None,
        NoStatus,
        UnknownStatus,
        UnknownConclusion,
        NoConclusion
    } problem = None;
    /// The status or conclusion that was not understood, quoted.
    QString word;
    /// GitHub says it has ended (its status is `completed`, or it has only a conclusion).
    bool completed = false;
};
ActionsStatus readActionsStatus(const json::Object &item);

/// The flowdeck::Status read, with a warning for what was not understood.
template<typename Label>
const QString &actionsStatus(const ActionsStatus &read, const Label &label, QStringList &warnings)
{
    switch (read.problem) {
    case ActionsStatus::None:
        break;
    case ActionsStatus::NoStatus:
        warnings.append(Messages::tr("%1: has no status; it is stored as running").arg(label()));
        break;
    case ActionsStatus::UnknownStatus:
        warnings.append(Messages::tr("%1: the status %2 is not one Flowdeck knows; it is stored as running")
                            .arg(label(), read.word));
        break;
    case ActionsStatus::UnknownConclusion:
        warnings.append(Messages::tr("%1: the conclusion %2 is not one Flowdeck knows; it is stored as failed")
                            .arg(label(), read.word));
        break;
    case ActionsStatus::NoConclusion:
        warnings.append(Messages::tr("%1: completed without a conclusion; it is stored as failed").arg(label()));
        break;
    }
    return statusText(read.status);
}

/// Orders a record's times, with its start as the anchor: a creation (queue) time after the start and a finish
/// before the start (or, with no start, before the creation) contradict it and are made unknown, with a warning.
/// `queued`: the first time is a job's queue time, not a run's creation time (only the words differ).
template<typename Label>
void orderTimes(OptionalTime &created, const OptionalTime &started, OptionalTime &finished, bool queued,
                const Label &label, QStringList &warnings)
{
    if (created && started && *started < *created) {
        warnings.append(queued ? Messages::tr("%1: started before it was created; its queue time is stored as "
                                              "unknown")
                                     .arg(label())
                               : Messages::tr("%1: started before it was created; its creation time is stored as "
                                              "unknown")
                                     .arg(label()));
        created.reset();
    }
    if (started && finished && *finished < *started) {
        warnings.append(
            Messages::tr("%1: finished before it started; its finish time is stored as unknown").arg(label()));
        finished.reset();
    } else if (!started && created && finished && *finished < *created) {
        warnings.append(
            Messages::tr("%1: finished before it was created; its finish time is stored as unknown").arg(label()));
        finished.reset();
    }
}

/// The readers of one item each: they append their record (or nothing, for what a page holds but Flowdeck does
/// not import) to `batch` and fail only for an item without its id or a key its kind cannot do without.
Result<void> readRun(const json::Object &item, const ItemPlace &place, Batch &batch);
Result<void> readJob(const json::Object &item, const ItemPlace &place, Batch &batch);
Result<void> readDeployment(const json::Object &item, const ItemPlace &place, Batch &batch);
Result<void> readDeploymentStatus(const json::Object &item, const ItemPlace &place, Batch &batch);
Result<void> readPullRequest(const json::Object &item, const ItemPlace &place, Batch &batch);
Result<void> readRelease(const json::Object &item, const ItemPlace &place, Batch &batch);
Result<void> readIssue(const json::Object &item, const ItemPlace &place, Batch &batch);

} // namespace flowdeck::ci::github::detail
