// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskindicator.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>

namespace flowdeck::app {

namespace {
constexpr int refreshIntervalMs = 100;
}

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

void TaskIndicator::refresh()
{
    for (const Row &row : std::as_const(m_rows)) {
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
