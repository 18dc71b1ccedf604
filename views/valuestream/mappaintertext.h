// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "valuestream/mapcanvas.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QFontMetricsF;

namespace flowdeck::views {

/// The words and figures of a drawn map, translated in the canvas' context so that lupdate files them with it.
struct MapText
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::views::MapCanvas)

public:
    /// Stands for a value that is not there.
    static QString missing();
    /// "≈ " in front of a workshop estimate's figures, nothing for a measured one.
    static QString estimated(const QString &value, bool estimate);

    static QString duration(std::optional<qint64> ms, bool estimate);
    /// A step's lead time; missing only when both its wait and its process time are.
    static QString lead(const valuestream::Step &step);
    static QString completeAccurate(std::optional<double> pct, bool estimate);
    static QString people(std::optional<double> people, bool estimate);
    static QString wip(std::optional<int> wip, bool estimate);
    /// A fraction 0..1 as a percentage: one decimal under 10 %, none above.
    static QString percent(double fraction);
    static QString optionalPercent(std::optional<double> fraction);

    /// The tooltip of a step: every figure with its exact value, the analysis, the notes and the ideas.
    static QString stepToolTip(const MapDrawing &drawing, const valuestream::Step &step);
    /// What a screen reader says about the whole map, and the selected step's figures.
    static QString accessibleDescription(const MapDrawing &drawing);
};

/// `text` wrapped into at most `maxLines` lines of `width`, the last one elided when the text does not fit.
QStringList wrappedLines(const QString &text, const QFontMetricsF &metrics, qreal width, int maxLines);

} // namespace flowdeck::views
