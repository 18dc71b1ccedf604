// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/import/formatdetection.h"

#include <QDir>
#include <QFileInfo>

namespace flowdeck::graph::importers {

using namespace Qt::StringLiterals;

namespace {

bool isYamlFile(const QFileInfo &info)
{
    const QString suffix = info.suffix().toLower();
    return suffix == "yml"_L1 || suffix == "yaml"_L1;
}

bool anyEntry(const YamlValue &map, const std::function<bool(const YamlValue &)> &test)
{
    return std::any_of(map.entries.begin(), map.entries.end(),
                       [&](const YamlEntry &entry) { return test(entry.value); });
}

} // namespace

std::optional<PipelineFormat> formatFromFileName(const QString &path)
{
    const QFileInfo info(path);
    if (!isYamlFile(info))
        return std::nullopt;
    const QString name = info.fileName().toLower();
    if (name.endsWith(".gitlab-ci.yml"_L1) || name.endsWith(".gitlab-ci.yaml"_L1))
        return PipelineFormat::GitLabCi;
    const QString folder = QDir::fromNativeSeparators(info.absolutePath());
    if (folder.endsWith("/.github/workflows"_L1))
        return PipelineFormat::GitHubActions;
    return std::nullopt;
}

std::optional<PipelineFormat> formatFromContent(const YamlValue &root)
{
    if (!root.isMap())
        return std::nullopt;
    if (root.find(u"pipeline"))
        return PipelineFormat::Flowdeck;
    if (const YamlValue *jobs = root.find(u"jobs")) {
        if (jobs->isSequence()) {
            const bool plans = std::any_of(jobs->items.begin(), jobs->items.end(),
                                           [](const YamlValue &job) { return job.isMap() && job.find(u"plan"); });
            if (plans || root.find(u"resources") || root.find(u"resource_types"))
                return PipelineFormat::Concourse;
        } else if (jobs->isMap()) {
            // A GitLab job may be called "jobs"; it has a script.
            if (!jobs->find(u"script")) {
                const bool workflowJobs = anyEntry(*jobs, [](const YamlValue &job) {
                    return job.isMap() && (job.find(u"runs-on") || job.find(u"steps") || job.find(u"uses"));
                });
                if (workflowJobs || root.find(u"on") || root.find(u"true"))
                    return PipelineFormat::GitHubActions;
            }
        }
    }
    if (root.find(u"stages") || root.find(u"include"))
        return PipelineFormat::GitLabCi;
    const bool gitlabJobs = anyEntry(root, [](const YamlValue &job) {
        return job.isMap() &&
               (job.find(u"script") || job.find(u"trigger") || job.find(u"extends") || job.find(u"stage"));
    });
    if (gitlabJobs)
        return PipelineFormat::GitLabCi;
    return std::nullopt;
}

} // namespace flowdeck::graph::importers
