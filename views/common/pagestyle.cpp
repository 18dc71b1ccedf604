// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/pagestyle.h"

#include <QLabel>

namespace flowdeck::views::pagestyle {

QFont scaledFont(const QFont &base, double factor, QFont::Weight weight)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setWeight(weight);
    return font;
}

QLabel *quietLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    return label;
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setFont(scaledFont(parent->font(), 1.1, QFont::DemiBold));
    return label;
}

} // namespace flowdeck::views::pagestyle
