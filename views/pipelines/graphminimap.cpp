// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/graphminimap.h"

#include <QGraphicsScene>
#include <QGraphicsView>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace flowdeck::views {

namespace {

constexpr int border = 4;
constexpr int cornerGap = 8;
// The narrowest a picture is made, in pixels.
constexpr qreal minimumSide = 32;

} // namespace

GraphMinimap::GraphMinimap(QGraphicsView *view)
    : QWidget(view)
    , m_view(view)
{
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::NoFocus);
    setToolTip(tr("The whole pipeline: click or drag to move the view"));
    setAccessibleName(tr("Overview of the whole pipeline"));
    hide();
}

QRectF GraphMinimap::sceneRect() const
{
    return m_view->scene() ? m_view->sceneRect() : QRectF();
}

void GraphMinimap::invalidate()
{
    m_pictureValid = false;
    update();
}

void GraphMinimap::placeIn(const QRect &viewport)
{
    const QRectF scene = sceneRect();
    if (scene.isEmpty() || !m_view->scene()) {
        hide();
        return;
    }
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    const bool wholeShown = shown.adjusted(-1, -1, 1, 1).contains(scene);
    // Within the largest size and a third of the viewport either way; a drawing much longer than wide (or the
    // reverse) may run along more of the viewport's side, so that its picture is not too thin to use.
    const qreal maxWidth = std::min<qreal>(maximumWidth, viewport.width() / 3.0);
    const qreal maxHeight = std::min<qreal>(maximumHeight, viewport.height() / 3.0);
    qreal scale = std::min(maxWidth / scene.width(), maxHeight / scene.height());
    const qreal shortSide = std::min(scene.width(), scene.height()) * scale;
    if (shortSide < minimumSide) {
        const qreal longest = scene.width() > scene.height() ? viewport.width() - 2.0 * cornerGap - 2 * border
                                                             : viewport.height() - 2.0 * cornerGap - 2 * border;
        scale = std::min(minimumSide / std::min(scene.width(), scene.height()),
                         longest / std::max(scene.width(), scene.height()));
    }
    const QSize size(qRound(scene.width() * scale) + 2 * border, qRound(scene.height() * scale) + 2 * border);
    if (wholeShown || size.width() < 16 || size.height() < 12) {
        hide();
        return;
    }
    if (size != this->size())
        m_pictureValid = false;
    setGeometry(QRect(viewport.right() - cornerGap - size.width() + 1,
                      viewport.bottom() - cornerGap - size.height() + 1, size.width(), size.height()));
    show();
    raise();
    update();
}

QRectF GraphMinimap::pictureRect() const
{
    return QRectF(rect()).adjusted(border, border, -border, -border);
}

QRectF GraphMinimap::visibleFrame() const
{
    const QRectF scene = sceneRect();
    if (scene.isEmpty())
        return {};
    const QRectF picture = pictureRect();
    const QRectF shown = m_view->mapToScene(m_view->viewport()->rect()).boundingRect().intersected(scene);
    const qreal sx = picture.width() / scene.width();
    const qreal sy = picture.height() / scene.height();
    return QRectF(picture.x() + (shown.x() - scene.x()) * sx, picture.y() + (shown.y() - scene.y()) * sy,
                  shown.width() * sx, shown.height() * sy);
}

QPointF GraphMinimap::toScene(const QPointF &point) const
{
    const QRectF scene = sceneRect();
    const QRectF picture = pictureRect();
    if (picture.isEmpty())
        return scene.center();
    return QPointF(scene.x() + (point.x() - picture.x()) / picture.width() * scene.width(),
                   scene.y() + (point.y() - picture.y()) / picture.height() * scene.height());
}

void GraphMinimap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette palette = this->palette();
    painter.setPen(QPen(palette.color(QPalette::Mid), 1));
    painter.setBrush(palette.color(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);

    const QRectF picture = pictureRect();
    if (!m_pictureValid && m_view->scene()) {
        const qreal ratio = devicePixelRatioF();
        m_picture = QPixmap((picture.size() * ratio).toSize());
        m_picture.setDevicePixelRatio(ratio);
        m_picture.fill(Qt::transparent);
        QPainter scene(&m_picture);
        scene.setRenderHint(QPainter::Antialiasing);
        m_view->scene()->render(&scene, QRectF(QPointF(0, 0), picture.size()), sceneRect(), Qt::KeepAspectRatio);
        m_pictureValid = true;
    }
    painter.drawPixmap(picture.topLeft(), m_picture);

    // The part the view shows: framed, and the rest dimmed a little.
    const QRectF frame = visibleFrame();
    QColor highlight = palette.color(QPalette::Highlight);
    QColor fill = highlight;
    fill.setAlphaF(0.12f);
    painter.setBrush(fill);
    painter.setPen(QPen(highlight, 2));
    painter.drawRect(frame.adjusted(1, 1, -1, -1));
}

void GraphMinimap::moveViewTo(const QPointF &point)
{
    m_view->centerOn(toScene(point));
    update();
}

void GraphMinimap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    moveViewTo(event->position());
    event->accept();
}

void GraphMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        moveViewTo(event->position());
    event->accept();
}

void GraphMinimap::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    event->accept();
}

} // namespace flowdeck::views
