// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

/// The text of saved API responses before it is parsed: the documents a file holds (`gh api --paginate` writes one
/// per page, back to back) and a cheap outline that tells a document's kind without building it.
namespace flowdeck::ci::files {

/// One JSON document of a file and the byte it starts at.
struct JsonSpan
{
    qsizetype offset = 0;
    QByteArrayView text;
};

/// The file's bytes as UTF-8: a UTF-8 byte order mark is dropped, and UTF-16 with a byte order mark (what Windows
/// PowerShell's `>` writes) is converted; a byte left over at its end becomes U+FFFD, which the JSON parser refuses.
QByteArray jsonUtf8(const QByteArray &bytes);

/// The successive JSON documents of `text`: one for an ordinary file; one per page for what `gh api --paginate`
/// writes (`[...][...]`, `{...}{...}`) or one value per line (`--jq '.workflow_runs[]'`). An object or array ends
/// at its matching bracket, brackets inside strings not counted. Text that starts no object or array (a bare
/// value, or garbage after a document) runs to the end as one span, for the JSON parser to accept or refuse. An
/// object or array never closed also runs to the end. Empty or all-whitespace text gives no span.
QList<JsonSpan> splitJsonDocuments(QByteArrayView text);

/// The first document of `text` with every array cut to its first element (`{"jobs":[{..},{..}]}` gives
/// `{"jobs":[{..}]}`): what the providers' detectPageKind() look at, in far less time than parsing the whole
/// document. Made by scanning brackets and strings only: for text that is not JSON the outline is not JSON either.
/// Text after the first document (more pages) is left out.
QByteArray firstItemsOutline(QByteArrayView text);

/// The outline of a file's first document from its first bytes `head` only (the file goes on after them): as
/// firstItemsOutline() when the first document ends within them. Else, when they end in what the outline cuts (the
/// rest of an array whose first element they hold whole), the outline so far with its open arrays and objects
/// closed: `{"jobs":[{..}` gives `{"jobs":[{..}]}`. Keys that follow that array in an object are then not in the
/// outline. nullopt when the head ends anywhere else (inside a first element), where only the whole text tells.
std::optional<QByteArray> headOutline(QByteArrayView head);

} // namespace flowdeck::ci::files
