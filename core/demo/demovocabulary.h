// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace flowdeck::demo {

// The words the demo's commit messages, pull requests and incidents are made of.

const QStringList &verbs();
const QStringList &subjects();
const QStringList &incidentTitles();

} // namespace flowdeck::demo
