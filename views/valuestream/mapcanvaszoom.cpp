// SPDX-License-Identifier: GPL-3.0-or-later
// The map canvas's zoom: the zoom ladder, fit to width in a scroll area, zoom groups, Ctrl+wheel and the zoom keys.
#include "valuestream/mapcanvas.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace flowdeck::views {

namespace {

/// The zoom ladder of Ctrl++ and Ctrl+-: round percentages about 1.25 times apart.
constexpr std::array<qreal, 10> zoomLadder = {0.25, 1.0 / 3, 0.4, 0.5, 2.0 / 3, 0.8, 1.0, 1.25, 1.5, 2.0};
/// The zoom one notch of Ctrl+wheel multiplies by.
constexpr qreal wheelStep = 1.25;

enum class ZoomKey
{
    None,
    In,
    Out,
    Reset
};

/// Ctrl++ (also Ctrl+=, the same key without Shift on many layouts), Ctrl+- and Ctrl+0, on the keypad too.
ZoomKey zoomKeyOf(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers();
    if (!(modifiers & Qt::ControlModifier) || (modifiers & (Qt::AltModifier | Qt::MetaModifier)))
        return ZoomKey::None;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        return ZoomKey::In;
    case Qt::Key_Minus:
        return ZoomKey::Out;
    case Qt::Key_0:
        return ZoomKey::Reset;
    default:
        return ZoomKey::None;
    }
}

} // namespace

/// Canvases that keep one zoom and fit mode.
struct MapCanvas::ZoomGroup
{
    QList<QPointer<MapCanvas>> members;

    QList<MapCanvas *> live() const
    {
        QList<MapCanvas *> canvases;
        for (const QPointer<MapCanvas> &member : members) {
            if (member)
                canvases.append(member.data());
        }
        return canvases;
    }
};

void MapCanvas::setZoom(qreal zoom)
{
    zoomGroup(zoom, false, visibleCentre());
}

void MapCanvas::zoomIn()
{
    qreal next = zoomLadder.back();
    for (const qreal step : zoomLadder) {
        if (step > m_zoom * 1.001) {
            next = step;
            break;
        }
    }
    zoomGroup(next, false, visibleCentre());
}

void MapCanvas::zoomOut()
{
    qreal next = zoomLadder.front();
    for (const qreal step : zoomLadder) {
        if (step < m_zoom * 0.999)
            next = step;
    }
    zoomGroup(next, false, visibleCentre());
}

void MapCanvas::setFitToWidth(bool fit)
{
    if (!fit) {
        zoomGroup(m_zoom, false, std::nullopt);
        return;
    }
    for (MapCanvas *canvas : m_group->live())
        canvas->applyZoom(canvas->m_zoom, true);
    refit();
}

void MapCanvas::shareZoomWith(MapCanvas *other)
{
    if (!other || other->m_group == m_group)
        return;
    const std::shared_ptr<ZoomGroup> joining = other->m_group;
    for (MapCanvas *canvas : joining->live()) {
        canvas->m_group = m_group;
        m_group->members.append(canvas);
    }
    zoomGroup(m_zoom, m_fitToWidth, std::nullopt);
    refit();
}

std::optional<QPointF> MapCanvas::visibleCentre() const
{
    if (!scrollArea() || !isVisible())
        return std::nullopt;
    const QRect visible =
        QRect(mapFrom(scrollArea()->viewport(), QPoint(0, 0)), scrollArea()->viewport()->size()) & rect();
    if (visible.isEmpty())
        return std::nullopt;
    return QRectF(visible).center();
}

QScrollArea *MapCanvas::scrollArea() const
{
    return qobject_cast<QScrollArea *>(m_scrollArea.data());
}

void MapCanvas::attachToScrollArea()
{
    QScrollArea *found = nullptr;
    for (QWidget *widget = this; widget && !found; widget = widget->parentWidget()) {
        QWidget *parent = widget->parentWidget();
        auto *area = parent ? qobject_cast<QScrollArea *>(parent->parentWidget()) : nullptr;
        if (area && area->viewport() == parent)
            found = area;
    }
    if (found == m_scrollArea)
        return;
    if (m_scrollArea)
        m_scrollArea->removeEventFilter(this);
    m_scrollArea = found;
    if (found)
        found->installEventFilter(this);
}

