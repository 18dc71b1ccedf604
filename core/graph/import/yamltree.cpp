// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/import/yamltree.h"

#include "graph/import/yamlguard.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <optional>

namespace flowdeck::graph::importers {

using namespace Qt::StringLiterals;

namespace {

/// Aliases are copied where they are used; the guard's bounds keep a recursive alias or an alias bomb from running
/// the copy out of time or memory.
constexpr int maxDepth = yamlguard::maxDepth;
constexpr qint64 maxValues = yamlguard::maxValues;
/// Pipeline definitions are kilobytes; a file this large is not one.
constexpr qint64 maxFileSize = 64 * 1024 * 1024;

/// The line and column (both from 1) of a byte offset in `text`.
SourceLocation locationOfOffset(const QByteArray &text, qsizetype offset, const QString &path)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column = int(QString::fromUtf8(text.constData() + lineStart, offset - lineStart).size()) + 1;
    return SourceLocation{path, line, column};
}

/// The offset of the first byte that does not belong to well-formed UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.constData());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        int length = 0;
        unsigned int codePoint = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            length = 2;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            codePoint = c & 0x07;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
        }
        const bool overlong = (length == 2 && codePoint < 0x80) || (length == 3 && codePoint < 0x800) ||
                              (length == 4 && codePoint < 0x10000);
        if (overlong || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

class Converter
{
public:
    Converter(const QByteArray &text, const QString &path)
        : m_text(text)
        , m_path(path)
    {}

    std::optional<Error> convert(const YAML::Node &node, YamlValue &out, const SourceLocation &fallback, int depth)
    {
        if (++m_values > maxValues)
            return Error{PipelineImport::tr("%1: the aliases of this file expand to more than %2 values.")
                             .arg(describeLocation(fallback))
                             .arg(maxValues)};
        if (depth > maxDepth)
            return Error{
                PipelineImport::tr("%1: values nest more than %2 levels deep (does an alias refer to itself?).")
                    .arg(describeLocation(fallback))
                    .arg(maxDepth)};
        out.location = at(node.Mark(), fallback);
        const std::string &tag = node.Tag();
        if (!tag.empty() && tag != "?" && tag != "!" && !tag.starts_with("tag:yaml.org,2002:"))
            out.tag = QString::fromStdString(tag);
        switch (node.Type()) {
        case YAML::NodeType::Scalar:
            if (auto error = checkQuotesClosed(node))
                return error;
            out.type = YamlValue::Type::Scalar;
            out.scalar = QString::fromStdString(node.Scalar());
            return {};
        case YAML::NodeType::Sequence:
            out.type = YamlValue::Type::Sequence;
            out.items.reserve(node.size());
            for (const YAML::Node &item : node) {
                YamlValue value;
                if (auto error = convert(item, value, out.location, depth + 1))
                    return error;
                out.items.push_back(std::move(value));
            }
            return {};
        case YAML::NodeType::Map:
            return convertMap(node, out, depth);
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            // yaml-cpp places an empty value at the next token; the key's own place is where it is written.
            out.location = fallback;
            out.type = YamlValue::Type::Null;
            return {};
        }
        return {};
    }

    QList<Note> takeNotes() { return std::move(m_notes); }

private:
    SourceLocation at(const YAML::Mark &mark, const SourceLocation &fallback) const
    {
        if (mark.is_null() || mark.line < 0)
            return fallback;
        return SourceLocation{m_path, mark.line + 1, mark.column + 1};
    }

    // yaml-cpp accepts a quoted scalar that runs to the end of the input, which is what a truncated file
    // looks like; the closing quote is looked for here, from where the scalar starts.
    std::optional<Error> checkQuotesClosed(const YAML::Node &node) const
    {
        const YAML::Mark mark = node.Mark();
        if (node.Tag() != "!" || mark.is_null() || mark.pos < 0 || mark.pos >= m_text.size())
            return {};
        const char quote = m_text.at(mark.pos);
        if (quote != '"' && quote != '\'')
            return {};
        for (qsizetype i = mark.pos + 1; i < m_text.size(); ++i) {
            const char c = m_text.at(i);
            if (quote == '"' && c == '\\') {
                ++i;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < m_text.size() && m_text.at(i + 1) == '\'')
                    ++i;
                else
                    return {};
            }
        }
        return Error{PipelineImport::tr("%1: a quoted text starts here and is not closed before the end of the file "
                                        "(is the file cut short?).")
                         .arg(describeLocation(locationOfOffset(m_text, mark.pos, m_path)))};
    }

    std::optional<Error> convertMap(const YAML::Node &node, YamlValue &out, int depth)
    {
        out.type = YamlValue::Type::Map;
        QHash<QString, std::size_t> index;
        // Whether an entry came in through a merge key: a key written in the mapping itself replaces it quietly.
        std::vector<bool> merged;
        // The pair a map iterator yields is a temporary: it is kept alive by the reference of the range-for.
        for (const auto &pair : node) {
            const YAML::Node &keyNode = pair.first;
            const SourceLocation keyLocation = at(keyNode.Mark(), out.location);
            if (!keyNode.IsScalar()) {
                m_notes.append(Note{keyLocation, PipelineImport::tr("A key that is a list or a mapping is not read.")});
                continue;
            }
            if (auto error = checkQuotesClosed(keyNode))
                return error;
            const QString key = QString::fromStdString(keyNode.Scalar());
            if (key == "<<"_L1 && keyNode.Tag() == "?") {
                YamlValue source;
                if (auto error = convert(pair.second, source, keyLocation, depth + 1))
                    return error;
                mergeInto(out, index, merged, source, keyLocation);
                continue;
            }
            YamlValue value;
            if (auto error = convert(pair.second, value, keyLocation, depth + 1))
                return error;
            const auto found = index.constFind(key);
            if (found == index.cend()) {
                index.insert(key, out.entries.size());
                out.entries.push_back(YamlEntry{key, keyLocation, std::move(value)});
                merged.push_back(false);
                continue;
            }
            YamlEntry &existing = out.entries[*found];
            if (!merged[*found])
                m_notes.append(Note{keyLocation, PipelineImport::tr("%1 is given again here (first at line %2); this "
                                                                    "later value is used.")
                                                     .arg(key)
                                                     .arg(existing.keyLocation.line)});
            existing = YamlEntry{key, keyLocation, std::move(value)};
            merged[*found] = false;
        }
        return {};
    }

    // YAML 1.1's merge key, which yaml-cpp 0.7 leaves as an ordinary key: the keys of the merged mapping (or of
    // each mapping of a list, the first one winning) that the mapping does not have itself.
    void mergeInto(YamlValue &out, QHash<QString, std::size_t> &index, std::vector<bool> &merged,
                   const YamlValue &source, const SourceLocation &keyLocation)
    {
        std::vector<const YamlValue *> sources;
        if (source.isMap()) {
            sources.push_back(&source);
        } else if (source.isSequence()) {
            for (const YamlValue &item : source.items) {
                if (item.isMap())
                    sources.push_back(&item);
                else
                    m_notes.append(Note{item.location, PipelineImport::tr("Only mappings can be merged with <<; this "
                                                                          "item is %1 and is left out.")
                                                           .arg(item.typeName())});
            }
        } else {
            m_notes.append(
                Note{keyLocation, PipelineImport::tr("Only mappings can be merged with <<; this is %1 and is "
                                                     "left out.")
                                      .arg(source.typeName())});
        }
        for (const YamlValue *map : sources) {
            for (const YamlEntry &entry : map->entries) {
                if (index.contains(entry.key))
                    continue;
                index.insert(entry.key, out.entries.size());
                out.entries.push_back(entry);
                merged.push_back(true);
            }
        }
    }

    const QByteArray &m_text;
    QString m_path;
    QList<Note> m_notes;
    qint64 m_values = 0;
};

} // namespace

