// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/import/githubmatrix.h"

#include <QHash>

#include <vector>

namespace flowdeck::graph::importers {

using namespace Qt::StringLiterals;

namespace {

/// More combinations than GitHub runs (256 per matrix) by far; past this the size is not worked out.
constexpr qint64 maxCombinations = 100'000;

/// One combination: a canonical value per matrix key.
using Combination = QHash<QString, QString>;

void noteUnknown(NoteList &notes, const SourceLocation &location, const QString &why)
{
    notes.add(location, PipelineImport::tr("The size of this matrix is unknown: %1.").arg(why));
}

/// Whether `entry` (an include or exclude mapping) agrees with `combination` on every key they share.
bool agrees(const YamlValue &entry, const Combination &combination, const QStringList &keys)
{
    for (const YamlEntry &field : entry.entries) {
        if (!keys.contains(field.key))
            continue;
        if (combination.value(field.key) != field.value.canonical())
            return false;
    }
    return true;
}

/// An exclude entry takes out a combination when all of its keys are matrix keys with the combination's values.
bool takesOut(const YamlValue &entry, const Combination &combination, const QStringList &keys)
{
    for (const YamlEntry &field : entry.entries) {
        if (!keys.contains(field.key) || combination.value(field.key) != field.value.canonical())
            return false;
    }
    return !entry.entries.empty();
}

/// The mappings of an include or exclude list, or nothing (with a note) when they cannot be read.
std::optional<std::vector<const YamlValue *>> entryList(const YamlEntry *list, NoteList &notes)
{
    std::vector<const YamlValue *> result;
    if (!list || list->value.isNull())
        return result;
    const YamlValue &value = list->value;
    if (value.isScalar() && isGitHubExpression(value.scalar)) {
        noteUnknown(notes, value.location, PipelineImport::tr("%1 comes from an expression").arg(list->key));
        return std::nullopt;
    }
    if (!value.isSequence()) {
        noteUnknown(notes, value.location, PipelineImport::tr("%1 is %2, not a list").arg(list->key, value.typeName()));
        return std::nullopt;
    }
    for (const YamlValue &item : value.items) {
        if (item.isScalar() && isGitHubExpression(item.scalar)) {
            noteUnknown(notes, item.location,
                        PipelineImport::tr("an entry of %1 comes from an expression").arg(list->key));
            return std::nullopt;
        }
        if (!item.isMap()) {
            noteUnknown(notes, item.location,
                        PipelineImport::tr("an entry of %1 is %2, not a mapping").arg(list->key, item.typeName()));
            return std::nullopt;
        }
        result.push_back(&item);
    }
    return result;
}

} // namespace

bool isGitHubExpression(const QString &text)
{
    return text.contains("${{"_L1);
}

std::optional<int> githubMatrixSize(const YamlValue &matrix, NoteList &notes)
{
    if (matrix.isScalar() && isGitHubExpression(matrix.scalar)) {
        noteUnknown(notes, matrix.location, PipelineImport::tr("it comes from an expression"));
        return std::nullopt;
    }
    if (!matrix.isMap()) {
        noteUnknown(notes, matrix.location, PipelineImport::tr("it is %1, not a mapping").arg(matrix.typeName()));
        return std::nullopt;
    }
    QStringList keys;
    std::vector<std::vector<QString>> values;
    qint64 product = 1;
    for (const YamlEntry &entry : matrix.entries) {
        if (entry.key == "include"_L1 || entry.key == "exclude"_L1)
            continue;
        const YamlValue &list = entry.value;
        if (list.isScalar() && isGitHubExpression(list.scalar)) {
            noteUnknown(notes, list.location,
                        PipelineImport::tr("the values of %1 come from an expression").arg(entry.key));
            return std::nullopt;
        }
        if (!list.isSequence()) {
            noteUnknown(notes, list.location,
                        PipelineImport::tr("%1 is %2, not a list").arg(entry.key, list.typeName()));
            return std::nullopt;
        }
        std::vector<QString> canonical;
        for (const YamlValue &item : list.items) {
            if (item.isScalar() && isGitHubExpression(item.scalar)) {
                noteUnknown(notes, item.location,
                            PipelineImport::tr("a value of %1 comes from an expression").arg(entry.key));
                return std::nullopt;
            }
            canonical.push_back(item.canonical());
        }
        keys.append(entry.key);
        product *= qint64(canonical.size());
        if (product > maxCombinations) {
            noteUnknown(notes, matrix.location,
                        PipelineImport::tr("it has more than %1 combinations").arg(maxCombinations));
            return std::nullopt;
        }
        values.push_back(std::move(canonical));
    }
    const auto includes = entryList(matrix.findEntry(u"include"), notes);
    const auto exclusions = entryList(matrix.findEntry(u"exclude"), notes);
    if (!includes || !exclusions)
        return std::nullopt;
    // A matrix of includes only runs one job per include.
    if (keys.isEmpty())
        return int(includes->size());

    std::vector<Combination> combinations;
    combinations.reserve(std::size_t(product));
    std::vector<std::size_t> position(values.size(), 0);
    for (qint64 n = 0; n < product; ++n) {
        Combination combination;
        for (qsizetype k = 0; k < keys.size(); ++k)
            combination.insert(keys.at(k), values[std::size_t(k)][position[std::size_t(k)]]);
        bool excluded = false;
        for (const YamlValue *entry : *exclusions)
            excluded = excluded || takesOut(*entry, combination, keys);
        if (!excluded)
            combinations.push_back(std::move(combination));
        for (std::size_t k = values.size(); k-- > 0;) {
            if (++position[k] < values[k].size())
                break;
            position[k] = 0;
        }
    }
    int size = int(combinations.size());
    for (const YamlValue *entry : *includes) {
        bool extendsOne = false;
        for (const Combination &combination : combinations)
            extendsOne = extendsOne || agrees(*entry, combination, keys);
        if (!extendsOne)
            ++size;
    }
    return size;
}

} // namespace flowdeck::graph::importers
