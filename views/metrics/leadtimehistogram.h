// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/metricschart.h"

#include <array>

class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QValueAxis;

namespace flowdeck::views {

/// How lead times for changes, or cycle times, are distributed: the number of changes in humane bins (< 1 h,
/// 1–4 h, 4–24 h, 1–3 d, 3–7 d, 1–2 w, 2–4 w, > 4 w). A click on a bar drills down to the changes in its bin.
class LeadTimeHistogram : public MetricsChart
{
    Q_OBJECT

public:
    static constexpr int binCount = 8;

    /// Which span of a change the bins count.
    enum class Span
    {
        /// Lead time for changes: the report's leadTime.records.
        LeadTime,
        /// Cycle time, merge -> production: the report's flow.cycleRecords.
        CycleTime
    };

    /// A histogram of lead times.
    explicit LeadTimeHistogram(QWidget *parent = nullptr);
    explicit LeadTimeHistogram(Span span, QWidget *parent = nullptr);

    Span span() const { return m_span; }
    void setReport(const metrics::MetricsReport &report);

    /// The bin a lead time falls into: bins hold [lower, upper) bounds, the last has none above.
    static int binOf(qint64 spanMs);
    /// The bin's label: "1–4 h".
    static QString binLabel(int bin);

protected:
    void restyle() override;

private:
    void showBin(bool hovered, int bin);
    void drillIntoBin(int bin);

    Span m_span;
    QBarSeries *m_series;
    QBarSet *m_counts;
    QBarCategoryAxis *m_binAxis;
    QValueAxis *m_countAxis;

    std::array<QList<metrics::ChangeLeadTime>, binCount> m_bins;
    qsizetype m_total = 0;
};

} // namespace flowdeck::views
