// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/figurerow.h"

#include "common/pagestyle.h"

#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace flowdeck::views::figurerow {

QGridLayout *grid(QWidget *row)
{
    auto *layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(pagestyle::unit / 2);
    layout->setVerticalSpacing(0);
    return layout;
}

QLabel *title(QWidget *row)
{
    auto *label = new QLabel(row);
    label->setFont(pagestyle::scaledFont(row->font(), 1.0, QFont::DemiBold));
    return label;
}

QLabel *caption(QWidget *row)
{
    QLabel *label = pagestyle::quietLabel(row);
    label->setWordWrap(false);
    // Room between one figure and the caption of the next.
    label->setContentsMargins(2 * pagestyle::unit, 0, 0, 0);
    return label;
}

QToolButton *value(QWidget *row, const QString &objectName, QLabel *caption)
{
    auto *button = new QToolButton(row);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setCursor(Qt::PointingHandCursor);
    button->setObjectName(objectName);
    button->setFont(pagestyle::scaledFont(row->font(), 1.0, QFont::DemiBold));
    caption->setBuddy(button);
    return button;
}

} // namespace flowdeck::views::figurerow
