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

// The shortest and longest lead time, and the first and last deployment, of `changes` (not empty).
struct Extent
{
    qint64 shortestMs = std::numeric_limits<qint64>::max();
    qint64 longestMs = 0;
    Timestamp first = std::numeric_limits<Timestamp>::max();
    Timestamp last = std::numeric_limits<Timestamp>::min();

    explicit Extent(const QList<metrics::ChangeLeadTime> &changes)
    {
        for (const metrics::ChangeLeadTime &change : changes) {
            shortestMs = std::min(shortestMs, change.spanMs);
            longestMs = std::max(longestMs, change.spanMs);
            first = std::min(first, change.deployedAt);
            last = std::max(last, change.deployedAt);
        }
    }
    bool onePlace() const { return shortestMs == longestMs && first == last; }
};

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
    // Another plot size puts another number of changes in a pixel cell.
    connect(chart(), &QChart::plotAreaChanged, this, &LeadTimeChart::placePoints);
    viewport()->setMouseTracking(true);
    nameChanges();
    restyle();
    setEmptyState(tr("No changes reached production in this period"));
}

LeadTimeChart::Data LeadTimeChart::prepare(const metrics::MetricsReport &report)
{
    Data data;
    data.records = report.leadTime.records;
    data.summary = report.leadTime.summary;
    // In order of deployment, so that the points of a merged group come in order and a change's place is found
    // quickly; stable, so that changes at the same place keep the report's order.
    std::stable_sort(data.records.begin(), data.records.end(),
                     [](const metrics::ChangeLeadTime &a, const metrics::ChangeLeadTime &b) {
                         return a.deployedAt != b.deployedAt ? a.deployedAt < b.deployedAt : a.spanMs < b.spanMs;
                     });
    data.points.reserve(data.records.size());
    double low = std::numeric_limits<double>::max();
    double high = 0;
    for (const metrics::ChangeLeadTime &change : std::as_const(data.records)) {
        const double hours = double(change.spanMs) / hourMs;
        data.points.append(QPointF(double(change.deployedAt), chartstyle::durationPosition(hours)));
        low = std::min(low, hours);
        high = std::max(high, hours);
    }
    for (const std::optional<double> &value : {data.summary.medianHours, data.summary.p85Hours}) {
        if (value) {
            low = std::min(low, *value);
            high = std::max(high, *value);
        }
    }
    if (low > high)
        low = high = 1;
    data.lowHours = low;
    data.highHours = high;

    data.from = report.scope.from;
    data.to = report.scope.to;
    if (data.to <= data.from && !data.records.isEmpty()) {
        data.from = data.records.first().deployedAt - dayMs;
        data.to = data.records.last().deployedAt + dayMs;
    } else if (data.to <= data.from) {
        data.to = data.from + dayMs;
    }
    return data;
}

void LeadTimeChart::setReport(const metrics::MetricsReport &report)
{
    setData(prepare(report));
}

void LeadTimeChart::setData(const Data &data)
{
    m_data = data;
    m_hovered = -1;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_data.from), QDateTime::fromMSecsSinceEpoch(m_data.to));
    chartstyle::setDurationRange(m_durationAxis, m_data.lowHours, m_data.highHours);

    auto drawLine = [&](QLineSeries *line, std::optional<double> value, const QString &name) {
        if (!value) {
            line->clear();
            return;
        }
        const double y = chartstyle::durationPosition(*value);
        line->replace(QList<QPointF>{{double(m_data.from), y}, {double(m_data.to), y}});
        line->setName(name.arg(chartstyle::hours(*value)));
    };
    drawLine(m_median, m_data.summary.medianHours, tr("Median %1"));
    drawLine(m_p85, m_data.summary.p85Hours, tr("85th percentile %1"));

    m_placedFor = QRectF();
    placePoints();
    setEmptyState(m_data.records.isEmpty() ? tr("No changes reached production in this period") : QString());
    if (!m_data.records.isEmpty()) {
        m_median->setVisible(m_data.summary.medianHours.has_value());
        m_p85->setVisible(m_data.summary.p85Hours.has_value());
    }
}