qreal MapCanvas::availableWidth() const
{
    if (!scrollArea())
        return -1;
    const QScrollArea *area = scrollArea();
    // The viewport's width without scroll bars, less a vertical one's when the area may show it: taken always, so
    // that a scroll bar coming and going cannot make the zoom go back and forth.
    qreal width = area->maximumViewportSize().width();
    const QScrollBar *vertical = area->verticalScrollBar();
    if (area->verticalScrollBarPolicy() == Qt::ScrollBarAsNeeded &&
        !vertical->style()->styleHint(QStyle::SH_ScrollBar_Transient, nullptr, vertical)) {
        width -= vertical->sizeHint().width();
    }
    for (const QWidget *widget = parentWidget(); widget && widget != area->viewport();
         widget = widget->parentWidget()) {
        const QMargins margins = widget->contentsMargins();
        width -= margins.left() + margins.right();
        if (const QLayout *layout = widget->layout())
            width -= layout->contentsMargins().left() + layout->contentsMargins().right();
    }
    return width;
}

void MapCanvas::refit()
{
    if (!m_fitToWidth)
        return;
    // The shown canvases of the group (or all of them when none is shown yet) fit their widest drawing into their
    // narrowest viewport.
    const QList<MapCanvas *> members = m_group->live();
    QList<MapCanvas *> shown;
    for (MapCanvas *canvas : members) {
        if (!canvas->isHidden())
            shown.append(canvas);
    }
    if (shown.isEmpty())
        shown = members;
    qreal widest = 0;
    qreal available = -1;
    for (MapCanvas *canvas : shown) {
        widest = std::max(widest, canvas->m_drawingSize.width());
        const qreal width = canvas->availableWidth();
        if (width >= 0)
            available = available < 0 ? width : std::min(available, width);
    }
    qreal zoom = 1.0;
    // Two pixels spare: the size hint rounds up and adds one.
    if (available >= 0 && widest > 0)
        zoom = std::clamp((available - 2) / widest, minimumFitZoom, 1.0);
    zoomGroup(zoom, true, std::nullopt);
}

void MapCanvas::zoomGroup(qreal zoom, bool fit, std::optional<QPointF> anchor)
{
    zoom = std::clamp(zoom, minimumZoom, maximumZoom);
    attachToScrollArea();
    QScrollArea *area = scrollArea();
    const bool anchored = anchor && area && isVisible() && !qFuzzyCompare(zoom, m_zoom);
    const QPointF drawingPoint = anchor ? toDrawing(*anchor) : QPointF();
    const QPointF inViewport = anchored ? mapTo(area->viewport(), *anchor) : QPointF();
    for (MapCanvas *canvas : m_group->live())
        canvas->applyZoom(zoom, fit);
    if (!anchored)
        return;
    // Lay the scroll area out now, so that its scroll bars have their new ranges, and scroll the point that was under
    // the anchor back under it.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPointF now = mapTo(area->viewport(), drawingOrigin() + drawingPoint * m_zoom);
    const QPointF shift = now - inViewport;
    area->horizontalScrollBar()->setValue(area->horizontalScrollBar()->value() + qRound(shift.x()));
    area->verticalScrollBar()->setValue(area->verticalScrollBar()->value() + qRound(shift.y()));
}

void MapCanvas::applyZoom(qreal zoom, bool fit)
{
    const bool zoomed = !qFuzzyCompare(zoom, m_zoom);
    const bool refitted = fit != m_fitToWidth;
    m_zoom = zoom;
    m_fitToWidth = fit;
    if (zoomed) {
        updateGeometry();
        // Alone in a scroll area that leaves its size to it (the presentation's), the canvas sizes itself.
        if (scrollArea() && scrollArea()->widget() == this && !scrollArea()->widgetResizable())
            resize(sizeHint());
        update();
    }
    if (refitted)
        emit fitToWidthChanged(fit);
    if (zoomed)
        emit zoomChanged(zoom);
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        // Scrolls the scroll area.
        QWidget::wheelEvent(event);
        return;
    }
    // 120 is one notch; touchpads send parts of one.
    if (const int delta = event->angleDelta().y(); delta != 0)
        zoomGroup(m_zoom * std::pow(wheelStep, delta / 120.0), false, event->position());
    event->accept();
}

bool MapCanvas::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scrollArea && event->type() == QEvent::Resize)
        refit();
    return QWidget::eventFilter(watched, event);
}

void MapCanvas::startZoomGroup()
{
    m_group = std::make_shared<ZoomGroup>();
    m_group->members.append(this);
}

void MapCanvas::leaveZoomGroup()
{
    m_group->members.removeIf([this](const QPointer<MapCanvas> &member) { return !member || member == this; });
}

bool MapCanvas::zoomByKey(QKeyEvent *event, bool perform)
{
    const ZoomKey key = zoomKeyOf(event);
    if (!perform || key == ZoomKey::None)
        return key != ZoomKey::None;
    if (key == ZoomKey::In)
        zoomIn();
    else if (key == ZoomKey::Out)
        zoomOut();
    else
        setZoom(1.0);
    return true;
}

} // namespace flowdeck::views
