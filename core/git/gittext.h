// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace flowdeck::git {

/// Decodes text from a commit: by the commit's encoding header when it names one Qt knows; otherwise as
/// UTF-8 when the bytes are valid UTF-8, else as Latin-1, which maps every byte to a character. Nothing is
/// ever dropped.
QString decodeCommitText(const char *text, const char *encoding);
QString decodeCommitText(const char *text, qsizetype length, const char *encoding);

} // namespace flowdeck::git
