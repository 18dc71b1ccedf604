// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "valuestream/valuestreammap.h"

#include <QWidget>

#include <optional>

class QPainter;

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
/// Tab), and reports what the user asks to do with them. Meant to sit in a QScrollArea.
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);

    void setDrawing(const MapDrawing &drawing);
    const MapDrawing &drawing() const { return m_drawing; }
    /// When false, no drag to reorder is offered.
    void setEditable(bool editable);

    Id selectedStep() const { return m_drawing.selectedStepId; }
    void selectStep(Id stepId);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void stepSelected(flowdeck::Id stepId);
    /// Double-click or Enter on a step: edit it.
    void stepActivated(flowdeck::Id stepId);
    /// A step dragged to another place along the stream: the index it should take in the map's steps.
    void moveRequested(flowdeck::Id stepId, int newIndex);
    void contextMenuRequested(flowdeck::Id stepId, QPoint globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    MapDrawing m_drawing;
    bool m_editable = true;
    Id m_pressedStep = 0;
    QPoint m_pressPos;
    bool m_dragging = false;
    int m_dropIndex = -1;
};

} // namespace flowdeck::views
