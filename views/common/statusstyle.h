// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QPalette>
#include <QString>

namespace flowdeck::views {

/// The Okabe–Ito palette: eight colours that stay distinct for the common forms of colour blindness.
enum class OkabeIto
{
    Blue,
    Orange,
    Green,
    Vermillion,
    Purple,
    Sky,
    Yellow,
    Black
};

QColor okabeIto(OkabeIto colour);

/// How a status (the strings of flowdeck::Status) looks: a symbol, a colour and a translated label, always
/// shown together so that colour never carries the meaning alone.
struct StatusStyle
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::views::StatusStyle)

public:
    enum class Shape
    {
        Check,
        Cross,
        Dot,
        Clock,
        Dash,
        Unknown
    };

    QString status;
    /// ✓ succeeded, ✕ failed, ● running, ◷ waiting or queued, – skipped or canceled.
    QString symbol;
    QString label;
    Shape shape = Shape::Unknown;
    OkabeIto colour = OkabeIto::Black;

    /// The style of a status string; an unknown status shows as itself with a neutral "?".
    static StatusStyle of(const QString &status);

    /// The colour to draw with on `palette`: on a dark background, blue becomes sky and black the text colour.
    QColor colorOn(const QPalette &palette) const;
    /// Symbol and label: "✓ Succeeded".
    QString text() const;
    /// The symbol drawn as a small vector shape in the status colour, sharp at any device pixel ratio.
    QIcon icon(const QPalette &palette) const;
};

} // namespace flowdeck::views
