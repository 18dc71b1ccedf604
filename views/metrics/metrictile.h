// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/levels.h"

#include <QList>
#include <QWidget>

#include <optional>

namespace flowdeck::views {

/// One key figure of the Metrics page, readable from across a room: its name, its value with the unit, the
/// benchmark level as a coloured badge with the level's name, how much it changed against the period before (an
/// arrow and a percentage, green when that is an improvement, vermillion when not) and a sparkline of its weekly
/// values. The tooltip holds the definition and the exact figures; a click or Enter asks for the records behind it.
class MetricTile : public QWidget
{
    Q_OBJECT

public:
    /// Which way the figure improves: deployments should be frequent, the rest short or rare.
    enum class Direction
    {
        HigherIsBetter,
        LowerIsBetter
    };

    explicit MetricTile(QWidget *parent = nullptr);
    ~MetricTile() override;

    void setTitle(const QString &title);
    QString title() const { return m_title; }

    void setDirection(Direction direction);
    Direction direction() const { return m_direction; }

    /// The value as people read it ("3 d 4 h", "2.3") and its unit ("/day", "%", or none); an empty value shows a
    /// dash, for a period without a figure.
    void setValue(const QString &value, const QString &unit = {});
    QString valueText() const { return m_value; }
    QString unitText() const { return m_unit; }

    /// The level reached; Level::None shows no badge (no data, or a figure without benchmark levels).
    void setLevel(metrics::Level level);
    metrics::Level level() const { return m_level; }
    /// The badge's text: the level's name, or empty without a level.
    QString levelText() const;

    /// The figure of this period and of the one before, in the same unit: the tile shows the change between them.
    void setComparison(std::optional<double> current, std::optional<double> previous);
    /// What the change line says: "▲ 12 %", "▼ 3 %", "= no change", "▲ from none", or that there is no figure
    /// to compare with.
    QString changeText() const;
    /// True when the figure got better, false when worse; nothing when it did not change or cannot be compared.
    std::optional<bool> isImprovement() const;

    /// One value per week of the period, oldest first; nothing for a week without one (no change shipped).
    void setSeries(const QList<std::optional<double>> &weekly);
    QList<std::optional<double>> series() const { return m_series; }

    /// The colour of a level's badge on `palette`, from the Okabe–Ito palette: elite green, high blue (sky on a
    /// dark background), medium orange, low vermillion; an invalid colour for Level::None.
    static QColor levelColor(metrics::Level level, const QPalette &palette);
    /// Green for an improvement, vermillion for a change for the worse.
    static QColor changeColor(bool improvement);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// Clicked, or Enter or Space pressed while it has the focus: show the records behind the figure.
    void activated();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Fonts;
    Fonts fonts() const;
    void paintBadge(QPainter &painter, const QRect &line, const Fonts &fonts);
    void paintSparkline(QPainter &painter, const QRectF &area);
    void updateAccessibleText();

    QString m_title;
    Direction m_direction = Direction::HigherIsBetter;
    QString m_value;
    QString m_unit;
    metrics::Level m_level = metrics::Level::None;
    std::optional<double> m_current;
    std::optional<double> m_previous;
    QList<std::optional<double>> m_series;
    bool m_hovered = false;
    bool m_pressed = false;
};

} // namespace flowdeck::views
