// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/pipelinescene.h"

#include "pipelines/stageedgeitem.h"

#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace flowdeck::views {

PipelineScene::PipelineScene(QObject *parent)
    : QGraphicsScene(parent)
{}

PipelineScene::~PipelineScene()
{
    // The cards point at m_metrics: they go first.
    clear();
}

void PipelineScene::clearGraph()
{
    clear();
    m_unconnectedCaption = nullptr;
    m_cards.clear();
    m_cardsByName.clear();
    m_connected.clear();
    m_edges.clear();
    m_data = {};
    m_laidOut = false;
    setSceneRect(QRectF());
}

void PipelineScene::setGraph(const PipelineGraphData &data)
{
    clearGraph();
    // Until the layout places them, every card sits at the origin: an index would keep them all in one cell and
    // move each out of it at a cost that grows with their number. It is built once they are placed.
    setItemIndexMethod(NoIndex);
    m_data = data;
    const graph::PipelineSpec &spec = m_data.pipeline.spec;

    // By name, so that a large pipeline is not searched once per stage.
    QHash<QString, const graph::StageTiming *> timings;
    for (const graph::StageTiming &timing : std::as_const(m_data.criticalPath.stages))
        timings.insert(timing.name, &timing);
    QHash<QString, const graph::StageStatistics *> statistics;
    for (const graph::StageStatistics &entry : std::as_const(m_data.statistics))
        statistics.insert(entry.name, &entry);

    QList<StageCardContent> contents;
    for (const graph::StageSpec &stage : spec.stages) {
        contents.append(StageCardContent::of(stage, statistics.value(stage.name), timings.value(stage.name),
                                             m_data.isCriticalStage(stage.name)));
    }
    m_metrics = StageCardMetrics::fitting(font(), contents);
    for (const StageCardContent &content : std::as_const(contents)) {
        auto *card = new StageCardItem(content, &m_metrics);
        card->setVisible(false);
        addItem(card);
        m_cards.append(card);
        m_cardsByName.insert(card->name(), card);
    }
}

layout::LayoutRequest PipelineScene::layoutRequest() const
{
    layout::LayoutRequest request;
    request.direction = layout::LayoutDirection::LeftToRight;
    request.nodeSpacing = nodeSpacing;
    request.rankSpacing = rankSpacing;
    QSet<QString> connected;
    for (const graph::StageSpec &stage : m_data.pipeline.spec.stages) {
        for (const QString &need : stage.needs) {
            if (card(need) && need != stage.name) {
                request.edges.append({need, stage.name});
                connected.insert(need);
                connected.insert(stage.name);
            }
        }
    }
    // Stages without any connection are left out: they are set in a grid of their own (placeUnconnected()).
    for (const StageCardItem *card : m_cards) {
        if (connected.contains(card->name()))
            request.nodes.append({card->name(), card->cardRect().size()});
    }
    return request;
}

void PipelineScene::applyLayout(const layout::GraphLayout &layout)
{
    for (StageEdgeItem *edge : std::as_const(m_edges))
        delete edge;
    m_edges.clear();
    delete m_unconnectedCaption;
    m_unconnectedCaption = nullptr;
    m_connected.clear();
    for (const layout::PlacedNode &node : layout.nodes) {
        if (StageCardItem *card = m_cardsByName.value(node.id)) {
            card->setPos(node.rect.topLeft());
            card->setVisible(true);
            m_connected.insert(node.id);
        }
    }
    for (const layout::PlacedEdge &edge : layout.edges) {
        auto *item =
            new StageEdgeItem(edge.from, edge.to, edge.path, edge.arrowTip, m_data.isCriticalEdge(edge.from, edge.to));
        addItem(item);
        m_edges.append(item);
    }
    QList<StageCardItem *> unconnected;
    for (StageCardItem *card : std::as_const(m_cards)) {
        if (!m_connected.contains(card->name()))
            unconnected.append(card);
    }
    const QSizeF size = placeUnconnected(unconnected, layout.size);
    setItemIndexMethod(BspTreeIndex);
    setSceneRect(QRectF(QPointF(0, 0), size).adjusted(-margin, -margin, margin, margin));
    m_laidOut = true;
    Q_EMIT laidOut();
}

QSizeF PipelineScene::placeUnconnected(const QList<StageCardItem *> &cards, const QSizeF &graphSize)
{
    if (cards.isEmpty())
        return graphSize;
    const qreal cellWidth = m_metrics.width + nodeSpacing;
    const qreal cellHeight = m_metrics.height + nodeSpacing;
    qreal top = 0;
    if (!graphSize.isEmpty()) {
        // Under the connected stages, with a caption that says why they stand apart.
        top = graphSize.height() + rankSpacing;
        m_unconnectedCaption = addSimpleText(tr("Not connected to any other stage"), font());
        m_unconnectedCaption->setBrush(palette().color(QPalette::PlaceholderText));
        m_unconnectedCaption->setPos(0, top);
        top += m_unconnectedCaption->boundingRect().height() + nodeSpacing / 2;
    }
    // As wide as the drawing above, or else about half again as wide as high.
    const auto count = int(cards.size());
    int columns = int(std::ceil(std::sqrt(count * 1.6 * cellHeight / cellWidth)));
    columns = std::max(columns, int((graphSize.width() + nodeSpacing) / cellWidth));
    columns = std::clamp(columns, 1, count);
    for (int i = 0; i < count; ++i) {
        cards[i]->setPos((i % columns) * cellWidth, top + (i / columns) * cellHeight);
        cards[i]->setVisible(true);
    }
    const int rows = (count + columns - 1) / columns;
    return QSizeF(std::max(graphSize.width(), columns * cellWidth - nodeSpacing),
                  top + rows * cellHeight - nodeSpacing);
}

bool PipelineScene::event(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_unconnectedCaption)
        m_unconnectedCaption->setBrush(palette().color(QPalette::PlaceholderText));
    return QGraphicsScene::event(event);
}

StageCardItem *PipelineScene::card(const QString &name) const
{
    return m_cardsByName.value(name);
}

StageEdgeItem *PipelineScene::edge(const QString &from, const QString &to) const
{
    for (StageEdgeItem *edge : m_edges) {
        if (edge->from() == from && edge->to() == to)
            return edge;
    }
    return nullptr;
}

QString PipelineScene::selectedStage() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == StageCardItem::Type)
            return static_cast<StageCardItem *>(item)->name();
    }
    return {};
}

StageEdgeItem *PipelineScene::selectedEdge() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == StageEdgeItem::Type)
            return static_cast<StageEdgeItem *>(item);
    }
    return nullptr;
}

void PipelineScene::selectStage(const QString &name)
{
    clearSelection();
    if (StageCardItem *found = card(name)) {
        found->setSelected(true);
        setFocusItem(found);
    }
}

} // namespace flowdeck::views
