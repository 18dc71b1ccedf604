// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/leadtimehistogram.h"

#include "common/format.h"
#include "metrics/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 hourMs = 3600000;

// The upper bounds of the bins but the last, in hours.
constexpr std::array<qint64, LeadTimeHistogram::binCount - 1> upperHours{1, 4, 24, 3 * 24, 7 * 24, 14 * 24, 28 * 24};

} // namespace

LeadTimeHistogram::LeadTimeHistogram(QWidget *parent)
    : LeadTimeHistogram(Span::LeadTime, parent)
{}

LeadTimeHistogram::LeadTimeHistogram(Span span, QWidget *parent)
    : MetricsChart(parent)
    , m_span(span)
    , m_series(new QBarSeries(this))
    , m_counts(new QBarSet(tr("Changes"), this))
    , m_binAxis(new QBarCategoryAxis(this))
    , m_countAxis(new QValueAxis(this))
{
    setQuestion(span == Span::LeadTime ? tr("How are lead times spread?") : tr("How long from merge to production?"));
    m_series->setObjectName(u"bins"_s);
    m_counts->setObjectName(u"changes"_s);
    m_series->append(m_counts);
    m_series->setBarWidth(0.8);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsFormat(u"@value"_s);
    chart()->addSeries(m_series);
    QStringList labels;
    // Axis labels are rich text: "< 1 h" must not open a tag.
    for (int bin = 0; bin < binCount; ++bin)
        labels.append(binLabel(bin).toHtmlEscaped());
    m_binAxis->setCategories(labels);
    m_binAxis->setGridLineVisible(false);
    chart()->addAxis(m_binAxis, Qt::AlignBottom);
    chart()->addAxis(m_countAxis, Qt::AlignLeft);
    m_countAxis->setTitleText(tr("Changes"));
    m_series->attachAxis(m_binAxis);
    m_series->attachAxis(m_countAxis);
    connect(m_counts, &QBarSet::hovered, this, &LeadTimeHistogram::showBin);
    connect(m_counts, &QBarSet::clicked, this, &LeadTimeHistogram::drillIntoBin);
    restyle();
    setEmptyState(tr("No changes reached production in this period"));
}

int LeadTimeHistogram::binOf(qint64 spanMs)
{
    const auto bound = std::upper_bound(upperHours.cbegin(), upperHours.cend(), spanMs,
                                        [](qint64 span, qint64 hours) { return span < hours * hourMs; });
    return int(bound - upperHours.cbegin());
}

QString LeadTimeHistogram::binLabel(int bin)
{
    switch (bin) {
    case 0:
        return tr("< 1 h");
    case 1:
        return tr("1–4 h");
    case 2:
        return tr("4–24 h");
    case 3:
        return tr("1–3 d");
    case 4:
        return tr("3–7 d");
    case 5:
        return tr("1–2 w");
    case 6:
        return tr("2–4 w");
    default:
        return tr("> 4 w");
    }
}

void LeadTimeHistogram::setReport(const metrics::MetricsReport &report)
{
    for (QList<metrics::ChangeLeadTime> &bin : m_bins)
        bin.clear();
    const QList<metrics::ChangeLeadTime> &records =
        m_span == Span::LeadTime ? report.leadTime.records : report.flow.cycleRecords;
    for (const metrics::ChangeLeadTime &change : records)
        m_bins[binOf(change.spanMs)].append(change);
    m_total = records.size();
    QList<qreal> counts;
    qsizetype highest = 0;
    for (const QList<metrics::ChangeLeadTime> &bin : m_bins) {
        counts.append(qreal(bin.size()));
        highest = std::max(highest, bin.size());
    }
    m_counts->remove(0, m_counts->count());
    m_counts->append(counts);
    // Room above the highest bar for its label.
    chartstyle::setCountRange(m_countAxis, double(highest) * 1.1);
    if (m_span == Span::LeadTime)
        m_binAxis->setTitleText(m_total == 1 ? tr("Lead time of 1 change")
                                             : tr("Lead time of %n changes", nullptr, int(m_total)));
    else
        m_binAxis->setTitleText(m_total == 1 ? tr("Cycle time of 1 change")
                                             : tr("Cycle time of %n changes", nullptr, int(m_total)));
    setEmptyState(m_total == 0 ? tr("No changes reached production in this period") : QString());
    // One series needs no legend: the axis titles say what the bars count.
    chart()->legend()->setVisible(false);
}

void LeadTimeHistogram::restyle()
{
    MetricsChart::restyle();
    const QPalette &palette = this->palette();
    // Cycle time in a lighter blue than lead time, so that the two histograms are told apart at a glance.
    m_counts->setColor(chartstyle::colour(m_span == Span::LeadTime ? OkabeIto::Blue : OkabeIto::Sky, palette));
    m_counts->setBorderColor(palette.color(QPalette::Base));
    m_counts->setLabelColor(palette.color(QPalette::Text));
    m_counts->setLabelFont(font());
}

void LeadTimeHistogram::showBin(bool hovered, int bin)
{
    if (!hovered || bin < 0 || bin >= binCount) {
        showToolTip({});
        return;
    }
    const qsizetype count = m_bins.at(bin).size();
    const double share = m_total > 0 ? 100.0 * double(count) / double(m_total) : 0.0;
    QString text;
    if (m_span == Span::LeadTime) {
        //: A lead time bin, the number of changes in it and their share of all: "Changes: 12 (30 % of 40)".
        text = tr("Lead time %1\nChanges: %2 (%3 % of %4)");
    } else {
        //: A cycle time bin, the number of changes in it and their share of all: "Changes: 12 (30 % of 40)".
        text = tr("Cycle time %1\nChanges: %2 (%3 % of %4)");
    }
    showToolTip(
        text.arg(binLabel(bin), format::count(count), QLocale().toString(share, 'f', 0), format::count(m_total)));
}

void LeadTimeHistogram::drillIntoBin(int bin)
{
    if (bin < 0 || bin >= binCount || m_bins.at(bin).isEmpty())
        return;
    DrillDown records;
    records.title = m_span == Span::LeadTime ? tr("Changes with a lead time of %1").arg(binLabel(bin))
                                             : tr("Changes with a cycle time of %1").arg(binLabel(bin));
    records.changes = m_bins.at(bin);
    Q_EMIT drillDown(records);
}

} // namespace flowdeck::views
