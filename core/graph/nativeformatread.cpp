// SPDX-License-Identifier: GPL-3.0-or-later
// Reading Flowdeck's own pipeline and environments files (nativeformat.h).
#include "graph/nativeformat.h"

#include "domain/delivery.h"
#include "domain/pipeline.h"
#include "graph/import/yamlguard.h"
#include "graph/validation.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <functional>

namespace flowdeck::graph {

using namespace Qt::StringLiterals;

namespace {

struct NativeFormat
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::graph::NativeFormat)
};

QString quoted(const QString &text)
{
    return NativeFormat::tr("“%1”").arg(text);
}

QString fromYaml(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

/// One key and its value in a map.
struct Entry
{
    QString key;
    YAML::Node keyNode;
    YAML::Node value;

    /// Where to point for a problem with the value: the value, or the key when the value is empty (yaml-cpp places
    /// an empty value at the start of the next line).
    const YAML::Node &place() const { return value.IsNull() ? keyNode : value; }
};

/// Walks one YAML document, collecting errors and notes with their places.
class DocumentReader
{
public:
    explicit DocumentReader(QString fileName)
        : m_file(std::move(fileName))
    {}

    SourceLocation locationOf(const YAML::Mark &mark) const
    {
        if (mark.is_null())
            return SourceLocation{m_file, 0, 0};
        return SourceLocation{m_file, mark.line + 1, mark.column + 1};
    }
    SourceLocation locationOf(const YAML::Node &node) const { return locationOf(node.Mark()); }

    void error(const SourceLocation &where, const QString &message) { m_errors.append(Note{where, message}); }
    void error(const YAML::Node &at, const QString &message) { error(locationOf(at), message); }
    void note(const YAML::Node &at, const QString &message) { m_notes.append(Note{locationOf(at), message}); }

    bool failed() const { return !m_errors.isEmpty(); }
    Error failure() const
    {
        QStringList lines;
        for (const Note &error : m_errors)
            lines.append(formatNote(error));
        return Error{lines.join(u'\n')};
    }
    const QList<Note> &notes() const { return m_notes; }

    /// Calls `handle` with each entry of `map`, in order. A key that is not text, or that was given before, is an
    /// error and not handled; a key `handle` does not know (it returns false) is a note.
    void forEachEntry(const YAML::Node &map, const std::function<bool(const Entry &)> &handle)
    {
        QSet<QString> seen;
        for (auto entry = map.begin(); entry != map.end(); ++entry) {
            const YAML::Node key = entry->first;
            if (!key.IsScalar()) {
                error(key, NativeFormat::tr("A key must be text."));
                continue;
            }
            const QString name = fromYaml(key.Scalar());
            if (seen.contains(name)) {
                error(key, NativeFormat::tr("The key %1 is given more than once here.").arg(quoted(name)));
                continue;
            }
            seen.insert(name);
            if (!handle(Entry{name, key, entry->second}))
                note(key, NativeFormat::tr("Unknown key %1 ignored.").arg(quoted(name)));
        }
    }

    /// The text of a scalar; an empty value (`key:` alone) is empty text.
    std::optional<QString> text(const Entry &entry)
    {
        if (entry.value.IsNull())
            return QString();
        if (!entry.value.IsScalar()) {
            error(entry.value,
                  NativeFormat::tr("The value of %1 must be text, not a list or a map.").arg(quoted(entry.key)));
            return std::nullopt;
        }
        return fromYaml(entry.value.Scalar());
    }

    /// A list of names; an empty value is an empty list. A name listed twice is a note and kept once.
    std::optional<QStringList> names(const Entry &entry)
    {
        if (entry.value.IsNull())
            return QStringList();
        if (!entry.value.IsSequence()) {
            error(entry.value, NativeFormat::tr("The value of %1 must be a list of names.").arg(quoted(entry.key)));
            return std::nullopt;
        }
        QStringList list;
        for (const YAML::Node &item : entry.value) {
            if (!item.IsScalar()) {
                error(item,
                      NativeFormat::tr("Each entry of %1 must be a name, not a list or a map.").arg(quoted(entry.key)));
                return std::nullopt;
            }
            const QString name = fromYaml(item.Scalar());
            if (list.contains(name))
                note(item, NativeFormat::tr("%1 is listed twice in %2.").arg(quoted(name), quoted(entry.key)));
            else
                list.append(name);
        }
        return list;
    }

    /// One of `known`, or `fallback` when the key has no value; an unknown value is an error and gives `fallback`.
    QString oneOf(const Entry &entry, const QStringList &known, const QString &what, const QString &fallback)
    {
        const std::optional<QString> chosen = text(entry);
        if (!chosen || chosen->isEmpty())
            return fallback;
        if (!known.contains(*chosen)) {
            error(entry.value, NativeFormat::tr("Unknown %1 %2; it must be one of %3.")
                                   .arg(what, quoted(*chosen), known.join(u", "_s)));
            return fallback;
        }
        return *chosen;
    }

    /// The YAML documents of `text`, or nothing (with the error noted) when it is not well-formed.
    std::optional<YAML::Node> firstDocument(const QByteArray &text, const QString &expected)
    {
        std::vector<YAML::Node> documents;
        try {
            const std::string input(text.constData(), std::size_t(text.size()));
            if (const auto stuck = yamlguard::stuckDocument(input)) {
                error(locationOf(*stuck), NativeFormat::tr("This is not well-formed YAML: no value can start here."));
                return std::nullopt;
            }
            documents = YAML::LoadAll(input);
        } catch (const YAML::DeepRecursion &e) {
            // yaml-cpp stops there, before its recursion could overflow the stack, with the message "bad file".
            error(locationOf(e.mark), NativeFormat::tr("Lists and maps nest %1 levels deep here; a Flowdeck file nests "
                                                       "a few.")
                                          .arg(e.depth()));
            return std::nullopt;
        } catch (const YAML::Exception &e) {
            error(locationOf(e.mark), NativeFormat::tr("This is not well-formed YAML: %1").arg(fromYaml(e.msg)));
            return std::nullopt;
        }
        if (documents.empty() || documents.front().IsNull()) {
            error(SourceLocation{m_file, 0, 0}, NativeFormat::tr("The file is empty; expected %1.").arg(expected));
            return std::nullopt;
        }
        if (const yamlguard::Expansion expansion = yamlguard::measureExpansion(documents.front()); expansion.tooDeep) {
            error(locationOf(expansion.where), NativeFormat::tr("Values nest more than %1 levels deep (does an alias "
                                                                "refer to itself?).")
                                                   .arg(yamlguard::maxDepth));
            return std::nullopt;
        } else if (expansion.tooLarge()) {
            error(locationOf(expansion.where),
                  NativeFormat::tr("The aliases here expand to more than %1 values; a Flowdeck file has a few "
                                   "hundred.")
                      .arg(yamlguard::maxValues));
            return std::nullopt;
        }
        if (documents.size() > 1)
            note(documents[1], NativeFormat::tr("Only the first YAML document of the file is read."));
        if (!documents.front().IsMap()) {
            error(documents.front(), NativeFormat::tr("Expected %1.").arg(expected));
            return std::nullopt;
        }
        return documents.front();
    }

private:
    QString m_file;
    QList<Note> m_errors;
    QList<Note> m_notes;
};

std::optional<StageSpec> readStage(DocumentReader &reader, const YAML::Node &node)
{
    if (!node.IsMap()) {
        reader.error(node, NativeFormat::tr("Each stage must be a map with at least a %1.").arg(quoted(u"name"_s)));
        return std::nullopt;
    }
    StageSpec stage;
    stage.location = reader.locationOf(node);
    stage.kind = QString::fromLatin1(StageKind::Other);
    bool named = false;
    reader.forEachEntry(node, [&](const Entry &entry) {
        if (entry.key == u"name") {
            named = true;
            stage.name = reader.text(entry).value_or(QString());
        } else if (entry.key == u"kind") {
            stage.kind = reader.oneOf(entry, stageKinds(), NativeFormat::tr("stage kind"), stage.kind);
        } else if (entry.key == u"environment") {
            stage.environment = reader.text(entry).value_or(QString());
        } else if (entry.key == u"uses") {
            stage.uses = reader.text(entry).value_or(QString());
        } else if (entry.key == u"needs") {
            stage.needs = reader.names(entry).value_or(QStringList());
        } else if (entry.key == u"matrix") {
            int size = 0;
            if (!entry.value.IsScalar() || !YAML::convert<int>::decode(entry.value, size) || size < 1)
                reader.error(
                    entry.place(),
                    NativeFormat::tr("The value of %1 must be a whole number of 1 or more.").arg(quoted(entry.key)));
            else
                stage.matrixSize = size;
        } else {
            return false;
        }
        return true;
    });
    if (!named)
        reader.error(node, NativeFormat::tr("The stage has no %1.").arg(quoted(u"name"_s)));
    return stage;
}

std::optional<EnvironmentSpec> readEnvironment(DocumentReader &reader, const YAML::Node &node)
{
    if (!node.IsMap()) {
        reader.error(node,
                     NativeFormat::tr("Each environment must be a map with at least a %1.").arg(quoted(u"name"_s)));
        return std::nullopt;
    }
    EnvironmentSpec environment;
    environment.location = reader.locationOf(node);
    environment.tier = QString::fromLatin1(Tier::Other);
    bool named = false;
    reader.forEachEntry(node, [&](const Entry &entry) {
        if (entry.key == u"name") {
            named = true;
            environment.name = reader.text(entry).value_or(QString());
        } else if (entry.key == u"tier") {
            environment.tier = reader.oneOf(entry, environmentTiers(), NativeFormat::tr("tier"), environment.tier);
        } else if (entry.key == u"promotes_to") {
            environment.promotesTo = reader.names(entry).value_or(QStringList());
        } else {
            return false;
        }
        return true;
    });
    if (!named)
        reader.error(node, NativeFormat::tr("The environment has no %1.").arg(quoted(u"name"_s)));
    return environment;
}

/// Reads the list of an entry with `readItem`; an empty value is an empty list.
template<typename Item>
QList<Item> readList(DocumentReader &reader, const Entry &entry,
                     std::optional<Item> (*readItem)(DocumentReader &, const YAML::Node &))
{
    QList<Item> items;
    if (entry.value.IsNull())
        return items;
    if (!entry.value.IsSequence()) {
        reader.error(entry.value, NativeFormat::tr("The value of %1 must be a list.").arg(quoted(entry.key)));
        return items;
    }
    for (const YAML::Node &node : entry.value) {
        if (auto item = readItem(reader, node))
            items.append(*item);
    }
    return items;
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{NativeFormat::tr("Cannot read %1: %2").arg(path, file.errorString())};
    return file.readAll();
}

} // namespace

