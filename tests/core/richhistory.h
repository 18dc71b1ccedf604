// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gitcli.h"

#include <QByteArray>
#include <QString>

namespace flowdeck::testing {

/// Lines "<pattern with %1 replaced by n>\n" for n from `first` to `last`.
QByteArray numberedLines(const QString &pattern, int first, int last);

/// The history most git import tests use, made in `git`'s (not yet existing) folder: additions, edits and
/// deletions; a pure rename and a rename with edits; a binary file added and changed; a mode change; an empty
/// commit; CRLF lines and a file without a final newline; messages with UTF-8, a two-line subject, trailing blanks
/// kept verbatim, a leading empty line and a subject ending in a no-break space; a merge and an octopus merge; a
/// commit of 2,000 files; a second root on an orphan branch; annotated and lightweight tags. main is checked out.
void buildRichHistory(GitCli &git);

} // namespace flowdeck::testing
