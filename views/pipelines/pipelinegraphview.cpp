// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/pipelinegraphview.h"

#include "pipelines/graphminimap.h"
#include "pipelines/pipelinescene.h"
#include "pipelines/stagecarditem.h"

#include <QEvent>
#include <QGraphicsPathItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace flowdeck::views {

namespace {

// The scene resolves what is not set against the application's palette and font: the view's own, inherited from
// the page, are handed over as set in full.
QPalette settled(QPalette palette)
{
    palette.setResolveMask(~QPalette::ResolveMask(0));
    return palette;
}

QFont settled(QFont font)
{
    font.setResolveMask(QFont::AllPropertiesResolved);
    return font;
}

} // namespace

PipelineGraphView::PipelineGraphView(PipelineScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_minimap(new GraphMinimap(this))
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundRole(QPalette::Window);
    m_scene->setPalette(settled(palette()));
    m_scene->setFont(settled(font()));
    // The minimap's picture is drawn again when the drawing is new, not for every hover and selection.
    connect(m_scene, &PipelineScene::laidOut, this, [this] {
        m_minimap->invalidate();
        updateMinimap();
    });
    connect(m_scene, &QGraphicsScene::sceneRectChanged, this, &PipelineGraphView::updateMinimap);
}

qreal PipelineGraphView::zoom() const
{
    return transform().m11();
}

void PipelineGraphView::scaleBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, minimumZoom, maximumZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    scale(target / zoom(), target / zoom());
    updateMinimap();
    Q_EMIT zoomChanged(zoom());
}

void PipelineGraphView::setZoom(qreal zoom)
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(zoom / this->zoom());
    setTransformationAnchor(anchor);
}

void PipelineGraphView::zoomIn()
{
    setZoom(zoom() * zoomStep);
}

void PipelineGraphView::zoomOut()
{
    setZoom(zoom() / zoomStep);
}

void PipelineGraphView::fitAll()
{
    const QRectF scene = sceneRect();
    if (scene.isEmpty())
        return;
    const QRect viewport = this->viewport()->rect();
    // A little room, so that the scroll bars do not come back for a rounding error.
    const qreal fit = std::min((viewport.width() - 4) / scene.width(), (viewport.height() - 4) / scene.height());
    const qreal before = zoom();
    setTransform(QTransform::fromScale(std::clamp(fit, minimumZoom, 1.0), std::clamp(fit, minimumZoom, 1.0)));
    centerOn(scene.center());
    updateMinimap();
    if (!qFuzzyCompare(before, zoom()))
        Q_EMIT zoomChanged(zoom());
}

void PipelineGraphView::showStart()
{
    const QRectF scene = sceneRect();
    if (scene.isEmpty())
        return;
    const QRect viewport = this->viewport()->rect();
    const qreal fit = std::min(viewport.width() / scene.width(), viewport.height() / scene.height());
    if (fit >= readableZoom) {
        fitAll();
        return;
    }
    // Too long to read whole: as large as its height allows (within reason), from its first stage on.
    const qreal zoom = std::clamp(viewport.height() / scene.height(), readableZoom, 1.0);
    const qreal before = this->zoom();
    setTransform(QTransform::fromScale(zoom, zoom));
    const qreal visibleWidth = viewport.width() / zoom;
    const qreal visibleHeight = viewport.height() / zoom;
    // Where the pipeline starts: its leftmost connected stage (the first in a tie), at the height it was placed.
    qreal startY = scene.top() + visibleHeight / 2;
    qreal startX = std::numeric_limits<qreal>::max();
    for (const StageCardItem *card : m_scene->cards()) {
        const QRectF box = card->mapRectToScene(card->cardRect());
        if (card->isVisible() && m_scene->isConnected(card->name()) && box.left() < startX - 1) {
            startX = box.left();
            startY = box.center().y();
        }
    }
    centerOn(QPointF(scene.left() + visibleWidth / 2, scene.height() > visibleHeight ? startY : scene.center().y()));
    updateMinimap();
    if (!qFuzzyCompare(before, this->zoom()))
        Q_EMIT zoomChanged(this->zoom());
}

void PipelineGraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const ViewportAnchor anchor = transformationAnchor();
        setTransformationAnchor(AnchorUnderMouse);
        scaleBy(std::pow(1.0015, event->angleDelta().y()));
        setTransformationAnchor(anchor);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

StageCardItem *PipelineGraphView::cardAt(const QPoint &viewPoint) const
{
    const QList<QGraphicsItem *> found = items(viewPoint);
    for (QGraphicsItem *item : found) {
        if (item->type() == StageCardItem::Type && item->isVisible())
            return static_cast<StageCardItem *>(item);
    }
    return nullptr;
}

void PipelineGraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_scene->isLaidOut()) {
        StageCardItem *card = cardAt(event->position().toPoint());
        const QPointF scenePoint = mapToScene(event->position().toPoint());
        if (card && card->isOnOutputHandle(card->mapFromScene(scenePoint))) {
            m_connectFrom = card->name();
            m_connectLine = new QGraphicsPathItem;
            QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine, Qt::RoundCap);
            m_connectLine->setPen(pen);
            m_connectLine->setZValue(10);
            m_scene->addItem(m_connectLine);
            m_scene->selectStage(card->name());
            viewport()->setCursor(Qt::CrossCursor);
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void PipelineGraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_connectLine) {
        QGraphicsView::mouseMoveEvent(event);
        return;
    }
    const StageCardItem *source = m_scene->card(m_connectFrom);
    const QPointF scenePoint = mapToScene(event->position().toPoint());
    if (source) {
        const QPointF start = source->mapToScene(source->outputHandle());
        QPainterPath path(start);
        const qreal bend = std::max<qreal>(40, std::abs(scenePoint.x() - start.x()) / 2);
        path.cubicTo(start + QPointF(bend, 0), scenePoint - QPointF(bend, 0), scenePoint);
        m_connectLine->setPath(path);
    }
    StageCardItem *target = cardAt(event->position().toPoint());
    if (target && target->name() == m_connectFrom)
        target = nullptr;
    if (target != m_dropTarget) {
        if (m_dropTarget)
            m_dropTarget->setDropTarget(false);
        m_dropTarget = target;
        if (m_dropTarget)
            m_dropTarget->setDropTarget(true);
    }
    event->accept();
}

void PipelineGraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_connectLine) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    StageCardItem *target = cardAt(event->position().toPoint());
    finishConnecting(target && target->name() != m_connectFrom ? target : nullptr);
    event->accept();
}

void PipelineGraphView::finishConnecting(StageCardItem *target)
{
    const QString from = m_connectFrom;
    const QString to = target ? target->name() : QString();
    cancelConnecting();
    if (!to.isEmpty())
        Q_EMIT connectRequested(from, to);
}

void PipelineGraphView::cancelConnecting()
{
    if (m_dropTarget)
        m_dropTarget->setDropTarget(false);
    m_dropTarget = nullptr;
    delete m_connectLine;
    m_connectLine = nullptr;
    m_connectFrom.clear();
    viewport()->unsetCursor();
    // ScrollHandDrag's cursor.
    setDragMode(QGraphicsView::NoDrag);
    setDragMode(QGraphicsView::ScrollHandDrag);
}

void PipelineGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (StageCardItem *card = cardAt(event->position().toPoint()); card && event->button() == Qt::LeftButton) {
        m_scene->selectStage(card->name());
        Q_EMIT renameRequested(card->name());
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

bool PipelineGraphView::moveSelection(int key)
{
    const QList<StageCardItem *> &cards = m_scene->cards();
    if (cards.isEmpty() || !m_scene->isLaidOut())
        return false;
    const StageCardItem *current = m_scene->card(m_scene->selectedStage());
    if (!current || key == Qt::Key_Home) {
        m_scene->selectStage(cards.constFirst()->name());
        ensureVisible(cards.constFirst(), 32, 32);
        return true;
    }
    const QPointF from = current->sceneBoundingRect().center();
    StageCardItem *best = nullptr;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (StageCardItem *card : cards) {
        if (card == current)
            continue;
        const QPointF offset = card->sceneBoundingRect().center() - from;
        // Along the direction of the key, nearest first; sideways distance counts double.
        qreal along = 0;
        qreal across = 0;
        switch (key) {
        case Qt::Key_Right:
            along = offset.x(), across = offset.y();
            break;
        case Qt::Key_Left:
            along = -offset.x(), across = offset.y();
            break;
        case Qt::Key_Down:
            along = offset.y(), across = offset.x();
            break;
        case Qt::Key_Up:
            along = -offset.y(), across = offset.x();
            break;
        default:
            return false;
        }
        if (along <= 1)
            continue;
        const qreal score = along + 2 * std::abs(across);
        if (score < bestScore) {
            bestScore = score;
            best = card;
        }
    }
    if (!best)
        return true;
    m_scene->selectStage(best->name());
    ensureVisible(best, 32, 32);
    return true;
}

void PipelineGraphView::keyPressEvent(QKeyEvent *event)
{
    if (m_connectLine && event->key() == Qt::Key_Escape) {
        cancelConnecting();
        event->accept();
        return;
    }
    if (event->modifiers() == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Home:
            if (moveSelection(event->key())) {
                event->accept();
                return;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (const QString stage = m_scene->selectedStage(); !stage.isEmpty()) {
                Q_EMIT renameRequested(stage);
                event->accept();
                return;
            }
            break;
        default:
            break;
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void PipelineGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateMinimap();
}

void PipelineGraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    updateMinimap();
}

void PipelineGraphView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_scene->setPalette(settled(palette()));
        m_minimap->invalidate();
    } else if (event->type() == QEvent::FontChange) {
        m_scene->setFont(settled(font()));
    }
    QGraphicsView::changeEvent(event);
}

void PipelineGraphView::updateMinimap()
{
    // The viewport's rectangle in the view's coordinates: the minimap sits over it, clear of the scroll bars.
    m_minimap->placeIn(viewport()->geometry());
}

} // namespace flowdeck::views