NativeDocument nativeDocumentKind(const QByteArray &text)
{
    try {
        const YAML::Node root = YAML::Load(std::string(text.constData(), std::size_t(text.size())));
        if (!root.IsMap())
            return NativeDocument::None;
        if (root["pipeline"])
            return NativeDocument::Pipeline;
        if (root["environments"])
            return NativeDocument::Environments;
    } catch (const YAML::Exception &) {
        // Not YAML, so not a Flowdeck file.
    }
    return NativeDocument::None;
}

Result<LoadedPipeline> parsePipelineYaml(const QByteArray &text, const QString &fileName)
{
    DocumentReader reader(fileName);
    LoadedPipeline loaded;
    try {
        const QString expected =
            NativeFormat::tr("a map with the keys %1 and %2").arg(quoted(u"pipeline"_s), quoted(u"stages"_s));
        const std::optional<YAML::Node> root = reader.firstDocument(text, expected);
        if (!root)
            return reader.failure();
        bool present = false;
        reader.forEachEntry(*root, [&](const Entry &entry) {
            if (entry.key == u"pipeline") {
                present = true;
                const std::optional<QString> name = reader.text(entry);
                if (name && name->isEmpty())
                    reader.error(
                        entry.place(),
                        NativeFormat::tr("%1 must be followed by the pipeline's name.").arg(quoted(u"pipeline:"_s)));
                loaded.pipeline.name = name.value_or(QString());
            } else if (entry.key == u"stages") {
                loaded.pipeline.stages = readList<StageSpec>(reader, entry, readStage);
            } else {
                return false;
            }
            return true;
        });
        if (!present)
            reader.error(
                *root, NativeFormat::tr("The pipeline has no name: the key %1 is missing.").arg(quoted(u"pipeline"_s)));
    } catch (const YAML::Exception &e) {
        reader.error(reader.locationOf(e.mark), NativeFormat::tr("Cannot read this YAML: %1").arg(fromYaml(e.msg)));
    }
    if (reader.failed())
        return reader.failure();
    loaded.notes = reader.notes();
    return loaded;
}

