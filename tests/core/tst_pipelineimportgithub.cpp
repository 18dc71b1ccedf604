// SPDX-License-Identifier: GPL-3.0-or-later
// The GitHub Actions reader on small workflows written here, one rule each. Lines in the expectations count
// from the first line of each snippet.
#include "pipelineimporttesting.h"

#include "graph/import/pipelineimport.h"

#include <QTest>

using namespace flowdeck;
using namespace flowdeck::graph;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

class TestPipelineImportGitHub : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    ImportedPipeline import(const QByteArray &text)
    {
        const QString path = writeDefinition(m_dir, u".github/workflows/ci.yml"_s, text);
        auto result = importPipelineFile(path);
        if (!result) {
            qWarning() << result.errorMessage();
            return {};
        }
        return std::move(*result);
    }

    std::optional<int> matrixOf(const QByteArray &matrix, QList<Note> *notes = nullptr)
    {
        const ImportedPipeline imported = import("on: push\n"
                                                 "jobs:\n"
                                                 "  m:\n"
                                                 "    runs-on: ubuntu-latest\n"
                                                 "    strategy:\n"
                                                 "      matrix:\n" +
                                                 matrix);
        if (notes)
            *notes = imported.notes;
        return imported.pipeline.stages.value(0).matrixSize;
    }

