// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metrictile.h"

#include "common/pagestyle.h"
#include "common/statusstyle.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

constexpr int padding = unit + unit / 2;
constexpr int sparklineHeight = 4 * unit;
/// Changes smaller than this fraction count as none.
constexpr double unchanged = 0.005;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

/// `a` faded towards `b` by `amount` (0: a, 1: b).
QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * amount, a.greenF() + (b.greenF() - a.greenF()) * amount,
                            a.blueF() + (b.blueF() - a.blueF()) * amount);
}

} // namespace

struct MetricTile::Fonts
{
    QFont title;
    QFont value;
    QFont unit;
    QFont change;
    QFont badge;
};

MetricTile::MetricTile(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_Hover);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateAccessibleText();
}

MetricTile::~MetricTile() = default;

void MetricTile::setTitle(const QString &title)
{
    m_title = title;
    updateAccessibleText();
    update();
}

void MetricTile::setDirection(Direction direction)
{
    m_direction = direction;
    updateAccessibleText();
    update();
}

void MetricTile::setValue(const QString &value, const QString &unit)
{
    m_value = value;
    m_unit = unit;
    updateAccessibleText();
    update();
}

void MetricTile::setLevel(metrics::Level level)
{
    m_level = level;
    updateAccessibleText();
    update();
}

QString MetricTile::levelText() const
{
    return m_level == metrics::Level::None ? QString() : metrics::levelTitle(m_level);
}

void MetricTile::setComparison(std::optional<double> current, std::optional<double> previous)
{
    m_current = current;
    m_previous = previous;
    updateAccessibleText();
    update();
}

std::optional<bool> MetricTile::isImprovement() const
{
    if (!m_current || !m_previous)
        return std::nullopt;
    const double difference = *m_current - *m_previous;
    const double scale = std::abs(*m_previous);
    if (difference == 0 || (scale > 0 && std::abs(difference) / scale < unchanged))
        return std::nullopt;
    return (difference > 0) == (m_direction == Direction::HigherIsBetter);
}

QString MetricTile::changeText() const
{
    if (!m_current || !m_previous)
        return tr("no figure before to compare");
    const double difference = *m_current - *m_previous;
    const double scale = std::abs(*m_previous);
    if (difference == 0 || (scale > 0 && std::abs(difference) / scale < unchanged))
        return tr("= no change");
    const QString arrow = difference > 0 ? u"▲"_s : u"▼"_s;
    if (scale == 0)
        //: The figure went up from zero, so no percentage can say by how much.
        return tr("%1 from none").arg(arrow);
    const double percent = std::abs(difference) / scale * 100;
    const QString number = percent < 10 ? QLocale().toString(percent, 'f', 1) : QLocale().toString(qRound(percent));
    //: An arrow and by how much the figure changed, in percent: "▲ 12 %".
    return tr("%1 %2 %").arg(arrow, number);
}

void MetricTile::setSeries(const QList<std::optional<double>> &weekly)
{
    m_series = weekly;
    update();
}

QColor MetricTile::levelColor(metrics::Level level, const QPalette &palette)
{
    switch (level) {
    case metrics::Level::Elite:
        return okabeIto(OkabeIto::Green);
    case metrics::Level::High:
        return okabeIto(isDark(palette) ? OkabeIto::Sky : OkabeIto::Blue);
    case metrics::Level::Medium:
        return okabeIto(OkabeIto::Orange);
    case metrics::Level::Low:
        return okabeIto(OkabeIto::Vermillion);
    case metrics::Level::None:
        break;
    }
    return {};
}

QColor MetricTile::changeColor(bool improvement)
{
    return okabeIto(improvement ? OkabeIto::Green : OkabeIto::Vermillion);
}

MetricTile::Fonts MetricTile::fonts() const
{
    Fonts fonts;
    fonts.title = pagestyle::scaledFont(font(), 1.0, QFont::DemiBold);
    fonts.value = pagestyle::scaledFont(font(), 2.0, QFont::DemiBold);
    fonts.unit = font();
    fonts.change = pagestyle::scaledFont(font(), 0.92, QFont::Normal);
    fonts.badge = pagestyle::scaledFont(font(), 0.85, QFont::DemiBold);
    return fonts;
}

