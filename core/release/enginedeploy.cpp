// SPDX-License-Identifier: GPL-3.0-or-later
// Deploy attempts: started through a backend, watched, their output stored, ended (and retried).
#include "release/engine_p.h"

namespace flowdeck::release {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype outputTailBytes = 4000;

// so that the bytes stored are exactly the bytes read.
qsizetype completeUtf8(const QByteArray &bytes)
{
    qsizetype end = bytes.size();
    qsizetype i = end - 1;
    int continuation = 0;
    while (i >= 0 && (uchar(bytes[i]) & 0xC0) == 0x80 && continuation < 3) {
        --i;
        ++continuation;
    }
    if (i < 0)
        return end;
    const uchar lead = uchar(bytes[i]);
    const int length = lead < 0x80             ? 1
                       : (lead & 0xE0) == 0xC0 ? 2
                       : (lead & 0xF0) == 0xE0 ? 3
                       : (lead & 0xF8) == 0xF0 ? 4
                                               : 1;
    return continuation + 1 < length ? i : end;
}

QString jobStateText(JobState state)
{
    switch (state) {
    case JobState::Running:
        return u"running"_s;
    case JobState::Succeeded:
        return u"succeeded"_s;
    case JobState::Failed:
        return u"failed"_s;
    case JobState::Canceled:
        return u"canceled"_s;
    }
    return u"failed"_s;
}

} // namespace

Result<bool> ReleaseEngine::Private::startDeploy(ReleasePlan &plan, ReleaseTask &task)
{
    const Timestamp at = now();
    if (!calendar.isAllowed(task.environmentId, at)) {
        if (auto next = calendar.nextAllowed(task.environmentId, at))
            wakeAt(*next);
        note(ReleaseEngine::tr("'%1' is held: %2").arg(task.name, calendar.holdReason(task.environmentId, at)));
        return false;
    }
    ++task.attempt;
    task.state = state::running;
    task.startedAt = at;
    task.finishedAt.reset();
    task.backendHandle.reset();
    auto request = requestFor(plan, task);
    if (!request) {
        // Nothing was started: the attempt fails with the reason.
        return endAttempt(plan, task, false, request.errorMessage(), {}, {});
    }
    auto backend = backendFor(task);
    if (!backend)
        return endAttempt(plan, task, false, backend.errorMessage(), {}, {});
    // The attempt and its deployment row are stored before the backend is asked: a crash from here on leaves a
    // running task without a handle, which the next engine resolves with find(), never by starting again.
    auto stored = transition(
        task,
        audit(u"deploy.start"_s, task, u"running"_s,
              ReleaseEngine::tr("Attempt %1: %2").arg(task.attempt).arg((*backend)->describe(*request))),
        [&](QSqlDatabase &db) {
            return DeployRecord::started(db, task, request->version, request->commit, request->token, at, actor());
        });
    if (!stored)
        return stored.error();
    auto handle = (*backend)->start(*request);
    if (!handle)
        return endAttempt(plan, task, false, handle.errorMessage(), u"failed"_s, {});
    task.backendHandle = *handle;
    if (auto kept = write([&](QSqlDatabase &db) { return updateTask(db, task); }); !kept)
        return kept.error();
    return true;
}

Result<bool> ReleaseEngine::Private::readOutput(ReleaseTask &task, DeployBackend &backend)
{
    if (!task.backendHandle)
        return false;
    const auto key = std::make_pair(task.id, task.attempt);
    auto offset = offsets.find(key);
    if (offset == offsets.end()) {
        // After a restart: what was stored already is where reading goes on.
        auto stored = output(db(), task.id, task.attempt);
        if (!stored)
            return stored.error();
        qint64 bytes = 0;
        for (const ReleaseTaskOutput &piece : std::as_const(*stored))
            bytes += piece.text.toUtf8().size();
        offset = offsets.emplace(key, bytes).first;
    }
    auto fresh = backend.logs(*task.backendHandle, offset->second);
    if (!fresh || fresh->isEmpty())
        return false;
    const qsizetype whole = completeUtf8(*fresh);
    if (whole == 0)
        return false;
    const QString text = QString::fromUtf8(fresh->left(whole));
    auto stored = write([&](QSqlDatabase &db) {
        return appendOutput(db, ReleaseTaskOutput{0, task.id, task.attempt, now(), text});
    });
    if (!stored)
        return stored.error();
    offset->second += whole;
    return true;
}

