// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/gitlab/gitlabpages.h"
#include "ci/pagereading.h"
#include "ci/timestamps.h"

#include <QCoreApplication>
#include <QLatin1StringView>

/// What the GitLab item readers share: places and labels for messages, ids, texts, times and statuses with the
/// warnings they may give. Internal to ci/gitlab.
namespace flowdeck::ci::gitlab::detail {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::ci::gitlab)
};

/// One item being read: where it sits in its page (for errors) and the batch its records and warnings go to.
struct Item
{
    const PageContext &context;
    /// -1: the document itself is the item.
    qsizetype index = -1;
    Batch &batch;

    /// `<where>` or `<where>, item 4` (counting from 1).
    QString place() const;
    /// "<where>, item 4: the <kind> has no “<key>”"; when `value` (the key's) is there but cannot be read, the
    /// message quotes it instead.
    Error missingKey(const QString &kind, QLatin1StringView key, const json::Value &value = {}) const;
    /// Appends "<where>: <record>: <text>" to the batch's warnings.
    void warn(const QString &record, const QString &text) const;
};

/// `username` of a user object.
std::optional<QString> readUsername(const json::Value &user);

/// The project records name: the one the user gave, else the id the item carries (`project_id`).
QString projectOf(const PageContext &context, const json::Value &projectId);
/// The workspace pipeline a project's runs map onto: the last segment of its path ("app" for "group/app"), as the
/// pipeline import names a .gitlab-ci.yml after its project's folder.
QString pipelineNameOf(const QString &project);

/// A time field. null or absent is unknown without a word (a pending job has no start); a value that is no time
/// is unknown with a warning naming the record and the field.
template<typename Label>
OptionalTime readTime(const json::Object &item, QLatin1StringView key, const Item &at, const Label &label)
{
    const json::Value value = item.value(key);
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    const OptionalTime time = jsonTime(value);
    if (!time)
        at.warn(label(), Messages::tr("“%1” is not a time (%2); it is stored as unknown").arg(key, quotedValue(value)));
    return time;
}

/// A pipeline's or job's GitLab status as a flowdeck::Status; nullopt for a word Flowdeck does not know.
std::optional<StatusCode> pipelineStatus(QStringView word);
/// A deployment's GitLab status as a flowdeck::Status; nullopt for a word Flowdeck does not know.
std::optional<StatusCode> deploymentStatus(QStringView word);

/// The status of a pipeline, job or deployment (`map` is pipelineStatus or deploymentStatus). A word Flowdeck does
/// not know, or none, is stored as running (something is under way that this version cannot name), with a
/// warning; the status is nullopt then.
template<typename Label>
std::optional<StatusCode> readStatus(const json::Object &item, std::optional<StatusCode> (*map)(QStringView),
                                     const Item &at, const Label &label)
{
    const json::Value value = item.value(QLatin1StringView("status"));
    const std::optional<StatusCode> status = value.isString() ? map(value.toString()) : std::nullopt;
    if (!status)
        at.warn(
            label(),
            Messages::tr("the status %1 is not one Flowdeck knows; it is stored as running").arg(quotedValue(value)));
    return status;
}

/// Orders a record's times with its start as the anchor (the start and finish give the work's duration, which
/// GitLab's own `duration` agrees with): a creation after the start, and a finish before the start (or, with no
/// start, before the creation), contradict it and are made unknown, with a warning. A finish given while the
/// status says the record has not ended (`status` known and not final) is made unknown too.
template<typename Label>
void orderTimes(OptionalTime &created, const OptionalTime &started, OptionalTime &finished,
                std::optional<StatusCode> status, const Item &at, const Label &label)
{
    if (created && started && *started < *created) {
        at.warn(label(), Messages::tr("started at %1, before it was created at %2; its creation time is not used")
                             .arg(timeText(*started), timeText(*created)));
        created.reset();
    }
    if (started && finished && *finished < *started) {
        at.warn(label(), Messages::tr("finished at %1, before it started at %2; its finish time is stored as unknown")
                             .arg(timeText(*finished), timeText(*started)));
        finished.reset();
    } else if (!started && created && finished && *finished < *created) {
        at.warn(label(),
                Messages::tr("finished at %1, before it was created at %2; its finish time is stored as unknown")
                    .arg(timeText(*finished), timeText(*created)));
        finished.reset();
    }
    if (finished && status && !isFinal(*status)) {
        at.warn(label(), Messages::tr("has a finish time (%1) but its status (%2) says it has not ended; the finish "
                                      "time is stored as unknown")
                             .arg(timeText(*finished), statusText(*status)));
        finished.reset();
    }
}

/// The readers of one item each: they append their record (or nothing, for an issue that is no incident) to the
/// item's batch, and fail only for an item without its id or a key its kind cannot do without.
Result<void> readPipeline(const json::Object &object, const Item &item);
/// A job or a bridge (a trigger job: it has no runner, and its downstream pipeline is not linked).
Result<void> readJob(const json::Object &object, const Item &item);
/// `environment`: the environment the deployment belongs to when the item does not say (an environment's
/// `last_deployment`); empty to read it from the item.
Result<void> readDeployment(const json::Object &object, const Item &item, const QString &environment = {});
/// An environment, and its `last_deployment` when the page has one.
Result<void> readEnvironment(const json::Object &object, const Item &item);
Result<void> readMergeRequest(const json::Object &object, const Item &item);
Result<void> readIssue(const json::Object &object, const Item &item);

} // namespace flowdeck::ci::gitlab::detail
