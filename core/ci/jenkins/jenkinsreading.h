// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/jenkins/jenkinspages.h"
#include "ci/pagereading.h"
#include "ci/timestamps.h"

#include <QCoreApplication>
#include <QLatin1StringView>

/// What the Jenkins item readers share: places and labels for messages, URLs, times and statuses with the warnings
/// they may give. Internal to ci/jenkins.
namespace flowdeck::ci::jenkins::detail {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::ci::jenkins)
};

/// One item being read: where it sits in its page (for errors) and the batch its records and warnings go to.
struct Item
{
    const PageContext &context;
    /// -1: the document itself is the item.
    qsizetype index = -1;
    Batch &batch;
    /// The list the item is in ("builds"), for places; empty for a bare list.
    QLatin1StringView list = {};

    /// `<where>`, `<where>, item 4` or `<where>, builds item 4` (counting from 1).
    QString place() const;
    /// Appends "<where>: <record>: <text>" to the batch's warnings.
    void warn(const QString &record, const QString &text) const;
};

/// A node or build id: a string, or a JSON integer written in decimal.
std::optional<QString> readNodeId(const json::Value &value);
/// A whole number of milliseconds (a duration) that is not negative; nullopt for anything else.
std::optional<qint64> readMillis(const json::Value &value);

/// `url` with a trailing slash, as Jenkins writes job and build URLs.
QString withSlash(QString url);
/// The job a build URL belongs to: "https://ci/job/app/16/" gives "https://ci/job/app/".
QString jobUrlOfBuild(const QString &buildUrl);
/// The build number a build URL ends with; nullopt when its last segment is not a number.
std::optional<qint64> buildNumberOf(const QString &buildUrl);
/// The job's name from its URL: the segments after each "job", decoded and joined with "/" ("folder/app" for
/// .../job/folder/job/app/). Empty when the URL names no job.
QString jobNameOf(const QString &jobUrl);
/// The project of a build's records: the job URL given in the context, else the job of its build URL.
QString projectOf(const PageContext &context, const QString &buildUrl);

/// A build's `result` as a flowdeck::Status; nullopt for a word Flowdeck does not know.
std::optional<StatusCode> resultStatus(QStringView result);
/// A wfapi run's, stage's or step's `status` as a flowdeck::Status; nullopt for a word Flowdeck does not know.
std::optional<StatusCode> wfapiStatus(QStringView status);

/// A finish before the start is impossible: unknown, with a warning naming the record.
template<typename Label>
void finishNotBeforeStart(const OptionalTime &started, OptionalTime &finished, const Item &item, const Label &label)
{
    if (started && finished && *finished < *started) {
        item.warn(label(), Messages::tr("finished at %1, before it started at %2; its finish time is stored as unknown")
                               .arg(timeText(*finished), timeText(*started)));
        finished.reset();
    }
}

/// A build of api/json (a job's builds list, or a build page).
Result<void> readBuild(const json::Object &object, const Item &item);
/// A wfapi run with its stages.
Result<void> readWfapiRun(const json::Object &object, const Item &item);
/// A wfapi stage node describe: the stage with its steps.
Result<void> readWfapiStageNode(const json::Object &object, const Item &item);

} // namespace flowdeck::ci::jenkins::detail
