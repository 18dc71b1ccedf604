// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "valuestream/valuestreammap.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QPainter;
class QScrollArea;

namespace flowdeck::views {

/// How a map is drawn: shared by the canvas on screen and the SVG and PNG exports.
struct MapDrawing
{
    valuestream::Map map;
    /// Nothing when the map could not be analysed (then no bottleneck, heat or totals are drawn).
    std::optional<valuestream::MapAnalysis> analysis;
    /// Above the map, e.g. "Current state" or "Future state".
    QString caption;
    /// The lead time the proportional timeline bar's full width stands for, so that two maps drawn side by side
    /// share one time scale; 0: the map's own total lead time.
    qint64 scaleMs = 0;
    /// Large type and thicker lines for a projector.
    bool presentation = false;
    /// The selected step, drawn with a focus frame; 0 for none.
    Id selectedStepId = 0;
};

/// The size a drawing needs at 1:1, from its steps, branches and type size.
QSizeF mapDrawingSize(const MapDrawing &drawing, const QFont &font);

/// Draws a value stream map in the lean notation (UI.md): a row of process boxes with title bars and data boxes
/// (PT, LT, %C&A, people; estimates in italics with "≈"), wait triangles with the wait (and WIP when known)
/// between them, parallel branches stacked and joined with the critical path bolder, kaizen bursts holding the
/// improvement ideas, the bottleneck in vermillion with its reason, the other steps on a heat scale by share, and
/// the timeline ladder along the bottom (waits on the upper rungs, process times on the lower) with the totals at
/// its right end (total lead time, total process time, activity ratio, rolled %C&A). Paints at the painter's
/// origin in a box of mapDrawingSize(); `font` is the base font.
/// The colours come from the painter's device when it is a widget (its palette follows the theme), else from a
/// light palette, as on paper.
void paintMap(QPainter &painter, const MapDrawing &drawing, const QFont &font);
/// The same in the colours of `palette` (text, base, highlight; the notation's own colours stay).
void paintMap(QPainter &painter, const MapDrawing &drawing, const QFont &font, const QPalette &palette);

/// The step drawn at `point` (in drawing coordinates), or 0.
Id stepAt(const MapDrawing &drawing, const QFont &font, QPointF point);

/// The box of a step's process box in drawing coordinates (empty when it has none).
QRectF stepRect(const MapDrawing &drawing, const QFont &font, Id stepId);

/// A value stream map on screen: paints with paintMap(), selects steps by mouse and keyboard (Left/Right, Home/End,
/// Tab), and reports what the user asks to do with them. Meant to sit in a QScrollArea, directly or in a container
/// widget's layout.
///
/// It zooms: the drawing is scaled on screen only (the exports stay 1:1), and every position the user points at is
/// converted through the zoom. Ctrl+wheel, Ctrl++, Ctrl+- and Ctrl+0 (100 %) zoom while the canvas has the focus.
/// Fit to width (the default) scales the drawing to the width of the enclosing scroll area's viewport, never above
/// 1:1 and never below minimumFitZoom, where the type would be too small to read and the canvas scrolls instead.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    static constexpr qreal minimumZoom = 0.25;
    static constexpr qreal maximumZoom = 2.0;
    static constexpr qreal minimumFitZoom = 0.35;

    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    void setDrawing(const MapDrawing &drawing);
    const MapDrawing &drawing() const { return m_drawing; }
    /// When false, no drag to reorder is offered.
    void setEditable(bool editable);

    Id selectedStep() const { return m_drawing.selectedStepId; }
    void selectStep(Id stepId);

    /// The scale the drawing is shown at: 1.0 is 1:1.
    qreal zoom() const { return m_zoom; }
    /// Shows the drawing at `zoom`, clamped to minimumZoom..maximumZoom, and turns fit to width off.
    void setZoom(qreal zoom);
    /// The next step up or down the zoom ladder (25, 33, 40, 50, 67, 80, 100, 125, 150, 200 %); fit to width off.
    void zoomIn();
    void zoomOut();
    bool fitsToWidth() const { return m_fitToWidth; }
    /// When on, the zoom follows the width of the enclosing scroll area's viewport (without one: 1:1).
    void setFitToWidth(bool fit);
    /// Makes this canvas and `other` (and the canvases either already shares with) keep one zoom and one fit mode,
    /// as two maps stacked in one scroll area should, so that their timeline bars keep one time scale: zooming one
    /// zooms both, and fit to width fits the wider of the shown drawings.
    void shareZoomWith(MapCanvas *other);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void stepSelected(flowdeck::Id stepId);
    /// Double-click or Enter on a step: edit it.
    void stepActivated(flowdeck::Id stepId);
    /// A step dragged to another place along the stream: the index it should take in the map's steps.
    void moveRequested(flowdeck::Id stepId, int newIndex);
    void contextMenuRequested(flowdeck::Id stepId, QPoint globalPos);
    void zoomChanged(qreal zoom);
    void fitToWidthChanged(bool fit);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct ZoomGroup;

    /// Where the drawing's origin is in the widget, and a point of the widget in drawing coordinates and back.
    QPointF drawingOrigin() const;
    QPointF toDrawing(QPointF widgetPoint) const;
    QRectF toWidget(const QRectF &drawingRect) const;
    void scrollIntoView(Id stepId);
    /// The centre of the part of the canvas the scroll area shows, where zooming by key or action keeps it.
    std::optional<QPointF> visibleCentre() const;

    /// The scroll area whose viewport holds the canvas (directly or in a container), watched for its resizes.
    void attachToScrollArea();
    /// The width fit to width has for the drawing: the viewport's, less the room a vertical scroll bar may take and
    /// the margins of the layouts between; -1 outside a scroll area.
    qreal availableWidth() const;
    /// Recomputes the zoom of fit to width for the whole group.
    void refit();
    /// Sets the zoom and fit mode of every canvas of the group, keeping `anchor` (a point of this canvas) where it
    /// is in the viewport.
    void zoomGroup(qreal zoom, bool fit, std::optional<QPointF> anchor);
    void applyZoom(qreal zoom, bool fit);
    /// A group of this canvas alone, and leaving it.
    void startZoomGroup();
    void leaveZoomGroup();
    /// Whether `event` is Ctrl++, Ctrl+- or Ctrl+0; zooms when `perform`.
    bool zoomByKey(QKeyEvent *event, bool perform);

    MapDrawing m_drawing;
    /// The drawing's size at 1:1.
    QSizeF m_drawingSize;
    bool m_editable = true;
    Id m_pressedStep = 0;
    QPoint m_pressPos;
    bool m_dragging = false;
    int m_dropIndex = -1;
    qreal m_zoom = 1.0;
    bool m_fitToWidth = true;
    /// The scroll area this canvas is in, or null, also while the area's destructor runs: it then sends events to
    /// its children, and a cast of it to a scroll area (as QPointer<QScrollArea> makes) would be undefined.
    QScrollArea *scrollArea() const;

    QPointer<QObject> m_scrollArea;
    std::shared_ptr<ZoomGroup> m_group;
};

} // namespace flowdeck::views
