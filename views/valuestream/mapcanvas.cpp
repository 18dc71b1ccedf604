// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/mapcanvas.h"

#include "valuestream/maplayout.h"
#include "valuestream/mappainter.h"
#include "valuestream/mappaintertext.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QToolTip>

#include <algorithm>

namespace flowdeck::views {

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Value stream map"));
    startZoomGroup();
    m_drawingSize = mapDrawingSize(m_drawing, font());
}

MapCanvas::~MapCanvas()
{
    leaveZoomGroup();
}

void MapCanvas::setDrawing(const MapDrawing &drawing)
{
    m_drawing = drawing;
    if (m_drawing.map.indexOfStep(m_drawing.selectedStepId) < 0)
        m_drawing.selectedStepId = 0;
    // A new drawing of the same map (the page answers a selection with one) leaves a drag going; a step that is
    // gone ends it.
    if (m_drawing.map.indexOfStep(m_pressedStep) < 0 || m_drawing.map.hasParallelBranches()) {
        m_dragging = false;
        m_pressedStep = 0;
        m_dropIndex = -1;
        unsetCursor();
    }
    setAccessibleName(drawing.caption.isEmpty() ? tr("Value stream map")
                                                : tr("Value stream map: %1").arg(drawing.caption));
    setAccessibleDescription(MapText::accessibleDescription(m_drawing));
    const QSizeF oldSize = m_drawingSize;
    m_drawingSize = mapDrawingSize(m_drawing, font());
    if (m_drawingSize != oldSize) {
        refit();
        updateGeometry();
        if (scrollArea() && scrollArea()->widget() == this && !scrollArea()->widgetResizable())
            resize(sizeHint());
    }
    update();
}

void MapCanvas::setEditable(bool editable)
{
    m_editable = editable;
    if (!editable && m_dragging) {
        m_dragging = false;
        m_dropIndex = -1;
        unsetCursor();
        update();
    }
}

void MapCanvas::selectStep(Id stepId)
{
    if (stepId != 0 && m_drawing.map.indexOfStep(stepId) < 0)
        stepId = 0;
    if (stepId == m_drawing.selectedStepId)
        return;
    m_drawing.selectedStepId = stepId;
    setAccessibleDescription(MapText::accessibleDescription(m_drawing));
    update();
    scrollIntoView(stepId);
    emit stepSelected(stepId);
}

QSize MapCanvas::sizeHint() const
{
    return QSize(int(std::ceil(m_drawingSize.width() * m_zoom)), int(std::ceil(m_drawingSize.height() * m_zoom))) +
           QSize(1, 1);
}

QSize MapCanvas::minimumSizeHint() const
{
    return sizeHint();
}

QPointF MapCanvas::drawingOrigin() const
{
    // Centred when the widget is larger than the drawing (a projector's full screen).
    return {std::max(0.0, (width() - m_drawingSize.width() * m_zoom) / 2),
            std::max(0.0, (height() - m_drawingSize.height() * m_zoom) / 2)};
}

QPointF MapCanvas::toDrawing(QPointF widgetPoint) const
{
    return (widgetPoint - drawingOrigin()) / m_zoom;
}

QRectF MapCanvas::toWidget(const QRectF &drawingRect) const
{
    if (drawingRect.isNull())
        return {};
    return {drawingOrigin() + drawingRect.topLeft() * m_zoom, drawingRect.size() * m_zoom};
}

