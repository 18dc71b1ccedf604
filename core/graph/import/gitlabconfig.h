// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/import/importnotes.h"
#include "graph/import/yamltree.h"

#include <QStringList>
#include <map>

namespace flowdeck::graph::importers {

/// A GitLab CI configuration with its local includes merged in.
struct GitLabConfig
{
    /// The merged top level: included files first (in the order included), the including file over them.
    YamlValue root;
    /// The files read: the top file, then each local include.
    QStringList files;
    /// Includes not read, as written ("project GNOME/citemplates, file templates/fedora.yml").
    QStringList unresolvedIncludes;
};

/// Reads `top` and the files it includes with `local:` (or a plain path), relative to the including file, or to
/// the folder of `top` (the repository root) for a path that starts with "/" or is not found beside the including
/// file. Other includes (project:, remote:, template:, component:) are listed and noted, not read. A local include
/// that is not YAML is an Error naming that file.
Result<GitLabConfig> loadGitLabConfig(const YamlFile &top, NoteList &notes);

/// GitLab's merge of two configurations: mappings are merged key by key, recursively; anything else in `over`
/// (a list, a single value) replaces what `base` has.
YamlValue deepMerge(const YamlValue &base, const YamlValue &over);

/// The jobs of a configuration with their `extends` applied (GitLab's rules: each name in the order listed,
/// each itself extended first, merged deeply, the job's own keys last). Missing or cyclic extends are noted.
class GitLabExtends
{
public:
    GitLabExtends(const YamlValue &root, NoteList &notes)
        : m_root(root)
        , m_notes(notes)
    {}

    /// The job `name` (a key of the top level) with its extends applied.
    const YamlValue &resolve(const QString &name);
    /// Whether the job (after resolve) extends a name that is not defined here, such as a template of an
    /// include that was not read: keys it lacks may come from there.
    bool isIncomplete(const QString &name) const
    {
        const auto found = m_incomplete.find(name);
        return found != m_incomplete.end() && found->second;
    }

private:
    const YamlValue &resolve(const QString &name, const YamlValue &job, QStringList &chain);

    const YamlValue &m_root;
    NoteList &m_notes;
    std::map<QString, YamlValue> m_resolved;
    std::map<QString, bool> m_incomplete;
};

} // namespace flowdeck::graph::importers
