// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes a pipeline file's import, as `flowdeck pipeline import` and the Pipelines page read one: any bytes as a
// file of the format FLOWDECK_FUZZ_FORMAT names (built once per format: GitHub Actions, GitLab CI, Concourse and
// the native Flowdeck format), read, imported and validated by readPipelineFile(). The file lies alone in a folder
// of its own, so that GitLab's local includes and globs find nothing else. Seeds: ../shared/fixtures/pipelines and
// tests/core/data/graph.
#include "fuzzinput.h"
#include "graph/import/pipelinefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

using namespace flowdeck;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<QTemporaryDir> folder;
QString path;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    folder = std::make_unique<QTemporaryDir>();
    const graph::PipelineFormat format = graph::PipelineFormat::FLOWDECK_FUZZ_FORMAT;
    QString name = u"pipeline.yml"_s;
    if (format == graph::PipelineFormat::GitHubActions) {
        QDir(folder->path()).mkpath(u".github/workflows"_s);
        name = u".github/workflows/ci.yml"_s;
    } else if (format == graph::PipelineFormat::GitLabCi) {
        name = u".gitlab-ci.yml"_s;
    }
    path = folder->filePath(name);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    (void)graph::readPipelineFile(path, graph::PipelineFormat::FLOWDECK_FUZZ_FORMAT);
    return 0;
}
