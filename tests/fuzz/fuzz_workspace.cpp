// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes opening a workspace file: any bytes as a .flowdeck file, opened for writing (so that a file of an older
// schema is upgraded) and read as the window's first pages read it (the overview, the pipelines with their stages,
// the environments and their overview, the value stream maps). A file that is not a workspace, or a damaged one,
// must end in an error, never a crash. Seeds: the workspaces fuzz_workspace_seed writes.
#include "delivery/environmentoverview.h"
#include "fuzzinput.h"
#include "graph/environmentstore.h"
#include "graph/pipelinestore.h"
#include "overview/workspacesummary.h"
#include "store/workspace.h"
#include "valuestream/mapstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

using namespace flowdeck;
using namespace Qt::StringLiterals;

namespace {

int applicationArgc = 1;
QTemporaryDir *folder = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The SQL drivers are plugins, which need an application object to be found. It lives as long as the process
    // (held by Qt's own global pointer): destroyed among the static objects, it would outlive Qt's.
    applicationArgc = 1;
    new QCoreApplication(applicationArgc, *argv);
    folder = new QTemporaryDir;
    std::atexit([] { delete folder; });
    (void)argc;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = folder->filePath(u"fuzz.flowdeck"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();

    auto opened = store::Workspace::open(path);
    if (!opened)
        return 0;
    const QSqlDatabase db = (*opened)->connection();
    (void)loadWorkspaceSummary(db);
    if (auto pipelines = graph::listPipelines(db)) {
        for (const graph::PipelineListing &pipeline : *pipelines)
            (void)graph::loadPipeline(db, pipeline.row.id);
    }
    (void)graph::loadEnvironmentGraph(db);
    (void)loadEnvironmentOverview(db);
    (void)valuestream::listMaps(db);
    return 0;
}
