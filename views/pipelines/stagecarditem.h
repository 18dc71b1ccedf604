// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/criticalpath.h"
#include "graph/pipelinemodel.h"
#include "graph/stagestatistics.h"

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QString>

namespace flowdeck::views {

/// What a stage card says: the stage, and how it behaved in the imported jobs, humanised, with the exact values in
/// its tooltip.
struct StageCardContent
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::views::StageCardContent)

public:
    QString name;
    QString kind;
    QString environment;
    /// The kind, and for a deploy stage where it deploys to: "Deploy → staging".
    QString kindText;
    /// False while no job of the stage was imported: the card says "No runs yet".
    bool hasRuns = false;
    /// The median wait and work, the success rate and the number of runs, as the card shows them.
    QString queue;
    QString run;
    QString success;
    QString runs;
    QString toolTip;
    bool critical = false;

    /// `statistics` and `timing` may be null (a stage not stored yet, no critical path).
    static StageCardContent of(const graph::StageSpec &stage, const graph::StageStatistics *statistics,
                               const graph::StageTiming *timing, bool critical);

    /// The label before the median wait, the median work, the runs and the success rate.
    static QString queueLabel();
    static QString runLabel();
    static QString runsLabel();
    static QString successLabel();
    static QString noRunsText();
    static QString criticalText();
};

/// The fonts and sizes shared by every card of a drawing, in scene units (1 unit = 1 point of the layout).
struct StageCardMetrics
{
    QFont font;
    QFont smallFont;
    QFont nameFont;
    qreal padding = 10;
    qreal width = 0;
    qreal height = 0;
    qreal headerHeight = 0;
    qreal nameHeight = 0;
    qreal rowHeight = 0;
    /// Where the value of the left column of figures ends, from the card's left edge.
    qreal leftColumnEnd = 0;
    qreal handleRadius = 5;
    /// The average width of a character of the text, for the bars that stand for text too small to read.
    qreal charWidth = 0;

    /// Metrics that fit the longest texts of `cards` in `base` type, within reasonable widths.
    static StageCardMetrics fitting(const QFont &base, const QList<StageCardContent> &cards);
};

/// A stage drawn as a card: kind shape and text, name, the medians of queue and run, the success rate and the runs;
/// outlined and marked when it is on the critical path. Its output handle on the right edge starts a connection.
class StageCardItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };

    StageCardItem(StageCardContent content, const StageCardMetrics *metrics);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const StageCardContent &content() const { return m_content; }
    QString name() const { return m_content.name; }
    bool isCritical() const { return m_content.critical; }

    /// The card without its handle, in item coordinates.
    QRectF cardRect() const;
    /// The centre of the output handle, in item coordinates.
    QPointF outputHandle() const;
    /// Whether `point` (item coordinates) is on the output handle.
    bool isOnOutputHandle(const QPointF &point) const;
    /// Marks the card as where a dragged connection would end.
    void setDropTarget(bool target);
    bool isDropTarget() const { return m_dropTarget; }

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void paintFigures(QPainter *painter, const QPalette &palette, bool legible) const;

    StageCardContent m_content;
    const StageCardMetrics *m_metrics;
    bool m_dropTarget = false;
    bool m_handleHovered = false;
};

} // namespace flowdeck::views
