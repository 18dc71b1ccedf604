// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>
#include <QString>

class QGraphicsPathItem;

namespace flowdeck::views {

class GraphMinimap;
class PipelineScene;
class StageCardItem;

/// Shows a pipeline's drawing: zoom (Ctrl+wheel, zoomIn(), zoomOut(), fitAll()), pan (drag on empty space, the scroll
/// bars), a minimap when the drawing does not fit, arrow keys to walk from stage to stage, a double click to rename
/// a stage and a drag from a card's output handle onto another card to connect the two.
class PipelineGraphView : public QGraphicsView
{
    Q_OBJECT

public:
    static constexpr qreal minimumZoom = 0.1;
    static constexpr qreal maximumZoom = 4.0;
    /// The smallest zoom at which the cards read well; the first view of a pipeline is not smaller.
    static constexpr qreal readableZoom = 0.8;
    /// How much one zoom step scales.
    static constexpr qreal zoomStep = 1.25;

    explicit PipelineGraphView(PipelineScene *scene, QWidget *parent = nullptr);

    PipelineScene *pipelineScene() const { return m_scene; }
    GraphMinimap *minimap() const { return m_minimap; }

    /// The scale from scene to view (1 = 100 %).
    qreal zoom() const;
    /// Zooms to `zoom` (clamped), keeping the centre of the view where it is.
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    /// Shows the whole drawing, but not larger than 100 %.
    void fitAll();
    /// The first view of a drawing: all of it when it reads well that way, else its start (the leftmost stage) at a
    /// readable zoom.
    void showStart();

    /// Whether a connection is being dragged.
    bool isConnecting() const { return m_connectLine != nullptr; }

Q_SIGNALS:
    void zoomChanged(qreal zoom);
    /// A connection was dragged from stage `from`'s handle onto stage `to`.
    void connectRequested(const QString &from, const QString &to);
    /// A stage was double-clicked.
    void renameRequested(const QString &stage);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;

private:
    StageCardItem *cardAt(const QPoint &viewPoint) const;
    void scaleBy(qreal factor);
    void finishConnecting(StageCardItem *target);
    void cancelConnecting();
    bool moveSelection(int key);
    void updateMinimap();

    PipelineScene *m_scene;
    GraphMinimap *m_minimap;
    QGraphicsPathItem *m_connectLine = nullptr;
    QString m_connectFrom;
    StageCardItem *m_dropTarget = nullptr;
};

} // namespace flowdeck::views
