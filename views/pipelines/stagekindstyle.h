// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/statusstyle.h"

#include <QCoreApplication>
#include <QIcon>
#include <QPalette>
#include <QString>
#include <QStringList>

#include <optional>

class QPainter;
class QRectF;

namespace flowdeck::views {

/// How a stage kind looks: a shape in a colour and a translated label, always shown together. Blue (the critical
/// path) and vermillion (the bottleneck) are left to what they mark.
struct StageKindStyle
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::views::StageKindStyle)

public:
    enum class Shape
    {
        /// build: a box, what it makes
        Square,
        /// test: a dot
        Circle,
        /// security: a shield
        Shield,
        /// approval: a diamond, the gate of a flow chart
        Diamond,
        /// deploy: an arrow head, going out
        Arrow,
        /// other: a ring
        Ring
    };

    /// The kind as stored (StageKind); an unknown kind looks like "other" with its own name as the label.
    QString kind;
    QString label;
    Shape shape = Shape::Ring;

    static StageKindStyle of(const QString &kind);
    /// Every kind in the order editors offer them.
    static QStringList kinds();

    /// The colour of the shape on `palette`.
    QColor colorOn(const QPalette &palette) const;
    /// Draws the shape into the largest square centred in `box`.
    void paint(QPainter *painter, const QRectF &box, const QPalette &palette) const;
    QIcon icon(const QPalette &palette) const;
};

/// The colour that marks the critical path on `palette`: Okabe–Ito blue, sky on a dark background.
QColor criticalPathColor(const QPalette &palette);

} // namespace flowdeck::views
