// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsObject>
#include <QPainterPath>
#include <QPalette>

namespace flowdeck::views {

/// One line of an environment card: a service and what it runs there.
struct CardRow
{
    QString service;
    QString version;
    /// Under the service: the commit and how long ago it arrived.
    QString detail;
    /// "◷ waiting 3 d" when the version waits for promotion; empty otherwise.
    QString waiting;
    QString toolTip;
};

/// An environment of the promotion graph: its name and tier in a header band, then what each service runs.
class EnvironmentCardItem : public QGraphicsObject
{
    Q_OBJECT

public:
    EnvironmentCardItem(QString name, QString tierLabel, QColor tierColour, QList<CardRow> rows, QString emptyText,
                        const QFont &font, const QPalette &palette);

    /// The size the card needs for its text, before it is placed.
    QSizeF preferredSize() const { return m_size; }
    void setSize(const QSizeF &size);
    QString name() const { return m_name; }
    const QList<CardRow> &rows() const { return m_rows; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int rowHeight() const;
    int headerHeight() const;

    QString m_name;
    QString m_tierLabel;
    QColor m_tierColour;
    QList<CardRow> m_rows;
    QString m_emptyText;
    QFont m_font;
    QFont m_smallFont;
    QFont m_titleFont;
    QPalette m_palette;
    QSizeF m_size;
};

/// A promotion edge: the path the layout chose, an arrow head, and a label with the wait before promotion.
class PromotionEdgeItem : public QGraphicsItem
{
public:
    PromotionEdgeItem(const QList<QPointF> &path, QPointF arrowTip, QStringList label, QString toolTip,
                      const QFont &font, const QPalette &palette);

    QStringList label() const { return m_label; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF labelRect() const;

    QPainterPath m_path;
    QPolygonF m_arrow;
    QStringList m_label;
    QFont m_font;
    QPalette m_palette;
};

} // namespace flowdeck::views
