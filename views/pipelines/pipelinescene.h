// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/graphlayout.h"
#include "pipelines/pipelinegraphdata.h"
#include "pipelines/stagecarditem.h"

#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace flowdeck::views {

class StageEdgeItem;

/// The drawing of one pipeline: a card per stage and an arrow per need, placed by a layout computed elsewhere
/// (layoutRequest() says what to lay out, applyLayout() takes the result). The critical path's cards and edges are
/// marked. The scene's font and palette are the cards'.
class PipelineScene : public QGraphicsScene
{
    Q_OBJECT

public:
    /// The space between stages of one rank and between ranks, in scene units.
    static constexpr double nodeSpacing = 28;
    static constexpr double rankSpacing = 64;
    /// The empty border around the drawing.
    static constexpr qreal margin = 32;

    explicit PipelineScene(QObject *parent = nullptr);
    ~PipelineScene() override;

    /// Makes a card for each stage of `data`, hidden until applyLayout() places it.
    void setGraph(const PipelineGraphData &data);
    void clearGraph();
    const PipelineGraphData &graph() const { return m_data; }

    /// The connected stages' cards and the needs, left to right. Stages with no connection at all are not in it.
    layout::LayoutRequest layoutRequest() const;
    /// Places the cards where `layout` says and draws the edges along its paths; the stages it leaves out go in a
    /// grid under it.
    void applyLayout(const layout::GraphLayout &layout);
    bool isLaidOut() const { return m_laidOut; }

    /// In the order of the stages.
    const QList<StageCardItem *> &cards() const { return m_cards; }
    const QList<StageEdgeItem *> &edges() const { return m_edges; }
    StageCardItem *card(const QString &name) const;
    /// Whether the stage `name` has a connection (and so was placed by the layout, not in the grid under it).
    bool isConnected(const QString &name) const { return m_connected.contains(name); }
    StageEdgeItem *edge(const QString &from, const QString &to) const;
    const StageCardMetrics &metrics() const { return m_metrics; }

    /// The selected stage's name, or empty.
    QString selectedStage() const;
    /// The selected edge, or null.
    StageEdgeItem *selectedEdge() const;
    /// Selects the card of `name` alone (nothing when there is none).
    void selectStage(const QString &name);

Q_SIGNALS:
    /// applyLayout() placed the cards and drew the edges.
    void laidOut();

protected:
    bool event(QEvent *event) override;

private:
    /// Sets `cards` in rows under a drawing of `graphSize`; returns the size of both together.
    QSizeF placeUnconnected(const QList<StageCardItem *> &cards, const QSizeF &graphSize);

    PipelineGraphData m_data;
    StageCardMetrics m_metrics;
    QList<StageCardItem *> m_cards;
    QHash<QString, StageCardItem *> m_cardsByName;
    QSet<QString> m_connected;
    QList<StageEdgeItem *> m_edges;
    QGraphicsSimpleTextItem *m_unconnectedCaption = nullptr;
    bool m_laidOut = false;
};

} // namespace flowdeck::views