const YamlEntry *YamlValue::findEntry(QStringView key) const
{
    for (const YamlEntry &entry : entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

const YamlValue *YamlValue::find(QStringView key) const
{
    const YamlEntry *entry = findEntry(key);
    return entry ? &entry->value : nullptr;
}

QString YamlValue::text(QStringView key) const
{
    const YamlValue *value = find(key);
    return value && value->isScalar() ? value->scalar : QString();
}

QString YamlValue::typeName() const
{
    switch (type) {
    case Type::Null:
        return PipelineImport::tr("empty");
    case Type::Scalar:
        return PipelineImport::tr("a single value");
    case Type::Sequence:
        return PipelineImport::tr("a list");
    case Type::Map:
        return PipelineImport::tr("a mapping");
    }
    return {};
}

namespace {

QString quotedText(const QString &text)
{
    return u'"' + QString(text).replace(u'\\', "\\\\"_L1).replace(u'"', "\\\""_L1) + u'"';
}

} // namespace

QString YamlValue::canonical() const
{
    QString result = tag;
    switch (type) {
    case Type::Null:
        return result + "~"_L1;
    case Type::Scalar:
        return result + quotedText(scalar);
    case Type::Sequence:
        result += u'[';
        for (const YamlValue &item : items)
            result += item.canonical() + u',';
        return result + u']';
    case Type::Map:
        result += u'{';
        for (const YamlEntry &entry : entries)
            result += quotedText(entry.key) + u':' + entry.value.canonical() + u',';
        return result + u'}';
    }
    return result;
}

QString describeLocation(const SourceLocation &location)
{
    if (location.line <= 0)
        return location.file;
    if (location.column <= 0)
        return PipelineImport::tr("%1, line %2").arg(location.file).arg(location.line);
    return PipelineImport::tr("%1, line %2, column %3").arg(location.file).arg(location.line).arg(location.column);
}

Result<const YamlValue *> definitionDocument(const YamlFile &file, NoteList &notes)
{
    if (file.documents.empty() || (file.documents.size() == 1 && file.documents.front().isNull()))
        return Error{PipelineImport::tr("%1 is empty: it holds no YAML document.").arg(file.path)};
    std::size_t index = 0;
    if (file.documents.size() > 1 && file.documents.front().isMap() && file.documents.front().find(u"spec")) {
        notes.add(file.documents.front().location,
                  PipelineImport::tr("The header document (spec:) is passed over: its inputs are not filled in."));
        index = 1;
    }
    for (std::size_t other = index + 1; other < file.documents.size(); ++other)
        notes.add(file.documents[other].location,
                  PipelineImport::tr("Only the first document of the file is read; this one is left out."));
    const YamlValue &document = file.documents[index];
    if (!document.isMap())
        return Error{PipelineImport::tr("%1: this is not a pipeline definition: its top level is %2, not a mapping.")
                         .arg(describeLocation(document.location), document.typeName())};
    return &document;
}

Result<YamlFile> readYamlText(const QByteArray &text, const QString &path)
{
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0)
        return Error{PipelineImport::tr("%1: this is not a text file (it holds a NUL byte here).")
                         .arg(describeLocation(locationOfOffset(text, nul, path)))};
    if (const qsizetype invalid = firstInvalidUtf8(text); invalid >= 0)
        return Error{PipelineImport::tr("%1: this is not UTF-8 text.")
                         .arg(describeLocation(locationOfOffset(text, invalid, path)))};
    std::vector<YAML::Node> nodes;
    try {
        const std::string input = text.toStdString();
        if (const auto stuck = yamlguard::stuckDocument(input)) {
            const SourceLocation location{path, stuck->line + 1, stuck->column + 1};
            return Error{PipelineImport::tr("%1: this is not valid YAML: no value can start here.")
                             .arg(describeLocation(location))};
        }
        nodes = YAML::LoadAll(input);
    } catch (const YAML::DeepRecursion &exception) {
        // yaml-cpp stops there, before its recursion could overflow the stack, with the message "bad file".
        const SourceLocation location{path, exception.mark.line + 1, exception.mark.column + 1};
        return Error{PipelineImport::tr("%1: lists and mappings nest %2 levels deep here; a pipeline definition "
                                        "nests a few.")
                         .arg(describeLocation(location))
                         .arg(exception.depth())};
    } catch (const YAML::Exception &exception) {
        const SourceLocation location{path, exception.mark.line + 1, exception.mark.column + 1};
        // yaml-cpp's message for a tab in the indentation speaks of something else ("illegal map value").
        const QByteArray line = text.split('\n').value(exception.mark.line);
        qsizetype indent = 0;
        while (indent < line.size() && (line[indent] == ' ' || line[indent] == '\t'))
            ++indent;
        if (line.first(indent).contains('\t')) {
            return Error{PipelineImport::tr("%1: this is not valid YAML: %2; the line is indented with a tab, and YAML "
                                            "indents with spaces only.")
                             .arg(describeLocation(location), QString::fromStdString(exception.msg))};
        }
        return Error{PipelineImport::tr("%1: this is not valid YAML: %2.")
                         .arg(describeLocation(location), QString::fromStdString(exception.msg))};
    }
    YamlFile file;
    file.path = path;
    Converter converter(text, path);
    for (const YAML::Node &node : nodes) {
        YamlValue value;
        if (auto error = converter.convert(node, value, SourceLocation{path, 1, 1}, 0))
            return *error;
        file.documents.push_back(std::move(value));
    }
    file.notes = converter.takeNotes();
    return file;
}

Result<YamlFile> readYamlFile(const QString &path)
{
    QFile input(path);
    if (!QFileInfo(path).isFile())
        return Error{PipelineImport::tr("%1 does not exist or is not a file.").arg(path)};
    if (input.size() > maxFileSize)
        return Error{
            PipelineImport::tr("%1 is too large for a pipeline definition (%2 bytes).").arg(path).arg(input.size())};
    if (!input.open(QIODevice::ReadOnly))
        return Error{PipelineImport::tr("Cannot read %1: %2").arg(path, input.errorString())};
    return readYamlText(input.readAll(), path);
}

} // namespace flowdeck::graph::importers
