// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagebar.h"

#include "pagebardelegate.h"

namespace flowdeck::app {

using namespace Qt::StringLiterals;

PageBar::PageBar(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(u"pageBar"_s);
    setAccessibleName(tr("Pages"));
    setItemDelegate(new PageBarDelegate(this));
    setFixedWidth(barWidth);
    setUniformItemSizes(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);
    // The bar belongs to the window's chrome, not to the content: it takes the window colour.
    viewport()->setBackgroundRole(QPalette::Window);
    setBackgroundRole(QPalette::Window);
    setSpacing(0);
}

void PageBar::addPage(const QIcon &icon, const QString &label, const QString &toolTip)
{
    auto *item = new QListWidgetItem(icon, label, this);
    item->setToolTip(toolTip);
    item->setData(Qt::AccessibleTextRole, label);
    QFont bold = font();
    bold.setBold(true);
    const int needed = QFontMetrics(bold).horizontalAdvance(label) + PageBarDelegate::padding + 4;
    const int width = std::max({barWidth, needed, this->width()});
    setFixedWidth(width);
    for (int row = 0; row < count(); ++row)
        this->item(row)->setSizeHint(QSize(width, PageBarDelegate::itemHeight));
}

} // namespace flowdeck::app
