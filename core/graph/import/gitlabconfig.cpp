// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/import/gitlabconfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

namespace flowdeck::graph::importers {

using namespace Qt::StringLiterals;

namespace {

/// GitLab's own limit of nested includes.
constexpr int maxIncludeDepth = 100;

/// A glob of GitLab's local includes as a regular expression over a path relative to the root: `*` within one
/// folder, `**` across folders.
QRegularExpression globExpression(const QString &glob)
{
    QString pattern;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*' && i + 1 < glob.size() && glob.at(i + 1) == u'*') {
            const bool folders = i + 2 < glob.size() && glob.at(i + 2) == u'/';
            pattern += folders ? "(?:.*/)?"_L1 : ".*"_L1;
            i += folders ? 2 : 1;
        } else if (c == u'*') {
            pattern += "[^/]*"_L1;
        } else if (c == u'?') {
            pattern += "[^/]"_L1;
        } else {
            pattern += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

class IncludeLoader
{
public:
    IncludeLoader(const QString &topPath, NoteList &notes, GitLabConfig &config)
        : m_root(QDir::cleanPath(QFileInfo(topPath).absolutePath()))
        , m_notes(notes)
        , m_config(config)
    {}

    /// The document with everything it includes merged under it.
    Result<YamlValue> expand(const YamlValue &document, const QString &path, QStringList &chain)
    {
        YamlValue merged;
        merged.type = YamlValue::Type::Map;
        merged.location = document.location;
        YamlValue rest = merged;
        for (const YamlEntry &entry : document.entries) {
            if (entry.key != "include"_L1) {
                rest.entries.push_back(entry);
                continue;
            }
            std::vector<const YamlValue *> items;
            if (entry.value.isSequence()) {
                for (const YamlValue &item : entry.value.items)
                    items.push_back(&item);
            } else if (entry.value.isScalar() || entry.value.isMap()) {
                items.push_back(&entry.value);
            } else {
                m_notes.add(entry.value.location,
                            PipelineImport::tr("include is %1; nothing is included.").arg(entry.value.typeName()));
            }
            for (const YamlValue *item : items) {
                auto included = include(*item, path, chain);
                if (!included)
                    return included.error();
                for (const YamlValue &value : *included)
                    merged = deepMerge(merged, value);
            }
        }
        return deepMerge(merged, rest);
    }

private:
    void unresolved(const YamlValue &item, const QString &what)
    {
        m_config.unresolvedIncludes.append(what);
        m_notes.add(item.location, PipelineImport::tr("The include %1 is not read: jobs and templates it defines are "
                                                      "unknown here.")
                                       .arg(what));
    }

    /// The expanded documents one include item brings in (none for an include that is not read).
    Result<std::vector<YamlValue>> include(const YamlValue &item, const QString &path, QStringList &chain)
    {
        if (item.isOpaque()) {
            m_notes.add(item.location, PipelineImport::tr("An include tagged %1 is not followed.").arg(item.tag));
            return std::vector<YamlValue>{};
        }
        if (item.isScalar()) {
            if (item.scalar.startsWith("https://"_L1) || item.scalar.startsWith("http://"_L1)) {
                unresolved(item, PipelineImport::tr("remote %1").arg(item.scalar));
                return std::vector<YamlValue>{};
            }
            return local(item, item.scalar, path, chain);
        }
        if (!item.isMap()) {
            m_notes.add(item.location, PipelineImport::tr("An include is %1; it is not read.").arg(item.typeName()));
            return std::vector<YamlValue>{};
        }
        if (const YamlValue *file = item.find(u"local")) {
            if (item.find(u"rules"))
                m_notes.add(item.location,
                            PipelineImport::tr("The rules of this include are not evaluated: the file is "
                                               "read as if they allowed it."));
            if (!file->isScalar()) {
                m_notes.add(file->location,
                            PipelineImport::tr("local is %1, not a path; it is not read.").arg(file->typeName()));
                return std::vector<YamlValue>{};
            }
            return local(*file, file->scalar, path, chain);
        }
        if (const QString project = item.text(u"project"); !project.isEmpty()) {
            const QString ref = item.text(u"ref");
            QStringList files;
            if (const YamlValue *file = item.find(u"file"); file && file->isSequence()) {
                for (const YamlValue &one : file->items)
                    files.append(one.scalar);
            } else {
                files.append(item.text(u"file"));
            }
            for (const QString &file : files) {
                unresolved(item, ref.isEmpty()
                                     ? PipelineImport::tr("project %1, file %2").arg(project, file)
                                     : PipelineImport::tr("project %1, file %2, ref %3").arg(project, file, ref));
            }
        } else if (const QString remote = item.text(u"remote"); !remote.isEmpty()) {
            unresolved(item, PipelineImport::tr("remote %1").arg(remote));
        } else if (const QString templateName = item.text(u"template"); !templateName.isEmpty()) {
            unresolved(item, PipelineImport::tr("template %1").arg(templateName));
        } else if (const QString component = item.text(u"component"); !component.isEmpty()) {
            unresolved(item, PipelineImport::tr("component %1").arg(component));
        } else {
            m_notes.add(item.location, PipelineImport::tr("This include has none of local, project, remote, template "
                                                          "and component; it is not read."));
        }
        return std::vector<YamlValue>{};
    }

    /// The files a local include names: one path, or every file a glob matches, in name order.
    QStringList localFiles(const QString &name, const QString &includingPath) const
    {
        if (name.contains(u'*') || name.contains(u'?')) {
            const QString glob = name.startsWith(u'/') ? name.mid(1) : name;
            const QRegularExpression expression = globExpression(glob);
            QStringList matches;
            QDirIterator files(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString file = files.next();
                if (expression.match(QDir(m_root).relativeFilePath(file)).hasMatch())
                    matches.append(file);
            }
            matches.sort();
            return matches;
        }
        if (name.startsWith(u'/'))
            return {QDir::cleanPath(m_root + name)};
        const QString beside = QDir::cleanPath(QFileInfo(includingPath).absolutePath() + u'/' + name);
        if (QFileInfo(beside).isFile())
            return {beside};
        return {QDir::cleanPath(m_root + u'/' + name)};
    }

    Result<std::vector<YamlValue>> local(const YamlValue &item, const QString &name, const QString &includingPath,
                                         QStringList &chain)
    {
        std::vector<YamlValue> result;
        const QStringList files = localFiles(name, includingPath);
        if (files.isEmpty()) {
            unresolved(item, PipelineImport::tr("local %1 (no file matches)").arg(name));
            return result;
        }
        for (const QString &file : files) {
            if (file != m_root && !file.startsWith(m_root + u'/')) {
                unresolved(item, PipelineImport::tr("local %1 (outside the folder of the top file)").arg(name));
                continue;
            }
            if (!QFileInfo(file).isFile()) {
                unresolved(item, PipelineImport::tr("local %1 (not found)").arg(name));
                continue;
            }
            if (chain.contains(file)) {
                m_notes.add(item.location, PipelineImport::tr("%1 includes itself (through %2); it is read once.")
                                               .arg(name, chain.join(" -> "_L1)));
                continue;
            }
            if (chain.size() > maxIncludeDepth) {
                m_notes.add(item.location, PipelineImport::tr("Includes nest more than %1 deep; %2 is not read.")
                                               .arg(maxIncludeDepth)
                                               .arg(name));
                continue;
            }
            auto read = readYamlFile(file);
            if (!read)
                return read.error();
            m_notes.append(read->notes);
            if (!m_config.files.contains(file))
                m_config.files.append(file);
            if (read->documents.empty() || (read->documents.size() == 1 && read->documents.front().isNull())) {
                m_notes.add(item.location, PipelineImport::tr("The included file %1 is empty.").arg(name));
                continue;
            }
            auto document = definitionDocument(*read, m_notes);
            if (!document)
                return document.error();
            chain.append(file);
            auto expanded = expand(**document, file, chain);
            chain.removeLast();
            if (!expanded)
                return expanded.error();
            result.push_back(std::move(*expanded));
        }
        return result;
    }

    QString m_root;
    NoteList &m_notes;
    GitLabConfig &m_config;
};

} // namespace

YamlValue deepMerge(const YamlValue &base, const YamlValue &over)
{
    if (!base.isMap() || !over.isMap() || base.isOpaque() || over.isOpaque())
        return over;
    YamlValue result = base;
    result.location = over.location;
    for (const YamlEntry &entry : over.entries) {
        auto existing = std::find_if(result.entries.begin(), result.entries.end(),
                                     [&](const YamlEntry &e) { return e.key == entry.key; });
        if (existing == result.entries.end()) {
            result.entries.push_back(entry);
        } else {
            existing->value = deepMerge(existing->value, entry.value);
            existing->keyLocation = entry.keyLocation;
        }
    }
    return result;
}

Result<GitLabConfig> loadGitLabConfig(const YamlFile &top, NoteList &notes)
{
    GitLabConfig config;
    notes.append(top.notes);
    config.files.append(top.path);
    auto document = definitionDocument(top, notes);
    if (!document)
        return document.error();
    IncludeLoader loader(top.path, notes, config);
    QStringList chain{QDir::cleanPath(QFileInfo(top.path).absoluteFilePath())};
    auto root = loader.expand(**document, top.path, chain);
    if (!root)
        return root.error();
    config.root = std::move(*root);
    return config;
}

const YamlValue &GitLabExtends::resolve(const QString &name)
{
    static const YamlValue none;
    const YamlValue *job = m_root.find(name);
    if (!job)
        return none;
    QStringList chain;
    return resolve(name, *job, chain);
}

const YamlValue &GitLabExtends::resolve(const QString &name, const YamlValue &job, QStringList &chain)
{
    if (const auto done = m_resolved.find(name); done != m_resolved.end())
        return done->second;
    const YamlValue *extends = job.isMap() ? job.find(u"extends") : nullptr;
    if (!extends)
        return m_resolved.emplace(name, job).first->second;

    std::vector<const YamlValue *> parents;
    if (extends->isScalar()) {
        parents.push_back(extends);
    } else if (extends->isSequence() && !extends->isOpaque()) {
        for (const YamlValue &item : extends->items)
            parents.push_back(&item);
    } else {
        m_notes.add(extends->location, PipelineImport::tr("extends is %1, not a name or a list of names; it is not "
                                                          "followed.")
                                           .arg(extends->isOpaque() ? extends->tag : extends->typeName()));
    }
    chain.append(name);
    bool incomplete = false;
    YamlValue merged;
    merged.type = YamlValue::Type::Map;
    for (const YamlValue *parent : parents) {
        const YamlValue *definition = parent->isScalar() ? m_root.find(parent->scalar) : nullptr;
        if (!parent->isScalar()) {
            m_notes.add(parent->location,
                        PipelineImport::tr("An entry of extends is %1, not a name; it is not followed.")
                            .arg(parent->typeName()));
        } else if (chain.contains(parent->scalar)) {
            m_notes.add(
                parent->location,
                PipelineImport::tr("extends %1 leads back to itself (%2); it is not followed.")
                    .arg(parent->scalar,
                         (chain.mid(chain.indexOf(parent->scalar)) + QStringList{parent->scalar}).join(" -> "_L1)));
        } else if (!definition) {
            incomplete = true;
            m_notes.add(parent->location,
                        PipelineImport::tr("%1 extends %2, which is not defined here (it may come from "
                                           "an include that was not read).")
                            .arg(name, parent->scalar));
        } else if (!definition->isMap()) {
            m_notes.add(parent->location, PipelineImport::tr("%1 extends %2, which is %3, not a mapping.")
                                              .arg(name, parent->scalar, definition->typeName()));
        } else {
            merged = deepMerge(merged, resolve(parent->scalar, *definition, chain));
            incomplete = incomplete || isIncomplete(parent->scalar);
        }
    }
    chain.removeLast();
    m_incomplete[name] = incomplete;
    return m_resolved.emplace(name, deepMerge(merged, job)).first->second;
}

} // namespace flowdeck::graph::importers
