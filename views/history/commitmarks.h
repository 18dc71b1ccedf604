// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QPalette>

/// The small shapes that mark commits in the History page, so that a merge or an unreachable commit is told apart
/// by its shape and not by colour alone.
namespace flowdeck::views::commitmarks {

/// Two lines joining into one: a commit with more than one parent.
QIcon mergeIcon(const QPalette &palette);
/// A ring with a slash: a commit no imported branch or tag reaches any more.
QIcon unreachableIcon();

} // namespace flowdeck::views::commitmarks
