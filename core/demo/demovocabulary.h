// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace flowdeck::demo {

// The words the demo's commit messages, pull requests, incidents and hotfixes are made of.

const QStringList &verbs();
const QStringList &subjects();
const QStringList &incidentTitles();

/// How a team fixes an incident in a hurry: the summary of the commit (starting with "Hotfix: ") and a short name
/// for its branch.
struct HotfixWords
{
    QString summary;
    QString branch;
};

/// One entry per incident title, at the same position as in incidentTitles().
const QList<HotfixWords> &hotfixes();

} // namespace flowdeck::demo