void MapCanvas::scrollIntoView(Id stepId)
{
    attachToScrollArea();
    if (stepId == 0 || !scrollArea() || !scrollArea()->widget())
        return;
    const QRectF box = toWidget(stepRect(m_drawing, font(), stepId));
    if (box.isEmpty())
        return;
    // ensureVisible() takes a point of the scroll area's widget, which may be a container around the canvas.
    const QPoint centre = mapTo(scrollArea()->widget(), box.center().toPoint());
    scrollArea()->ensureVisible(centre.x(), centre.y(), qRound(box.width() / 2 + 24), qRound(box.height() / 2 + 24));
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &pal = palette();
    painter.fillRect(rect(), pal.color(QPalette::Base));
    painter.translate(drawingOrigin());
    painter.scale(m_zoom, m_zoom);
    paintMap(painter, m_drawing, font(), pal);

    if (m_dragging && m_dropIndex >= 0 && m_dropIndex != m_drawing.map.indexOfStep(m_pressedStep)) {
        // The drop marker: a bar in the gap where the step would land, between the other steps.
        const MapLayout layout = layoutMap(m_drawing, font());
        const StepPlace *dragged = layout.place(m_pressedStep);
        QList<QRectF> others;
        for (const StepPlace &place : layout.steps) {
            if (place.id != m_pressedStep)
                others.append(place.box);
        }
        std::sort(others.begin(), others.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
        if (dragged && !others.isEmpty()) {
            const qreal gap = layout.metrics.gapWidth;
            const qreal x =
                m_dropIndex < others.size() ? others[m_dropIndex].left() - gap / 2 : others.last().right() + gap / 2;
            const qreal u = layout.metrics.unit;
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(pal.color(QPalette::Highlight));
            painter.drawRoundedRect(QRectF(x - u / 3, dragged->box.top() - u, 2 * u / 3, dragged->box.height() + 2 * u),
                                    u / 3, u / 3);
        }
    }
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    const QPointF at = toDrawing(event->position());
    const Id step = stepAt(m_drawing, font(), at);
    if (event->button() == Qt::LeftButton) {
        selectStep(step);
        m_pressedStep = step;
        m_pressPos = event->position().toPoint();
        m_dragging = false;
        m_dropIndex = -1;
        event->accept();
        return;
    }
    if (event->button() == Qt::RightButton && step != 0)
        selectStep(step);
    QWidget::mousePressEvent(event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_pressedStep == 0 || !m_editable ||
        m_drawing.map.hasParallelBranches()) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    if (!m_dragging &&
        (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
        return;
    }
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    // The new index: how many of the other steps lie left of the pointer.
    const QPointF at = toDrawing(event->position());
    const MapLayout layout = layoutMap(m_drawing, font());
    int slot = 0;
    for (const StepPlace &place : layout.steps) {
        if (place.id != m_pressedStep && place.box.center().x() < at.x())
            ++slot;
    }
    if (slot != m_dropIndex) {
        m_dropIndex = slot;
        update();
    }
    event->accept();
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    if (m_dragging) {
        const int from = m_drawing.map.indexOfStep(m_pressedStep);
        const int newIndex = m_dropIndex;
        const Id moved = m_pressedStep;
        m_dragging = false;
        m_dropIndex = -1;
        unsetCursor();
        update();
        if (from >= 0 && newIndex >= 0 && newIndex != from)
            emit moveRequested(moved, newIndex);
    }
    m_pressedStep = 0;
    event->accept();
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPointF at = toDrawing(event->position());
    const Id step = stepAt(m_drawing, font(), at);
    if (event->button() == Qt::LeftButton && step != 0) {
        selectStep(step);
        emit stepActivated(step);
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    if (zoomByKey(event, true)) {
        event->accept();
        return;
    }
    const QList<valuestream::Step> &steps = m_drawing.map.steps;
    const int current = m_drawing.map.indexOfStep(m_drawing.selectedStepId);
    const int last = int(steps.size()) - 1;
    int target = -2;
    switch (event->key()) {
    case Qt::Key_Right:
        target = current < 0 ? 0 : std::min(current + 1, last);
        break;
    case Qt::Key_Left:
        target = current < 0 ? last : std::max(current - 1, 0);
        break;
    case Qt::Key_Home:
        target = 0;
        break;
    case Qt::Key_End:
        target = last;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_drawing.selectedStepId != 0) {
            emit stepActivated(m_drawing.selectedStepId);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_dragging) {
            m_dragging = false;
            m_dropIndex = -1;
            m_pressedStep = 0;
            unsetCursor();
            update();
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    if (target != -2 && last >= 0) {
        selectStep(steps[target].id);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void MapCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    Id step = 0;
    QPoint globalPos = event->globalPos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        // From the keyboard: the selected step, the menu at its box.
        step = m_drawing.selectedStepId;
        const QRectF box = toWidget(stepRect(m_drawing, font(), step));
        if (!box.isEmpty())
            globalPos = mapToGlobal(box.center().toPoint());
    } else {
        step = stepAt(m_drawing, font(), toDrawing(event->pos()));
    }
    emit contextMenuRequested(step, globalPos);
    event->accept();
}

bool MapCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Id step = stepAt(m_drawing, font(), toDrawing(help->pos()));
        const int index = m_drawing.map.indexOfStep(step);
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QRect box = toWidget(stepRect(m_drawing, font(), step)).toAlignedRect();
        QToolTip::showText(help->globalPos(), MapText::stepToolTip(m_drawing, m_drawing.map.steps[index]), this, box);
        return true;
    }
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // The zoom keys zoom the canvas that has the focus, even where a window's action has them as its shortcut.
        if (zoomByKey(static_cast<QKeyEvent *>(event), false)) {
            event->accept();
            return true;
        }
        break;
    case QEvent::ParentChange:
        attachToScrollArea();
        break;
    case QEvent::Show:
    case QEvent::Hide:
        // Shown or hidden, the canvas counts or no longer counts in its group's fit to width.
        attachToScrollArea();
        refit();
        break;
    case QEvent::FontChange:
        m_drawingSize = mapDrawingSize(m_drawing, font());
        refit();
        updateGeometry();
        break;
    default:
        break;
    }
    if (event->type() == QEvent::KeyPress) {
        // Tab walks through the steps, and on out of the canvas after the last one.
        auto *key = static_cast<QKeyEvent *>(event);
        const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        const bool backward = key->key() == Qt::Key_Backtab;
        if (forward || backward) {
            const int current = m_drawing.map.indexOfStep(m_drawing.selectedStepId);
            const int next = forward ? current + 1 : (current < 0 ? -1 : current - 1);
            if (next >= 0 && next < m_drawing.map.steps.size()) {
                selectStep(m_drawing.map.steps[next].id);
                return true;
            }
        }
    }
    return QWidget::event(event);
}

} // namespace flowdeck::views