private slots:
    void needsAsTextOrList()
    {
        const ImportedPipeline imported = import("on: push\n"
                                                 "jobs:\n"
                                                 "  a:\n"
                                                 "    runs-on: x\n"
                                                 "  b:\n"
                                                 "    needs: a\n"
                                                 "  c:\n"
                                                 "    needs: [a, b]\n"
                                                 "  d:\n"
                                                 "    needs:\n"
                                                 "      - c\n"
                                                 "      - c\n");
        QCOMPARE(stageNames(imported.pipeline), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}));
        QCOMPARE(edgeList(imported.pipeline), (QStringList{u"a -> b"_s, u"a -> c"_s, u"b -> c"_s, u"c -> d"_s}));
        QVERIFY2(imported.notes.isEmpty(), qPrintable(describeNotes(imported.notes)));
        QCOMPARE(imported.pipeline.stages.at(2).location.line, 7);
        QCOMPARE(imported.pipeline.name, u"ci"_s);
    }

    void needsOfNoJobAreLeftOutWithANote()
    {
        const ImportedPipeline imported = import("on: push\n"
                                                 "jobs:\n"
                                                 "  a:\n"
                                                 "    needs: [ghost, b]\n"
                                                 "  b:\n"
                                                 "    needs: {job: a}\n"
                                                 "  c: just text\n");
        QCOMPARE(stageNames(imported.pipeline), (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(edgeList(imported.pipeline), QStringList{u"b -> a"_s});
        // ghost on line 4; the mapping on line 6; job c on line 7.
        QCOMPARE(noteLines(imported.notes), (QList<int>{4, 6, 7}));
        QVERIFY(imported.notes.at(0).message.contains(u"ghost"_s));
        QCOMPARE(imported.notes.at(0).location.column, 13);
    }

    void environmentAsNameOrMapping()
    {
        const ImportedPipeline imported = import("name: Deploy\n"
                                                 "on: push\n"
                                                 "jobs:\n"
                                                 "  stage:\n"
                                                 "    environment: staging\n"
                                                 "  prod:\n"
                                                 "    environment:\n"
                                                 "      name: production\n"
                                                 "      url: https://example.org\n"
                                                 "  nameless:\n"
                                                 "    environment:\n"
                                                 "      url: https://example.org\n"
                                                 "  dynamic:\n"
                                                 "    environment: ${{ inputs.target }}\n");
        QCOMPARE(imported.pipeline.name, u"Deploy"_s);
        QCOMPARE(findStage(imported.pipeline, u"stage"_s)->environment, u"staging"_s);
        QCOMPARE(findStage(imported.pipeline, u"prod"_s)->environment, u"production"_s);
        QCOMPARE(findStage(imported.pipeline, u"nameless"_s)->environment, QString());
        QCOMPARE(findStage(imported.pipeline, u"dynamic"_s)->environment, u"${{ inputs.target }}"_s);
        // An environment makes a deploy stage, whatever the name says.
        QCOMPARE(findStage(imported.pipeline, u"stage"_s)->kind, u"deploy"_s);
        QCOMPARE(findStage(imported.pipeline, u"prod"_s)->kind, u"deploy"_s);
        QCOMPARE(findStage(imported.pipeline, u"nameless"_s)->kind, u"other"_s);
        QCOMPARE(noteLines(imported.notes), (QList<int>{12, 14}));
    }

    void reusableWorkflowJobs()
    {
        const ImportedPipeline imported = import("on: push\n"
                                                 "jobs:\n"
                                                 "  docs:\n"
                                                 "    uses: ./.github/workflows/publish-docs.yml\n"
                                                 "  shared:\n"
                                                 "    uses: octo-org/ci/.github/workflows/scan.yml@v2\n"
                                                 "    needs: docs\n");
        QCOMPARE(findStage(imported.pipeline, u"docs"_s)->uses, u"./.github/workflows/publish-docs.yml"_s);
        QCOMPARE(findStage(imported.pipeline, u"shared"_s)->uses, u"octo-org/ci/.github/workflows/scan.yml@v2"_s);
        // The job ids say nothing; the workflows' file names do.
        QCOMPARE(findStage(imported.pipeline, u"docs"_s)->kind, u"deploy"_s);
        QCOMPARE(findStage(imported.pipeline, u"shared"_s)->kind, u"security"_s);
        QCOMPARE(edgeList(imported.pipeline), QStringList{u"docs -> shared"_s});
    }

    void kindsFromNamesAndActions()
    {
        const ImportedPipeline imported = import("on: push\n"
                                                 "jobs:\n"
                                                 "  compileAll:\n"
                                                 "    runs-on: x\n"
                                                 "  unit-tests:\n"
                                                 "    runs-on: x\n"
                                                 "  build-and-deploy:\n"
                                                 "    runs-on: x\n"
                                                 "  approve_release:\n"
                                                 "    runs-on: x\n"
                                                 "  analyze:\n"
                                                 "    runs-on: x\n"
                                                 "  j1:\n"
                                                 "    name: Lint sources\n"
                                                 "  j2:\n"
                                                 "    steps:\n"
                                                 "      - uses: actions/checkout@v4\n"
                                                 "      - uses: github/codeql-action/analyze@v3\n"
                                                 "  j3:\n"
                                                 "    steps:\n"
                                                 "      - uses: actions/deploy-pages@v4\n"
                                                 "  j4:\n"
                                                 "    steps:\n"
                                                 "      - run: make\n");
        QStringList kinds;
        for (const StageSpec &stage : imported.pipeline.stages)
            kinds.append(stage.kind);
        QCOMPARE(kinds, (QStringList{u"build"_s, u"test"_s, u"deploy"_s, u"approval"_s, u"security"_s, u"test"_s,
                                     u"security"_s, u"deploy"_s, u"other"_s}));
    }

    void onReadAsTrueIsStillAWorkflow()
    {
        // A workflow written back by a YAML 1.1 reader has `true:` where `on:` was.
        const QString path = writeDefinition(m_dir, u"written-back.yml"_s,
                                             "true:\n"
                                             "  push: {}\n"
                                             "jobs:\n"
                                             "  only:\n"
                                             "    name: x\n");
        QCOMPARE(*detectPipelineFormat(path), PipelineFormat::GitHubActions);
        auto imported = importPipelineFile(path);
        QVERIFY(imported.ok());
        QCOMPARE(stageNames(imported->pipeline), QStringList{u"only"_s});
        QVERIFY2(imported->notes.isEmpty(), qPrintable(describeNotes(imported->notes)));

        const ImportedPipeline withoutOn = import("jobs:\n  a:\n    runs-on: x\n");
        QCOMPARE(noteLines(withoutOn.notes), QList<int>{0});
    }

    void matrixProduct()
    {
        QList<Note> notes;
        QCOMPARE(matrixOf("        os: [ubuntu, windows, macos]\n"
                          "        python: ['3.10', '3.11']\n",
                          &notes),
                 std::optional<int>(6));
        QVERIFY(notes.isEmpty());
        QCOMPARE(matrixOf("        os: [ubuntu]\n"), std::optional<int>(1));
        // Values can be mappings; they count as one value each.
        QCOMPARE(matrixOf("        target:\n"
                          "          - {arch: x86_64, libc: gnu}\n"
                          "          - {arch: aarch64, libc: musl}\n"
                          "        toolchain: [stable, nightly]\n"),
                 std::optional<int>(4));
    }

    void matrixExclude()
    {
        // GitHub's documentation: 2 x 3 x 2 = 12, less the one macos/12/production combination, less the two
        // windows/16 ones: 9.
        QCOMPARE(matrixOf("        os: [macos-latest, windows-latest]\n"
                          "        version: [12, 14, 16]\n"
                          "        environment: [staging, production]\n"
                          "        exclude:\n"
                          "          - os: macos-latest\n"
                          "            version: 12\n"
                          "            environment: production\n"
                          "          - os: windows-latest\n"
                          "            version: 16\n"),
                 std::optional<int>(9));
        // Two exclusions of the same combination take it out once.
        QCOMPARE(matrixOf("        a: [1, 2]\n"
                          "        exclude:\n"
                          "          - a: 1\n"
                          "          - a: 1\n"),
                 std::optional<int>(1));
    }

    void matrixInclude()
    {
        // GitHub's documentation: fruit x animal is 4; color: green and color: pink animal: cat and
        // fruit: apple shape: circle extend existing combinations; fruit: banana and fruit: banana animal: cat
        // match no combination of the original values, so each adds one: 6.
        QCOMPARE(matrixOf("        fruit: [apple, pear]\n"
                          "        animal: [cat, dog]\n"
                          "        include:\n"
                          "          - color: green\n"
                          "          - color: pink\n"
                          "            animal: cat\n"
                          "          - fruit: apple\n"
                          "            shape: circle\n"
                          "          - fruit: banana\n"
                          "          - fruit: banana\n"
                          "            animal: cat\n"),
                 std::optional<int>(6));
        // Only includes: one job each.
        QCOMPARE(matrixOf("        include:\n"
                          "          - site: production\n"
                          "          - site: staging\n"
                          "          - site: dev\n"),
                 std::optional<int>(3));
        // An include for a combination that was excluded adds it back as a new one.
        QCOMPARE(matrixOf("        os: [linux, windows]\n"
                          "        exclude:\n"
                          "          - os: windows\n"
                          "        include:\n"
                          "          - os: windows\n"
                          "            experimental: true\n"),
                 std::optional<int>(2));
    }

    void matrixFromAnExpressionHasNoSize()
    {
        QList<Note> notes;
        QCOMPARE(matrixOf("          ${{ fromJson(needs.plan.outputs.matrix) }}\n", &notes), std::nullopt);
        QCOMPARE(noteLines(notes), QList<int>{7});
        QVERIFY(notes.at(0).message.contains(u"expression"_s));

        QCOMPARE(matrixOf("        os: ${{ fromJson(needs.plan.outputs.os) }}\n"
                          "        python: ['3.12']\n",
                          &notes),
                 std::nullopt);
        QCOMPARE(noteLines(notes), QList<int>{7});

        QCOMPARE(matrixOf("        os: [linux]\n"
                          "        include: ${{ fromJson(inputs.extra) }}\n",
                          &notes),
                 std::nullopt);
        QCOMPARE(noteLines(notes), QList<int>{8});

        QCOMPARE(matrixOf("        os: linux\n", &notes), std::nullopt);
        QCOMPARE(noteLines(notes), QList<int>{7});
    }

    void jobsMissingIsAnError()
    {
        const QString path = writeDefinition(m_dir, u".github/workflows/empty.yml"_s, "on: push\nname: nothing\n");
        auto imported = importPipelineFile(path);
        QVERIFY(!imported.ok());
        QVERIFY(imported.errorMessage().contains(path));
        QVERIFY(imported.errorMessage().contains(u"no “jobs” key"_s));
    }
};

QTEST_GUILESS_MAIN(TestPipelineImportGitHub)
#include "tst_pipelineimportgithub.moc"
