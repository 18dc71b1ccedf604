// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taskprogress.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <memory>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QToolButton;

namespace flowdeck::app {

/// The status bar's place for background tasks: one row per running task with its title, a progress bar and
/// a Cancel button. The rows follow the tasks' progress by polling, so workers never flood the event loop.
class TaskIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit TaskIndicator(QWidget *parent = nullptr);

    /// Shows `task` until finish() is called for it.
    void track(std::shared_ptr<TaskProgress> task);
    void finish(const std::shared_ptr<TaskProgress> &task);
    /// Asks every running task to stop.
    void cancelAll();
    int taskCount() const { return int(m_rows.size()); }

private:
    struct Row
    {
        std::shared_ptr<TaskProgress> task;
        QWidget *widget = nullptr;
        QLabel *label = nullptr;
        QProgressBar *bar = nullptr;
        QToolButton *cancel = nullptr;
        /// The rate and the time left, for tasks with a rate format.
        QLabel *rate = nullptr;
        /// Where the rate is counted from: restarted when the work enters a new phase (done goes back).
        QElapsedTimer clock;
        qint64 startDone = 0;
        qint64 lastDone = 0;
        /// The task's message as last shown.
        QString message;
    };

    void refresh();
    static void refreshRate(Row &row);
    static void refreshMessage(Row &row);

    QHBoxLayout *m_layout = nullptr;
    QList<Row> m_rows;
    QTimer m_timer;
};

} // namespace flowdeck::app
