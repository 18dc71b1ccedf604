// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/import/importnotes.h"
#include "graph/pipelinemodel.h"
#include "result.h"

#include <QString>

#include <vector>

namespace flowdeck::graph::importers {

struct YamlEntry;

/// A YAML value as the importers read it: aliases expanded, merge keys (`<<`) applied, a duplicate key
/// replaced by its last value, and every value with the file and line it came from. It is a plain copy,
/// so GitLab's include and extends merges can build new values without touching the parsed document.
struct YamlValue
{
    enum class Type
    {
        Null,
        Scalar,
        Sequence,
        Map
    };

    Type type = Type::Null;
    /// The text of a scalar, as written (quotes removed, nothing converted: `on` stays "on", `3.10` stays "3.10").
    QString scalar;
    /// A tag that is not one of YAML's own, such as GitLab's "!reference"; empty otherwise.
    QString tag;
    SourceLocation location;
    std::vector<YamlValue> items;
    std::vector<YamlEntry> entries;

    bool isNull() const { return type == Type::Null; }
    bool isScalar() const { return type == Type::Scalar; }
    bool isSequence() const { return type == Type::Sequence; }
    bool isMap() const { return type == Type::Map; }
    /// A value with a tag the importers do not know: kept, but not interpreted.
    bool isOpaque() const { return !tag.isEmpty(); }

    /// The value of `key` in a map; null for a missing key or when this is not a map.
    const YamlValue *find(QStringView key) const;
    const YamlEntry *findEntry(QStringView key) const;
    /// The scalar text of `key`, or an empty string.
    QString text(QStringView key) const;
    /// A short word for the type, for messages: "a mapping", "a list", "a text", "empty".
    QString typeName() const;
    /// A canonical text of the whole value, for comparing two values for equality.
    QString canonical() const;
};

/// One key of a mapping, with where the key itself is written.
struct YamlEntry
{
    QString key;
    SourceLocation keyLocation;
    YamlValue value;
};

/// The documents of one YAML file and what reading it noted (duplicate keys, bad merge keys).
struct YamlFile
{
    QString path;
    std::vector<YamlValue> documents;
    QList<Note> notes;
};

/// Reads a YAML file. Anything that is not YAML (a syntax error, a quoted text that runs to the end of a
/// truncated file, bytes that are not UTF-8 text, aliases that recurse or expand without bound) is an Error
/// that names the file, the line and the column.
Result<YamlFile> readYamlFile(const QString &path);

/// Reads YAML text that came from `path` (used for messages and locations only).
Result<YamlFile> readYamlText(const QByteArray &text, const QString &path);

/// The document of a definition, which must be a mapping. A GitLab header document (one with `spec:`, before
/// `---`) is passed over with a note, as are documents after the first; an empty file or one whose document is
/// not a mapping is an Error.
Result<const YamlValue *> definitionDocument(const YamlFile &file, NoteList &notes);

/// "FILE, line L, column C" (or less, when line or column is 0), for messages.
QString describeLocation(const SourceLocation &location);

} // namespace flowdeck::graph::importers
