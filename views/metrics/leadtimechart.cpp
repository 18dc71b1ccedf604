// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/leadtimechart.h"

#include "common/format.h"
#include "metrics/chartstyle.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QImage>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

constexpr double hourMs = 3600000.0;
constexpr qint64 dayMs = 24 * 3600000LL;
// The points' diameter, and how far from a point's centre the mouse still finds it, in pixels.
constexpr qreal markerSize = 7;
constexpr qreal reach = markerSize / 2 + 3;

// A filled circle of `colour`, drawn at the device's resolution.
QImage dot(const QColor &colour, qreal devicePixelRatio)
{
    const int side = qCeil(markerSize * devicePixelRatio);
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(0, 0, side, side));
    return image;
}

} // namespace

LeadTimeChart::LeadTimeChart(QWidget *parent)
    : MetricsChart(parent)
    , m_changes(new QLineSeries(this))
    , m_median(new QLineSeries(this))
    , m_p85(new QLineSeries(this))
    , m_timeAxis(new QDateTimeAxis(this))
    , m_durationAxis(new QCategoryAxis(this))
{
    setQuestion(tr("How long do changes take to reach production?"));
    m_changes->setObjectName(u"changes"_s);
    m_median->setObjectName(u"median"_s);
    m_p85->setObjectName(u"p85"_s);
    m_changes->setName(tr("Changes"));
    m_changes->setMarkerSize(markerSize);
    chart()->addSeries(m_changes);
    chart()->addSeries(m_median);
    chart()->addSeries(m_p85);
    m_timeAxis->setTitleText(tr("Deployed to production"));
    m_timeAxis->setFormat(chartstyle::dayMonthFormat(QLocale(), u"MMM"_s));
    m_timeAxis->setTickCount(6);
    m_durationAxis->setTitleText(tr("Lead time (log scale)"));
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    chart()->addAxis(m_durationAxis, Qt::AlignLeft);
    for (QLineSeries *series : {m_changes, m_median, m_p85}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_durationAxis);
    }
    connect(m_median, &QLineSeries::hovered, this,
            [this](const QPointF &, bool hovered) { showPercentile(m_median, hovered); });
    connect(m_p85, &QLineSeries::hovered, this,
            [this](const QPointF &, bool hovered) { showPercentile(m_p85, hovered); });
    connect(chart(), &QChart::plotAreaChanged, this, [this] { m_drawnAt.clear(); });
    viewport()->setMouseTracking(true);
    restyle();
    setEmptyState(tr("No changes reached production in this period"));
}

void LeadTimeChart::setReport(const metrics::MetricsReport &report)
{
    m_records = report.leadTime.records;
    m_summary = report.leadTime.summary;
    m_points.clear();
    m_points.reserve(m_records.size());
    m_drawnAt.clear();
    m_hovered = -1;
    double low = std::numeric_limits<double>::max();
    double high = 0;
    Timestamp first = std::numeric_limits<Timestamp>::max();
    Timestamp last = std::numeric_limits<Timestamp>::min();
    for (const metrics::ChangeLeadTime &change : std::as_const(m_records)) {
        const double hours = double(change.spanMs) / hourMs;
        m_points.append(QPointF(double(change.deployedAt), chartstyle::durationPosition(hours)));
        low = std::min(low, hours);
        high = std::max(high, hours);
        first = std::min(first, change.deployedAt);
        last = std::max(last, change.deployedAt);
    }
    m_changes->replace(m_points);

    Timestamp from = report.scope.from;
    Timestamp to = report.scope.to;
    if (to <= from && !m_records.isEmpty()) {
        from = first - dayMs;
        to = last + dayMs;
    } else if (to <= from) {
        to = from + dayMs;
    }
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));

    auto drawLine = [&](QLineSeries *line, std::optional<double> value, const QString &name) {
        if (!value) {
            line->clear();
            return;
        }
        const double y = chartstyle::durationPosition(*value);
        line->replace(QList<QPointF>{{double(from), y}, {double(to), y}});
        line->setName(name.arg(chartstyle::hours(*value)));
        low = std::min(low, *value);
        high = std::max(high, *value);
    };
    drawLine(m_median, m_summary.medianHours, tr("Median %1"));
    drawLine(m_p85, m_summary.p85Hours, tr("85th percentile %1"));
    if (low > high)
        low = high = 1;
    chartstyle::setDurationRange(m_durationAxis, low, high);

    setEmptyState(m_records.isEmpty() ? tr("No changes reached production in this period") : QString());
    if (!m_records.isEmpty()) {
        m_median->setVisible(m_summary.medianHours.has_value());
        m_p85->setVisible(m_summary.p85Hours.has_value());
    }
}

