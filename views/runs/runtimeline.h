// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runs/runlog.h"

#include <QWidget>

namespace flowdeck::views {

/// The jobs of one run on one time scale, a row per job: a thin line while the job waited for a runner, then a bar
/// in its status colour while it ran. The scale runs from the run's creation (or its first job's queue time) to its
/// end (or now, while a job still runs), so that queue and run parts compare at a glance. Rows line up with the
/// rows of the jobs table beside it: the band above them, level with the table's column titles, holds the time
/// axis.
class RunTimeline : public QWidget
{
    Q_OBJECT

public:
    /// Where one job is drawn. No rectangle where a time is unknown.
    struct Bar
    {
        std::optional<QRectF> queue;
        std::optional<QRectF> run;
        /// The job has not finished: its bar reaches the end of the scale.
        bool open = false;
    };

    explicit RunTimeline(QWidget *parent = nullptr);
    ~RunTimeline() override;

    /// Shows the jobs of `run`; a job still running reaches up to `now`.
    void setJobs(const runs::RunRow &run, const QList<runs::JobRow> &jobs, Timestamp now);
    void clear();
    /// The height of the band above the rows and of each row, to line up with a table.
    void setRowMetrics(int headerHeight, int rowHeight);
    /// Highlights a row (the job selected in the table), or none with -1.
    void setHighlightedRow(int row);

    /// The moments the scale runs between: the run's creation, or its first job's queue time when that was earlier
    /// or the creation is unknown, up to the latest end. Both 0 when no job has a known time.
    Timestamp scaleStart() const { return m_start; }
    Timestamp scaleEnd() const { return m_end; }
    /// The ticks of the time axis, as offsets from the start of the scale.
    QList<qint64> ticks() const;
    /// Where the job in `row` is drawn, at the widget's current size.
    Bar barAt(int row) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotArea() const;
    qreal xOf(Timestamp at, const QRectF &area) const;
    QRectF rowRect(int row) const;
    QString toolTipOf(int row) const;
    int rowAt(const QPoint &position) const;

    QList<runs::JobRow> m_jobs;
    Timestamp m_start = 0;
    Timestamp m_end = 0;
    Timestamp m_now = 0;
    /// Whether any job has a known time, so that there is a scale.
    bool m_hasScale = false;
    int m_headerHeight = 24;
    int m_rowHeight = 24;
    int m_highlighted = -1;
};

} // namespace flowdeck::views
