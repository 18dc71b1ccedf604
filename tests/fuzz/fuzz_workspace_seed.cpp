// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seed workspaces of fuzz_workspace into the folder given: an empty workspace, and one holding a
// pipeline and the environments of tests/core/data/graph, made through the same store code the application uses.
#include "graph/environmentstore.h"
#include "graph/import/pipelinefile.h"
#include "graph/nativeformat.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace flowdeck;
using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "fuzz_workspace_seed: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    if (argc != 3)
        return fail(u"usage: fuzz_workspace_seed OUT_DIR GRAPH_DATA_DIR"_s);
    const QDir out(QFile::decodeName(argv[1]));
    const QDir data(QFile::decodeName(argv[2]));
    if (!QDir().mkpath(out.path()))
        return fail(u"cannot make %1"_s.arg(out.path()));
    for (const QString &name : {u"empty.flowdeck"_s, u"pipeline.flowdeck"_s})
        QFile::remove(out.filePath(name));
    {
        auto empty = store::Workspace::create(out.filePath(u"empty.flowdeck"_s));
        if (!empty)
            return fail(empty.errorMessage());
    }
    auto workspace = store::Workspace::create(out.filePath(u"pipeline.flowdeck"_s));
    if (!workspace)
        return fail(workspace.errorMessage());
    const QString pipelinePath = data.filePath(u"checkout.yml"_s);
    auto pipeline = graph::readPipelineFile(pipelinePath);
    if (!pipeline)
        return fail(pipeline.errorMessage());
    if (auto saved = graph::savePipelineFile(**workspace, *pipeline, pipelinePath); !saved)
        return fail(saved.errorMessage());
    auto environments = graph::loadEnvironmentsFile(data.filePath(u"environments.yml"_s));
    if (!environments)
        return fail(environments.errorMessage());
    if (auto saved = graph::saveEnvironmentGraph(**workspace, environments->environments); !saved)
        return fail(saved.errorMessage());
    workspace->reset();
    std::printf("fuzz_workspace_seed: wrote %s\n", qPrintable(out.path()));
    return 0;
}