Result<LoadedEnvironments> parseEnvironmentsYaml(const QByteArray &text, const QString &fileName)
{
    DocumentReader reader(fileName);
    LoadedEnvironments loaded;
    try {
        const QString expected = NativeFormat::tr("a map with the key %1").arg(quoted(u"environments"_s));
        const std::optional<YAML::Node> root = reader.firstDocument(text, expected);
        if (!root)
            return reader.failure();
        bool listed = false;
        reader.forEachEntry(*root, [&](const Entry &entry) {
            if (entry.key != u"environments")
                return false;
            listed = true;
            loaded.environments.environments = readList<EnvironmentSpec>(reader, entry, readEnvironment);
            return true;
        });
        if (!listed)
            reader.error(*root, NativeFormat::tr("The key %1 is missing.").arg(quoted(u"environments"_s)));
    } catch (const YAML::Exception &e) {
        reader.error(reader.locationOf(e.mark), NativeFormat::tr("Cannot read this YAML: %1").arg(fromYaml(e.msg)));
    }
    if (reader.failed())
        return reader.failure();
    loaded.notes = reader.notes();
    return loaded;
}

Result<LoadedPipeline> loadPipelineFile(const QString &path)
{
    auto text = readFile(path);
    if (!text)
        return text.error();
    return parsePipelineYaml(*text, path);
}

Result<LoadedEnvironments> loadEnvironmentsFile(const QString &path)
{
    auto text = readFile(path);
    if (!text)
        return text.error();
    return parseEnvironmentsYaml(*text, path);
}

} // namespace flowdeck::graph
