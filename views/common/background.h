// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/generation.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <type_traits>
#include <utility>

namespace flowdeck::views {

/// Runs `work` on the global thread pool and hands its result to `done` on `context`'s thread. When `context`
/// is destroyed first, `done` never runs and the result is dropped.
///
/// This is QtConcurrent::run(work).then(context, done) made safe for Qt 6.4, whose then() asserts when the
/// context object is gone before the work ends (a page or window closed during a long load). The watcher is a
/// child of `context`, so it goes with it, and Qt drops the notifications of a destroyed watcher.
template<typename Work, typename Done>
void runInBackground(QObject *context, Work &&work, Done &&done)
{
    using ResultType = std::invoke_result_t<std::decay_t<Work>>;
    auto *watcher = new QFutureWatcher<ResultType>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::forward<Done>(done)]() mutable {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(std::forward<Work>(work)));
}

/// runInBackground() for the latest request of `generation` only: starts a request, and `done` runs when
/// `context` still exists and no later request was started (nor the generation invalidated) by then.
/// `generation` must live as long as `context`: it is meant to be one of its members.
template<typename Work, typename Done>
void runLatest(QObject *context, Generation &generation, Work &&work, Done &&done)
{
    const quint64 request = generation.start();
    using ResultType = std::invoke_result_t<std::decay_t<Work>>;
    runInBackground(context, std::forward<Work>(work),
                    [&generation, request, done = std::forward<Done>(done)](const ResultType &result) mutable {
                        if (generation.isLatest(request))
                            done(result);
                    });
}

} // namespace flowdeck::views