void LeadTimeChart::placePoints()
{
    const QRectF area = chart()->plotArea();
    if (area == m_placedFor)
        return;
    m_placedFor = area;
    m_drawn.clear();
    m_drawnAt.clear();
    m_pointOf.clear();
    m_merged = false;
    m_hovered = -1;
    const double xMin = double(m_timeAxis->min().toMSecsSinceEpoch());
    const double xSpan = double(m_timeAxis->max().toMSecsSinceEpoch()) - xMin;
    const double yMin = m_durationAxis->min();
    const double ySpan = m_durationAxis->max() - yMin;
    // Nothing to draw on until the chart is laid out; the plot area's change places the points then.
    if (area.width() < 1 || area.height() < 1 || xSpan <= 0 || ySpan <= 0 || m_data.records.isEmpty()) {
        m_changes->clear();
        nameChanges();
        return;
    }
    // The first change in a cell of the plot is drawn where it lies; later ones in the cell join its point.
    const int columns = int(std::ceil(area.width() / mergeCellSize)) + 1;
    const int rows = int(std::ceil(area.height() / mergeCellSize)) + 1;
    QList<qsizetype> pointOfCell(qsizetype(columns) * rows, -1);
    m_pointOf.reserve(m_data.points.size());
    for (const QPointF &point : std::as_const(m_data.points)) {
        const double x = (point.x() - xMin) / xSpan * area.width();
        const double y = (1 - (point.y() - yMin) / ySpan) * area.height();
        const int column = std::clamp(int(x / mergeCellSize), 0, columns - 1);
        const int row = std::clamp(int(y / mergeCellSize), 0, rows - 1);
        qsizetype &drawn = pointOfCell[qsizetype(column) * rows + row];
        if (drawn < 0) {
            drawn = m_drawn.size();
            m_drawn.append(point);
            m_drawnAt.append(area.topLeft() + QPointF(x, y));
        } else if (m_drawn.at(drawn) != point) {
            m_merged = true;
        }
        m_pointOf.append(drawn);
    }
    m_changes->replace(m_drawn);
    nameChanges();
}

void LeadTimeChart::nameChanges()
{
    m_changes->setName(m_merged ? tr("Changes (near ones drawn as one point)") : tr("Changes"));
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

qsizetype LeadTimeChart::pointAt(const QPointF &position) const
{
    if (m_drawnAt.isEmpty() || !m_changes->isVisible())
        return -1;
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
    for (qsizetype i = 0; i < m_pointOf.size(); ++i) {
        if (m_pointOf.at(i) == index)
            changes.append(m_data.records.at(i));
    }
    return changes;
}

void LeadTimeChart::showChanges(qsizetype index)
{
    const QList<metrics::ChangeLeadTime> changes = changesAt(index);
    if (changes.isEmpty())
        return;
    const Extent extent(changes);
    if (extent.onePlace()) {
        showToolTip(tr("Lead time: %1\nDeployed: %2\nChanges here: %3")
                        .arg(chartstyle::durationWithHours(extent.shortestMs), format::dateTime(extent.first),
                             format::count(changes.size())));
        return;
    }
    //: A point of the control chart that stands for changes of several lead times or deployments close together.
    showToolTip(tr("Lead time: %1 – %2\nDeployed: %3 – %4\nChanges here: %5 (near points drawn as one)")
                    .arg(chartstyle::durationWithHours(extent.shortestMs),
                         chartstyle::durationWithHours(extent.longestMs), format::dateTime(extent.first),
                         format::dateTime(extent.last), format::count(changes.size())));
}

void LeadTimeChart::drillIntoChanges(qsizetype index)
{
    DrillDown records;
    records.changes = changesAt(index);
    if (records.changes.isEmpty())
        return;
    const Extent extent(records.changes);
    if (extent.onePlace()) {
        records.title = tr("Changes deployed %1 with a lead time of %2")
                            .arg(format::dateTime(extent.first), format::duration(extent.shortestMs));
    } else {
        records.title = tr("Changes deployed %1 – %2 with a lead time of %3 – %4")
                            .arg(format::dateTime(extent.first), format::dateTime(extent.last),
                                 format::duration(extent.shortestMs), format::duration(extent.longestMs));
    }
    Q_EMIT drillDown(records);
}

void LeadTimeChart::showPercentile(QLineSeries *line, bool hovered)
{
    const metrics::Summary &summary = m_data.summary;
    const std::optional<double> value = line == m_median ? summary.medianHours : summary.p85Hours;
    if (!hovered || !value) {
        showToolTip({});
        return;
    }
    const QString duration = chartstyle::durationWithHours(qint64(std::llround(*value * hourMs)));
    const QString count = format::count(summary.count);
    showToolTip(line == m_median ? tr("Median lead time: %1\nChanges: %2").arg(duration, count)
                                 : tr("85th percentile of lead time: %1\nChanges: %2").arg(duration, count));
}

} // namespace flowdeck::views