QSize MetricTile::sizeHint() const
{
    const Fonts f = fonts();
    const int height = 2 * padding + QFontMetrics(f.title).height() + unit / 2 + QFontMetrics(f.value).height() +
                       QFontMetrics(f.change).height() + unit + sparklineHeight;
    return {28 * unit, height};
}

QSize MetricTile::minimumSizeHint() const
{
    return {18 * unit, sizeHint().height()};
}

void MetricTile::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const Fonts f = fonts();
    const QColor text = pal.color(QPalette::Text);
    const QColor quiet = pal.color(QPalette::PlaceholderText);

    // The card: the page's base colour, a quiet outline, the highlight when it has the focus.
    const QRectF card = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor fill = pal.color(QPalette::Base);
    if (m_hovered)
        fill = mix(fill, pal.color(QPalette::Highlight), m_pressed ? 0.14 : 0.07);
    QColor outline = mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.18);
    if (hasFocus())
        outline = pal.color(QPalette::Highlight);
    painter.setPen(QPen(outline, hasFocus() ? 2 : 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(
        card.adjusted(hasFocus() ? 0.5 : 0, hasFocus() ? 0.5 : 0, hasFocus() ? -0.5 : 0, hasFocus() ? -0.5 : 0),
        unit * 0.75, unit * 0.75);

    const QRect content = rect().adjusted(padding, padding, -padding, -padding);
    int y = content.top();

    // Title, and the badge at its right.
    const QFontMetrics titleMetrics(f.title);
    const QRect titleLine(content.left(), y, content.width(), titleMetrics.height());
    int titleWidth = content.width();
    if (m_level != metrics::Level::None) {
        const int badgeWidth = QFontMetrics(f.badge).horizontalAdvance(levelText()) + 2 * unit;
        titleWidth -= badgeWidth + unit;
        paintBadge(painter, titleLine, f);
    }
    painter.setFont(f.title);
    painter.setPen(mix(text, pal.color(QPalette::Base), 0.2));
    painter.drawText(QRect(titleLine.left(), titleLine.top(), titleWidth, titleLine.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, titleMetrics.elidedText(m_title, Qt::ElideRight, titleWidth));
    y += titleLine.height() + unit / 2;

    // The value and its unit on one baseline.
    const QFontMetrics valueMetrics(f.value);
    const int baseline = y + valueMetrics.ascent();
    painter.setFont(f.value);
    painter.setPen(m_value.isEmpty() ? quiet : text);
    const QString value = m_value.isEmpty() ? u"–"_s : m_value;
    const QString shownValue = valueMetrics.elidedText(value, Qt::ElideRight, content.width());
    painter.drawText(QPoint(content.left(), baseline), shownValue);
    if (!m_unit.isEmpty() && !m_value.isEmpty()) {
        const int x = content.left() + valueMetrics.horizontalAdvance(shownValue) + unit / 2;
        painter.setFont(f.unit);
        painter.setPen(quiet);
        painter.drawText(QPoint(x, baseline),
                         QFontMetrics(f.unit).elidedText(m_unit, Qt::ElideRight, content.right() - x));
    }
    y += valueMetrics.height();

    // The change against the period before: coloured by whether it is an improvement, then quiet words.
    const QFontMetrics changeMetrics(f.change);
    painter.setFont(f.change);
    const std::optional<bool> improvement = isImprovement();
    const QString change = changeText();
    int x = content.left();
    const int changeBaseline = y + changeMetrics.ascent();
    if (improvement) {
        QFont bold = f.change;
        bold.setWeight(QFont::DemiBold);
        painter.setFont(bold);
        painter.setPen(changeColor(*improvement));
        painter.drawText(QPoint(x, changeBaseline), change);
        x += QFontMetrics(bold).horizontalAdvance(change) + unit / 2;
        painter.setFont(f.change);
        painter.setPen(quiet);
        painter.drawText(QPoint(x, changeBaseline),
                         changeMetrics.elidedText(tr("vs. period before"), Qt::ElideRight, content.right() - x));
    } else {
        painter.setPen(quiet);
        painter.drawText(QPoint(x, changeBaseline), changeMetrics.elidedText(change, Qt::ElideRight, content.width()));
    }
    y += changeMetrics.height() + unit;

    paintSparkline(painter, QRectF(content.left(), y, content.width(), sparklineHeight));
}

void MetricTile::paintBadge(QPainter &painter, const QRect &line, const Fonts &fonts)
{
    const QColor colour = levelColor(m_level, palette());
    const QFontMetrics metrics(fonts.badge);
    const QString text = levelText();
    const int width = metrics.horizontalAdvance(text) + 2 * unit;
    const int height = std::min(line.height(), metrics.height() + unit / 2);
    const QRectF badge(line.right() - width + 1, line.top() + (line.height() - height) / 2.0, width, height);
    QColor tint = colour;
    tint.setAlphaF(0.2);
    painter.setPen(QPen(colour, 1));
    painter.setBrush(tint);
    painter.drawRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter.setFont(fonts.badge);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(badge, Qt::AlignCenter, text);
}

void MetricTile::paintSparkline(QPainter &painter, const QRectF &area)
{
    double low = 0;
    double high = 0;
    bool any = false;
    for (const std::optional<double> &value : std::as_const(m_series)) {
        if (!value)
            continue;
        low = any ? std::min(low, *value) : std::min(0.0, *value);
        high = any ? std::max(high, *value) : *value;
        any = true;
    }
    const QPalette &pal = palette();
    QColor baseline = mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.15);
    painter.setPen(QPen(baseline, 1));
    painter.drawLine(QPointF(area.left(), area.bottom() - 0.5), QPointF(area.right(), area.bottom() - 0.5));
    if (!any || m_series.isEmpty())
        return;

    const QColor line = okabeIto(isDark(pal) ? OkabeIto::Sky : OkabeIto::Blue);
    const qsizetype count = m_series.size();
    const qreal step = count > 1 ? area.width() / qreal(count - 1) : 0;
    const double span = high - low;
    auto pointAt = [&](qsizetype i, double value) {
        const qreal x = count > 1 ? area.left() + step * qreal(i) : area.center().x();
        // Two pixels of room so that the line's width stays inside.
        const qreal usable = area.height() - 4;
        const qreal y = span > 0 ? area.bottom() - 2 - (value - low) / span * usable : area.center().y();
        return QPointF(x, y);
    };

    // Runs of weeks with a value are joined; a week without one leaves a gap.
    painter.setPen(QPen(line, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPainterPath path;
    bool open = false;
    QList<QPointF> lonely;
    for (qsizetype i = 0; i < count; ++i) {
        if (!m_series[i]) {
            open = false;
            continue;
        }
        const QPointF point = pointAt(i, *m_series[i]);
        const bool alone = (i == 0 || !m_series[i - 1]) && (i + 1 == count || !m_series[i + 1]);
        if (alone)
            lonely.append(point);
        if (open)
            path.lineTo(point);
        else
            path.moveTo(point);
        open = true;
    }
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(line);
    for (const QPointF &point : std::as_const(lonely))
        painter.drawEllipse(point, 1.75, 1.75);
    // The latest week stands out.
    for (qsizetype i = count - 1; i >= 0; --i) {
        if (m_series[i]) {
            painter.drawEllipse(pointAt(i, *m_series[i]), 2.5, 2.5);
            break;
        }
    }
}

void MetricTile::updateAccessibleText()
{
    setAccessibleName(m_title);
    QStringList parts;
    parts.append(m_value.isEmpty() ? tr("no figure") : (m_unit.isEmpty() ? m_value : m_value + u' ' + m_unit));
    if (m_level != metrics::Level::None)
        parts.append(tr("level %1").arg(levelText()));
    const std::optional<bool> improvement = isImprovement();
    if (improvement)
        parts.append(*improvement ? tr("%1, better than the period before").arg(changeText())
                                  : tr("%1, worse than the period before").arg(changeText()));
    else
        parts.append(changeText());
    //: Separates the parts of a tile's description for screen readers.
    setAccessibleDescription(parts.join(tr("; ")));
}

void MetricTile::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        update();
    }
    QWidget::mousePressEvent(event);
}

void MetricTile::mouseReleaseEvent(QMouseEvent *event)
{
    const bool click = m_pressed && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint());
    m_pressed = false;
    update();
    if (click)
        Q_EMIT activated();
    QWidget::mouseReleaseEvent(event);
}

void MetricTile::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT activated();
        event->accept();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MetricTile::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QWidget::enterEvent(event);
}

void MetricTile::leaveEvent(QEvent *event)
{
    m_hovered = false;
    m_pressed = false;
    update();
    QWidget::leaveEvent(event);
}

void MetricTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace flowdeck::views
