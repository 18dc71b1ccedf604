// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskindicator.h"

#include "common/format.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>

namespace flowdeck::app {

namespace {
constexpr int refreshIntervalMs = 100;
/// How wide a task's title and message may get in the status bar, in average characters.
constexpr int maxMessageChars = 72;
} // namespace

TaskIndicator::TaskIndicator(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(16);
    m_timer.setInterval(refreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TaskIndicator::refresh);
    setVisible(false);
}

void TaskIndicator::track(std::shared_ptr<TaskProgress> task)
{
    Row row;
    row.task = std::move(task);
    row.widget = new QWidget(this);
    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addStretch(1);
    row.label = new QLabel(row.task->title(), row.widget);
    row.label->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    row.bar = new QProgressBar(row.widget);
    row.bar->setFixedWidth(160);
    row.bar->setRange(0, 0);
    row.bar->setTextVisible(false);
    row.bar->setAccessibleName(row.task->title());
    row.cancel = new QToolButton(row.widget);
    row.cancel->setText(tr("Cancel"));
    row.cancel->setToolTip(tr("Stop %1").arg(row.task->title()));
    layout->addWidget(row.label);
    layout->addWidget(row.bar);
    if (!row.task->rateFormat().isEmpty()) {
        row.rate = new QLabel(row.widget);
        row.rate->setObjectName(QStringLiteral("taskRate"));
        layout->addWidget(row.rate);
        row.clock.start();
    }
    layout->addWidget(row.cancel);
    m_layout->addWidget(row.widget);

    std::weak_ptr<TaskProgress> weak = row.task;
    QLabel *label = row.label;
    QToolButton *cancel = row.cancel;
    connect(row.cancel, &QToolButton::clicked, this, [weak, label, cancel] {
        if (auto task = weak.lock()) {
            task->cancel();
            label->setText(tr("Stopping %1…").arg(task->title()));
            cancel->setEnabled(false);
        }
    });

    m_rows.append(row);
    setVisible(true);
    if (!m_timer.isActive())
        m_timer.start();
    refresh();
}

void TaskIndicator::finish(const std::shared_ptr<TaskProgress> &task)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].task == task) {
            delete m_rows[i].widget;
            m_rows.removeAt(i);
            break;
        }
    }
    if (m_rows.isEmpty()) {
        m_timer.stop();
        setVisible(false);
    }
}

void TaskIndicator::cancelAll()
{
    for (const Row &row : std::as_const(m_rows))
        row.task->cancel();
}

void TaskIndicator::refreshRate(Row &row)
{
    const qint64 done = row.task->done();
    if (done < row.lastDone) {
        row.clock.restart();
        row.startDone = done;
    }
    row.lastDone = done;
    const qint64 total = row.task->total();
    if (total <= 0) {
        row.rate->clear();
        return;
    }
    const qint64 elapsed = row.clock.elapsed();
    // The first second's rate says little: wait for it.
    if (elapsed < 1000 || done <= row.startDone) {
        row.rate->setText(tr("%1 of %2").arg(views::format::count(done), views::format::count(total)));
        return;
    }
    const double perSecond = double(done - row.startDone) * 1000.0 / double(elapsed);
    const QString rate = row.task->rateFormat().arg(QLocale().toString(qRound64(perSecond)));
    if (total <= done) {
        row.rate->setText(rate);
        return;
    }
    const auto left = qint64(double(total - done) / perSecond * 1000.0);
    //: A task's rate and the time it has left, as in "1,234 commits/s · 2 min 5 s left".
    row.rate->setText(tr("%1 · %2 left").arg(rate, views::format::duration(left)));
    row.rate->setToolTip(tr("%1 of %2 done").arg(views::format::count(done), views::format::count(total)));
}

void TaskIndicator::refreshMessage(Row &row)
{
    // A stopping task says so instead.
    if (!row.cancel->isEnabled())
        return;
    const QString message = row.task->message();
    if (message == row.message)
        return;
    row.message = message;
    const QString title = row.task->title();
    //: A background task and what it does now: "Syncing petech/storefront on GitHub: Workflow runs, page 3".
    const QString full = message.isEmpty() ? title : tr("%1: %2").arg(title, message);
    const QFontMetrics metrics(row.label->font());
    row.label->setText(metrics.elidedText(full, Qt::ElideMiddle, metrics.averageCharWidth() * maxMessageChars));
    row.label->setToolTip(full);
}

void TaskIndicator::refresh()
{
    for (Row &row : m_rows) {
        refreshMessage(row);
        if (row.rate)
            refreshRate(row);
        const qint64 total = row.task->total();
        if (total <= 0) {
            row.bar->setRange(0, 0);
            continue;
        }
        // QProgressBar takes int: report per mille, which is finer than the bar can show.
        row.bar->setRange(0, 1000);
        row.bar->setValue(int(std::clamp<qint64>(row.task->done() * 1000 / total, 0, 1000)));
    }
}

} // namespace flowdeck::app
