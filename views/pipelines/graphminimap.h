// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPixmap>
#include <QWidget>

class QGraphicsView;

namespace flowdeck::views {

/// A small picture of the whole drawing over a corner of a graphics view, with the part the view shows framed.
/// Clicking or dragging in it moves the view there. It hides itself while the view shows the whole drawing.
class GraphMinimap : public QWidget
{
    Q_OBJECT

public:
    /// The largest width and height of the picture, in pixels.
    static constexpr int maximumWidth = 220;
    static constexpr int maximumHeight = 150;

    /// Shows `view`'s scene; a child of the view, placed by placeIn().
    explicit GraphMinimap(QGraphicsView *view);

    /// Sizes the minimap to the scene's proportions, puts it in the bottom-right corner of the view's viewport and
    /// shows it when the view does not show the whole scene.
    void placeIn(const QRect &viewport);
    /// The frame of the part the view shows, in the minimap's coordinates.
    QRectF visibleFrame() const;
    /// The scene point at `point` of the minimap.
    QPointF toScene(const QPointF &point) const;
    /// Draws the scene again (after it changed).
    void invalidate();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF pictureRect() const;
    QRectF sceneRect() const;
    void moveViewTo(const QPointF &point);

    QGraphicsView *m_view;
    QPixmap m_picture;
    bool m_pictureValid = false;
    bool m_dragging = false;
};

} // namespace flowdeck::views
