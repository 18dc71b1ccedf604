// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace flowdeck::views {
class Page;
}

namespace flowdeck::app {

/// One page of the main window as the page bar, the shortcuts and --page know it.
struct PageEntry
{
    /// The name --page takes: lowercase, no spaces ("overview", "valuestream").
    QString id;
    /// The untranslated label; label() translates it.
    const char *sourceLabel = nullptr;
    QString iconPath;
    std::function<views::Page *(QWidget *parent)> create;

    QString label() const;
};

/// Every page in page-bar order. Ctrl+1 … Ctrl+9 follow this order.
const QList<PageEntry> &pageRegistry();

/// The index of the page called `id` in pageRegistry(), or -1.
int pageIndex(const QString &id);

/// The ids of every page, for messages that list the valid ones.
QStringList pageIds();

} // namespace flowdeck::app