Result<bool> ReleaseEngine::Private::watchDeploy(ReleasePlan &plan, ReleaseTask &task)
{
    auto backend = backendFor(task);
    if (!backend)
        return endAttempt(plan, task, false, backend.errorMessage(), u"failed"_s, {});
    auto request = requestFor(plan, task);
    if (!request)
        return endAttempt(plan, task, false, request.errorMessage(), u"failed"_s, {});
    if (!task.backendHandle) {
        // The engine stopped between storing the attempt and storing the backend's handle: ask the backend.
        auto found = (*backend)->find(*request);
        if (!found) {
            return endAttempt(plan, task, false,
                              ReleaseEngine::tr("Flowdeck stopped while starting this deployment, and the backend "
                                                "cannot tell whether it started: %1 Check it, then retry or skip "
                                                "the task.")
                                  .arg(found.errorMessage()),
                              u"failed"_s, {});
        }
        if (!*found) {
            auto handle = (*backend)->start(*request);
            if (!handle)
                return endAttempt(plan, task, false, handle.errorMessage(), u"failed"_s, {});
            task.backendHandle = *handle;
        } else {
            task.backendHandle = **found;
        }
        auto kept = transition(task, audit(u"deploy.reattach"_s, task, u"running"_s,
                                           *found ? ReleaseEngine::tr("Found the job started before the restart.")
                                                  : ReleaseEngine::tr("The job had not started; started it.")));
        if (!kept)
            return kept.error();
    }
    bool changed = false;
    auto read = readOutput(task, **backend);
    if (!read)
        return read.error();
    changed = *read;
    auto status = (*backend)->poll(*task.backendHandle);
    if (!status) {
        // A backend that cannot be reached now is asked again on the next tick; the job goes on without us.
        note(ReleaseEngine::tr("'%1': %2").arg(task.name, status.errorMessage()));
        return changed;
    }
    if (status->state == JobState::Running)
        return changed;
    // The job ended: read what it wrote last, then settle the attempt.
    if (auto last = readOutput(task, **backend); !last)
        return last.error();
    const bool succeeded = status->state == JobState::Succeeded;
    return endAttempt(plan, task, succeeded, status->message, jobStateText(status->state), status->url);
}

Result<bool> ReleaseEngine::Private::endAttempt(ReleasePlan &plan, ReleaseTask &task, bool succeeded,
                                                const QString &detail, const QString &deployStatus, const QString &url)
{
    Q_UNUSED(plan);
    const Timestamp at = now();
    QString tail;
    if (auto stored = output(db(), task.id, task.attempt); stored) {
        QString all;
        for (const ReleaseTaskOutput &piece : std::as_const(*stored))
            all += piece.text;
        tail = all.right(outputTailBytes);
    }
    const QString token = this->token(plan, task);
    const bool retry = !succeeded && task.attempt <= task.maxRetries && deployStatus != u"canceled"_s;
    task.state = succeeded ? state::succeeded : retry ? state::ready : state::failed;
    task.finishedAt = at;
    const QString action = succeeded ? u"deploy.succeeded"_s : retry ? u"deploy.retry"_s : u"deploy.failed"_s;
    QString text = detail;
    if (retry) {
        text = ReleaseEngine::tr("Attempt %1 of %2 failed (%3); trying again.")
                   .arg(task.attempt)
                   .arg(task.maxRetries + 1)
                   .arg(detail);
    }
    if (!tail.isEmpty())
        text += u"\n"_s + tail;
    auto stored = transition(
        task, audit(action, task, succeeded ? u"succeeded"_s : u"failed"_s, text),
        [&](QSqlDatabase &db) -> Result<void> {
            if (!detail.isEmpty() && !succeeded) {
                if (auto noted = appendOutput(db, ReleaseTaskOutput{0, task.id, task.attempt, at, detail + u'\n'});
                    !noted) {
                    return noted;
                }
            }
            if (deployStatus.isEmpty())
                return {};
            return DeployRecord::finished(db, token, deployStatus, at, url);
        });
    if (!stored)
        return stored.error();
    return true;
}

} // namespace flowdeck::release
