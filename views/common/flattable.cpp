// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/flattable.h"

#include "common/pagestyle.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace flowdeck::views::flattable {

using namespace Qt::StringLiterals;
using pagestyle::unit;

void style(QTableView *table)
{
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setFrameShape(QFrame::NoFrame);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(rowHeight(table->font()));
    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(4 * unit);
    styleSheet(table, table->palette());
}

void styleSheet(QTableView *table, const QPalette &palette)
{
    // Cell text starts 8 px in, like the header's: the style adds its own text margin inside the item's padding.
    const int textMargin = table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1;
    const QString quiet = palette.color(QPalette::PlaceholderText).name();
    table->setStyleSheet(
        u"QTableView { border: none; }"
        "QTableView::item { padding-left: %1px; padding-right: %1px; border: none; }"
        "QHeaderView { border: none; background: palette(base); }"
        "QHeaderView::section { background: palette(base); color: %4; border: none;"
        "  border-bottom: 1px solid palette(mid); padding: %2px %3px; }"_s.arg(std::max(0, unit - textMargin))
            .arg(unit / 2)
            .arg(unit)
            .arg(quiet));
}

void fitRows(QTableView *table, int maxRows)
{
    const int rows = std::min(table->model() ? table->model()->rowCount() : 0, maxRows);
    const int height = table->horizontalHeader()->sizeHint().height() +
                       rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth();
    table->setFixedHeight(height);
}

int rowHeight(const QFont &font)
{
    return std::max(3 * unit, QFontMetrics(font).height() + unit);
}

} // namespace flowdeck::views::flattable
