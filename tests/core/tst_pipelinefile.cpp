// SPDX-License-Identifier: GPL-3.0-or-later
// Any pipeline file read and saved into a real workspace file, as 'flowdeck pipeline import' and the Pipelines page
// both do it: Flowdeck files and other tools' files, their notes, the refusal of a name taken by another pipeline,
// a second import updating the first, and bad files.
#include "pipelineimporttesting.h"
#include "workspacefile.h"

#include "graph/import/pipelinefile.h"
#include "graph/pipelinestore.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::graph;
using namespace flowdeck::store;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(FLOWDECK_SHARED_FIXTURES) + u"/pipelines/"_s + name;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A Flowdeck file: build, then test, then a deploy to staging; `owner` is not a key of a stage (line 9).
const QByteArray nativeText = "# Flowdeck pipeline\n"
                              "pipeline: checkout\n"
                              "stages:\n"
                              "  - name: build\n"
                              "    kind: build\n"
                              "  - name: test\n"
                              "    kind: test\n"
                              "    needs: [build]\n"
                              "    owner: team-a\n"
                              "  - name: deploy\n"
                              "    kind: deploy\n"
                              "    environment: staging\n"
                              "    needs: [test]\n";

/// A GitLab CI configuration with an include from another project (line 3), which is not read.
const QByteArray gitlabText = "stages: [build, test]\n"
                              "include:\n"
                              "  - project: group/templates\n"
                              "    file: /ci/lint.yml\n"
                              "compile:\n"
                              "  stage: build\n"
                              "  script: make\n"
                              "unit:\n"
                              "  stage: test\n"
                              "  needs: [compile]\n"
                              "  script: make check\n";

} // namespace

class TestPipelineFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Writes `text` to the scratch file `name`, reads it and saves it into `workspace`, as an import does.
    Result<SavedPipelineFile> importText(const Workspace &workspace, const QString &name, const QByteArray &text)
    {
        const QString path = writeDefinition(m_dir, name, text);
        auto read = readPipelineFile(path);
        if (!read)
            return read.error();
        return savePipelineFile(workspace, *read, path);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void formatTitles()
    {
        QCOMPARE(pipelineFormatTitle(PipelineFormat::GitHubActions), u"GitHub Actions"_s);
        QCOMPARE(pipelineFormatTitle(PipelineFormat::GitLabCi), u"GitLab CI"_s);
        QCOMPARE(pipelineFormatTitle(PipelineFormat::Concourse), u"Concourse"_s);
        QCOMPARE(pipelineFormatTitle(PipelineFormat::Flowdeck), u"Flowdeck"_s);
    }

    void readsAFlowdeckFile()
    {
        const QString path = writeDefinition(m_dir, u"native/checkout.yml"_s, nativeText);
        auto read = readPipelineFile(path);
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QCOMPARE(read->format, PipelineFormat::Flowdeck);
        QCOMPARE(read->pipeline.name, u"checkout"_s);
        QCOMPARE(stageNames(read->pipeline), QStringList({u"build"_s, u"test"_s, u"deploy"_s}));
        QCOMPARE(edgeList(read->pipeline), QStringList({u"build -> test"_s, u"test -> deploy"_s}));
        // The unknown key is noted where it stands; nothing else is.
        QCOMPARE(noteLines(read->notes), QList<int>{9});
        QCOMPARE(read->notes.first().location.file, path);
        QVERIFY2(read->notes.first().message.contains(u"owner"_s), qPrintable(describeNotes(read->notes)));
        QVERIFY(read->unresolvedIncludes.isEmpty());
        QCOMPARE(read->definition, QString::fromUtf8(nativeText));
    }

    void readsAnotherToolsFile()
    {
        // python/cpython's build workflow "Tests": check_source, and seven jobs that need it.
        const QString workflow = fixture(u"github-actions/python-cpython__build.yml"_s);
        auto github = readPipelineFile(workflow);
        QVERIFY2(github, qPrintable(github.errorMessage()));
        QCOMPARE(github->format, PipelineFormat::GitHubActions);
        QCOMPARE(github->pipeline.name, u"Tests"_s);
        const QStringList needers{
            u"check_abi"_s,   u"check_generated_files"_s, u"build_win32"_s,          u"build_win_amd64"_s,
            u"build_macos"_s, u"build_ubuntu"_s,          u"build_ubuntu_ssltests"_s};
        QCOMPARE(stageNames(github->pipeline), QStringList{u"check_source"_s} + needers);
        QStringList edges;
        for (const QString &stage : needers)
            edges.append(u"check_source -> "_s + stage);
        edges.sort();
        QCOMPARE(edgeList(github->pipeline), edges);
        QCOMPARE(github->definition, QString::fromUtf8(contentsOf(workflow)));

        // A GitLab file takes the name of its folder; the other project's include is left unread and noted.
        const QString gitlab = writeDefinition(m_dir, u"shop/.gitlab-ci.yml"_s, gitlabText);
        auto read = readPipelineFile(gitlab);
        QVERIFY2(read, qPrintable(read.errorMessage()));
        QCOMPARE(read->format, PipelineFormat::GitLabCi);
        QCOMPARE(read->pipeline.name, u"shop"_s);
        QCOMPARE(stageNames(read->pipeline), QStringList({u"compile"_s, u"unit"_s}));
        QCOMPARE(edgeList(read->pipeline), QStringList{u"compile -> unit"_s});
        QCOMPARE(read->unresolvedIncludes, QStringList{u"project group/templates, file /ci/lint.yml"_s});
        QCOMPARE(noteLines(read->notes), QList<int>{3});
        QCOMPARE(read->definition, QString::fromUtf8(gitlabText));

        // A format given is not told from the file again: the same text as a file name would not reveal.
        const QString plain = writeDefinition(m_dir, u"plain/pipeline.yml"_s, gitlabText);
        auto given = readPipelineFile(plain, PipelineFormat::GitLabCi);
        QVERIFY2(given, qPrintable(given.errorMessage()));
        QCOMPARE(given->format, PipelineFormat::GitLabCi);
        QCOMPARE(stageNames(given->pipeline), QStringList({u"compile"_s, u"unit"_s}));
    }

    void savesAndUpdatesOnePipeline()
    {
        auto created = Workspace::create(m_dir.filePath(u"save.flowdeck"_s));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        const Workspace &workspace = **created;
        const QString path = writeDefinition(m_dir, u"save/checkout.yml"_s, nativeText);
        auto read = readPipelineFile(path);
        QVERIFY2(read, qPrintable(read.errorMessage()));

        auto first = savePipelineFile(workspace, *read, path);
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QVERIFY(first->created);
        QCOMPARE(first->revision, 1);
        QCOMPARE(first->name, u"checkout"_s);
        // The workspace had no environments: the deploy stage's is added.
        QCOMPARE(first->addedEnvironments, QStringList{u"staging"_s});
        auto stored = loadPipeline(workspace.connection(), first->pipelineId);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->row.name, u"checkout"_s);
        QCOMPARE(stored->row.source, u"flowdeck"_s);
        QCOMPARE(stored->row.externalId, u"checkout"_s);
        QCOMPARE(stored->row.format, u"flowdeck"_s);
        QCOMPARE(stored->row.definition, QString::fromUtf8(nativeText));
        QCOMPARE(stageNames(stored->spec), QStringList({u"build"_s, u"test"_s, u"deploy"_s}));

        // The same file again, with a stage less: the same pipeline, one revision on, nothing added.
        QByteArray shorter = nativeText;
        shorter.truncate(shorter.indexOf("  - name: deploy"));
        QVERIFY(writeDefinition(m_dir, u"save/checkout.yml"_s, shorter) == path);
        auto again = readPipelineFile(path);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        auto second = savePipelineFile(workspace, *again, path);
        QVERIFY2(second, qPrintable(second.errorMessage()));
        QVERIFY(!second->created);
        QCOMPARE(second->pipelineId, first->pipelineId);
        QCOMPARE(second->revision, 2);
        QVERIFY(second->addedEnvironments.isEmpty());
        QCOMPARE(countRows(workspace.path(), u"pipelines"_s), 1);
        QCOMPARE(countRows(workspace.path(), u"stages"_s), 2);
        stored = loadPipeline(workspace.connection(), first->pipelineId);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->row.definition, QString::fromUtf8(shorter));

        // Contents that did not come from readPipelineFile() are checked all the same: a stage that needs itself
        // is refused, and the workspace keeps what it held.
        PipelineFileContents handMade = *again;
        handMade.pipeline.stages.last().needs.append(u"test"_s);
        auto refused = savePipelineFile(workspace, handMade, path);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"“test”"_s), qPrintable(refused.errorMessage()));
        QCOMPARE(countRows(workspace.path(), u"pipelines"_s), 1);
        QCOMPARE(countRows(workspace.path(), u"stages"_s), 2);
        stored = loadPipeline(workspace.connection(), first->pipelineId);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->row.revision, 2);
        QCOMPARE(edgeList(stored->spec), QStringList{u"build -> test"_s});
    }

    void refusesANameTakenByAnotherPipeline()
    {
        auto created = Workspace::create(m_dir.filePath(u"taken.flowdeck"_s));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        const Workspace &workspace = **created;
        const QString workflow = fixture(u"github-actions/python-cpython__build.yml"_s);
        auto github = readPipelineFile(workflow);
        QVERIFY2(github, qPrintable(github.errorMessage()));
        auto saved = savePipelineFile(workspace, *github, workflow);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
        QCOMPARE(countRows(workspace.path(), u"stages"_s), 8);

        // A Flowdeck file of another pipeline called "Tests": refused, naming the name, its source and the file.
        auto taken = importText(workspace, u"taken/tests.yml"_s, "pipeline: Tests\nstages:\n  - name: a\n");
        QVERIFY(!taken);
        const QString native = m_dir.filePath(u"taken/tests.yml"_s);
        QVERIFY2(taken.errorMessage().contains(u"already has a pipeline named “Tests”, from github"_s),
                 qPrintable(taken.errorMessage()));
        QVERIFY2(taken.errorMessage().contains(native), qPrintable(taken.errorMessage()));
        QVERIFY2(taken.errorMessage().contains(u"--name"_s), qPrintable(taken.errorMessage()));
        QCOMPARE(countRows(workspace.path(), u"pipelines"_s), 1);
        QCOMPARE(countRows(workspace.path(), u"stages"_s), 8);

        // Under a name of its own it is a second pipeline, known by that name.
        auto read = readPipelineFile(native);
        QVERIFY2(read, qPrintable(read.errorMessage()));
        auto renamed = savePipelineFile(workspace, *read, native, u"Tests (Flowdeck)"_s);
        QVERIFY2(renamed, qPrintable(renamed.errorMessage()));
        QVERIFY(renamed->created);
        QCOMPARE(renamed->name, u"Tests (Flowdeck)"_s);
        QVERIFY(renamed->pipelineId != saved->pipelineId);
        auto stored = loadPipeline(workspace.connection(), renamed->pipelineId);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->row.name, u"Tests (Flowdeck)"_s);
        QCOMPARE(stored->row.source, u"flowdeck"_s);
        QCOMPARE(stored->row.externalId, u"Tests (Flowdeck)"_s);
        QCOMPARE(countRows(workspace.path(), u"pipelines"_s), 2);
        QCOMPARE(countRows(workspace.path(), u"stages"_s), 9);

        // The workflow itself, imported again, still updates its own pipeline.
        auto again = savePipelineFile(workspace, *github, workflow);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QVERIFY(!again->created);
        QCOMPARE(again->pipelineId, saved->pipelineId);
        QCOMPARE(again->revision, 2);

        // A GitHub pipeline saved under the name "Tests (Flowdeck)" is refused too: that name is the Flowdeck one's.
        auto clash = savePipelineFile(workspace, *github, workflow, u"Tests (Flowdeck)"_s);
        QVERIFY(!clash);
        QVERIFY2(clash.errorMessage().contains(u"“Tests (Flowdeck)”, from flowdeck"_s),
                 qPrintable(clash.errorMessage()));
        QCOMPARE(countRows(workspace.path(), u"pipelines"_s), 2);
        QCOMPARE(countRows(workspace.path(), u"stages"_s), 9);

        // A pipeline of the same source that is known by another id (saved under another name, then renamed) keeps
        // its name too: a Flowdeck file of that name would otherwise become a second pipeline called the same.
        StageSpec ship;
        ship.name = u"ship"_s;
        const PipelineSpec release{u"Release"_s, {ship}};
        PipelineSaveOptions elsewhere;
        elsewhere.externalId = u"release-2023"_s;
        QVERIFY(savePipeline(workspace, release, elsewhere));
        auto sameSource = importText(workspace, u"taken/release.yml"_s, "pipeline: Release\nstages:\n  - name: ship\n");
        QVERIFY(!sameSource);
        QVERIFY2(sameSource.errorMessage().contains(u"“Release”, from flowdeck"_s),
                 qPrintable(sameSource.errorMessage()));
        QCOMPARE(countRows(workspace.path(), u"pipelines"_s), 3);
    }

    void badFilesAreErrorsNamingTheirPlace()
    {
        // Each is refused by the read, before a workspace is opened, so nothing of it can be stored.
        // Stage b, defined at line 4 (its name at column 5), needs itself.
        const QString cycle = writeDefinition(m_dir, u"bad/loop.yml"_s,
                                              "pipeline: Loop\nstages:\n  - name: a\n  - name: b\n    needs: [a, b]\n");
        auto looped = readPipelineFile(cycle);
        QVERIFY(!looped);
        QVERIFY2(looped.errorMessage().contains(cycle + u":4:5:"_s), qPrintable(looped.errorMessage()));
        QVERIFY2(looped.errorMessage().contains(u"“b”"_s), qPrintable(looped.errorMessage()));

        // A GitHub workflow whose two jobs need each other; lint, the first, is at line 3.
        const QString circle = writeDefinition(m_dir, u"bad/.github/workflows/ci.yml"_s,
                                               "on: [push]\n"
                                               "jobs:\n"
                                               "  lint:\n"
                                               "    needs: package\n"
                                               "    runs-on: ubuntu-latest\n"
                                               "    steps: [{run: make lint}]\n"
                                               "  package:\n"
                                               "    needs: lint\n"
                                               "    runs-on: ubuntu-latest\n"
                                               "    steps: [{run: make dist}]\n");
        auto circular = readPipelineFile(circle);
        QVERIFY(!circular);
        QVERIFY2(circular.errorMessage().contains(circle + u":3:3:"_s), qPrintable(circular.errorMessage()));
        QVERIFY2(circular.errorMessage().contains(u"“lint” → “package” → “lint”"_s),
                 qPrintable(circular.errorMessage()));

        // Not YAML: the flow sequence opened at line 2 is still open where the file ends, at the start of line 3.
        const QString broken = writeDefinition(m_dir, u"bad/broken.yml"_s, "pipeline: broken\nstages: [a, b\n");
        auto unreadable = readPipelineFile(broken);
        QVERIFY(!unreadable);
        QVERIFY2(unreadable.errorMessage().contains(broken + u", line 3, column 1"_s),
                 qPrintable(unreadable.errorMessage()));

        // Not a pipeline of any kind.
        const QString notes = writeDefinition(m_dir, u"bad/notes.yml"_s, "just: a\nmap: of things\n");
        auto unknownKind = readPipelineFile(notes);
        QVERIFY(!unknownKind);
        QVERIFY2(unknownKind.errorMessage().contains(notes), qPrintable(unknownKind.errorMessage()));

        // A file that is not there.
        const QString absent = m_dir.filePath(u"bad/absent.yml"_s);
        auto gone = readPipelineFile(absent, PipelineFormat::Flowdeck);
        QVERIFY(!gone);
        QVERIFY2(gone.errorMessage().contains(absent), qPrintable(gone.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestPipelineFile)
#include "tst_pipelinefile.moc"