void LeadTimeChart::restyle()
{
    MetricsChart::restyle();
    const QPalette &palette = this->palette();
    QColor points = chartstyle::colour(OkabeIto::Blue, palette);
    // Translucent, so that dense weeks show as darker clouds.
    points.setAlpha(150);
    m_changes->setPen(Qt::NoPen);
    m_changes->setLightMarker(dot(points, devicePixelRatioF()));
    m_median->setPen(QPen(chartstyle::colour(OkabeIto::Orange, palette), 2));
    m_p85->setPen(QPen(chartstyle::colour(OkabeIto::Vermillion, palette), 2, Qt::DashLine));
}

void LeadTimeChart::mouseMoveEvent(QMouseEvent *event)
{
    MetricsChart::mouseMoveEvent(event);
    const qsizetype index = pointAt(event->position());
    if (index == m_hovered)
        return;
    const bool left = m_hovered >= 0;
    m_hovered = index;
    viewport()->setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (index >= 0)
        showChanges(index);
    else if (left)
        showToolTip({});
}

void LeadTimeChart::mouseReleaseEvent(QMouseEvent *event)
{
    MetricsChart::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    if (const qsizetype index = pointAt(event->position()); index >= 0)
        drillIntoChanges(index);
}

void LeadTimeChart::leaveEvent(QEvent *event)
{
    MetricsChart::leaveEvent(event);
    if (m_hovered >= 0)
        showToolTip({});
    m_hovered = -1;
}

qsizetype LeadTimeChart::pointAt(const QPointF &position)
{
    if (m_points.isEmpty() || !m_changes->isVisible())
        return -1;
    if (m_drawnAt.size() != m_points.size()) {
        m_drawnAt.clear();
        m_drawnAt.reserve(m_points.size());
        for (const QPointF &point : std::as_const(m_points))
            m_drawnAt.append(chart()->mapToPosition(point, m_changes));
    }
    const QPointF at = chart()->mapFromScene(mapToScene(position.toPoint()));
    if (!chart()->plotArea().adjusted(-reach, -reach, reach, reach).contains(at))
        return -1;
    qsizetype nearest = -1;
    qreal best = reach * reach;
    for (qsizetype i = 0; i < m_drawnAt.size(); ++i) {
        const QPointF offset = m_drawnAt.at(i) - at;
        if (const qreal distance = QPointF::dotProduct(offset, offset); distance <= best) {
            best = distance;
            nearest = i;
        }
    }
    return nearest;
}

QList<metrics::ChangeLeadTime> LeadTimeChart::changesAt(qsizetype index) const
{
    QList<metrics::ChangeLeadTime> changes;
    const QPointF &at = m_points.at(index);
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        if (m_points.at(i) == at)
            changes.append(m_records.at(i));
    }
    return changes;
}

void LeadTimeChart::showChanges(qsizetype index)
{
    const metrics::ChangeLeadTime &change = m_records.at(index);
    showToolTip(tr("Lead time: %1\nDeployed: %2\nChanges here: %3")
                    .arg(chartstyle::durationWithHours(change.spanMs), format::dateTime(change.deployedAt),
                         format::count(changesAt(index).size())));
}

void LeadTimeChart::drillIntoChanges(qsizetype index)
{
    const metrics::ChangeLeadTime &change = m_records.at(index);
    DrillDown records;
    records.title = tr("Changes deployed %1 with a lead time of %2")
                        .arg(format::dateTime(change.deployedAt), format::duration(change.spanMs));
    records.changes = changesAt(index);
    Q_EMIT drillDown(records);
}

void LeadTimeChart::showPercentile(QLineSeries *line, bool hovered)
{
    const std::optional<double> value = line == m_median ? m_summary.medianHours : m_summary.p85Hours;
    if (!hovered || !value) {
        showToolTip({});
        return;
    }
    const QString duration = chartstyle::durationWithHours(qint64(std::llround(*value * hourMs)));
    const QString count = format::count(m_summary.count);
    showToolTip(line == m_median ? tr("Median lead time: %1\nChanges: %2").arg(duration, count)
                                 : tr("85th percentile of lead time: %1\nChanges: %2").arg(duration, count));
}

} // namespace flowdeck::views
