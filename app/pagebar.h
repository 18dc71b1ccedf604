// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace flowdeck::app {

/// The narrow bar of pages at the window's left edge: one entry per page, an icon above its label.
class PageBar : public QListWidget
{
    Q_OBJECT

public:
    /// The narrowest the bar gets; it widens to the longest label (as the selected page shows it, in bold).
    static constexpr int barWidth = 96;

    explicit PageBar(QWidget *parent = nullptr);

    void addPage(const QIcon &icon, const QString &label, const QString &toolTip);
};

} // namespace flowdeck::app
